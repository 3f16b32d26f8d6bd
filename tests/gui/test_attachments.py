"""The attachments panel and viewer with real widgets (offscreen): intake by button, drop and
Ctrl+V stored bit-exact; thumbnails; viewing images, PDFs, text and hostile e-mail without a
byte of plaintext on disk; save as; cancel; errors for bad sources; clear(); hostile names."""

from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QMimeData,
    QPointF,
    QStandardPaths,
    Qt,
    QThreadPool,
    QUrl,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtGui import Qt as QtGuiQt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from app.domain import AttachmentKind
from app.service import VaultService
from storage.errors import RecordNotFoundError
from tests.conftest import storage_of
from tests.gui.support import ScriptedDialogs
from ui.attachments import AttachmentsPanel, AttachmentViewer
from ui.attachments.content import ContentKind, decode_text, html_to_text, parse_email
from ui.attachments.display import human_size
from ui.attachments.model import NAME
from ui.attachments.names import display_name, save_name, storable_name

TIMEOUT = 10_000


# -- helpers --------------------------------------------------------------------------------
class RecordingDialogs(ScriptedDialogs):
    """Also remembers the name each save dialog suggested."""

    def __init__(self) -> None:
        super().__init__()
        self.suggested: list[str] = []
        self.filters: list[list[str]] = []

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  filters: Sequence[str] = ()) -> Path | None:
        self.suggested.append(suggested)
        self.filters.append(list(filters))
        return super().save_file(parent, title, suggested, filters)


@pytest.fixture
def dialogs() -> RecordingDialogs:
    return RecordingDialogs()


@pytest.fixture
def incident_id(service: VaultService) -> str:
    return service.add_incident({"title": "Drohbrief am Rathaus",
                                 "occurred": {"date": "2026-11-20"}}).id


@pytest.fixture
def panel(qtbot: QtBot, service: VaultService, dialogs: RecordingDialogs,
          incident_id: str) -> Iterator[AttachmentsPanel]:
    widget = AttachmentsPanel(service, dialogs, incident_id)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.reload()
    yield widget
    widget.clear()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_bytes(service: VaultService, attachment_id: str) -> bytes:
    sink = io.BytesIO()
    storage_of(service).blobs.read(attachment_id, sink)
    return sink.getvalue()


def image(width: int = 64, height: int = 48, color: str = "red") -> QImage:
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(QColor(color))
    return picture


def png(picture: QImage, trailer: str = "") -> bytes:
    """PNG bytes; a trailer after the end chunk is ignored by decoders but is in the file."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert picture.save(buffer, "PNG")
    return bytes(buffer.data().data()) + trailer.encode()


def opaque(size: int) -> bytes:
    """Random bytes of no known format: intake sniffs content whatever the name, and plain
    os.urandom starts like an MPEG frame once in 2,048 files (then it is read as damaged audio)."""
    lead = b"\0opaque\0"
    return (lead + os.urandom(max(0, size - len(lead))))[:size]


def noisy_png(side: int) -> bytes:
    """A PNG that does not compress: bigger than the thumbnail's synchronous limit."""
    raw = os.urandom(side * side * 4)
    picture = QImage(raw, side, side, side * 4, QImage.Format.Format_RGB32).copy()
    return png(picture)


def pdf(marker: str, pages: int = 2) -> bytes:
    out = io.BytesIO()
    document = canvas.Canvas(out, pageCompression=0)  # the marker stays readable in the bytes
    for number in range(pages):
        document.drawString(72, 720, f"Seite {number + 1}: {marker}")
        document.showPage()
    document.save()
    return out.getvalue()


