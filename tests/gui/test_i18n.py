"""The English translation (resources/i18n): the .ts knows every GUI text under the context Qt
looks it up with, every text is translated, the .qm is compiled from the .ts, and with it the
real widgets show English. Also the VORFALLBUCH_LANGUAGE switch in the settings."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.settings import LANGUAGE_ENV, Settings

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TS = I18N / "vorfallbuch_en.ts"
QM = I18N / "vorfallbuch_en.qm"
FIX = ("Run `./run i18n` (pyside6-lupdate $(git ls-files 'ui/*.py' 'ui/**/*.py' | sort -u) "
       "-ts resources/i18n/vorfallbuch_en.ts -source-language de_DE -target-language en_GB "
       "-no-obsolete, then the context fix-up and pyside6-lrelease; see "
       "resources/i18n/update.py), translate what it lists as not translated yet, run it "
       "again and commit resources/i18n.")
PLACEHOLDER = re.compile(r"\{\w*\}")  # {0} and the named ones: {folder}
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def _load_update() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_update", I18N / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _load_update()


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()  # noqa: S314 (the project's own file)
    return [(c.findtext("name") or "", m) for c in root.iter("context")
            for m in c.iter("message")]


def pairs(ts: Path) -> set[tuple[str, str]]:
    return {(context, m.findtext("source") or "") for context, m in messages(ts)}


# -- the .ts and the .qm are in step with the code ------------------------------------------
def test_ts_holds_every_text_of_the_gui(tmp_path: Path) -> None:
    fresh = tmp_path / TS.name
    shutil.copyfile(TS, fresh)
    try:
        update.lupdate(fresh)
        update.fix_contexts(fresh)
    except SystemExit as exc:  # lupdate failed, or a tr() Qt could never translate
        pytest.fail(f"{exc}\n{FIX}")
    in_code, committed = pairs(fresh), pairs(TS)
    new = sorted(in_code - committed)
    gone = sorted(committed - in_code)
    assert not new and not gone, (
        f"resources/i18n/vorfallbuch_en.ts is behind ui/: {len(new)} text(s) missing "
        f"{new[:10]}, {len(gone)} no longer used {gone[:10]}. {FIX}")


def test_no_text_is_filed_where_qt_cannot_find_it() -> None:
    # Module-level tr() wrappers hide their context from lupdate; update.py moves those
    # texts to the wrapper's context. An empty context would never be looked up.
    assert all(context for context, _ in messages(TS))


def test_every_text_is_translated() -> None:
    problems = []
    for context, message in messages(TS):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        if translation is None or translation.get("type"):
            problems.append(f"{where} is not translated (or marked unfinished)")
            continue
        # A text with a count (tr with n, "%n Tage") has English's two forms instead.
        texts = ([form.text or "" for form in translation.findall("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        if len(texts) != (2 if message.get("numerus") == "yes" else 1) or \
                not all(t.strip() for t in texts):
            problems.append(f"{where} is not translated (or marked unfinished)")
            continue
        for text in texts:
            if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
                problems.append(f"{where}: keyboard accelerator (&) lost or added in {text!r}")
            if source.count("\n") != text.count("\n"):
                problems.append(f"{where}: line breaks differ in {text!r}")
    assert not problems, "\n".join(problems) + "\n" + FIX


def test_accelerators_are_unique_in_the_contact_editor() -> None:
    keys = [ACCELERATOR.search(m.findtext("translation") or "")
            for context, m in messages(TS) if context == "ContactEditor"]
    letters = [k.string[k.end()].lower() for k in keys if k is not None]
    assert len(letters) == len(set(letters)), letters


def test_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / QM.name
    update.lrelease(TS, compiled)
    assert QM.exists(), FIX
    assert compiled.read_bytes() == QM.read_bytes(), (
        f"resources/i18n/vorfallbuch_en.qm is older than the .ts. {FIX}")


# -- the GUI in English ---------------------------------------------------------------------
def test_german_needs_no_translator(qapp: QApplication) -> None:
    from ui.app import install_translation

    assert install_translation(qapp, "de") is None


def test_widgets_show_english(english: QTranslator, qtbot: QtBot, tmp_path: Path) -> None:
    from app.domain import Category
    from ui import labels
    from ui.unlock import UnlockDialog

    dialog = UnlockDialog(tmp_path / "vault", ["Anna Schmidt"], "Anna Schmidt")
    qtbot.addWidget(dialog)
    assert dialog.unlock_button.text() == "Unlock"
    assert dialog.windowTitle() == "Unlock Vorfallbuch"
    assert dialog.forgot_button.text() == "Forgotten your passphrase?"
    assert labels.category(Category.BEDROHUNG) == "Threat"  # a module-level tr() wrapper


def test_translator_is_gone_after_the_english_tests(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.unlock import UnlockDialog

    dialog = UnlockDialog(tmp_path / "vault", ["Anna Schmidt"], "Anna Schmidt")
    qtbot.addWidget(dialog)
    assert dialog.unlock_button.text() == "Entsperren"


class LookupSpy(QTranslator):
    """Installed last, so Qt asks it first: notes every lookup and answers 'not here'."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        self.seen.add((context, source))
        return None  # a null string: Qt goes on to the real translator

    def isEmpty(self) -> bool:  # Qt's name
        return False


