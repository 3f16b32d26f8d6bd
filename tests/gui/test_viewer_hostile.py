"""The viewer with hostile files, real widgets offscreen on a real vault: PDFs whose page tree
hangs QtPdf are refused after a probe in the intake child, a slow file never blocks the event
loop, TIFF fax pages and HEIF photos get a thumbnail or a placeholder that says why, and a
file that cannot be shown offers "Original speichern unter…". (That nothing of this crashes
the process is tested in a child: tests/gui/test_image_corpus.py.)"""

from __future__ import annotations

import hashlib
import io
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.intake import pdf_probe
from app.service import VaultService
from tests.gui.support import ScriptedDialogs
from tests.image_corpus import heic_like
from tests.intake_email_samples import nested_mail
from tests.pdf_corpus import hostile_pdfs
from ui.attachments import AttachmentsPanel, AttachmentViewer
from ui.attachments import viewer as viewer_module
from ui.attachments.content import ContentKind

TIMEOUT = 30_000
SAVE = "Original speichern unter…"
KEPT = ("Das Original ist unverändert gesichert; mit „Original speichern unter…“ können Sie "
        "es speichern und mit einem passenden Programm öffnen.")


@pytest.fixture
def incident_id(service: VaultService) -> str:
    return service.add_incident({"title": "Fax an das Rathaus",
                                 "occurred": {"date": "2026-11-20"}}).id


@pytest.fixture
def panel(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs,
          incident_id: str) -> Iterator[AttachmentsPanel]:
    widget = AttachmentsPanel(service, dialogs, incident_id)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    yield widget
    widget.clear()


def attach(service: VaultService, incident_id: str, name: str, data: bytes) -> str:
    return service.add_attachment_stream(incident_id, io.BytesIO(data), name).id


def save_button(viewer: AttachmentViewer) -> QPushButton:
    found = [b for b in viewer.findChildren(QPushButton) if b.text() == SAVE]
    assert len(found) == 1
    return found[0]


def open_viewer(qtbot: QtBot, panel: AttachmentsPanel, attachment_id: str) -> AttachmentViewer:
    viewer = panel.open_viewer(attachment_id)
    qtbot.waitUntil(viewer.is_loaded, timeout=TIMEOUT)
    return viewer


def tiff(compression: str, mode: str = "RGB", size: tuple[int, int] = (120, 80)) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, 1 if mode == "1" else "navy").save(out, "TIFF",
                                                            compression=compression)
    return out.getvalue()


class Ticks:
    """A timer on the GUI thread every 10 ms; the longest gap says how long the event loop
    was blocked."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(lambda: self.times.append(time.perf_counter()))
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        gaps = [b - a for a, b in zip(self.times, self.times[1:], strict=False)]
        return max(gaps, default=0.0)


@pytest.mark.parametrize("name", ["kreis.pdf", "tief.pdf", "geteilt.pdf"])
def test_a_pdf_with_a_pathological_page_tree_is_refused_without_blocking(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str,
        dialogs: ScriptedDialogs, tmp_path: Path, name: str) -> None:
    """kreis.pdf and tief.pdf hang QtPdf's load() for over a minute when it is asked."""
    data = hostile_pdfs()[name]
    attachment_id = attach(service, incident_id, name, data)
    panel.reload()
    ticks = Ticks()
    viewer = open_viewer(qtbot, panel, attachment_id)
    assert ticks.stop() < 0.5  # the probe ran in a child; the window kept painting
    assert viewer.cannot_show() and viewer.content_kind() == ContentKind.OTHER
    assert viewer.pdf_document() is None
    assert viewer.displayed_text() == (
        "Die PDF-Datei hat einen fehlerhaften Seitenbaum (Schleifen oder übermäßige "
        "Verschachtelung) und wird zum Schutz der Anwendung nicht angezeigt. " + KEPT)
    button = save_button(viewer)
    assert button.isVisibleTo(viewer)
    target = tmp_path / "gesichert.pdf"
    dialogs.answer(target)
    button.click()
    qtbot.waitUntil(lambda: "SHA-256 geprüft" in viewer.status_text(), timeout=TIMEOUT)
    assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(data).digest()


