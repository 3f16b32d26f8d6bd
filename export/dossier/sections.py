"""The front of the dossier: cover, table of contents, summary and chronology."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from app.deadline import DeadlineState, open_deadlines
from app.domain import OFFENCES, Category
from app.query import span
from export.dossier import labels
from export.dossier.chart import per_month_chart
from export.dossier.data import DossierData
from export.dossier.evidence import fact_table
from export.dossier.model import Profile
from export.dossier.paragraph import BidiTableOfContents
from export.dossier.styles import (
    BODY,
    CELL,
    CELL_BOLD,
    COVER,
    H1,
    H2,
    LINE,
    MARK,
    SHADE,
    SMALL,
    TITLE,
    TOC_LEVELS,
    gap,
    heading,
    para,
)

PROFILE_TITLE = {
    Profile.POLIZEI: "Fassung für Polizei und Staatsanwaltschaft (vollständig)",
    Profile.BERATUNG: "Fassung für die Beratung (beteiligte Personen pseudonymisiert)",
    Profile.STATISTIK: "Statistische Übersicht (ohne Namen und Freitexte)",
}
PROFILE_NOTE = {
    Profile.POLIZEI: "Dieses Dossier enthält personenbezogene Daten Dritter und ist nur für "
                     "die Strafverfolgung bestimmt.",
    Profile.BERATUNG: "Pseudonymisiert: Beteiligte Personen (Tatverdächtige, Zeugen, "
                      "Betroffene) sind durch „Person A (Rolle)“ ersetzt; ihre Namen, "
                      "Telefonnummern, E-Mail-Adressen, Anschriften und Online-Konten sind "
                      "auch aus Freitexten und E-Mail-Köpfen entfernt. Bilder und die "
                      "Originalseiten von PDF-Dateien sind nicht enthalten, weil sie sich "
                      "nicht pseudonymisieren lassen.",
    Profile.STATISTIK: "Enthält keine Namen und keine Freitexte: nur Anzahlen, Daten, "
                       "Kategorien und Verfahrensstände.",
}


def table(rows: list[list[Flowable]], widths: list[float], header: bool = True) -> Table:
    result = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.25, LINE),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    result.setStyle(TableStyle(style))
    return result


def period(data: DossierData) -> str:
    selection = data.request.selection
    first = selection.date_from or min(span(e.value)[0] for e in data.incidents)
    last = selection.date_to or max(span(e.value)[1] for e in data.incidents)
    return f"{labels.date(first)} bis {labels.date(last)}"


def cover(data: DossierData) -> list[Flowable]:
    evidence = sum(len(a) for a in data.attachments.values())
    statistik = data.profile is Profile.STATISTIK
    rows = [
        ("Gemeinde", data.municipality),
        ("Betroffene Person", "" if statistik else data.person_concerned),
        ("Zeitraum", period(data)),
        ("Empfänger", data.request.recipient),
        ("Erstellt am", labels.datetime(data.now)),
        ("Erstellt von", "" if statistik else data.author),
        ("Vorfälle", str(len(data.incidents))),
        ("Beweismittel (Dateien)", str(evidence)),
    ]
    return [
        gap(2 * cm), para("VERTRAULICH", MARK), gap(1 * cm),
        para("Dokumentation von Anfeindungen", TITLE),
        para(PROFILE_TITLE[data.profile], COVER), gap(1 * cm),
        fact_table(rows), gap(1 * cm),
        para(PROFILE_NOTE[data.profile], BODY),
        para("Dieses PDF ist eine Lesefassung. Beweismittel sind die Originaldateien; ihre "
             "SHA-256-Prüfsummen stehen im Verzeichnis der Beweismittel, wie man sie prüft, "
             "steht in den Prüfhinweisen am Ende.", BODY),
        PageBreak(),
    ]


def contents() -> list[Flowable]:
    toc = BidiTableOfContents(levelStyles=TOC_LEVELS, dotsMinLevel=0)
    return [para("Inhalt", H1), toc, PageBreak()]


def summary(data: DossierData) -> list[Flowable]:
    story: list[Flowable] = [heading("Übersicht", H1)]
    evidence = [a for atts in data.attachments.values() for a in atts]
    count = len(data.incidents)
    story.append(para(f"{count} {'Vorfall' if count == 1 else 'Vorfälle'} im Zeitraum "
                      f"{period(data)}, {len(evidence)} Beweismittel."))
    counts = Counter(c for e in data.incidents for c in e.value.categories)
    unclassified = sum(1 for e in data.incidents if not e.value.categories)
    rows = [[para("Kategorie", CELL_BOLD), para("Vorschrift", CELL_BOLD),
             para("Verfolgung", CELL_BOLD), para("Vorfälle", CELL_BOLD)]]
    for category in Category:
        if counts[category]:
            offence = OFFENCES[category]
            rows.append([para(labels.CATEGORY[category], CELL), para(offence.stgb, CELL),
                         para(labels.PROSECUTION[offence.prosecution], CELL),
                         para(str(counts[category]), CELL)])
    if unclassified:
        rows.append([para("noch nicht eingeordnet", CELL), para("", CELL), para("", CELL),
                     para(str(unclassified), CELL)])
    story += [heading("Vorfälle nach Kategorie", H2),
              para("Ein Vorfall kann mehreren Kategorien angehören.", SMALL),
              table(rows, [7 * cm, 3 * cm, 5 * cm, 2 * cm])]
    story += [heading("Vorfälle nach Monat", H2),
              per_month_chart([e.value.occurred.date for e in data.incidents])]
    story += deadlines(data)
    return story


def deadlines(data: DossierData) -> list[Flowable]:
    """Every incident whose offence needs a Strafantrag and has none recorded: the deadlines
    still running (nearest first as the incidents come), those that passed without an Antrag,
    named as such, and those whose start is not known yet (never shown as time left)."""
    story: list[Flowable] = [heading("Strafantragsfristen ohne Antrag", H2)]
    rows = [[para("Vorfall", CELL_BOLD), para("Tatzeit", CELL_BOLD),
             para("Kategorien", CELL_BOLD), para("Frist", CELL_BOLD)]]
    passed = 0
    for item in open_deadlines(((e.id, e.value) for e in data.incidents), data.today):
        hint = item.hint
        if hint.state is DeadlineState.RUNNING and hint.deadline is not None:
            days = item.days_left or 0
            state = (f"endet am {labels.date(hint.deadline)} (noch "
                     f"{days} {'Tag' if days == 1 else 'Tage'})")
        elif hint.state is DeadlineState.PASSED and hint.deadline is not None:
            passed += 1
            state = (f"abgelaufen am {labels.date(hint.deadline)}, ohne dass ein Strafantrag "
                     "erfasst ist")
        else:
            state = "Beginn unbekannt (Täter oder Tag der Kenntnis fehlt)"
        name = f"Vorfall {data.numbers[item.incident_id]}"
        if data.profile is not Profile.STATISTIK:
            name += f": {data.redactor.text(item.incident.title)}"
        rows.append([para(name, CELL), para(labels.timepoint(item.incident.occurred), CELL),
                     para(", ".join(labels.CATEGORY[c] for c in item.incident.categories),
                          CELL), para(state, CELL)])
    if len(rows) == 1:
        story.append(para("Bei keinem der Vorfälle fehlt ein nötiger Strafantrag."))
        return story
    if passed:
        story.append(para(f"Bei {passed} {'Vorfall' if passed == 1 else 'Vorfällen'} ist die "
                          "Frist abgelaufen, ohne dass ein Strafantrag erfasst ist.", BODY))
    story += [para("Ein Strafantrag muss binnen drei Monaten gestellt werden, von dem Tag an, "
                   "an dem die berechtigte Person von Tat und Täter erfährt (§ 77b StGB); "
                   "Hinweis, keine Rechtsberatung.", SMALL),
              table(rows, [6 * cm, 3.5 * cm, 4 * cm, 3.5 * cm])]
    return story


def chronology(data: DossierData) -> list[Flowable]:
    statistik = data.profile is Profile.STATISTIK
    head = ["Nr.", "Tatzeit", "Vorfall", "Kategorien", "Kanal", "Anzeige"]
    widths = [1 * cm, 2.6 * cm, 5.2 * cm, 3.6 * cm, 2.2 * cm, 2.4 * cm]
    if statistik:
        head[2] = "Beweismittel"
        widths[2], widths[3] = 2.2 * cm, 6.6 * cm
    rows = [[para(h, CELL_BOLD) for h in head]]
    for entry in data.incidents:
        inc = entry.value
        case = inc.case
        reported = labels.yes_no(case.reported)
        if not statistik:
            numbers = [n for n in (case.police_case_number, case.aktenzeichen) if n]
            reported += "".join(f"\n{n}" for n in numbers)
        what = str(len(data.attachments[entry.id])) if statistik else \
            data.redactor.text(inc.title)
        rows.append([para(str(data.numbers[entry.id]), CELL),
                     para(labels.timepoint(inc.occurred), CELL), para(what, CELL),
                     para(", ".join(labels.CATEGORY[c] for c in inc.categories), CELL),
                     para(labels.CHANNEL[inc.channel] if inc.channel else "", CELL),
                     para(reported, CELL)])
    return [PageBreak(), heading("Chronologie", H1), table(rows, widths)]
