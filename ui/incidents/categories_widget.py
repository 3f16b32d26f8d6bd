"""A checkable list of offence categories; each shows its StGB hint on a second line and
whether a Strafantrag matters in its tooltip (a hint for the user, not legal advice)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.domain import OFFENCES, Category, Prosecution
from ui import labels


class CategoryList(QListWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(self.tr("Kategorien"))
        self.setWordWrap(True)
        for category in Category:
            hint = labels.category_hint(category)
            item = QListWidgetItem(f"{labels.category(category)}\n{hint}")
            item.setData(Qt.ItemDataRole.UserRole, category)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(self._tooltip(category))
            self.addItem(item)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def _tooltip(self, category: Category) -> str:
        offence = OFFENCES[category]
        if offence.strafantrag_advised:
            need = self.tr("Strafantrag nötig oder ratsam – Frist: drei Monate (§ 77b StGB).")
        elif offence.prosecution is Prosecution.EX_OFFICIO:
            need = self.tr("Kein Strafantrag nötig: wird von Amts wegen verfolgt.")
        else:
            need = self.tr("Rechtliche Einordnung offen – ein Strafantrag ist vorsorglich "
                           "ratsam.")
        return f"{labels.category_hint(category)}\n{need}"

    def item_for(self, category: Category) -> QListWidgetItem:
        return self.item(list(Category).index(category))

    def value(self) -> list[Category]:
        # Qt hands a str-based enum back as a plain str: turn it into the enum again.
        return [Category(self.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def set_value(self, categories: list[Category]) -> None:
        chosen = set(categories)
        self.blockSignals(True)  # one "changed" for the whole load, not twelve
        try:
            for row in range(self.count()):
                item = self.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self.blockSignals(False)
        self.changed.emit()
