"""Shared pieces for GUI tests: answers for dialogs instead of a person, and a filled vault."""

from __future__ import annotations

import io
import threading
import time
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.service import VaultService
from ui.attachments import AttachmentsPanel
from ui.date_entry import DateEntry
from ui.dialogs import Choice, Dialogs


class ScriptedDialogs(Dialogs):
    """Answers queued by the test; every question and message is recorded. An unexpected
    question fails the test instead of blocking it."""

    def __init__(self) -> None:
        self.answers: deque[Any] = deque()
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.questions: list[str] = []
        self.printed: list[str] = []
        self.print_to_file: list[bool] = []

    def answer(self, *values: Any) -> ScriptedDialogs:
        self.answers.extend(values)
        return self

    def _next(self, question: str) -> Any:
        self.questions.append(question)
        if not self.answers:
            raise AssertionError(f"unexpected dialog: {question}")
        return self.answers.popleft()

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        self.infos.append(text)

    def confirm(self, parent: QWidget | None, text: str, action: str) -> bool:
        return bool(self._next(text))

    def ask(self, parent: QWidget | None, text: str, yes: str, no: str) -> bool:
        """The queued answer: True for `yes`, False for `no`."""
        value = self._next(text)
        assert isinstance(value, bool)
        return value

    def save_discard_cancel(self, parent: QWidget | None, text: str) -> Choice:
        value = self._next(text)
        assert isinstance(value, Choice)
        return value

    def confirm_risky(self, parent: QWidget | None, text: str, safe: str, risky: str) -> bool:
        """The queued answer: True for `risky`, False for `safe`."""
        value = self._next(text)
        assert isinstance(value, bool)
        return value

    def open_files(self, parent: QWidget | None, title: str) -> list[Path]:
        return list(self._next(title))

    def print_html(self, parent: QWidget | None, html: str) -> bool:
        self.printed.append(html)
        return True

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        value = self._next(title)
        return None if value is None else Path(value)

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  filters: Sequence[str] = ()) -> Path | None:
        value = self._next(title)
        return None if value is None else Path(value)

    def choose_printer(self, parent: QWidget | None, pages: int, to_file: bool = True) -> Any:
        """The queued answer is a PDF file to print into (a QPrinter writing it), or None;
        whether printing into a file was offered is kept in `print_to_file`."""
        from PySide6.QtPrintSupport import QPrinter

        self.print_to_file.append(to_file)
        value = self._next("print")
        if value is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(value))
        printer.setFromTo(1, max(1, pages))
        return printer


def opened_panel(qtbot: QtBot, service: VaultService, dialogs: Dialogs,
                 title: str) -> AttachmentsPanel:
    """The attachments panel of a new incident, shown and loaded."""
    incident = service.add_incident({"title": title, "occurred": {"date": "2026-03-14"}})
    widget = AttachmentsPanel(service, dialogs, incident.id)
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    return widget


def fill(service: VaultService, incidents: int = 3) -> dict[str, list[str]]:
    """A small realistic vault: contacts, incidents with categories, one attachment."""
    suspect = service.add_person({"kind": "suspect", "name": "Max Müller",
                                  "emails": ["max@example.org"]}).id
    witness = service.add_person({"kind": "witness", "name": "Erika Schmidt"}).id
    ids = []
    for number in range(incidents):
        entry = service.add_incident({
            "title": f"Drohbrief Nr. {number + 1}",
            "occurred": {"date": f"2026-0{number % 9 + 1}-1{number % 10}", "time": "09:30"},
            "categories": ["bedrohung"] if number % 2 else ["beleidigung", "politisches_leben"],
            "channel": "letter" if number % 2 else "email",
            "description": f"„Wir wissen, wo du wohnst.“ Vorfall {number + 1}",
            "persons": [{"person_id": suspect, "role": "perpetrator"},
                        {"person_id": witness, "role": "witness"}],
            "case": {"outcome": "open" if number % 2 else "eingestellt"},
        })
        ids.append(entry.id)
    attachment = service.add_attachment_stream(ids[0], io.BytesIO(b"Hallo Welt\n"), "brief.txt")
    return {"incidents": ids, "persons": [suspect, witness], "attachments": [attachment.id]}


class HeldCopy:
    """Holds the copy of the file named `name` into the vault after its first MiB, half
    written, until `release` is set or the intake is told to stop breaking it off."""

    HOLD_AFTER = 1024 * 1024
    LONGEST_S = 20.0

    def __init__(self, monkeypatch: pytest.MonkeyPatch, service: VaultService,
                 name: str) -> None:
        self.reached = threading.Event()  # the copy is held
        self.release = threading.Event()
        self.finished = threading.Event()  # the copy is stored or was broken off
        original = service.add_attachment_stream

        def held(incident_id: str, stream: Any, original_name: str, *rest: Any,
                 **options: Any) -> Any:
            if original_name != name:
                return original(incident_id, stream, original_name, *rest, **options)
            try:
                return original(incident_id, _HeldStream(stream, self), original_name, *rest,
                                **options)
            finally:
                self.finished.set()

        monkeypatch.setattr(service, "add_attachment_stream", held)

    def hold(self, stream: Any) -> None:
        self.reached.set()
        stopped = getattr(stream, "cancel", None)  # the intake's check for "stop now"
        deadline = time.monotonic() + self.LONGEST_S
        while not self.release.wait(0.01) and time.monotonic() < deadline:
            if stopped is not None and stopped():
                return


class _HeldStream:
    def __init__(self, stream: Any, owner: HeldCopy) -> None:
        self.stream, self.owner, self.done = stream, owner, 0

    def read(self, size: int = -1) -> bytes:
        if self.done >= HeldCopy.HOLD_AFTER and not self.owner.reached.is_set():
            self.owner.hold(self.stream)
        chunk = bytes(self.stream.read(size))
        self.done += len(chunk)
        return chunk


def type_date(qtbot: QtBot, entry: DateEntry, text: str) -> None:
    """Replace a date field's text through key events, as a person types it (ASCII only)."""
    line = entry.line
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(line, text)
    assert line.text() == text


def main_window_on(qtbot: QtBot, folder: Path, dialogs: Dialogs) -> Any:
    """The main window on the vault in `folder`, unlocked as the tests' user and shown (the
    caller closes its service)."""
    from storage.vault import Vault
    from tests.conftest import PASSPHRASE, USER
    from ui.main_window import MainWindow

    vault = Vault.open(folder)
    vault.unlock(USER, PASSPHRASE)
    window = MainWindow(VaultService(vault), dialogs)
    qtbot.addWidget(window)
    window.show()
    return window
