"""The file dialogs start in the user's Documents folder with a filter that fits, never in the
folder the program was started from: the real Dialogs, answered by a timer as a person would
press Enter in them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from ui.dialogs import Dialogs, documents_folder, save_dialog


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    folder = home / "Dokumente"
    folder.mkdir(parents=True)
    config = tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Dokumente"\n',
                                           encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.chdir(tmp_path)  # the folder the program was started from
    return folder


def _answer(check: Callable[[QFileDialog], None], seen: list[QFileDialog]) -> None:
    """Once the dialog is up: check it, then press Enter in it (accept) until it closes; its
    folder is read in the background, so a file chosen at once may need a moment."""
    def respond(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, respond)
            return
        if not seen or seen[-1] is not dialog:
            seen.append(dialog)
            try:
                check(dialog)
            except BaseException:
                dialog.reject()  # a failed check must not leave the test waiting here
                raise
        dialog.accept()
        if dialog.isVisible():
            if tries > 100:
                dialog.reject()
            else:
                QTimer.singleShot(50, lambda: respond(tries + 1))

    QTimer.singleShot(20, respond)


@pytest.mark.skipif(not Path("/proc").exists(), reason="XDG user folders are Linux's")
def test_the_documents_folder_is_the_users(documents: Path) -> None:
    assert documents_folder() == documents


def test_a_missing_documents_folder_falls_back_to_home(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "none"))
    found = documents_folder()
    assert found.is_dir() and found in (tmp_path, tmp_path / "Documents")


def test_the_save_dialog_offers_the_name_and_the_filter(qtbot: QtBot, documents: Path) -> None:
    dialog = save_dialog(None, "Dossier speichern unter", "Dossier-2026-12-07.pdf",
                         ["PDF-Dokumente (*.pdf)"])
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert Path(dialog.directory().absolutePath()) == documents
    assert dialog.nameFilters() == ["PDF-Dokumente (*.pdf)", "Alle Dateien (*)"]
    assert Path(dialog.selectedFiles()[0]) == documents / "Dossier-2026-12-07.pdf"


def test_the_real_dialogs_start_in_documents_and_return_what_was_chosen(
        qtbot: QtBot, documents: Path, tmp_path: Path) -> None:
    (documents / "drohbrief.pdf").write_bytes(b"%PDF-1.4\n")
    seen: list[QFileDialog] = []
    dialogs = Dialogs()

    def in_documents(dialog: QFileDialog) -> None:
        assert Path(dialog.directory().absolutePath()) == documents

    _answer(in_documents, seen)
    saved = dialogs.save_file(None, "Dossier speichern unter", "Dossier.pdf",
                              ["PDF-Dokumente (*.pdf)"])
    assert saved == documents / "Dossier.pdf"

    def pick(dialog: QFileDialog) -> None:
        in_documents(dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None  # Qt's own dialog (offscreen there is no native one)
        name.setText("drohbrief.pdf")  # typed, as a person would

    _answer(pick, seen)
    assert dialogs.open_files(None, "Dateien als Anhang hinzufügen") == [
        documents / "drohbrief.pdf"]
    _answer(in_documents, seen)
    assert dialogs.choose_folder(None, "Ordner wählen") == documents
    assert len(seen) == 3 and not any(Path(d.directory().absolutePath()) == tmp_path
                                      for d in seen)
