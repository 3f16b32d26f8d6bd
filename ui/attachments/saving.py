"""'Speichern unter…' for an attachment: the user picks a place, the service writes the
original there (checking its SHA-256 on the way) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain import Attachment
from app.entries import Entry
from app.service import VaultService
from ui.attachments.display import alive
from ui.attachments.names import save_name
from ui.dialogs import Dialogs
from ui.messages import describe
from ui.worker import Job


def tr(text: str) -> str:
    return QCoreApplication.translate("Attachments", text)


def save_original(owner: QWidget, service: VaultService, dialogs: Dialogs, entry: Entry[Attachment],
                  report: Callable[[str], None]) -> Job | None:
    """Ask where to save, then extract in a Job; `report` gets the German confirmation.
    Returns the running Job (keep a reference until it finishes) or None if nothing started."""
    name = save_name(entry.value.original_name, tr("Anhang"))
    suffix = Path(name).suffix
    kind = [tr("Originaldatei (*{0})").format(suffix)] if suffix and " " not in suffix else []
    target = dialogs.save_file(owner, tr("Original speichern unter"), name, kind)
    if target is None:
        return None
    if target.is_dir():
        dialogs.error(owner, tr("„{0}“ ist ein Ordner; bitte einen Dateinamen "
                                "angeben.").format(str(target)))
        return None
    # The save dialog has asked before replacing an existing file.
    job = Job(lambda _progress, _cancelled: service.extract_attachment(entry.id, target,
                                                                        overwrite=True))

    def succeeded(digest: str) -> None:
        if alive(owner):
            report(tr("Gespeichert als „{0}“. SHA-256 geprüft, stimmt mit dem Eingang "
                      "überein: {1}").format(str(target), digest))

    def failed(exc: BaseException) -> None:
        dialogs.error(owner if alive(owner) else None, describe(exc))

    job.succeeded.connect(succeeded)
    job.failed.connect(failed)
    job.start()
    return job
