"""Closing windows that may hold unsaved input (a manual lock, quitting, closing an editor) in
two steps. First every question is asked — save, discard or cancel for each window with
changes — and the answers are only noted here. Only when no question was cancelled are they
carried out, and only then does anything close. A cancel at any question thus leaves every
window, list and input as it was."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class ClosePlan:
    """The answers gathered for one close: what to save."""

    saves: list[Callable[[], bool]] = field(default_factory=list)  # False: failed, said why

    def ask(self, *askers: Callable[[ClosePlan], bool]) -> bool:
        """Ask every question (each asker notes its answers here and returns False when one
        was cancelled), then carry the answers out. False: nothing may close; nothing was
        carried out, or a save failed (after the saves before it)."""
        return all(ask(self) for ask in askers) and self.carry_out()

    def carry_out(self) -> bool:
        """Save what the user chose to save, stopping at the first failure (its window says
        why and keeps the input: nothing closes then)."""
        return all(save() for save in self.saves)
