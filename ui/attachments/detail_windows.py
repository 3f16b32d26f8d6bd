"""The attachment detail windows a panel opened, one per attachment. Locking closes them
after each saved or asked (like the incident editor); clearing the panel drops them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.service import VaultService
from ui.attachments.details import AttachmentDetails
from ui.close_plan import ClosePlan
from ui.dialogs import Dialogs


class DetailsWindows(QObject):
    """The detail windows a panel opened, one per attachment; closed and emptied at lock."""

    saved = Signal(str)
    part_stored = Signal(str)

    def __init__(self, service: VaultService, dialogs: Dialogs, owner: QWidget) -> None:
        super().__init__(owner)
        self._service = service
        self._dialogs = dialogs
        self._owner = owner
        self._windows: list[AttachmentDetails] = []
        self.notes: list[str] = []

    def open(self, attachment_id: str) -> AttachmentDetails:
        for window in self._windows:
            if window.attachment_id == attachment_id:
                window.raise_()
                window.activateWindow()
                return window
        window = AttachmentDetails(self._service, self._dialogs, attachment_id, self._owner)
        window.closed.connect(lambda: self._closed(window))
        window.saved.connect(self.saved)
        window.part_stored.connect(self.part_stored)
        self._windows.append(window)
        window.show()
        return window

    def windows(self) -> list[AttachmentDetails]:
        return list(self._windows)

    def _closed(self, window: AttachmentDetails) -> None:
        if window in self._windows:
            self._windows.remove(window)
        window.deleteLater()

    def plan_close(self, plan: ClosePlan) -> bool:
        """Each window's question about unsaved changes, answers into `plan` (see
        ui/close_plan.py); False at the first cancel."""
        return all(window.plan_close(plan) for window in self._windows)

    def close_for_lock(self, ask: bool) -> None:
        """Close every window (see AttachmentDetails.close_for_lock), keeping their notes."""
        for window in list(self._windows):
            window.close_for_lock(ask)
            if window.lock_note:
                self.notes.append(window.lock_note)

    def drop_all(self) -> None:
        """Close every window without asking (the record went away, or the panel is
        cleared after the lock decision was made)."""
        for window in list(self._windows):
            window.drop_data()
            window.close()
        self._windows = []

    def forget(self, attachment_id: str) -> None:
        for window in [w for w in self._windows if w.attachment_id == attachment_id]:
            window.drop_data()
            window.close()
