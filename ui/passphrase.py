"""Two passphrase fields with a strength hint and the policy's message, shared by the setup
wizard and the recovery dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QWidget

from app.access import check_passphrase, estimate_bits
from app.errors import PassphrasePolicyError
from ui.messages import describe
from ui.secret_field import SecretField, caps_lock_hint


class PassphraseFields(QWidget):
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = SecretField()
        self.second = SecretField()
        self.first.setObjectName("new_passphrase")
        self.second.setObjectName("repeat_passphrase")
        self.strength = QProgressBar(textVisible=True)
        self.strength.setRange(0, 100)
        self.hint = QLabel(wordWrap=True)
        self.hint.setObjectName("passphrase_hint")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Neue Passphrase:"), self.first)
        form.addRow(self.tr("Wiederholen:"), self.second)
        form.addRow(self.tr("Stärke:"), self.strength)
        self.caps_hint = caps_lock_hint(self.first, self.second)
        form.addRow(self.caps_hint)
        form.addRow(self.hint)
        self.user_name = ""
        self._valid = False
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def passphrase(self) -> str | None:
        return self.first.text() if self._valid else None

    def is_valid(self) -> bool:
        return self._valid

    def set_user_name(self, name: str) -> None:
        """Whose passphrase it is (it must not be her name): checked again at once."""
        self.user_name = name
        self._update()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        text = self.first.text()
        bits = estimate_bits(text)
        self.strength.setValue(min(100, int(bits)))
        self.strength.setFormat(self.tr("schwach") if bits < 50 else
                                self.tr("mittel") if bits < 80 else self.tr("stark"))
        message = ""
        try:
            check_passphrase(text, self.user_name or None)
        except PassphrasePolicyError as exc:
            message = describe(exc)  # the rule this passphrase breaks, not all of them
        if not message and self.second.text() != text:
            message = self.tr("Die beiden Eingaben stimmen noch nicht überein.")
        valid = not message
        self.hint.setText(message or self.tr("Die Passphrase erfüllt die Regeln."))
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
