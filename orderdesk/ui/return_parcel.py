""" "Return parcel…" on the order window's delivery tab: the tracking number of the parcel the
customer sends back, so the tracking sync follows it into the order's history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton

from orderdesk.errors import OrderDeskError
from orderdesk.services.return_shipments import TRACKED, record_return_shipment
from orderdesk.ui.widgets import FieldError


def tr(text: str) -> str:
    return QCoreApplication.translate("ReturnParcel", text)


class ReturnParcelDialog(QDialog):
    def __init__(self, carrier: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("returnParcel")
        self.setWindowTitle(tr("Return parcel"))
        form = QFormLayout(self)
        self.carrier = QComboBox(objectName="carrier")
        self.carrier.addItems(list(TRACKED))
        if carrier in TRACKED:
            self.carrier.setCurrentText(carrier)
        self.tracking = QLineEdit(objectName="tracking")
        self.return_number = QLineEdit(objectName="returnNumber")
        self.return_number.setPlaceholderText("R-…")
        self.error = FieldError()
        form.addRow(tr("Carrier"), self.carrier)
        form.addRow(tr("Tracking number"), self.tracking)
        form.addRow(tr("Return"), self.return_number)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        return self.carrier.currentText(), self.tracking.text().strip(), self.return_number.text().strip()

    def _accept(self) -> None:
        _carrier, tracking, return_number = self.values()
        if not tracking or not return_number:
            self.error.show_error(tr("Enter the tracking number and the return it belongs to."))
            return
        self.accept()


def ask_return_parcel(details: Any) -> tuple[str, str, str] | None:
    """(carrier, tracking number, return number) from the person, or None."""
    shipment = details.detail.active_shipment if details.detail else None
    dialog = ReturnParcelDialog(shipment.carrier if shipment else "", details)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def attach_return_parcel(details: Any) -> QPushButton:
    """Add "Return parcel…" beside "Buy label…" on an order window's delivery tab."""
    button = QPushButton(tr("Return parcel…"), objectName="returnParcelButton")
    button.setToolTip(tr("Track the parcel the customer sends back (a return made in the carrier's panel or posted)"))
    details.ask_return_parcel = lambda: ask_return_parcel(details)  # a test replaces this

    def record() -> None:
        d = details.detail
        if d is None:
            return
        asked = details.ask_return_parcel()
        if asked is None:
            return
        carrier, tracking, return_number = asked
        service, number, actor = details.service, d.number, details.actor()

        def done(_shipment: object) -> None:
            if not details.has_unsaved_edits():
                details.reload()
            details.changed.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OrderDeskError):
                details.banner.show_error(str(exc))
            else:
                details.runner.default_failure(exc)

        details.runner.write(lambda: record_return_shipment(service, number, carrier=carrier, tracking_number=tracking,
                                                            return_number=return_number, actor=actor), done, failed)  # fmt: skip

    button.clicked.connect(lambda _checked=False: record())
    tab = details.shipments.parentWidget().layout()
    first = tab.itemAt(0).layout() if tab.count() else None
    if isinstance(first, QHBoxLayout):  # the row of "Buy label…"
        first.insertWidget(first.count() - 1, button)
    else:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        tab.insertLayout(0, row)
    details.return_parcel_button = button
    return button
