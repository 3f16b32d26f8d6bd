"""Names and strings from hostile files are made safe before use."""

import pytest

from app.intake.sanitize import MAX_NAME, clean_line, clean_text, safe_filename


@pytest.mark.parametrize(("raw", "expected"), [
    ("../../evil", "evil"),
    ("..\\..\\windows\\system32\\evil.dll", "evil.dll"),
    ("/etc/passwd", "passwd"),
    ("..", "anhang"),
    ("", "anhang"),
    ("  .hidden  ", "hidden"),
    ("CON.txt", "_CON.txt"),
    ("a:b*c?.pdf", "a_b_c_.pdf"),
    ("bad\x00name\x1b.txt", "bad_name_.txt"),
    ("Drohbrief Müller.pdf", "Drohbrief Müller.pdf"),
    ("trailing. ", "trailing"),
])
def test_safe_filename(raw: str, expected: str) -> None:
    assert safe_filename(raw) == expected


def test_safe_filename_caps_length_and_keeps_extension() -> None:
    name = safe_filename("x" * 5000 + ".jpeg")
    assert len(name) == MAX_NAME and name.endswith(".jpeg")


def test_clean_line_replaces_controls_and_folds() -> None:
    assert clean_line("Betreff:\r\n\tzweite Zeile\x07") == "Betreff: zweite Zeile\ufffd"
    assert clean_line("\ud800lone") == "\ufffdlone"
    assert len(clean_line("y" * 10_000)) == 1000


def test_clean_text_keeps_lines_and_reports_truncation() -> None:
    text, cut = clean_text("a\r\nb\rc\x0cd")
    assert (text, cut) == ("a\nb\nc\ufffdd", False)
    text, cut = clean_text("z" * 300_000)
    assert cut and len(text) == 200_000
