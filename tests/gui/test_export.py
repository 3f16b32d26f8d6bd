"""The export dialog on real widgets offscreen: preselection from the main window's list,
profiles explained, password twice, progress with cancel (a cancel leaves nothing), the
preview with QtPdf, printing through the print-dialog seam into a PDF file, German errors,
and a lock that stops a running export."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pypdf
import pytest
from PySide6.QtCore import QRunnable, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app.domain import Category
from app.service import VaultService
from export.pipeline import past_exports
from tests.conftest import storage_of
from tests.gui.support import ScriptedDialogs, fill, type_date
from ui.export.dialog import ExportDialog
from ui.export.form import FormError
from ui.main_window import MainWindow

PASSWORD = "Grüße, Бургомистр! 😀"


@pytest.fixture
def filled(service: VaultService) -> dict[str, list[str]]:
    return fill(service, incidents=4)


@pytest.fixture
def window(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs,
           filled: dict[str, list[str]], settings_path: Any) -> Iterator[MainWindow]:
    main = MainWindow(service, dialogs)
    qtbot.addWidget(main)
    main.incidents.reload()
    yield main
    main.close_for_lock()


class Blocker(QRunnable):
    """Occupies the one thread of the global pool until released, so a job started meanwhile
    waits: a cancel given before its start is then certain to be seen (no race, no sleep)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def run(self) -> None:
        self.release.wait(60)


@pytest.fixture
def held_pool() -> Iterator[Blocker]:
    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(1)
    blocker = Blocker()
    pool.start(blocker)
    yield blocker
    blocker.release.set()
    pool.waitForDone(60_000)
    pool.setMaxThreadCount(before)


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def out_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "ausgabe"
    folder.mkdir(exist_ok=True)
    return folder


def finish(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)


# -- the form ------------------------------------------------------------------------------
def test_the_marked_incident_is_offered_never_the_silent_default_and_the_count_is_said(
        window: MainWindow, filled: dict[str, list[str]]) -> None:
    chosen = filled["incidents"][2]
    assert window.incidents.select(chosen)
    dialog = window.export_dossier()
    everything = len(filled["incidents"])
    assert dialog.form.only_marked.isEnabled() and not dialog.form.only_marked.isChecked()
    assert dialog.form.request().selection.incident_ids == ()
    assert dialog.count.text() == f"{everything} Vorfälle werden exportiert."
    dialog.form.only_marked.setChecked(True)
    assert dialog.form.request().selection.incident_ids == (chosen,)
    assert dialog.count.text() == "1 Vorfall wird exportiert."
    dialog.form.only_marked.setChecked(False)
    dialog.form.categories.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.count.text().endswith("exportiert.") or dialog.count.text() == (
        "Kein Vorfall passt zu dieser Auswahl.")
    assert dialog.update_count() == sum(
        1 for i in filled["incidents"]
        if dialog.form.chosen_categories()[0] in window.service.get_incident(i).value.categories)
    assert window.export_dossier() is dialog  # one dialog at a time


def test_profiles_are_explained_and_the_request_follows_the_form(
        qtbot: QtBot, service: VaultService, filled: dict[str, list[str]]) -> None:
    dialog = ExportDialog(service, ScriptedDialogs(), [])
    qtbot.addWidget(dialog)
    form = dialog.form
    assert not form.only_marked.isEnabled() and not form.only_marked.isChecked()
    notes = set()
    for index in range(form.profile.count()):
        form.profile.setCurrentIndex(index)
        notes.add(form.profile_note.text())
    assert len(notes) == 3 and all(notes)
    assert any("Person A" in n for n in notes)
    texts = " ".join(label.text() for label in dialog.findChildren(type(form.profile_note)))
    assert ("Das Passwort muss auf anderem Weg übermittelt werden als die Datei "
            "(z. B. per Telefon).") in texts

    form.profile.setCurrentIndex(2)
    assert form.from_date.text() == "" and form.to_date.text() == ""  # no bound by default
    type_date(qtbot, form.from_date, "1.2.26")
    form.categories.item(list(Category).index(Category.BEDROHUNG)).setCheckState(
        Qt.CheckState.Checked)
    form.recipient.setText("  ZASTEX  ")
    request = form.request()
    assert request.profile.value == "statistik" and request.recipient == "ZASTEX"
    selection = request.selection
    assert selection.categories == (Category.BEDROHUNG,)
    assert str(selection.date_from) == "2026-02-01" and selection.date_to is None

    type_date(qtbot, form.to_date, "31.1.2026")
    with pytest.raises(FormError, match="Zeitraum"):
        form.request()
    type_date(qtbot, form.to_date, "31.1.20266")
    with pytest.raises(FormError, match=r"^Zeitraum bis: Das Jahr muss zwischen 1900 und 2100"):
        form.request()
    type_date(qtbot, form.to_date, "")
    assert form.request().selection.date_to is None


def test_password_must_be_typed_twice_and_be_usable(
        qtbot: QtBot, service: VaultService) -> None:
    dialogs = ScriptedDialogs()
    dialog = ExportDialog(service, dialogs, [])
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.chosen_password() is None and not form.password.isEnabled()
    form.protect.setChecked(True)
    form.password.setText(PASSWORD)
    form.repeat.setText(PASSWORD + "x")
    assert not dialog.start_export()  # no file is asked for
    assert dialogs.errors[-1] == "Die beiden Passwörter stimmen nicht überein."
    for bad, words in (("", "leer"), ("abc\u0627", "rechts nach links"), ("\ue000", "Zeichen")):
        form.password.setText(bad)
        form.repeat.setText(bad)
        with pytest.raises(FormError, match=words):
            form.chosen_password()
    form.password.setText(PASSWORD)
    form.repeat.setText(PASSWORD)
    assert form.chosen_password() == PASSWORD
    form.protect.setChecked(False)
    assert form.password.text() == "" and form.chosen_password() is None


