"""The Buy label window's parcels: a small table (weight g, L × W × H cm) with Add / Remove, or a
locker size (A / B / C) where the carrier delivers to a locker, and the service's verdict on them.

No rule lives here: what a carrier accepts comes from ``shipping.parcel_rules`` and the
messages from ``shipping.parcel_problems`` (the same checks ``buy_label`` runs before buying).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk.errors import ValidationError
from orderdesk.services.carriers.base import Parcel, ParcelRules
from orderdesk.services.shipping import MAX_PARCEL_SIDE_CM, MAX_PARCEL_WEIGHT_G, parcel_problems
from orderdesk.ui.widgets import FieldError

AnyIndex = QModelIndex | QPersistentModelIndex
FIELDS = ("weight_g", "length_cm", "width_cm", "height_cm")


class ParcelsModel(QAbstractTableModel):
    """One row per parcel; every cell an editable whole number."""

    WEIGHT, LENGTH, WIDTH, HEIGHT = range(4)
    changed = Signal()  # a parcel was added, removed or edited

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Weight, g"), self.tr("Length, cm"), self.tr("Width, cm"), self.tr("Height, cm")]
        self._parcels: list[Parcel] = []

    def parcels(self) -> list[Parcel]:
        return list(self._parcels)

    def set_parcels(self, parcels: list[Parcel]) -> None:
        self.beginResetModel()
        self._parcels = list(parcels)
        self.endResetModel()
        self.changed.emit()

    def add(self, parcel: Parcel) -> int:
        row = len(self._parcels)
        self.beginInsertRows(QModelIndex(), row, row)
        self._parcels.append(parcel)
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._parcels):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._parcels[row]
        self.endRemoveRows()
        self.changed.emit()

    # -- Qt model API -------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._parcels)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1) if 0 <= section < len(self._parcels) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._parcels) or index.column() >= len(FIELDS):
            return None
        value = int(getattr(self._parcels[index.row()], FIELDS[index.column()]))
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            # 0 cm reads as "not given": the carrier gets no size for that parcel.
            return "" if value == 0 and index.column() != self.WEIGHT else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() >= len(FIELDS):
            return False
        try:
            number = int(value)
        except (TypeError, ValueError):
            return False
        row, field = index.row(), FIELDS[index.column()]
        if getattr(self._parcels[row], field) == number:
            return True
        self._parcels[row] = replace(self._parcels[row], **{field: number})
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True


class _NumberDelegate(QStyledItemDelegate):
    """Spin boxes with sensible ranges (the service still checks: 0 g is shown as a problem)."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        box = QSpinBox(parent)
        weight = index.column() == ParcelsModel.WEIGHT
        box.setRange(0, MAX_PARCEL_WEIGHT_G if weight else MAX_PARCEL_SIDE_CM)
        box.setSingleStep(100 if weight else 1)
        return box


class ParcelsEditor(QWidget):
    """Table + Add / Remove + locker size + the problems, for the Buy label window."""

    changed = Signal()  # the parcels to quote and buy changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = ParcelRules()
        self.carrier_title = ""
        self.model = ParcelsModel(self)
        self.view = QTableView(objectName="parcels")
        self.view.setModel(self.model)
        self.view.setItemDelegate(_NumberDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMaximumHeight(110)
        self.view.setToolTip(
            self.tr("One row per box. Sizes are optional for most carriers: give all three or leave all empty.")
        )
        self.add_button = QPushButton(self.tr("Add parcel"), objectName="addParcel")
        self.add_button.clicked.connect(self.add_parcel)
        self.remove_button = QPushButton(self.tr("Remove"), objectName="removeParcel")
        self.remove_button.clicked.connect(self.remove_parcel)
        self.locker_label = QLabel(self.tr("Locker size"))
        self.locker_size = QComboBox(objectName="lockerSize")
        for text, size in (
            (self.tr("A — small"), "small"),
            (self.tr("B — medium"), "medium"),
            (self.tr("C — large"), "large"),
        ):
            self.locker_size.addItem(text, size)
        self.locker_size.currentIndexChanged.connect(lambda *_: self._changed())
        self.problems_label = FieldError()
        self.problems_label.setObjectName("parcelProblems")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.locker_label)
        buttons.addWidget(self.locker_size)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.problems_label)
        self.model.changed.connect(self._changed)
        self._show_mode()

    # -- what the dialog asks ---------------------------------------------------------------------
    def parcels(self) -> list[Parcel]:
        """The parcels to send: for a locker delivery each carries the chosen locker size."""
        if self.rules.locker_size:
            size = str(self.locker_size.currentData())
            return [replace(p, length_cm=0, width_cm=0, height_cm=0, template=size) for p in self.model.parcels()]
        return [replace(p, template="") for p in self.model.parcels()]

    def set_parcels(self, parcels: list[Parcel]) -> None:
        template = next((p.template for p in parcels if p.template), "")
        index = self.locker_size.findData(template)
        if index >= 0:
            self.locker_size.blockSignals(True)
            self.locker_size.setCurrentIndex(index)
            self.locker_size.blockSignals(False)
        self.model.set_parcels([replace(p, template="") for p in parcels])

    def set_rules(self, rules: ParcelRules, carrier_title: str) -> None:
        """The chosen carrier / service changed: show sizes or a locker size, check again."""
        if rules == self.rules and carrier_title == self.carrier_title:
            return
        self.rules, self.carrier_title = rules, carrier_title
        self._show_mode()
        self.show_problems()

    def problems(self) -> list[ValidationError]:
        return parcel_problems(self.parcels(), self.rules, self.carrier_title)

    def show_problems(self) -> list[ValidationError]:
        found = self.problems()
        if found:
            self.problems_label.show_error("\n".join(str(p) for p in found))
        else:
            self.problems_label.clear_error()
        return found

    # -- editing ----------------------------------------------------------------------------------
    def add_parcel(self) -> None:
        # A second box usually looks like the first: copy its size, the weight is to be typed.
        last = self.model.parcels()[-1] if self.model.rowCount() else Parcel(0)
        row = self.model.add(replace(last, weight_g=0))
        index = self.model.index(row, ParcelsModel.WEIGHT)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_parcel(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            row = self.model.rowCount() - 1
        self.model.remove(row)

    def _show_mode(self) -> None:
        locker = self.rules.locker_size
        for column in (ParcelsModel.LENGTH, ParcelsModel.WIDTH, ParcelsModel.HEIGHT):
            self.view.setColumnHidden(column, locker)
        self.locker_label.setVisible(locker)
        self.locker_size.setVisible(locker)

    def _changed(self) -> None:
        self.remove_button.setEnabled(self.model.rowCount() > 1)
        self.show_problems()
        self.changed.emit()