def hostile_mail(marker: str) -> bytes:
    """Headers Python 3.11's email package raises on (Message-ID '<>', To 'a@'), an unknown
    charset, an HTML-only body with script and remote image, a hostile inner file name."""
    return (
        "From: \"Unclosed <bad@@example..com\r\nTo: a@\r\nCc: \"\r\n"
        "Date: kein Datum 99:99\r\nSubject: Drohung\r\nMessage-ID: <>\r\n"
        "Content-Type: multipart/mixed; boundary=\"XYZ\"\r\n\r\n--XYZ\r\n"
        "Content-Type: text/html; charset=x-unknown\r\n\r\n"
        "<html><head><script>alert('x')</script></head><body><p>Wir wissen, wo du wohnst. "
        f"<b>{marker}</b></p><img src='http://evil.example/track.png'></body></html>\r\n"
        "--XYZ\r\nContent-Type: application/octet-stream\r\n"
        "Content-Disposition: attachment; filename=\"../../evil.exe\"\r\n\r\nAAAA\r\n--XYZ--\r\n"
    ).encode("latin-1")


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def button(widget: QWidget, text: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, f"no single button {text!r}"
    return found[0]


def entry_named(panel: AttachmentsPanel, name: str) -> Any:
    matches = [e for e in panel.entries() if e.value.original_name == name]
    assert len(matches) == 1, [e.value.original_name for e in panel.entries()]
    return matches[0]


def intake(qtbot: QtBot, panel: AttachmentsPanel, action: Callable[[], None]) -> None:
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        action()


def file_urls(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(panel: AttachmentsPanel, mime: QMimeData) -> bool:
    """A real drag-enter and drop, as the window system delivers them."""
    point = QPointF(panel.width() / 2, panel.height() / 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(point, actions, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, event)
    return event.isAccepted()


def select(panel: AttachmentsPanel, attachment_id: str) -> None:
    assert panel.select(attachment_id)
    assert panel.selected_id() == attachment_id


def open_viewer(qtbot: QtBot, panel: AttachmentsPanel, attachment_id: str) -> AttachmentViewer:
    viewer = panel.open_viewer(attachment_id)
    qtbot.waitUntil(viewer.is_loaded, timeout=TIMEOUT)
    return viewer


# -- adding ---------------------------------------------------------------------------------
def test_add_by_button_stores_each_file_bit_exact(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, dialogs: RecordingDialogs,
        service: VaultService) -> None:
    sources = {
        "brief.txt": "Sehr geehrte Frau Bürgermeisterin, …\n".encode(),
        "foto.png": png(image(640, 480, "blue")),
        "leer.bin": b"",
        "daten.bin": opaque(3 * 1024 * 1024 + 17),  # several segments
    }
    paths = [write(tmp_path / "in", name, data) for name, data in sources.items()]
    dialogs.answer(paths)
    with qtbot.waitSignal(panel.changed, timeout=TIMEOUT):
        intake(qtbot, panel, button(panel, "Datei hinzufügen…").click)

    assert dialogs.errors == []
    # Intake cannot read an empty file: it is stored all the same, and the status says so.
    assert panel.status_text() == ("4 Dateien hinzugefügt. Nicht lesbar (Original trotzdem "
                                   "gespeichert, in der Liste markiert): „leer.bin“.")
    for name, data in sources.items():
        entry = entry_named(panel, name)
        assert entry.value.size == len(data)
        assert entry.value.sha256 == sha(data)
        assert stored_bytes(service, entry.id) == data
    assert entry_named(panel, "leer.bin").value.size == 0  # an empty file is evidence too
    # Intake reads the facts: a PNG without camera EXIF is taken for a screenshot.
    assert entry_named(panel, "foto.png").value.kind == AttachmentKind.SCREENSHOT
    thumb = panel.thumbnail(entry_named(panel, "foto.png").id)
    assert thumb is not None and thumb.width() == 48 and thumb.height() == 36
    assert panel.thumbnail(entry_named(panel, "brief.txt").id) is None
    assert service.verify().ok


def test_drop_of_several_files_adds_them_all(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, service: VaultService) -> None:
    datas = [b"erste Datei\n", png(image(30, 30, "green")), opaque(5000)]
    paths = [write(tmp_path, f"datei{n}.{ext}", d)
             for n, (d, ext) in enumerate(zip(datas, ("txt", "png", "bin"), strict=True))]
    # Files dragged onto the list reach the panel: the table does not take drops itself.
    assert not panel.findChild(QTableView).viewport().acceptDrops()
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        assert drop(panel, file_urls(paths))
    assert sorted(e.value.sha256 for e in panel.entries()) == sorted(sha(d) for d in datas)
    for path, data in zip(paths, datas, strict=True):
        assert stored_bytes(service, entry_named(panel, path.name).id) == data
    qtbot.waitUntil(lambda: panel.thumbnail(entry_named(panel, "datei1.png").id) is not None)


def test_a_web_link_is_not_accepted_as_a_drop(panel: AttachmentsPanel) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/hetze.png")])
    assert not drop(panel, mime)
    assert panel.entries() == []


def test_ctrl_v_adds_a_screenshot_from_the_clipboard(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService) -> None:
    picture = image(120, 80, "magenta")
    QGuiApplication.clipboard().setImage(picture)
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    intake(qtbot, panel, lambda: qtbot.keyClick(panel, Qt.Key.Key_V,
                                                Qt.KeyboardModifier.ControlModifier))
    (entry,) = panel.entries()
    assert re.fullmatch(r"Bildschirmfoto \d{4}-\d\d-\d\d \d\d-\d\d-\d\d\.png",
                        entry.value.original_name)
    assert entry.value.kind == AttachmentKind.SCREENSHOT
    assert entry.value.media_type == "image/png"
    data = stored_bytes(service, entry.id)
    assert sha(data) == entry.value.sha256 and len(data) == entry.value.size
    restored = QImage()
    assert restored.loadFromData(data)
    assert restored.convertToFormat(picture.format()) == picture  # lossless
    assert panel.thumbnail(entry.id) is not None


def test_ctrl_v_with_copied_files_adds_the_files(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, service: VaultService) -> None:
    data = b"kopierte Datei\n"
    path = write(tmp_path, "kopiert.txt", data)
    QGuiApplication.clipboard().setMimeData(file_urls([path]))
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    intake(qtbot, panel, lambda: qtbot.keyClick(panel, Qt.Key.Key_V,
                                                Qt.KeyboardModifier.ControlModifier))
    assert stored_bytes(service, entry_named(panel, "kopiert.txt").id) == data


def test_large_image_gets_its_thumbnail_in_the_background(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel) -> None:
    data = noisy_png(700)
    assert len(data) > 1024 * 1024
    intake(qtbot, panel, lambda: panel.add_files([write(tmp_path, "gross.png", data)]))
    entry = entry_named(panel, "gross.png")
    qtbot.waitUntil(lambda: panel.thumbnail(entry.id) is not None, timeout=TIMEOUT)
    thumb = panel.thumbnail(entry.id)
    assert thumb is not None and max(thumb.width(), thumb.height()) == 48


def test_folder_missing_file_and_pipe_give_one_german_error_the_rest_is_added(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, dialogs: RecordingDialogs,
        service: VaultService) -> None:
    good = [write(tmp_path, "gut1.txt", b"eins"), write(tmp_path, "gut2.txt", b"zwei")]
    folder = tmp_path / "Ordner mit Fotos"
    folder.mkdir()
    missing = tmp_path / "verschwunden.txt"
    pipe = tmp_path / "rohr"
    os.mkfifo(pipe)  # reading it would block forever: it must be refused, not opened
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        assert drop(panel, file_urls([good[0], folder, missing, pipe, good[1]]))
    assert sorted(e.value.original_name for e in panel.entries()) == ["gut1.txt", "gut2.txt"]
    (message,) = dialogs.errors
    assert "„Ordner mit Fotos“: Das ist ein Ordner, keine Datei;" in message
    assert "„verschwunden.txt“: Die Datei existiert nicht (mehr)." in message
    assert "„rohr“: Das ist keine gewöhnliche Datei." in message
    assert "Die übrigen Dateien wurden hinzugefügt." in message
    assert "gut1" not in message
    assert service.verify().ok


# -- cancel and atomicity -------------------------------------------------------------------
def blob_files(service: VaultService) -> list[str]:
    return sorted(p.name for p in storage_of(service).blobs.folder.iterdir())


def test_cancel_stops_before_the_next_file(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, service: VaultService,
        monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [write(tmp_path, f"teil{n}.bin", opaque(2000 + n)) for n in range(3)]
    started, go = threading.Event(), threading.Event()
    original = service.add_attachment_stream

    def held_first(*args: Any, **kwargs: Any) -> Any:
        if not started.is_set():
            started.set()
            assert go.wait(TIMEOUT / 1000)
        return original(*args, **kwargs)

    monkeypatch.setattr(service, "add_attachment_stream", held_first)
    panel.add_files(paths)
    qtbot.waitUntil(started.is_set)
    assert panel.is_busy()
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        button(panel, "Abbrechen").click()
        go.set()
    assert [e.value.original_name for e in panel.entries()] == ["teil0.bin"]
    assert panel.status_text() == "Abgebrochen: 1 Datei(en) hinzugefügt, 2 nicht begonnen."
    assert not panel.is_busy()
    assert service.verify().ok
    assert len(blob_files(service)) == 1  # no stray or half-written file


def test_a_read_error_mid_file_leaves_nothing_referenced(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, dialogs: RecordingDialogs,
        service: VaultService, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [write(tmp_path, "kaputt.bin", opaque(3 * 1024 * 1024)),
             write(tmp_path, "heil.txt", b"heil")]
    original = service.add_attachment_stream

    class Failing:
        def __init__(self, stream: Any) -> None:
            self.stream, self.done = stream, 0

        def read(self, size: int = -1) -> bytes:
            if self.done >= 1024 * 1024:
                raise OSError(5, "Input/output error")
            chunk = self.stream.read(size)
            self.done += len(chunk)
            return bytes(chunk)

    def failing(incident: str, stream: Any, name: str, *rest: Any, **options: Any) -> Any:
        return original(incident, Failing(stream) if name == "kaputt.bin" else stream, name,
                        *rest, **options)

    monkeypatch.setattr(service, "add_attachment_stream", failing)
    intake(qtbot, panel, lambda: panel.add_files(paths))
    assert [e.value.original_name for e in panel.entries()] == ["heil.txt"]
    (message,) = dialogs.errors
    assert message.startswith("Nicht hinzugefügt:\n„kaputt.bin“:")
    assert service.verify().ok
    assert len(blob_files(service)) == 1


# -- viewing without plaintext on disk ------------------------------------------------------
def files_to_scan(roots: list[Path], since: float, everything: set[Path]) -> Iterator[Path]:
    """Every regular file under the roots. In the shared temp folder only those written or
    changed since the test began (it also holds gigabytes of other programs' files that this
    test cannot have written); in `everything` (the vault) all of them."""
    for root in roots:
        full = any(root == r or r in root.parents for r in everything)
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = Path(folder) / name
                try:
                    info = path.lstat()
                except OSError:
                    continue
                if not path.is_file() or path.is_symlink():
                    continue
                if full or max(info.st_mtime, info.st_ctime) >= since:
                    yield path


def holding(paths: Iterator[Path], needles: list[bytes]) -> list[str]:
    found = []
    overlap = max(len(n) for n in needles)
    for path in paths:
        try:
            with open(path, "rb") as handle:
                tail = b""
                while chunk := handle.read(8 * 1024 * 1024):
                    window = tail + chunk
                    if any(n in window for n in needles):
                        found.append(str(path))
                        break
                    tail = window[-overlap:]
        except OSError:
            continue  # vanished meanwhile or a file of another user
    return found


def plaintext_on_disk(markers: list[str], since: float, vault_dir: Path) -> list[str]:
    needles = [m.encode() for m in markers] + [m.encode("utf-16-le") for m in markers]
    roots = [Path(tempfile.gettempdir()), vault_dir]
    for location in (QStandardPaths.StandardLocation.CacheLocation,
                     QStandardPaths.StandardLocation.GenericCacheLocation,
                     QStandardPaths.StandardLocation.AppLocalDataLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            roots.append(Path(folder))
    return holding(files_to_scan(roots, since, {vault_dir}), needles)


def test_viewer_shows_image_pdf_text_and_hostile_mail_without_plaintext_on_disk(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, service: VaultService,
        incident_id: str, vault_dir: Path) -> None:
    since = time.time() - 2
    markers = {kind: f"MARKE-{kind}-{uuid.uuid4().hex}" for kind in
               ("bild", "pdf", "text", "mail")}
    source = tmp_path / "quellen"
    sources = {
        "drohung.png": png(image(800, 600, "darkred"), markers["bild"]),
        "anzeige.pdf": pdf(markers["pdf"]),
        "notiz.txt": f"Größe der Drohung: {markers['text']}\n".encode("cp1252"),
        "hetze.eml": hostile_mail(markers["mail"]),
    }
    for name, kind in (("drohung.png", "bild"), ("anzeige.pdf", "pdf"), ("notiz.txt", "text"),
                       ("hetze.eml", "mail")):
        assert markers[kind].encode() in sources[name]  # else the scan below proves nothing
    ids = {name: service.add_attachment(incident_id, write(source, name, data)).id
           for name, data in sources.items()}
    for path in source.iterdir():  # our own plaintext sources must not be what the scan finds
        path.unlink()
    source.rmdir()
    panel.reload()

    image_view = open_viewer(qtbot, panel, ids["drohung.png"])
    assert image_view.content_kind() == ContentKind.IMAGE
    shown = image_view.displayed_image()
    assert shown is not None and (shown.width(), shown.height()) == (800, 600)
    before = image_view.image_zoom_percent()
    assert before <= 100  # fitted into the window
    image_view.zoom_in()
    assert image_view.image_zoom_percent() > before
    image_view.zoom_out()
    image_view.zoom_out()
    assert image_view.image_zoom_percent() < before
    image_view.fit_image()
    assert image_view.image_zoom_percent() == before

    pdf_view = open_viewer(qtbot, panel, ids["anzeige.pdf"])
    document = pdf_view.pdf_document()
    assert pdf_view.content_kind() == ContentKind.PDF
    assert document is not None and document.pageCount() == 2
    assert pdf_view.status_text() == "2 Seiten"

    text_view = open_viewer(qtbot, panel, ids["notiz.txt"])
    assert text_view.content_kind() == ContentKind.TEXT
    assert text_view.displayed_text() == f"Größe der Drohung: {markers['text']}\n"

    mail_view = open_viewer(qtbot, panel, ids["hetze.eml"])
    assert mail_view.content_kind() == ContentKind.EMAIL
    shown_mail = mail_view.displayed_text()
    assert "Message-ID: <>" in shown_mail  # raw value where parsing raises
    assert "An: a@" in shown_mail
    assert "Betreff: Drohung" in shown_mail
    assert markers["mail"] in shown_mail and "Wir wissen, wo du wohnst." in shown_mail
    assert "alert" not in shown_mail and "<b>" not in shown_mail  # never rendered HTML
    assert "„../../evil.exe“" in shown_mail  # listed by name only
    assert all(v.windowTitle().endswith("– Vorfallbuch") for v in panel.open_viewers())

    canary = Path(tempfile.gettempdir()) / f"vfb-canary-{uuid.uuid4().hex}"
    canary.write_bytes(b"..." + markers["text"].encode("utf-16-le") + b"...")
    try:  # the scan itself finds what it looks for
        assert plaintext_on_disk([markers["text"]], since, vault_dir) == [str(canary)]
    finally:
        canary.unlink()
    assert plaintext_on_disk(list(markers.values()), since, vault_dir) == []
    for viewer in panel.open_viewers():
        viewer.close()
    assert panel.open_viewers() == []
    assert plaintext_on_disk(list(markers.values()), since, vault_dir) == []


def test_closing_drops_the_content(qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel,
                                   service: VaultService, incident_id: str) -> None:
    entry = service.add_attachment(incident_id, write(tmp_path, "a.txt", b"geheim"))
    viewer = open_viewer(qtbot, panel, entry.id)
    assert viewer.displayed_text() == "geheim"
    viewer.drop_data()
    assert not viewer.has_content()
    assert "geheim" not in viewer.displayed_text()
    assert viewer.displayed_image() is None and viewer.pdf_document() is None


def test_a_file_over_the_size_limit_is_not_loaded_but_can_be_saved(
        qtbot: QtBot, tmp_path: Path, service: VaultService, dialogs: RecordingDialogs,
        incident_id: str) -> None:
    data = b"x" * 5000
    entry = service.add_attachment(incident_id, write(tmp_path, "gross.txt", data))
    viewer = AttachmentViewer(service, dialogs, entry.id, max_view_bytes=1000)
    qtbot.addWidget(viewer)
    assert viewer.is_loaded() and viewer.content_kind() is None
    assert "zu groß für die Ansicht (4,9 KB)" in viewer.displayed_text()
    target = tmp_path / "raus" / "kopie.txt"
    target.parent.mkdir()
    dialogs.answer(target)
    button(viewer, "Speichern unter…").click()
    qtbot.waitUntil(lambda: "SHA-256 geprüft" in viewer.status_text(), timeout=TIMEOUT)
    assert target.read_bytes() == data
    assert dialogs.suggested == ["gross.txt"]
    assert dialogs.filters == [["Originaldatei (*.txt)"]]  # then "Alle Dateien"


def test_unknown_type_says_it_cannot_be_shown(qtbot: QtBot, tmp_path: Path,
                                              panel: AttachmentsPanel, service: VaultService,
                                              incident_id: str) -> None:
    entry = service.add_attachment(incident_id, write(tmp_path, "archiv.zip",
                                                      b"PK\x03\x04" + os.urandom(200)))
    viewer = open_viewer(qtbot, panel, entry.id)
    assert viewer.content_kind() == ContentKind.OTHER
    assert "kann in Vorfallbuch nicht angezeigt werden" in viewer.displayed_text()
    assert button(viewer, "Speichern unter…").isEnabled()


# -- save, delete, copy ---------------------------------------------------------------------
def test_save_as_writes_the_original_bit_exact(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, dialogs: RecordingDialogs) -> None:
    data = opaque(2 * 1024 * 1024 + 5)
    intake(qtbot, panel, lambda: panel.add_files([write(tmp_path / "in", "beweis.bin", data)]))
    entry = entry_named(panel, "beweis.bin")
    select(panel, entry.id)
    target = tmp_path / "aus" / "ausgabe.bin"
    target.parent.mkdir()
    dialogs.answer(target)
    button(panel, "Speichern unter…").click()
    qtbot.waitUntil(lambda: "SHA-256 geprüft" in panel.status_text(), timeout=TIMEOUT)
    assert target.read_bytes() == data
    assert sha(data) in panel.status_text()
    assert dialogs.suggested == ["beweis.bin"]
    assert [p.name for p in target.parent.iterdir()] == ["ausgabe.bin"]  # no temp left


def test_delete_asks_and_leaves_a_tombstone(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, dialogs: RecordingDialogs,
        service: VaultService) -> None:
    intake(qtbot, panel, lambda: panel.add_files([write(tmp_path, "weg.txt", b"weg")]))
    entry = entry_named(panel, "weg.txt")
    select(panel, entry.id)
    viewer = open_viewer(qtbot, panel, entry.id)
    dialogs.answer(False)
    button(panel, "Löschen…").click()
    assert len(panel.entries()) == 1
    dialogs.answer(True)
    with qtbot.waitSignal(panel.changed):
        button(panel, "Löschen…").click()
    assert "„weg.txt“" in dialogs.questions[-1]
    assert panel.entries() == [] and panel.open_viewers() == []
    assert not viewer.has_content()
    with pytest.raises(RecordNotFoundError):
        service.get_attachment(entry.id)
    assert service.history("attachment", entry.id)[-1].deleted


def test_copy_sha256_puts_the_full_hash_on_the_clipboard(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel) -> None:
    intake(qtbot, panel, lambda: panel.add_files([write(tmp_path, "x.txt", b"x")]))
    entry = entry_named(panel, "x.txt")
    select(panel, entry.id)
    button(panel, "Kopieren").click()
    assert QGuiApplication.clipboard().text() == sha(b"x")


def test_each_attachment_shows_its_sha256_and_intake_time(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel) -> None:
    """In the list (intake time, hash) and, for the selected one, in full below it: the
    hash in a selectable field, the intake time to the second with the user's name."""
    from PySide6.QtWidgets import QLineEdit

    from ui.attachments.model import INTAKE, SHA256

    data = b"Drohbrief vom Markt"
    intake(qtbot, panel, lambda: panel.add_files([write(tmp_path, "brief.txt", data)]))
    entry = entry_named(panel, "brief.txt")
    when = entry.value.intake_at.astimezone().strftime("%d.%m.%Y %H:%M:%S")
    table = panel.findChild(QTableView)
    model = table.model()
    (row,) = [r for r in range(model.rowCount())
              if model.index(r, NAME).data() == "brief.txt"]
    assert model.index(row, SHA256).data() == sha(data)
    assert model.index(row, INTAKE).data().startswith(when[:16])  # to the minute at least
    select(panel, entry.id)
    fields = [w for w in panel.findChildren(QLineEdit) if w.isReadOnly()]
    assert sha(data) in [w.text() for w in fields]
    assert any(f"Eingang: {when} von Anna Schmidt" in label.text()
               for label in panel.findChildren(QLabel))


# -- clear and hostile names ----------------------------------------------------------------
def test_clear_drops_rows_thumbnails_and_closes_viewers(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel) -> None:
    intake(qtbot, panel, lambda: panel.add_files([write(tmp_path, "bild.png", png(image()))]))
    entry = entry_named(panel, "bild.png")
    assert panel.thumbnail(entry.id) is not None
    select(panel, entry.id)
    viewer = open_viewer(qtbot, panel, entry.id)
    assert viewer.displayed_image() is not None
    panel.clear()
    assert panel.entries() == [] and panel.thumbnail(entry.id) is None
    assert panel.open_viewers() == []
    assert not viewer.has_content() and viewer.displayed_image() is None
    sha_fields = [w for w in panel.findChildren(QWidget) if hasattr(w, "isReadOnly")
                  and w.isReadOnly() and hasattr(w, "text")]
    assert all(entry.value.sha256 not in w.text() for w in sha_fields)
    assert [w.text() for w in panel.findChildren(QLabel)
            if entry.value.original_name in w.text()] == []
    panel.reload()
    assert [e.id for e in panel.entries()] == [entry.id]


def test_hostile_names_are_stored_and_shown_safely(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, dialogs: RecordingDialogs,
        service: VaultService, incident_id: str) -> None:
    traversal = service.add_attachment_stream(incident_id, io.BytesIO(b"pfad"),
                                              "../../evil.txt").id
    spoofed_name = "<b>rechnung</b>\u202efdp.exe"
    spoofed = service.add_attachment_stream(incident_id, io.BytesIO(b"MZ"), spoofed_name).id
    control = write(tmp_path / "in", "böse\x1b[31m\nname.txt", b"steuerzeichen")
    intake(qtbot, panel, lambda: panel.add_files([control]))
    assert dialogs.errors == []
    assert entry_named(panel, "böse_[31m_name.txt").value.sha256 == sha(b"steuerzeichen")

    names = {e.id: e for e in panel.entries()}
    assert set(names) >= {traversal, spoofed}
    shown = display_name(spoofed_name)
    assert "\u202e" not in shown and "[U+202E]" in shown
    table_model = panel.findChild(QTableView).model()
    texts = [table_model.index(r, NAME).data() for r in range(table_model.rowCount())]
    tips = [table_model.index(r, NAME).data(Qt.ItemDataRole.ToolTipRole)
            for r in range(table_model.rowCount())]
    assert shown in texts and "../../evil.txt" in texts
    assert all("\u202e" not in t and "\x1b" not in t for t in texts)
    assert any("&lt;b&gt;rechnung&lt;/b&gt;" in t for t in tips)  # escaped, never markup

    select(panel, spoofed)
    labels = [w for w in panel.findChildren(QLabel) if shown in w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)

    select(panel, traversal)
    target = tmp_path / "ziel" / "gespeichert.txt"
    target.parent.mkdir()
    dialogs.answer(target)
    button(panel, "Speichern unter…").click()
    qtbot.waitUntil(lambda: "SHA-256 geprüft" in panel.status_text(), timeout=TIMEOUT)
    assert dialogs.suggested == ["evil.txt"]  # no path in the suggestion
    assert target.read_bytes() == b"pfad"
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()

    viewer = open_viewer(qtbot, panel, spoofed)
    assert "\u202e" not in viewer.windowTitle()

    select(panel, spoofed)
    dialogs.answer(False)
    button(panel, "Löschen…").click()
    assert shown in dialogs.questions[-1]
    assert not QtGuiQt.mightBeRichText(dialogs.questions[-1])  # message boxes guess markup


# -- pure helpers ---------------------------------------------------------------------------
def test_names_sizes_and_text_decoding() -> None:
    assert storable_name("a\x00b\x1f\u2028c\x85.txt", "Datei") == "a_b__c_.txt"
    assert storable_name(os.fsdecode(b"caf\xe9.txt"), "Datei") == "caf\ufffd.txt"
    assert storable_name("  ", "Datei") == "Datei"
    assert len(storable_name("a" * 2000 + ".pdf", "Datei")) == 1000
    assert storable_name("a" * 2000 + ".pdf", "Datei").endswith(".pdf")
    assert save_name("..\\..\\windows\\evil.bat", "Anhang") == "evil.bat"
    assert save_name("..", "Anhang") == "Anhang"
    assert save_name(".bashrc", "Anhang") == "bashrc"
    assert (human_size(0), human_size(1), human_size(1536), human_size(5 * 1024**3)) == (
        "0 Bytes", "1 Byte", "1,5 KB", "5,0 GB")
    assert decode_text("Grüße".encode()) == ("Grüße", False)
    assert decode_text("Grüße".encode("cp1252")) == ("Grüße", False)
    assert decode_text("Grüße".encode("utf-16")) == ("Grüße", False)
    assert decode_text(b"\x81\x8d") == ("\x81\x8d", False)  # latin-1 never fails


def test_mail_parsing_survives_garbage() -> None:
    for raw in (b"", b"\x00\xff" * 100, b"Content-Type: multipart/mixed; boundary=\r\n\r\nx",
                b"Subject: =?utf-8?B?kaputt!!?=\r\nFrom: \xff\xfe\r\n\r\n\xff"):
        mail = parse_email(raw)
        assert isinstance(mail.body, str)
    assert html_to_text("<style>x{}</style><p>A&amp;B</p><p>C</p>") == "A&B\n\nC"


# -- hostile and odd content ----------------------------------------------------------------
def test_image_is_turned_as_its_exif_orientation_says(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, service: VaultService,
        incident_id: str) -> None:
    from PIL import Image

    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    Image.new("RGB", (80, 40), "orange").save(out, "JPEG", exif=exif.tobytes())
    entry = service.add_attachment(incident_id, write(tmp_path, "handy.jpg", out.getvalue()))
    panel.reload()
    viewer = open_viewer(qtbot, panel, entry.id)
    shown = viewer.displayed_image()
    assert shown is not None and (shown.width(), shown.height()) == (40, 80)
    thumb = panel.thumbnail(entry.id)
    assert thumb is not None and thumb.height() > thumb.width()


def test_broken_image_and_broken_pdf_give_a_message_not_a_crash(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, service: VaultService,
        incident_id: str) -> None:
    fake = service.add_attachment(incident_id, write(tmp_path, "foto.png",
                                                     b"\x89PNG\r\n\x1a\n" + os.urandom(300)))
    cut = service.add_attachment(incident_id, write(tmp_path, "brief.pdf", pdf("x")[:150]))
    panel.reload()
    assert panel.thumbnail(fake.id) is None
    image_view = open_viewer(qtbot, panel, fake.id)
    assert "Das Bild ist beschädigt oder unvollständig" in image_view.displayed_text()
    assert image_view.cannot_show()
    pdf_view = open_viewer(qtbot, panel, cut.id)
    assert "PDF-Datei ist beschädigt" in pdf_view.displayed_text()
    assert pdf_view.content_kind() == ContentKind.OTHER


def test_closing_a_viewer_while_it_loads_shows_nothing_afterwards(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, service: VaultService,
        incident_id: str) -> None:
    entry = service.add_attachment(incident_id, write(tmp_path, "lang.txt", b"Zeile\n" * 200_000))
    viewer = panel.open_viewer(entry.id)
    viewer.close()
    assert panel.open_viewers() == []
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    QApplication.processEvents()
    assert not viewer.has_content()


def test_destroying_the_panel_with_an_open_pdf_viewer_is_safe(
        qtbot: QtBot, service: VaultService, dialogs: RecordingDialogs,
        incident_id: str) -> None:
    """QPdfView used to take its loaded document down with it and crash the app."""
    entry = service.add_attachment_stream(incident_id, io.BytesIO(pdf("x")), "a.pdf")
    widget = AttachmentsPanel(service, dialogs, incident_id)
    widget.reload()
    viewer = open_viewer(qtbot, widget, entry.id)
    assert viewer.pdf_document() is not None
    shiboken6.delete(widget)  # no clear(), no close: the viewer goes with its parent
    assert not shiboken6.isValid(viewer)
