"""How sizes, times and hashes look in the attachment views (German formats)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QFont, QFontDatabase
from shiboken6 import isValid


def tr(text: str) -> str:
    return QCoreApplication.translate("Attachments", text)


def german() -> QLocale:
    return QLocale(QLocale.Language.German, QLocale.Country.Germany)


def human_size(size: int) -> str:
    """'0 Bytes', '1 Byte', '512 Bytes', '1,5 KB', '23,4 MB', '2,0 GB' (binary units, as the
    file managers on Windows show them)."""
    if size == 1:
        return tr("1 Byte")
    units = ((1024**3, tr("{0} GB")), (1024**2, tr("{0} MB")), (1024, tr("{0} KB")))
    for factor, pattern in units:
        if size >= factor:
            return pattern.format(german().toString(size / factor, "f", 1))
    return tr("{0} Bytes").format(size)


def exact_size(size: int) -> str:
    """'1.234.567 Bytes' for details and tooltips."""
    return tr("{0} Bytes").format(german().toString(size))


def monospace() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def plain_tooltip(text: str) -> str:
    """Tooltips render markup when the text looks like it; a file name must not."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def alive(obj: QObject) -> bool:
    """Whether a widget still exists: results of background jobs can arrive after it closed."""
    return isValid(obj)
