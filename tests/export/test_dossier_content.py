"""The dossier's content, read back from the produced PDF with pypdf: sections, page numbers,
every script intact, hashes, images, annex pages, profiles, and the vault left unchanged."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.query import IncidentQuery
from app.service import VaultService
from export.dossier import DossierRequest, DossierResult, Profile, build_dossier
from tests.conftest import storage_of
from tests.export.dossier_support import (
    PERPETRATOR,
    SCRIPTS,
    WITNESS,
    Sample,
    at,
    chain_state,
    fill_vault,
    image_xobjects,
    missing_parts,
    page_texts,
    squeeze,
)
from tests.export.test_dossier_broken_evidence import qpdf_check

NOW = at(2026, 3, 25)


@pytest.fixture
def filled(service: VaultService, tmp_path: Path) -> tuple[VaultService, Sample]:
    return service, fill_vault(service, tmp_path / "files")


def build(service: VaultService, **request: object) -> tuple[bytes, DossierResult]:
    out = io.BytesIO()
    chosen = {k: request.pop(k) for k in ("date_from", "date_to", "categories", "incident_ids")
              if k in request}
    selection = IncidentQuery(**chosen)  # type: ignore[arg-type]
    result = build_dossier(service, DossierRequest(selection=selection, **request),  # type: ignore[arg-type]
                           out, now=NOW)
    return out.getvalue(), result


def test_polizei_dossier_has_every_section_and_numbered_pages(filled) -> None:
    service, sample = filled
    pdf, result = build(service, recipient="Polizeirevier Pirna")
    pages = page_texts(pdf)
    assert result.pages == len(pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    assert result.incident_ids == tuple(sample.incidents)
    assert set(result.attachment_ids) == set(sample.attachments.values())
    cover = pages[0]
    for text in ("VERTRAULICH", "Dokumentation von Anfeindungen", "Pirna", "Anna Schmidt",
                 "Polizeirevier Pirna", "05.12.2025 bis 20.03.2026", "25.03.2026"):
        assert text in cover
    assert re.search(r"Vorfälle\s*4", cover) and re.search(r"Beweismittel\s*\(Dateien\)\s*4", cover)
    whole = "\n".join(pages)
    for heading in ("Inhalt", "Übersicht", "Vorfälle nach Kategorie", "Vorfälle nach Monat",
                    "Strafantragsfristen ohne Antrag", "Chronologie",
                    "Vorfall 1: Plakat beschmiert",
                    "Verzeichnis der Beweismittel", "Prüfhinweise", "Anlage A1: drohbrief-scan.pdf",
                    "certutil -hashfile DATEI SHA256", "Get-FileHash", "sha256sum DATEI"):
        assert heading in whole, heading
    # police order inside an incident
    start = whole.rindex("Vorfall 2: Drohbrief")  # the section, after contents and summary
    section = whole[start:whole.index("Vorfall 3: Hassmail", start)]
    order = ["1. Wann", "2. Wo", "3. Was", "4. Wie", "5. Wer", "6. Zeugen", "7. Schaden",
             "8. Eigene Reaktion", "9. Verfahrensstand", "Bearbeitungsverlauf", "Beweismittel"]
    positions = [section.index(word) for word in order]
    assert positions == sorted(positions)
    for fact in ("VG 123/26", "StA Dresden 401 Js 1234/26", "Frist läuft (Fristende 15.04.2026)",
                 "Polizeirevier Pirna", "Rückruf der Polizei", "Lindenweg 7", "PIR-XY 123"):
        assert fact in section, fact
    # every own page carries "Seite X von Y" with the right total; annex pages are originals
    originals = [n for n, text in enumerate(pages) if "Originalbrief Seite" in text]
    for number, text in enumerate(pages, 1):
        if number - 1 not in originals:
            assert f"Seite {number} von {len(pages)}" in text, number


def test_table_of_contents_points_at_the_right_pages(filled) -> None:
    service, _sample = filled
    pdf, _ = build(service)
    pages = page_texts(pdf)
    toc = pages[1]
    for title in ("Chronologie", "Verzeichnis der Beweismittel", "Prüfhinweise",
                  "Vorfall 4: Kommentar unter dem Amtsblatt-Post"):
        # reportlab draws each entry's dots and page number before its text
        match = re.search(r"(\d+)\s*\n" + re.escape(title), toc)
        assert match, title
        assert title in pages[int(match.group(1)) - 1], title
    outline = [item.title for item in PdfReader(io.BytesIO(pdf)).outline
               if not isinstance(item, list)]
    assert "Chronologie" in outline and "Prüfhinweise" in outline


def test_every_character_of_the_texts_survives(filled) -> None:
    service, sample = filled
    pdf, _ = build(service)
    whole = "\n".join(page_texts(pdf))
    for text in sample.texts:
        assert missing_parts(whole, text) == []
    title = "Hassmail 😡 Привет مرحبا <b>&amp;</b>"
    assert missing_parts(whole, title) == []
    for word in ("Grüße", "Straße", "Übersee", "😡🤬👍🏽", "Привет, мэр!", "<b>fett</b>",
                 "&amp;", "<font name=x>a</font>", "<br/>"):
        assert word in whole, word
    assert squeeze("مرحبا بالعالم") in squeeze(whole)


def test_listed_hashes_equal_the_stored_ones(filled) -> None:
    service, sample = filled
    pdf, _ = build(service)
    pages = page_texts(pdf)
    index = next(p for p in pages if "Verzeichnis der Beweismittel" in p and "Nr." in p)
    for attachment_id in sample.attachments.values():
        stored = service.get_attachment(attachment_id).value
        assert stored.sha256 in index.replace("\n", "")
        assert stored.original_name in index
    listed = re.findall(r"\b[0-9a-f]{64}\b", index)
    assert sorted(listed) == sorted(service.get_attachment(a).value.sha256
                                    for a in sample.attachments.values())
    head = service.verify().chain_head
    assert head and head in "".join(p for p in pages if "Prüfhinweise" in p).replace("\n", "")
    assert storage_of(service).vault_id in "\n".join(pages)


def test_images_are_embedded_downsampled_and_upright(filled) -> None:
    service, _sample = filled
    pdf, _ = build(service)
    assert image_xobjects(pdf) == 2  # the photo and the screenshot
    reader = PdfReader(io.BytesIO(pdf))
    sizes = [image.image.size for page in reader.pages for image in page.images]
    # the photo (1200 x 800, EXIF orientation 6) is upright: taller than wide, and reduced
    assert any(h > w and h <= 800 for w, h in sizes)
    assert "aufrecht gedreht; das Original hat 800 × 1200 Pixel" in "\n".join(page_texts(pdf))


def test_annex_appends_the_original_pages_after_their_intro(filled) -> None:
    service, sample = filled
    with_annex, result = build(service)
    without, result_without = build(service, include_annex=False)
    pages = page_texts(with_annex)
    originals = [n for n, text in enumerate(pages) if "Originalbrief Seite" in text]
    assert len(originals) == 2
    assert "Originalbrief Seite 1 von 2" in pages[originals[0]]
    assert "Originalbrief Seite 2 von 2" in pages[originals[1]]
    intro = pages[originals[0] - 1]
    sha = service.get_attachment(sample.attachments["pdf"]).value.sha256
    assert "Anlage A1: drohbrief-scan.pdf" in intro and sha in intro.replace("\n", "")
    assert originals[1] == originals[0] + 1
    # own pages plus the annex: intro page (with the annex heading) and two originals
    assert result.pages == result_without.pages + 3
    assert "Anlage" not in "\n".join(page_texts(without)).split("Prüfhinweise")[-1]


def test_beratung_replaces_persons_involved_by_pseudonyms(filled) -> None:
    service, _sample = filled
    pdf, _ = build(service, profile=Profile.BERATUNG)
    whole = "\n".join(page_texts(pdf))
    flat = squeeze(whole)
    forbidden = ["Maximilian", "Hassmann", "Erika", "Zeugenhaus", "m.hassmann@example.org",
                 "erika.z@example.net", "wutbuerger77", "Lindenweg", "PIR-XY"]
    for text in forbidden:
        assert text.lower() not in whole.lower(), text
    for phone in PERPETRATOR["phones"] + WITNESS["phones"]:  # type: ignore[operator]
        digits = re.sub(r"\D", "", phone)
        assert digits[-7:] not in re.sub(r"\D", "", flat), phone
    assert "Person A (Tatverdächtige/r)" in whole and "Person B (Zeuge/Zeugin)" in whole
    assert "Pseudonymisiert" in whole and "[Absender/in pseudonymisiert]" in whole
    assert "Handschriftlicher Brief, DIN A4" in whole  # free texts are kept
    assert image_xobjects(pdf) == 0
    assert "Originalbrief" not in whole


def test_statistik_has_counts_and_dates_but_no_names_or_free_texts(filled) -> None:
    service, _sample = filled
    pdf, result = build(service, profile=Profile.STATISTIK)
    whole = "\n".join(page_texts(pdf))
    for text in ["Drohbrief", "Hassmail", "Plakat beschmiert", "Kommentar unter", "Briefkasten",
                 "Wahlplakat", "Beleidigende", "Maximilian", "Hassmann", "Erika",
                 "Anna Schmidt", "hassmail.eml", "brief-foto", "Letzte Warnung",
                 "VG 123/26", SCRIPTS[:20]]:
        assert text not in whole, text
    for text in ("Statistische Übersicht", "Chronologie", "14.01.2026", "Bedrohung",
                 "Volksverhetzung", "Sachbeschädigung", "Verzeichnis der Beweismittel",
                 "Prüfhinweise"):
        assert text in whole, text
    assert re.search(r"zusammen\s*4", whole)
    assert image_xobjects(pdf) == 0
    assert result.attachment_ids


def test_gps_is_printed_only_where_the_user_allowed_it(filled) -> None:
    service, sample = filled
    pdf, _ = build(service)
    assert "50.960000, 13.940000" in "\n".join(page_texts(pdf))
    photo = service.get_attachment(sample.attachments["photo"])
    service.update_attachment(photo.id, {"gps_in_exports": False}, photo.version)
    pdf, _ = build(service)
    whole = "\n".join(page_texts(pdf))
    assert "50.96" not in whole and "13.94" not in whole
    assert "für Exporte nicht freigegeben" in whole


def test_an_export_changes_nothing_in_the_vault(filled) -> None:
    service, _sample = filled
    before = chain_state(service)
    for profile in Profile:
        build(service, profile=profile)
    assert chain_state(service) == before
    assert service.verify().ok


def test_selection_by_period_category_and_ids(filled) -> None:
    service, sample = filled
    import datetime as dt

    from app.domain import Category
    from app.errors import InputCode, InvalidInputError
    from export.errors import ExportCode, ExportError

    _, result = build(service, date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 3, 5))
    assert result.incident_ids == tuple(sample.incidents[1:3])
    _, result = build(service, categories=(Category.SACHBESCHAEDIGUNG, Category.VOLKSVERHETZUNG))
    assert result.incident_ids == (sample.incidents[0], sample.incidents[3])
    _, result = build(service, incident_ids=(sample.incidents[2][:8],))
    assert result.incident_ids == (sample.incidents[2],)
    pdf, _ = build(service, incident_ids=(sample.incidents[2],))
    assert "Vorfall 1: Hassmail" in "\n".join(page_texts(pdf))
    with pytest.raises(ExportError) as caught:
        build(service, date_from=dt.date(2030, 1, 1))
    assert caught.value.code is ExportCode.EMPTY_SELECTION
    with pytest.raises(InvalidInputError) as backwards:
        build(service, date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 1, 1))
    assert backwards.value.code is InputCode.PERIOD_ORDER  # app/query.py's own check


def test_empty_vault_is_a_clear_error(service: VaultService) -> None:
    from export.errors import ExportCode, ExportError

    out = io.BytesIO()
    with pytest.raises(ExportError) as caught:
        build_dossier(service, DossierRequest(), out)
    assert (caught.value.code, caught.value.field) == (ExportCode.EMPTY_SELECTION, "selection")


def test_cancel_stops_the_build_and_progress_counts_up(filled) -> None:
    from app.progress import Cancelled

    service, _sample = filled
    calls: list[tuple[int, int, str]] = []
    out = io.BytesIO()
    build_dossier(service, DossierRequest(), out, progress=lambda *a: calls.append(a), now=NOW)
    done = [c[0] for c in calls]
    assert done == sorted(done) and all(d <= t for d, t, _ in calls)
    assert calls[-1][0] == calls[-1][1] and calls[-1][2] == "Dossier fertig"
    for stop_after in (0, 3, 40):
        seen = []

        def cancel(stop_after: int = stop_after, seen: list[int] = seen) -> bool:
            seen.append(1)
            return len(seen) > stop_after

        with pytest.raises(Cancelled):
            build_dossier(service, DossierRequest(), io.BytesIO(), cancel=cancel, now=NOW)


@pytest.mark.parametrize(("profile", "word"), [(Profile.POLIZEI, "Polizei"),
                                               (Profile.BERATUNG, "Beratung"),
                                               (Profile.STATISTIK, "Statistik")])
def test_the_wording_a_reader_sees(filled, profile: Profile, word: str) -> None:
    """The profile in words, intake time as "Eingang", and no dangling dash in the title."""
    service, _sample = filled
    pdf, _result = build(service, profile=profile)
    pages = page_texts(pdf)
    assert all(f"VERTRAULICH · Profil {word}" in page for page in pages[:3])
    assert f"Profil {profile.value}" not in "\n".join(pages)
    whole = "\n".join(pages)
    assert "ufgenommen" not in whole
    if profile is Profile.POLIZEI:
        assert "Eingang" in whole
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None and reader.metadata.title.endswith("– Pirna")


def test_without_a_municipality_the_title_has_no_dangling_dash(service: VaultService) -> None:
    service.add_incident({"title": "Drohanruf", "occurred": {"date": "2026-03-14"}})
    pdf, _result = build(service)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Dokumentation von Anfeindungen"
    assert not any(line.rstrip().endswith(("–", "·")) for page in page_texts(pdf)
                   for line in page.splitlines())


def test_verbatim_discovery_url_and_handover_reach_the_dossier(service: VaultService,
                                                              tmp_path: Path) -> None:
    suspect = service.add_person({"kind": "suspect", "name": "Maximilian Hassmann"})
    incident = service.add_incident({
        "title": "Drohung im Netz", "occurred": {"date": "2026-03-12"},
        "discovery": "Von einer Mitarbeiterin bemerkt, Verfasser Maximilian Hassmann",
        "url": "https://social.example/@hassmann/posts/4711",
        "verbatim": "Wir kriegen dich, Hassmann sagt: du bist dran.",
        "description": "Kommentar unter dem Beitrag zur Ratssitzung.",
        "persons": [{"person_id": suspect.id, "role": "perpetrator"}],
        "case": {"evidence_handed_on": "2026-03-20",
                 "evidence_handed_to": "PHK Weber, Polizeirevier Pirna"}})
    pdf, _ = build(service, recipient="Polizeirevier Pirna")
    qpdf_check(pdf, tmp_path)  # the shaded quotation is a well-formed PDF for qpdf too
    text = " ".join(" ".join(page_texts(pdf)).split())
    # The exact words as a quotation, apart from the account, and before it.
    assert "Wortlaut „Wir kriegen dich, Hassmann sagt: du bist dran.“" in text
    assert text.index("Wortlaut") < text.index("Was ist geschehen")
    assert "Wie und durch wen bemerkt Von einer Mitarbeiterin bemerkt" in text
    assert squeeze("https://social.example/@hassmann/posts/4711") in squeeze(text)
    assert "Beweismittel übergeben am 20.03.2026 an PHK Weber, Polizeirevier Pirna" in text
    # The advisors' profile replaces the person in the new texts as in every other
    # (inflected forms such as "Hassmanns" are issue 17's work).
    pdf, _ = build(service, profile=Profile.BERATUNG, incident_ids=[incident.id])
    text = " ".join(page_texts(pdf))
    assert "Hassmann" not in text and "hassmann" not in text.lower()
    assert "Wortlaut" in text and "Person A" in text


def test_the_summary_names_a_deadline_that_passed_without_an_antrag(
        service: VaultService, tmp_path: Path) -> None:
    suspect = service.add_person({"kind": "suspect", "name": "Max Muster"})
    known = {"persons": [{"person_id": suspect.id, "role": "perpetrator"}],
             "categories": ["beleidigung"]}
    service.add_incident({"title": "Beleidigung im Januar", "occurred": {"date": "2025-12-01"},
                          "discovered_on": "2025-12-01", **known})
    service.add_incident({"title": "Beleidigung im März", "occurred": {"date": "2026-03-20"},
                          "discovered_on": "2026-03-24", **known})
    service.add_incident({"title": "Beleidigung, Täter unbekannt",
                          "occurred": {"date": "2026-03-21"}, "perpetrator_unknown": True,
                          "categories": ["beleidigung"]})
    service.add_incident({"title": "Beleidigung mit Antrag", "occurred": {"date": "2026-01-05"},
                          "discovered_on": "2026-01-05",
                          "case": {"strafantrag_on": "2026-01-20"}, **known})
    pdf, _ = build(service)
    qpdf_check(pdf, tmp_path)
    text = " ".join(" ".join(page_texts(pdf)).split())
    # The second occurrence: the first is the table of contents.
    summary = text.split("Strafantragsfristen ohne Antrag")[2].split("Chronologie", 1)[0]
    assert "4 Vorfälle im Zeitraum" in text
    assert ("Bei 1 Vorfall ist die Frist abgelaufen, ohne dass ein Strafantrag erfasst ist."
            in summary)
    assert "abgelaufen am 01.03.2026, ohne dass ein Strafantrag erfasst ist" in summary
    assert "endet am 24.06.2026 (noch 91 Tage)" in summary
    assert "Beginn unbekannt" in summary  # never shown as time left
    assert "Beleidigung mit Antrag" not in summary


def test_an_incident_s_groups_are_numbered_without_gaps(service: VaultService) -> None:
    # Only "Wann", "Schaden und Folgen" and the case have something to say.
    service.add_incident({"title": "Scheibe eingeworfen", "occurred": {"date": "2026-03-12"},
                          "damage_eur": "250", "perpetrator_unknown": False})
    pdf, _ = build(service)
    text = " ".join(" ".join(page_texts(pdf)).split())
    section = text.split("Vorfall 1: Scheibe eingeworfen")[-1]
    numbers = [int(n) for n in re.findall(r"(?<![\d.])(\d)\. (?:Wann|Wo|Was|Wie|Wer|Zeugen|"
                                          r"Schaden|Eigene|Verfahrensstand)", section)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 3, numbers
    assert "2. Schaden und Folgen" in section
