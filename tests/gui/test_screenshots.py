"""The review command renders every main screen to a real PNG with content."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from ui.screenshots import render


def test_every_main_screen_is_rendered(qtbot: QtBot, tmp_path: Path,
                                       settings_path: Path) -> None:
    written = render(tmp_path / "screens")
    names = [p.name for p in written]
    for expected in ("01-wizard-name.png", "03-wizard-recovery-code.png", "04-unlock.png",
                     "05-incident-list.png", "06-incident-editor-tab1.png",
                     "07-attachment-viewer.png", "08-contacts.png", "09-contact-editor.png"):
        assert expected in names
    assert sum(1 for n in names if n.startswith("06-incident-editor-tab")) >= 5
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 300 and image.height() >= 150, path
        # not a blank grab: more than one colour in the picture
        colours = {image.pixel(x, y) for x in range(0, image.width(), 17)
                   for y in range(0, image.height(), 17)}
        assert len(colours) > 3, path
