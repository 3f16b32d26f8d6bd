"""Small widget helpers shared by the windows, so that widgets are built one way."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget


def scrollable(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: a small screen or a large font scrolls instead
    of squeezing the fields."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area
