"""The attachments of one incident as a table: name (with thumbnail), kind, size, intake time
and SHA-256. Thumbnails are held here, in memory only, and dropped with the rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap

from app.domain import Attachment
from app.entries import Entry
from app.texts import dates
from ui import labels
from ui.attachments.display import human_size, monospace, plain_tooltip
from ui.attachments.names import display_name
from ui.notices import notice_text
from ui.table_model import Column, Prepared, RecordTableModel

Row = Entry[Attachment]
Index = QModelIndex | QPersistentModelIndex

NAME, KIND, SIZE, INTAKE, SHA256 = range(5)


def tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentTable", text)


def kind_text(row: Row) -> str:
    """The kind, marked when intake could not read the file (the original is kept)."""
    kind = labels.attachment_kind(row.value.kind)
    return tr("{0} ⚠ nicht lesbar").format(kind) if row.value.metadata.unreadable else kind


def columns() -> list[Column[Row]]:
    return [
        Column(tr("Datei"), lambda r: display_name(r.value.original_name)),
        Column(tr("Art"), kind_text),
        Column(tr("Größe"), lambda r: human_size(r.value.size), lambda r: r.value.size),
        Column(tr("Eingang"), lambda r: dates.local(r.value.intake_at, seconds=True),
               lambda r: r.value.intake_at),
        Column(tr("SHA-256"), lambda r: r.value.sha256),
    ]


class AttachmentTableModel(RecordTableModel[Row]):
    def __init__(self, file_icon: QIcon, no_preview_icon: QIcon | None = None) -> None:
        super().__init__(columns(), lambda r: r.id,
                         lambda r: f"{r.value.original_name} {r.value.sha256}")
        self._thumbnails: dict[str, QPixmap] = {}
        self._no_preview: dict[str, str] = {}  # images without a thumbnail: why (German)
        self._file_icon = file_icon
        self._no_preview_icon = no_preview_icon or file_icon

    def set_thumbnail(self, attachment_id: str, pixmap: QPixmap) -> None:
        row = self.row_of(attachment_id)
        if row < 0:
            return  # the row went away (reload, clear) while the thumbnail was made
        self._thumbnails[attachment_id] = pixmap
        index = self.index(row, NAME)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def set_no_preview(self, attachment_id: str, reason: str) -> None:
        """An image that gives no thumbnail: a placeholder, its tooltip says why."""
        row = self.row_of(attachment_id)
        if row < 0:
            return
        self._no_preview[attachment_id] = reason
        index = self.index(row, NAME)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole,
                                             Qt.ItemDataRole.ToolTipRole])

    def no_preview_reason(self, attachment_id: str) -> str | None:
        return self._no_preview.get(attachment_id)

    def thumbnail(self, attachment_id: str) -> QPixmap | None:
        return self._thumbnails.get(attachment_id)

    def thumbnail_count(self) -> int:
        return len(self._thumbnails)

    def set_rows(self, rows: Sequence[Entry[Attachment]], prepared: Prepared | None = None,
                 search_texts_follow: bool = False) -> None:
        keep = {r.id for r in rows}
        self._thumbnails = {k: v for k, v in self._thumbnails.items() if k in keep}
        self._no_preview = {k: v for k, v in self._no_preview.items() if k in keep}
        super().set_rows(rows, prepared, search_texts_follow)

    def clear(self) -> None:
        self._thumbnails = {}
        self._no_preview = {}
        super().clear()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        column = index.column()
        if column == NAME and role in (Qt.ItemDataRole.DecorationRole,
                                       Qt.ItemDataRole.ToolTipRole):
            row_id = self.row_at(index.row()).id
            reason = self._no_preview.get(row_id)
            if role == Qt.ItemDataRole.DecorationRole:
                if reason is not None:
                    return self._no_preview_icon
                return self._thumbnails.get(row_id, self._file_icon)
            if reason is not None:
                name = super().data(index, Qt.ItemDataRole.DisplayRole)
                return plain_tooltip(f"{name}\n{reason}")
        if role == Qt.ItemDataRole.FontRole and column == SHA256:
            return monospace()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        unreadable = self.row_at(index.row()).value.metadata.unreadable
        if unreadable is not None and column == KIND:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#b00020")
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(tr("{0} Das Original ist unverändert gespeichert.").format(
                    notice_text(unreadable)))
        if role == Qt.ItemDataRole.ToolTipRole:
            text = super().data(index, Qt.ItemDataRole.DisplayRole)
            return plain_tooltip(str(text)) if text else None
        return super().data(index, role)