# -- exporting, preview, printing --------------------------------------------------------
def test_export_with_password_preview_and_print(
        qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, service: VaultService,
        tmp_path: Path) -> None:
    folder = out_folder(tmp_path)
    dialog = window.export_dossier()
    dialog.form.protect.setChecked(True)
    dialog.form.password.setText(PASSWORD)
    dialog.form.repeat.setText(PASSWORD)
    dialog.form.recipient.setText("Polizeirevier Pirna")
    dialogs.answer(folder / "dossier")  # ".pdf" is added
    assert dialog.start_export()
    assert dialog.pages.currentWidget() is dialog.progress_page
    finish(qtbot, dialog)
    assert dialogs.errors == []
    target = folder / "dossier.pdf"
    assert files(folder) == ["dossier.pdf"]
    record = dialog.record
    assert record is not None and record.password and record.recipient == "Polizeirevier Pirna"
    assert past_exports(service) == [record]
    assert dialog.pages.currentWidget() is dialog.result_page
    assert record.sha256 in dialog.summary.text() and str(target) in dialog.summary.text()
    assert dialog.form.password.text() == ""  # the form forgets the password at once
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(target)

    # QtPdf opened it with the password; one page rendered to PNG for a visual check.
    assert dialog.preview.page_count() == record.pages
    image = dialog.preview.render_page(0, 72)
    png = tmp_path / "seite1.png"
    assert image.save(str(png)) and png.stat().st_size > 1000
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)}) > 2  # not a blank page

    # Printing it into a file would write it unprotected: not offered, and refused.
    printed = tmp_path / "gedruckt.pdf"
    dialogs.answer(printed)
    assert dialog.print_dossier() == 0
    assert dialogs.print_to_file == [False] and not printed.exists()
    assert dialogs.errors == ["Ein passwortgeschütztes Dossier wird nicht in eine Datei "
                              "gedruckt, weil die Datei ungeschützt wäre; bitte wählen Sie "
                              "einen Drucker."]
    dialogs.answer(None)  # print dialog cancelled
    assert dialog.print_dossier() == 0

    dialog.done_button.click()
    assert dialog.preview.page_count() == 0  # the preview dropped the document
    assert window.export_dialog is None or not dialog.isVisible()


def test_an_unprotected_dossier_prints_every_page(
        qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    folder = out_folder(tmp_path)
    dialog = window.export_dossier()
    dialogs.answer(folder / "offen.pdf")
    assert dialog.start_export()
    finish(qtbot, dialog)
    record = dialog.record
    assert record is not None and not record.password
    printed = tmp_path / "gedruckt.pdf"
    dialogs.answer(printed)
    assert dialog.print_dossier() == record.pages
    assert dialogs.print_to_file == [True]
    assert len(pypdf.PdfReader(printed).pages) == record.pages


def test_cancel_leaves_no_file_and_no_history_entry(
        qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, service: VaultService,
        tmp_path: Path, held_pool: Blocker) -> None:
    folder = out_folder(tmp_path)
    chain = len(service.log())
    dialog = window.export_dossier()
    dialogs.answer(folder / "d.pdf")
    assert dialog.start_export()
    dialog.cancel_button.click()
    assert not dialog.cancel_button.isEnabled()
    held_pool.release.set()
    finish(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.form_page
    assert "Abgebrochen" in dialog.notice.text() and dialogs.errors == []
    assert files(folder) == [] and len(service.log()) == chain
    assert past_exports(service) == []


def test_closing_while_running_cancels_then_closes(
        qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, service: VaultService,
        tmp_path: Path, held_pool: Blocker) -> None:
    folder = out_folder(tmp_path)
    dialog = window.export_dossier()
    dialogs.answer(folder / "d.pdf")
    assert dialog.start_export()
    dialog.reject()
    assert dialog.isVisible()  # it waits for the export to stop
    held_pool.release.set()
    qtbot.waitUntil(lambda: window.export_dialog is None, timeout=60_000)
    assert files(folder) == [] and past_exports(service) == []


def test_locking_stops_a_running_export(
        qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, service: VaultService,
        tmp_path: Path, held_pool: Blocker) -> None:
    folder = out_folder(tmp_path)
    dialog = window.export_dossier()
    dialogs.answer(folder / "d.pdf")
    assert dialog.start_export()
    job = dialog.job
    assert job is not None
    assert window.clear_for_lock(ask=False)
    assert window.export_dialog is None and job.cancelled
    held_pool.release.set()
    qtbot.waitUntil(job.done.is_set, timeout=60_000)
    assert files(folder) == [] and past_exports(service) == []


def test_refusals_are_german_sentences(
        qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, service: VaultService,
        tmp_path: Path) -> None:
    dialog = window.export_dossier()
    dialogs.answer(storage_of(service).folder / "d.pdf")
    assert dialog.start_export()
    finish(qtbot, dialog)
    assert "Tresors" in dialogs.errors[-1] and "\n" not in dialogs.errors[-1]
    assert dialog.pages.currentWidget() is dialog.form_page

    folder = out_folder(tmp_path)
    type_date(qtbot, dialog.form.from_date, "1.1.2099")
    dialogs.answer(folder / "leer.pdf")
    assert dialog.start_export()
    finish(qtbot, dialog)
    assert "keine Vorfälle" in dialogs.errors[-1]
    assert files(folder) == [] and past_exports(service) == []

    dialogs.answer(None)  # the save dialog cancelled: nothing starts
    assert not dialog.start_export() and dialog.job is None
