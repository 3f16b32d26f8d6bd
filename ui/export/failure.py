"""The one message for a failed export: the export's own errors by their code, any other
failure (of the vault, of the disk) in ui/messages.py's words, after the fact that nothing
was written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.export.messages import export_sentence
from ui.messages import describe


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportMessages", text)


def export_error(exc: BaseException) -> str:
    """One German sentence for a failed export; nothing was written in every case."""
    sentence = export_sentence(exc)
    if sentence is not None:
        return sentence
    return tr("Es wurde keine Datei geschrieben: {0}").format(describe(exc))
