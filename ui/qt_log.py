"""Qt's own messages (its image plugins' "Premature EOL at line 12 of strip 0", libpng's "CRC
error", a font's warnings) go to the app's log (app/logs.py) under qt.<category>, not to the
terminal: a hostile TIFF made the viewer print thousands of lines. Fatal messages still end
the process, as Qt intends."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    name = "qt" if category == "default" else f"qt.{category}".replace("qt.qt.", "qt.")
    logging.getLogger(name).log(_LEVELS.get(kind, logging.WARNING), "%s", message)


def install() -> None:
    """Route Qt's messages to Python's logging, for the whole process."""
    qInstallMessageHandler(_handle)
