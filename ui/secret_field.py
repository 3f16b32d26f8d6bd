"""A passphrase field with an eye to show what was typed and a guess whether Caps Lock is on.

Qt does not tell whether Caps Lock is on, so the field guesses from what is typed, as
browsers do: a capital letter without Shift, or a small one with Shift, means it is on; the
Caps Lock key flips a guess once there is one. A wrong passphrase typed with Caps Lock on is
the most common reason for "Die Passphrase ist falsch"; the hint says so before the try."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("SecretField", text)


def _eye(crossed: bool) -> QIcon:
    """An eye drawn here (no icon theme is sure to have one); crossed out while hidden."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#444444"), 2.4))
    painter.drawEllipse(QRectF(3, 9, 26, 14))
    painter.setBrush(QColor("#444444"))
    painter.drawEllipse(QPointF(16, 16), 4, 4)
    if crossed:
        painter.drawLine(QPointF(6, 27), QPointF(26, 5))
    painter.end()
    return QIcon(pixmap)


class SecretField(QLineEdit):
    caps_lock_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self._caps: bool | None = None  # unknown until a letter is typed
        self.reveal = QAction(_eye(True), tr("Passphrase anzeigen"), self)
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._set_revealed)
        self.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)

    def _set_revealed(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.reveal.setIcon(_eye(not shown))
        self.reveal.setText(tr("Passphrase verbergen") if shown else tr("Passphrase anzeigen"))

    def is_revealed(self) -> bool:
        return self.echoMode() == QLineEdit.EchoMode.Normal

    def hide_text(self) -> None:
        """Hide it again (after a try, and when the app locks)."""
        self.reveal.setChecked(False)

    def caps_lock(self) -> bool:
        return bool(self._caps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if event.key() == Qt.Key.Key_CapsLock and self._caps is not None:
            self._guess(not self._caps)
        elif len(text) == 1 and text.lower() != text.upper():
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._guess(text.isupper() != shift)
        super().keyPressEvent(event)

    def _guess(self, on: bool) -> None:
        if on != self._caps:
            self._caps = on
            self.caps_lock_changed.emit(on)


def caps_lock_hint(*fields: SecretField) -> QLabel:
    """A line that says so while Caps Lock seems to be on in any of `fields`; empty otherwise,
    and always one line high, so the form does not jump when it appears (a hidden row of a
    form layout gives its space away)."""
    text = tr("Die Feststelltaste (Caps Lock) ist eingeschaltet.")
    label = QLabel()
    label.setObjectName("caps_lock_hint")
    label.setStyleSheet("color: #8a4b00;")
    label.setMinimumHeight(label.fontMetrics().height())

    def update(_on: bool) -> None:
        label.setText(text if any(field.caps_lock() for field in fields) else "")

    for field in fields:
        field.caps_lock_changed.connect(update)
    return label
