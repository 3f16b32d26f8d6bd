"""The libraries' warnings go to a rotating, owner-only log file without personal data, not to
the terminal; --verbose shows them there too (app/logs.py). Tried on the real logging setup,
with real library loggers and warnings, the real intake child and the real CLI."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import logs
from tests.cli.support import make_vault, run
from tests.intake_samples import pdf

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    level, handlers, show = root.level, list(root.handlers), warnings.showwarning
    yield
    logs._reset(root)
    root.setLevel(level)
    root.handlers[:] = handlers
    warnings.showwarning = show


class Stream:
    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


# -- scrubbing -------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "secret"), [
    ("Illegal character in Name Object (b'/M\\xfcller')", "M\\xfcller"),
    ("font 'Anna Schmidt' not found", "Anna Schmidt"),
    ('cannot decode "Wir wissen, wo du wohnst"', "wissen"),
    ("sender anna.schmidt@rathaus-musterstadt.de rejected", "anna.schmidt"),
    ("reading /home/aschmidt/Dokumente/Drohbrief.pdf failed", "aschmidt"),
    ("reading C:\\Users\\aschmidt\\Drohbrief.pdf failed", "aschmidt"),
    ("reading ~/Drohbrief.pdf failed", "Drohbrief"),
    ("subject Jürgen Müller droht", "Müller"),
    ("subject „Wir kriegen dich“ decoded", "kriegen"),
    ("payload " + "QUJD" * 40 + " ignored", "QUJDQUJD"),
    ("Bürgermeisterin Weiß", "Weiß"),
    ("url=https://example.org/path/secret-page ignored", "secret-page"),
    ("mailto%3Aanna%40rathaus ignored", "anna"),
    ("attachment Drohbrief.pdf has no method", "Drohbrief"),
    ("host rathaus.example refused", "rathaus"),
])
def test_what_could_name_a_person_or_quote_a_file_is_taken_out(raw: str, secret: str) -> None:
    scrubbed = logs.scrub(raw)
    assert secret not in scrubbed, scrubbed
    assert "…" in scrubbed


@pytest.mark.parametrize(("raw", "kept"), [
    ("incorrect startxref pointer(2)", "incorrect startxref pointer(2)"),
    ("Multiple definitions in dictionary at byte 0x1f for key /Producer",
     "Multiple definitions in dictionary at byte 0x1f for key /Producer"),
    ('"Premature EOL at line 3 of strip 0 (got 10, expected 48)"',
     "Premature EOL at line 3 of strip 0 (got 10, expected 48)"),
    ("libpng error: IHDR: CRC error", "libpng error: IHDR: CRC error"),
])
def test_a_library_s_technical_message_keeps_its_words(raw: str, kept: str) -> None:
    assert logs.scrub(raw) == kept


def test_a_message_is_one_bounded_line() -> None:
    scrubbed = logs.scrub("first line\nsecond line\t" + "word " * 200)
    assert "\n" not in scrubbed and "\t" not in scrubbed
    assert len(scrubbed) <= logs.MAX_MESSAGE and scrubbed.startswith("first line second line")


# -- the file and the terminal ---------------------------------------------------------------
def test_a_library_warning_goes_to_the_file_and_not_the_terminal(
        tmp_path: Path, restore_logging: None) -> None:
    terminal = Stream()
    path = logs.setup(stream=terminal, folder=tmp_path / "logs")
    assert path == tmp_path / "logs" / logs.LOG_NAME
    logging.getLogger("pypdf._reader").warning("incorrect startxref pointer(%d)", 2)
    logging.getLogger("PIL.TiffImagePlugin").warning("font 'Anna Schmidt' not found")
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "WARNING pypdf._reader: incorrect startxref pointer(2)" in text
    assert "PIL.TiffImagePlugin: font … not found" in text and "Anna" not in text
    assert terminal.text == ""
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_verbose_shows_them_on_the_terminal_as_well(tmp_path: Path,
                                                    restore_logging: None) -> None:
    terminal = Stream()
    path = logs.setup(verbose=True, stream=terminal, folder=tmp_path)
    logging.getLogger("pypdf._reader").warning("EOF marker not found")
    _flush()
    assert "EOF marker not found" in terminal.text
    assert path is not None and "EOF marker not found" in path.read_text(encoding="utf-8")


def test_our_own_errors_still_reach_the_terminal_but_only_their_type_reaches_the_file(
        tmp_path: Path, restore_logging: None) -> None:
    terminal = Stream()
    path = logs.setup(stream=terminal, folder=tmp_path)
    try:
        raise ValueError("Drohung gegen Bürgermeisterin Schmidt")
    except ValueError:
        logging.getLogger("ui.crash").exception("unexpected error")
    _flush()
    assert "Traceback" in terminal.text and "Drohung" in terminal.text
    assert path is not None
    text = path.read_text(encoding="utf-8")
    assert "ui.crash: unexpected error (ValueError)" in text
    assert "Drohung" not in text and "Traceback" not in text


def test_a_python_warning_of_a_library_is_logged_not_printed(
        tmp_path: Path, restore_logging: None, capfd: pytest.CaptureFixture[str]) -> None:
    path = logs.setup(folder=tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn_explicit("Possibly corrupt EXIF data.", UserWarning,
                               "/site-packages/PIL/TiffImagePlugin.py", 900)
    _flush()
    assert path is not None
    assert ("WARNING py.warnings.TiffImagePlugin: UserWarning: Possibly corrupt EXIF data."
            in path.read_text(encoding="utf-8"))
    assert "EXIF" not in capfd.readouterr().err


def test_one_message_shape_is_written_a_bounded_number_of_times(
        tmp_path: Path, restore_logging: None) -> None:
    path = logs.setup(folder=tmp_path)
    log = logging.getLogger("qt.imageformats.tiff")
    for line in range(5000):
        log.warning("Premature EOL at line %d of strip 0", line)
    log.warning("Bad code word at line 1 of strip 0")
    _flush()
    assert path is not None
    lines = path.read_text(encoding="utf-8").splitlines()
    assert sum("Premature EOL" in line for line in lines) == logs.REPEATS
    assert sum("further messages like this are not logged" in line for line in lines) == 1
    assert "Bad code word" in lines[-1]


def test_the_file_rotates_and_stays_bounded(tmp_path: Path, restore_logging: None) -> None:
    logs.setup(folder=tmp_path)
    log = logging.getLogger("pypdf._reader")
    word = "x" * 30
    for number in range(40_000):  # distinct shapes: letters, not digits, differ
        log.warning("object %s %s", word, "".join(chr(97 + int(d)) for d in str(number)))
    _flush()
    files = sorted(tmp_path.iterdir())
    assert [f.name for f in files] == [logs.LOG_NAME] + [f"{logs.LOG_NAME}.{n}"
                                                          for n in range(1, logs.BACKUPS + 1)]
    assert all(f.stat().st_size <= logs.MAX_BYTES + 300 for f in files)
    if os.name == "posix":
        assert {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o600}


def test_a_folder_that_cannot_be_written_costs_the_log_and_nothing_else(
        tmp_path: Path, restore_logging: None) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be", encoding="utf-8")
    terminal = Stream()
    assert logs.setup(stream=terminal, folder=blocker / "logs") is None
    logging.getLogger("pypdf._reader").warning("EOF marker not found")
    assert terminal.text == ""


def test_a_log_file_left_readable_by_an_older_version_becomes_owner_only(
        tmp_path: Path, restore_logging: None) -> None:
    if os.name != "posix":
        pytest.skip("permission bits are POSIX")
    old = tmp_path / logs.LOG_NAME
    old.write_text("old line\n", encoding="utf-8")
    old.chmod(0o644)
    logs.setup(folder=tmp_path)
    assert stat.S_IMODE(old.stat().st_mode) == 0o600


# -- the intake child ------------------------------------------------------------------------
def test_only_the_child_s_marked_lines_are_forwarded_and_scrubbed_again(
        tmp_path: Path, restore_logging: None) -> None:
    path = logs.setup(folder=tmp_path)
    data = (f"{logs.CHILD_MARK}WARNING\tpypdf._reader\tEOF marker not found\n"
            "Wir wissen, wo du wohnst (a library's stray print of the file)\n"
            f"{logs.CHILD_MARK}WARNING\tpypdf\tname Anna.Schmidt@example.org bad\n"
            f"{logs.CHILD_MARK}NOLEVEL\tevil/../name\tJürgen\n"
            f"{logs.CHILD_MARK}broken line without fields\n").encode()
    assert logs.forward_child_log(data) == 3
    _flush()
    assert path is not None
    text = path.read_text(encoding="utf-8")
    assert "WARNING intake.child.pypdf._reader: EOF marker not found" in text
    assert "intake.child.evil.name: …" in text
    for secret in ("wohnst", "Anna", "Jürgen", "broken line"):
        assert secret not in text
    assert logs.forward_child_log(data * 100, limit=7) == 7


def _damaged_pdf() -> bytes:
    """A PDF whose cross-reference pointer is wrong: pypdf warns while it reads it anyway."""
    good = pdf(3)
    return good[:good.rfind(b"startxref")] + b"startxref\n999\n%%EOF\n"


def test_the_cli_keeps_the_terminal_quiet_and_the_log_holds_the_warnings(
        tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault")
    folder = tmp_path / "logs"
    env = {"VORFALLBUCH_LOG_DIR": str(folder)}
    added = run(vault, "incident", "add", "--title", "Drohbrief von Jürgen Krause",
                "--occurred", "2026-03-01", env=env)
    assert added.code == 0, added.err
    incident = added.out.split()[-1]
    evidence = tmp_path / "Drohbrief_Krause.pdf"
    evidence.write_bytes(_damaged_pdf())
    quiet = run(vault, "intake", "--incident", incident, evidence, env=env)
    assert quiet.code == 0, quiet.err
    assert "pypdf" not in quiet.err and "startxref" not in quiet.err
    text = (folder / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "intake.child.pypdf" in text and "startxref" in text
    for secret in ("Krause", "Drohbrief", "Jürgen", str(tmp_path)):
        assert secret not in text
    loud = run(vault, "--verbose", "intake", "--incident", incident, evidence, env=env)
    assert loud.code == 0, loud.err
    assert "startxref" in loud.err


def test_qt_s_image_plugin_messages_go_to_the_log(tmp_path: Path) -> None:
    """The real Qt TIFF plugin on a damaged fax page, in a child (a plugin may crash): before,
    each decode printed its libtiff warnings to the terminal."""
    from tests.image_corpus import corpus

    damaged = {n: d for n, d in corpus().items() if n.startswith("tiff-group4")
               and "truncated" in n}
    assert damaged
    folder = tmp_path / "images"
    folder.mkdir()
    for name, data in damaged.items():
        (folder / name).write_bytes(data)
    logdir = tmp_path / "logs"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app import logs\n"
        "from ui import qt_log\n"
        "from ui.attachments.images import decode_image\n"
        "logs.setup(folder=Path(sys.argv[2]))\n"
        "qt_log.install()\n"
        "app = QApplication([])\n"
        "for path in sorted(Path(sys.argv[1]).iterdir()):\n"
        "    decode_image(path.read_bytes(), None)\n"
        "print('done')\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script, str(folder), str(logdir)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "done", result.stderr
    assert "qt.imageformats" not in result.stderr and "strip" not in result.stderr
    assert "qt.imageformats.tiff" in (logdir / logs.LOG_NAME).read_text(encoding="utf-8")
