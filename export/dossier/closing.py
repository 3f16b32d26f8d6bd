"""The back of the dossier: the evidence index and the integrity statement."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak

from app.domain import AttachmentKind
from export.dossier import labels
from export.dossier.data import DossierData
from export.dossier.evidence import fact_table
from export.dossier.model import Profile
from export.dossier.sections import table
from export.dossier.styles import (
    BODY,
    CELL,
    CELL_BOLD,
    H1,
    H2,
    MONO_SMALL,
    SMALL,
    heading,
    para,
)


def evidence_index(data: DossierData) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading("Verzeichnis der Beweismittel", H1)]
    evidence = data.all_attachments()
    if data.profile is Profile.STATISTIK:
        counts = Counter(a.value.kind for _n, a in evidence)
        rows = [[para("Art", CELL_BOLD), para("Anzahl", CELL_BOLD)]]
        rows += [[para(labels.ATTACHMENT_KIND[k], CELL), para(str(counts[k]), CELL)]
                 for k in AttachmentKind if counts[k]]
        rows.append([para("zusammen", CELL_BOLD), para(str(len(evidence)), CELL_BOLD)])
        return [*story, table(rows, [8 * cm, 3 * cm])]
    if not evidence:
        return [*story, para("Zu den Vorfällen dieses Dossiers sind keine Dateien gespeichert.")]
    story.append(para("Jedes Original ist im Tresor unverändert gespeichert; seine SHA-256-"
                      "Prüfsumme wurde bei der Aufnahme berechnet.", SMALL))
    rows = [[para("Nr.", CELL_BOLD), para("Datei", CELL_BOLD), para("SHA-256", CELL_BOLD)]]
    for number, attachment in evidence:
        att = attachment.value
        rows.append([
            para(number, CELL),
            [para(data.redactor.text(att.original_name), CELL_BOLD),
             para(f"{labels.ATTACHMENT_KIND[att.kind]}, {labels.size(att.size)}, "
                  f"Eingang {labels.datetime(att.intake_at)}", CELL)],
            para(att.sha256, MONO_SMALL),
        ])
    return [*story, table(rows, [1.1 * cm, 6.4 * cm, 9.5 * cm])]


def integrity(data: DossierData) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading("Prüfhinweise", H1), fact_table([
        ("Tresor-Kennung", data.vault_id),
        ("Verlaufskette", f"{data.chain_seq} Einträge bei Erstellung"),
        ("Kopf-Prüfwert", data.chain_head),
        ("Erstellt am", labels.datetime(data.now)),
    ], frozenset({"Tresor-Kennung", "Kopf-Prüfwert"}))]
    story += [para(
        "Vorfallbuch trägt jede Änderung, jede Löschung und jeden Export in eine Hash-Kette ein "
        "(jeder Eintrag enthält den SHA-256-Prüfwert des vorigen). Der Kopf-Prüfwert oben hält "
        "den Stand des Tresors bei Erstellung dieses Dossiers fest: Wird später ein Eintrag "
        "verändert oder entfernt, passt die Kette nicht mehr zu diesem Wert. Mit "
        "„vorfallbuch verify“ prüft das Programm die Kette und jede gespeicherte Datei.", BODY)]
    story += [heading("So prüfen Sie eine Originaldatei", H2), para(
        "Berechnen Sie die SHA-256-Prüfsumme der Datei, die Sie erhalten haben, und vergleichen "
        "Sie sie mit dem Wert im Verzeichnis der Beweismittel. Stimmen alle 64 Zeichen überein, "
        "ist die Datei Bit für Bit dieselbe wie bei der Aufnahme. Die Werkzeuge dafür sind auf "
        "jedem Windows- und Linux-Rechner vorhanden (DATEI durch den Dateinamen ersetzen):",
        BODY)]
    story.append(fact_table([
        ("Windows (Eingabeaufforderung)", "certutil -hashfile DATEI SHA256"),
        ("Windows (PowerShell)", "Get-FileHash DATEI -Algorithm SHA256"),
        ("Linux", "sha256sum DATEI"),
        ("macOS", "shasum -a 256 DATEI"),
    ], frozenset({"Windows (Eingabeaufforderung)", "Windows (PowerShell)", "Linux", "macOS"})))
    if data.profile is Profile.BERATUNG:
        story.append(para("Dateinamen sind in dieser Fassung pseudonymisiert, wo sie Namen "
                          "beteiligter Personen enthielten; die Prüfsummen gelten für die "
                          "Originale.", SMALL))
    if data.problems:
        story += [heading("Nicht lesbare Einträge", H2),
                  para("Diese Einträge des Tresors konnten nicht geöffnet werden und fehlen "
                       "im Dossier:", BODY)]
        story += [para(f"{labels.RECORD_KIND.get(kind, 'Eintrag')} {record_id}", SMALL)
                  for kind, record_id in data.problems]
    return story