def test_a_readable_pdf_still_opens_after_its_probe(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str) -> None:
    attachment_id = attach(service, incident_id, "zaehlt-falsch.pdf",
                           hostile_pdfs()["zaehlt-falsch.pdf"])
    panel.reload()
    viewer = open_viewer(qtbot, panel, attachment_id)
    document = viewer.pdf_document()
    assert document is not None and document.pageCount() == 1
    assert viewer.status_text() == "1 Seite"
    assert not viewer.cannot_show()
    viewer.close()


def test_a_slow_pdf_does_not_block_the_event_loop_and_the_viewer_gives_up(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str,
        dialogs: ScriptedDialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    """The probe's child hangs (the runner's test seam): the timer keeps firing, and the
    viewer's own time limit ends the wait with a sentence and the way out."""
    def hanging(data: bytes, timeout: float = 10.0, cancel: object = None,
                fault: str | None = None) -> pdf_probe.PdfProbe:
        return pdf_probe.probe_pdf(data, timeout=20.0, cancel=cancel,  # type: ignore[arg-type]
                                   fault="hang")

    monkeypatch.setattr(viewer_module, "probe_pdf", hanging)
    attachment_id = attach(service, incident_id, "langsam.pdf", hostile_pdfs()["kreis.pdf"])
    viewer = AttachmentViewer(service, dialogs, attachment_id, view_timeout_ms=1500)
    qtbot.addWidget(viewer)
    viewer.show()
    ticks = Ticks()
    started = time.perf_counter()
    qtbot.waitUntil(viewer.is_loaded, timeout=TIMEOUT)
    waited = time.perf_counter() - started
    assert ticks.stop() < 0.5 and len(ticks.times) > 50
    assert 1.0 < waited < 10
    assert viewer.cannot_show()
    assert viewer.displayed_text().startswith("Das Öffnen der Datei hat zu lange gedauert")
    assert save_button(viewer).isVisibleTo(viewer)
    viewer.close()  # the job still waiting on its child is cancelled and its result dropped


def test_fax_tiffs_get_thumbnails_and_are_shown(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str) -> None:
    """Each TIFF crashed the app here before (the reader outlived its buffer)."""
    ids = {compression: attach(service, incident_id, f"fax-{compression}.tif",
                               tiff(compression, "1" if compression.startswith("group")
                                    else "RGB"))
           for compression in ("raw", "tiff_lzw", "tiff_adobe_deflate", "packbits", "jpeg",
                               "group3", "group4")}
    panel.reload()
    qtbot.waitUntil(lambda: all(panel.thumbnail(i) is not None for i in ids.values()),
                    timeout=TIMEOUT)
    for compression, attachment_id in ids.items():
        viewer = open_viewer(qtbot, panel, attachment_id)
        shown = viewer.displayed_image()
        assert shown is not None and (shown.width(), shown.height()) == (120, 80), compression
        viewer.close()


def test_a_heic_photo_is_a_photo_with_a_placeholder_and_says_it_is_kept(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str) -> None:
    attachment_id = attach(service, incident_id, "IMG_0042.HEIC", heic_like())
    panel.reload()
    qtbot.waitUntil(lambda: panel.no_preview_reason(attachment_id) is not None,
                    timeout=TIMEOUT)
    assert panel.no_preview_reason(attachment_id) == (
        "Keine Vorschau: Bildformat wird hier nicht angezeigt; das Original ist gesichert.")
    # What the list shows: the placeholder icon, the reason in the name's tooltip.
    assert panel.select(attachment_id)
    table = panel.findChild(QTableView)
    assert table is not None
    index = table.model().index(table.currentIndex().row(), 0)
    assert "Bildformat wird hier nicht angezeigt" in str(index.data(Qt.ItemDataRole.ToolTipRole))
    assert "IMG_0042.HEIC" in str(index.data(Qt.ItemDataRole.ToolTipRole))
    assert isinstance(index.data(Qt.ItemDataRole.DecorationRole), QIcon)
    viewer = open_viewer(qtbot, panel, attachment_id)
    assert viewer.cannot_show()
    assert viewer.displayed_text().startswith(
        "Bildformat wird hier nicht angezeigt; das Original ist gesichert.")
    assert save_button(viewer).isVisibleTo(viewer)


def test_a_bomb_and_a_truncated_tiff_get_placeholders_with_their_reason(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str) -> None:
    bomb = attach(service, incident_id, "bombe.tif", tiff("group4", "1", (20_000, 20_000)))
    cut = attach(service, incident_id, "kaputt.tif", tiff("tiff_lzw")[:300])
    panel.reload()
    qtbot.waitUntil(lambda: None not in (panel.no_preview_reason(bomb),
                                         panel.no_preview_reason(cut)), timeout=TIMEOUT)
    assert "Dekompressionsbombe" in str(panel.no_preview_reason(bomb))
    assert "beschädigt oder unvollständig" in str(panel.no_preview_reason(cut))
    viewer = open_viewer(qtbot, panel, bomb)
    assert viewer.displayed_text().startswith("Das Bild gibt mehr Bildpunkte an")


def test_screenshot_of_a_file_that_cannot_be_shown(
        qtbot: QtBot, service: VaultService, incident_id: str, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    attachment_id = attach(service, incident_id, "Drohschreiben-Fax.pdf",
                           hostile_pdfs()["kreis.pdf"])
    viewer = AttachmentViewer(service, dialogs, attachment_id)
    qtbot.addWidget(viewer)
    viewer.resize(1280, 720)
    viewer.show()
    qtbot.waitUntil(viewer.is_loaded, timeout=TIMEOUT)
    qtbot.wait(50)  # the layout's request, as the event loop delivers it before a paint
    shot = viewer.grab()
    assert (shot.width(), shot.height()) == (1280, 720)
    assert shot.save(str(tmp_path / "viewer-cannot-show.png"))


def test_what_qt_cannot_decode_is_converted_in_the_intake_child(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str) -> None:
    """AVIF (Pillow's own plugin) and TIFFs with LZMA, Zstandard or 32-bit samples (Qt's
    libtiff has none of them): Pillow makes a PNG in the sandboxed child, Qt shows that."""
    avif = io.BytesIO()
    Image.new("RGB", (90, 60), "green").save(avif, "AVIF")
    ids = {"foto.avif": attach(service, incident_id, "foto.avif", avif.getvalue()),
           "lzma.tif": attach(service, incident_id, "lzma.tif", tiff("lzma")),
           "zstd.tif": attach(service, incident_id, "zstd.tif", tiff("zstd")),
           "32bit.tif": attach(service, incident_id, "32bit.tif", tiff("raw", "I"))}
    panel.reload()
    qtbot.waitUntil(lambda: all(panel.thumbnail(i) is not None for i in ids.values()),
                    timeout=TIMEOUT)
    for name, attachment_id in ids.items():
        viewer = open_viewer(qtbot, panel, attachment_id)
        shown = viewer.displayed_image()
        assert shown is not None, name
        assert (shown.width(), shown.height()) == ((90, 60) if name == "foto.avif"
                                                   else (120, 80)), name
        assert "umgewandelte Ansicht" in viewer.status_text()
        assert "das Original ist unverändert gesichert" in viewer.status_text()
        viewer.close()


def test_a_mail_nested_5000_deep_is_shown_cut_not_as_an_unexpected_error(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str) -> None:
    """The fixed defect (found by the hostile corpus): the viewer handed the mail to the
    stdlib parser uncapped, which raised RecursionError, and the user read "Ein unerwarteter
    Fehler ist aufgetreten; bitte versuchen Sie es noch einmal". Now the nesting is capped as
    at intake: the headers and the upper levels' text are shown, with the note that the mail
    is shown cut."""
    attachment_id = attach(service, incident_id, "tief.eml", nested_mail(5000))
    panel.reload()
    viewer = open_viewer(qtbot, panel, attachment_id)
    assert viewer.content_kind() == ContentKind.EMAIL and not viewer.cannot_show()
    shown = viewer.displayed_text()
    assert "Betreff: Tief" in shown and "Ebene 0" in shown and "Ebene 4999" not in shown
    assert "unerwarteter Fehler" not in shown
    notes = [label.text() for label in viewer.findChildren(QLabel) if label.isVisibleTo(viewer)]
    assert ("Die E-Mail ist sehr groß und wird gekürzt gezeigt; das Original ist vollständig "
            "gespeichert.") in notes
