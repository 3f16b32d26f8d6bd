"""Shared pieces of the editor's sections: the section contract, a combo box over an enum, and
the amount-in-euro field (German number format)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from app.domain import Incident

E = TypeVar("E", bound=Enum)


class FormError(Exception):
    """Input the form itself refuses before the service sees it (a German sentence)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class FormSection(QWidget):
    """One part of the incident form. `collect` writes the raw form state into a dict (equal
    dicts mean "nothing changed"); `finish` turns raw values into what the service takes and
    may raise FormError; `field_widgets` maps field paths ("case.aktenzeichen") to the widget
    that edits them, so a validation error can put the cursor there."""

    changed = Signal()

    def load(self, incident: Incident | None) -> None:
        raise NotImplementedError

    def collect(self, data: dict[str, Any]) -> None:
        raise NotImplementedError

    def finish(self, data: dict[str, Any]) -> None:
        """Default: the raw values are what the service takes."""

    def field_widgets(self) -> dict[str, QWidget]:
        return {}


class EnumCombo(QComboBox):
    """A combo box over enum values with German labels; optionally with an empty choice. The
    values live in a list beside the items (Qt would hand a str-based enum back as a str)."""

    def __init__(self, values: Iterable[E], label: Callable[[E], str], empty: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        if empty is not None:
            self.addItem(empty)
            self._values.append(None)
        for value in values:
            self.addItem(label(value))
            self._values.append(value)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(self._values.index(value) if value in self._values else 0)


def text_box(placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
    return box


def parse_euro(text: str) -> Decimal | None:
    """'1.250,50', '1250,5', '1250.50 €' -> Decimal; '' -> None; otherwise ValueError.
    A single dot followed by exactly three digits is a thousands separator ('1.250')."""
    cleaned = text.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif cleaned.count(".") > 1 or (cleaned.count(".") == 1
                                    and len(cleaned.split(".")[1]) == 3):
        cleaned = cleaned.replace(".", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def format_euro(value: Decimal | None) -> str:
    if value is None:
        return ""
    whole, _, cents = f"{value:.2f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{cents}"


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]
