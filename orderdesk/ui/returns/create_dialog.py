"""The Create return dialog: the order's lines, how many of each come back and why.

Usable with the keyboard alone: Tab walks quantity → reason → note along each line, Enter
creates. The service judges (more than delivered, unknown reason); its message is shown here
and the dialog stays open, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk.services.returns import ReturnReason, ReturnRequestLine
from orderdesk.services.returns.kinds import reason_label
from orderdesk.services.returns.records import ReturnableLine
from orderdesk.ui.widgets import FieldError

Submit = Callable[[list[ReturnRequestLine], str], None]  # lines, note; calls ``done`` or ``failed``


class CreateReturnDialog(QDialog):
    def __init__(self, order_number: str, lines: list[ReturnableLine], submit: Submit, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("createReturn")
        self.setWindowTitle(self.tr("Create return — order %1").replace("%1", order_number))
        self.lines = lines
        self.submit = submit
        self.table = QTableWidget(len(lines), 6, self, objectName="returnLines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Delivered"),
                self.tr("Return"),
                self.tr("Reason"),
                self.tr("Note"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.quantities: list[QSpinBox] = []
        self.reasons: list[QComboBox] = []
        self.notes: list[QLineEdit] = []
        for row, line in enumerate(lines):
            for col, text in enumerate((line.sku, line.name, self._delivered_text(line))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, item)
            qty = QSpinBox(objectName=f"qty_{row}")
            qty.setRange(0, line.left)
            qty.setEnabled(line.left > 0)
            reason = QComboBox(objectName=f"reason_{row}")
            for kind in ReturnReason:
                reason.addItem(reason_label(kind), kind.value)
            note = QLineEdit(objectName=f"note_{row}")
            note.setPlaceholderText(self.tr("the customer's words"))
            self.table.setCellWidget(row, 3, qty)
            self.table.setCellWidget(row, 4, reason)
            self.table.setCellWidget(row, 5, note)
            self.quantities.append(qty)
            self.reasons.append(reason)
            self.notes.append(note)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLineEdit(objectName="returnNote")
        self.error = FieldError()
        self.error.setObjectName("returnError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create return"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Note on the return:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How many of each item come back, and why:")))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(820, 160 + 34 * max(len(lines), 3))
        first = next((q for q in self.quantities if q.isEnabled()), None)
        if first is not None:
            first.setFocus()

    def _delivered_text(self, line: ReturnableLine) -> str:
        if not line.returned:
            return str(line.delivered)
        return self.tr("%1 (%2 returned)").replace("%1", str(line.delivered)).replace("%2", str(line.returned))

    def requested(self) -> list[ReturnRequestLine]:
        return [
            ReturnRequestLine(line.sku, qty.value(), str(reason.currentData()), note.text().strip())
            for line, qty, reason, note in zip(self.lines, self.quantities, self.reasons, self.notes, strict=True)
            if qty.value() > 0
        ]

    def create(self) -> None:
        lines = self.requested()
        if not lines:
            self.error.show_error(self.tr("Set how many of at least one item come back."))
            return
        self.error.clear_error()
        self.buttons.setEnabled(False)
        self.submit(lines, self.note.text().strip())

    def done_ok(self, _result: object = None) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.show_error(message)
