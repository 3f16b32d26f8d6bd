"""Files dragged from the file manager onto a widget: the one way the app accepts drops."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def local_files(mime: QMimeData | None) -> list[Path]:
    """Local file URLs only: a link to a web page is never fetched."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDropTarget(QObject):
    """Makes `widget` accept drops of the files `wanted` picks from the drag (nothing else
    shows as droppable) and hands them to `dropped`."""

    def __init__(self, widget: QWidget, dropped: Callable[[list[Path]], None],
                 wanted: Callable[[QMimeData | None], list[Path]] = local_files) -> None:
        super().__init__(widget)
        self._dropped = dropped
        self._wanted = wanted
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDragEnterEvent | QDropEvent)
        paths = self._wanted(event.mimeData())
        if not paths:
            event.ignore()
            return True
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            self._dropped(paths)
        return True
