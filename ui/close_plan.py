"""Closing windows that may hold unsaved input (a manual lock, quitting, closing an editor) in
two steps. First every question is asked — save, discard or cancel for each window with
changes; wait for files still being added, or stop adding them — and the answers are only
noted here. Only when no question was cancelled are they carried out, and only then does
anything close. A cancel at any question thus leaves every window, list and input as it was."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.dialogs import Dialogs

NAMES_SHOWN = 8  # a question names this many files, then says how many more


def tr(text: str) -> str:
    return QCoreApplication.translate("ClosePlan", text)


class Purpose(Enum):
    """Why the windows close: the question about files still being added says what follows."""

    CLOSE = "close"  # one editor window
    LOCK = "lock"
    QUIT = "quit"


@dataclass
class ClosePlan:
    """The answers gathered for one close: what to save, which intakes to stop."""

    purpose: Purpose = Purpose.LOCK
    saves: list[Callable[[], bool]] = field(default_factory=list)  # False: failed, said why
    stops: list[Callable[[], None]] = field(default_factory=list)  # intakes to stop
    waiting: bool = False  # the user chose to wait for files still being added

    def ask(self, *askers: Callable[[ClosePlan], bool]) -> bool:
        """Ask every question (each asker notes its answers here and returns False when one
        was cancelled, or the user chose to wait), then carry the answers out. False: nothing
        may close; nothing was carried out, or a save failed (after the saves before it)."""
        return all(ask(self) for ask in askers) and self.carry_out()

    def carry_out(self) -> bool:
        """Save what the user chose to save, stopping at the first failure (its window says
        why and keeps the input: nothing closes then); then stop the intakes to be stopped."""
        if not all(save() for save in self.saves):
            return False
        for stop in self.stops:
            stop()
        return True


class AddsFiles(Protocol):
    """An attachments panel, as far as closing is concerned."""

    def is_busy(self) -> bool: ...

    def not_stored_names(self) -> list[str]: ...

    def stop_adding(self, note: bool = False) -> None: ...


def name_list(names: Sequence[str], limit: int | None = NAMES_SHOWN) -> str:
    """„a“, „b“ und 3 weitere: file names for a question or a note."""
    shown = ", ".join(f"„{name}“" for name in names[:limit])
    if limit is not None and len(names) > limit:
        shown += " " + tr("und {0} weitere").format(len(names) - limit)
    return shown


def ask_about_adding(plan: ClosePlan, dialogs: Dialogs, parent: QWidget,
                     panels: Sequence[AddsFiles], note: bool = False) -> bool:
    """Files still being added: wait for them, or stop adding them? Stopping goes into the
    plan (with `note`, each panel keeps a note naming the files not added, for after
    unlocking); waiting sets `plan.waiting` and returns False like a cancel: nothing closes
    now, and the caller closes once the files are stored."""
    busy = [panel for panel in panels if panel.is_busy()]
    pending = [name for panel in busy for name in panel.not_stored_names()]
    if not pending:
        return True
    questions = {
        Purpose.CLOSE: tr("Es werden noch Dateien zu diesem Vorfall hinzugefügt; noch nicht "
                          "gespeichert: {0}. Warten, bis sie gespeichert sind (das Fenster "
                          "schließt sich dann von selbst), oder das Hinzufügen abbrechen?"),
        Purpose.LOCK: tr("Es werden noch Dateien hinzugefügt; noch nicht gespeichert: {0}. "
                         "Warten, bis sie gespeichert sind (Vorfallbuch sperrt sich dann von "
                         "selbst), oder das Hinzufügen abbrechen und jetzt sperren?"),
        Purpose.QUIT: tr("Es werden noch Dateien hinzugefügt; noch nicht gespeichert: {0}. "
                         "Warten, bis sie gespeichert sind (Vorfallbuch wird dann beendet), "
                         "oder das Hinzufügen abbrechen und jetzt beenden?"),
    }
    if not dialogs.confirm_risky(parent, questions[plan.purpose].format(name_list(pending)),
                                 tr("Warten"), tr("Hinzufügen abbrechen")):
        plan.waiting = True
        return False
    plan.stops.extend(partial(panel.stop_adding, note) for panel in busy)
    return True