def test_every_screen_finds_its_translations(english: QTranslator, qapp: QApplication,
                                             qtbot: QtBot, tmp_path: Path,
                                             settings_path: Path) -> None:
    """Renders every main screen (ui.screenshots) in English and checks that each of our
    German texts the widgets look up is found under the context they use."""
    from ui.screenshots import render

    known = pairs(TS)
    sources = {source for _, source in known}
    spy = LookupSpy()
    qapp.installTranslator(spy)
    try:
        render(tmp_path / "screens")
    finally:
        qapp.removeTranslator(spy)
    ours = {(c, s) for c, s in spy.seen if s in sources}
    assert len(ours) > 200
    # PySide's tr() also asks the base classes (QWidget, QObject, ...) when a translation
    # equals its source text ('Vorfallbuch'); those extra lookups are not misses.
    found = {s for c, s in ours if (c, s) in known}
    missed = sorted((c, s) for c, s in ours if (c, s) not in known and s not in found)
    assert not missed, f"looked up but not in the .ts under this context: {missed}"


# -- choosing the language without editing JSON ----------------------------------------------
def test_environment_chooses_the_language(settings_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    Settings(language="de", last_user="Anna Schmidt").save(settings_path)
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    assert Settings.load(settings_path).language == "en"
    monkeypatch.setenv(LANGUAGE_ENV, " EN ")
    assert Settings.load(settings_path).language == "en"
    monkeypatch.setenv(LANGUAGE_ENV, "fr")  # not one we have: the stored choice holds
    assert Settings.load(settings_path).language == "de"
    monkeypatch.delenv(LANGUAGE_ENV)
    assert Settings.load(settings_path).language == "de"


def test_environment_language_without_a_settings_file(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    assert Settings.load(tmp_path / "missing.json").language == "en"
    monkeypatch.setenv(LANGUAGE_ENV, "de")
    path = tmp_path / "settings.json"
    Settings(language="en").save(path)
    assert Settings.load(path).language == "de"


def test_environment_language_is_not_saved(settings_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    Settings(language="de").save(settings_path)
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    settings = Settings.load(settings_path)
    settings.last_user = "Erika Schmidt"  # the app saves the last user after unlocking
    settings.save(settings_path)
    stored = json.loads(settings_path.read_text(encoding="utf-8"))
    assert stored["language"] == "de" and stored["last_user"] == "Erika Schmidt"
    assert Settings.load(settings_path).language == "en"
    monkeypatch.delenv(LANGUAGE_ENV)
    assert Settings.load(settings_path).language == "de"


def _standard_buttons() -> list[str]:
    from PySide6.QtWidgets import QDialogButtonBox

    kinds = (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Discard,
             QDialogButtonBox.StandardButton.Cancel)
    box = QDialogButtonBox(kinds[0] | kinds[1] | kinds[2])
    return [box.button(kind).text().replace("&", "") for kind in kinds]


def test_qt_s_own_buttons_speak_the_app_s_language(qapp: QApplication) -> None:
    from ui.app import install_qt_translation

    german = install_qt_translation(qapp, "de")
    try:
        assert german is not None and install_qt_translation(qapp, "de") is german  # once
        assert _standard_buttons() == ["Speichern", "Verwerfen", "Abbrechen"]
        assert install_qt_translation(qapp, "en") is None  # switching back removes it
        assert _standard_buttons() == ["Save", "Discard", "Cancel"]
    finally:
        install_qt_translation(qapp, "en")
