"""Search box and filters above the board; emits one ``BoardFilter`` whenever something changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from orderdesk.ui.board.source import BoardFilter

# The search starts on the next pass of the event loop: no waiting time in a keystroke's budget
# (100 ms to an updated board). Keys that arrive together (a paste, a scanner's burst) still make
# one search, and the board runs one load at a time, merging keys typed while one is running.
SEARCH_DELAY_MS = 0


class FilterBar(QWidget):
    changed = Signal(object)  # BoardFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search: number, name, phone, e-mail, tracking, SKU  (Ctrl+F)"))
        self.search.setToolTip(self.search.placeholderText())  # a narrow window cuts the placeholder
        self.search.setClearButtonEnabled(True)
        # Room to type, yet the whole bar fits a 1024-pixel-wide window (a laptop at 125 %).
        self.search.setMinimumWidth(160)
        self.delivery = QComboBox()
        self.delivery.setObjectName("deliveryFilter")
        for key, text in (
            ("", self.tr("Any delivery")),
            ("pickup_shop", self.tr("Shop pickup")),
            ("pickup_point", self.tr("Pickup point")),
            ("own_courier", self.tr("Own courier")),
            ("carrier", self.tr("Carrier")),
        ):
            self.delivery.addItem(text, key)
        self.payment = QComboBox()
        self.payment.setObjectName("paymentFilter")
        for key, text in (
            ("", self.tr("Any payment")),
            ("paid", self.tr("Fully paid")),
            ("unpaid", self.tr("Not fully paid")),
            ("prepaid_unpaid", self.tr("Waiting for prepayment")),
            ("on_delivery", self.tr("Pay on delivery / pickup / invoice")),
            ("prepaid", self.tr("Prepaid")),
        ):
            self.payment.addItem(text, key)
        # The longest choice no longer sets the window's minimum width; the list shows it whole.
        self.payment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.payment.setMinimumContentsLength(14)
        self.attention = QCheckBox(self.tr("Needs attention"))
        self.attention.setObjectName("holdsOnly")
        self.attention.setToolTip(
            self.tr("Only orders on hold (out of stock, payment failed, address problem …) or waiting too long (late)")
        )
        self.mine = QCheckBox(self.tr("My orders"))
        self.mine.setObjectName("myOrders")
        self.mine.setToolTip(self.tr("Only the orders assigned to the signed-in person"))
        # Set by the window: who is signed in, and the late rule's target for Needs attention.
        self.person: Callable[[], str] = lambda: ""
        self.late_targets: tuple[tuple[str, int], ...] = ()
        self.dated = QCheckBox(self.tr("Created"))
        self.dated.setObjectName("dateFilter")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self._emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.delivery)
        layout.addWidget(self.payment)
        layout.addWidget(self.attention)
        layout.addWidget(self.mine)
        layout.addSpacing(8)
        layout.addWidget(self.dated)
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.date_to)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._emit)
        self.delivery.currentIndexChanged.connect(self._emit)
        self.payment.currentIndexChanged.connect(self._emit)
        self.attention.toggled.connect(self._emit)
        self.mine.toggled.connect(self._emit)
        self.dated.toggled.connect(self._dated)
        self._last: BoardFilter | None = None

    def value(self) -> BoardFilter:
        dated = self.dated.isChecked()
        return BoardFilter(
            search=self.search.text().strip(),
            delivery_method=self.delivery.currentData() or "",
            payment_state=self.payment.currentData() or "",
            holds_only=self.attention.isChecked(),
            created_from=self.date_from.date().toPython() if dated else None,
            created_to=self.date_to.date().toPython() if dated else None,
            assigned_to=self.person() if self.mine.isChecked() else "",
            late_targets=self.late_targets,
        )

    def set_value(self, flt: BoardFilter) -> None:
        """Restore remembered filters without emitting a change per widget."""
        self.blockSignals(True)
        try:
            self.search.setText(flt.search)
            self.delivery.setCurrentIndex(max(self.delivery.findData(flt.delivery_method), 0))
            self.payment.setCurrentIndex(max(self.payment.findData(flt.payment_state), 0))
            self.attention.setChecked(flt.holds_only)
            self.mine.setChecked(bool(flt.assigned_to))
            self.dated.setChecked(flt.created_from is not None)
            if flt.created_from is not None:
                self.date_from.setDate(QDate(flt.created_from))
            if flt.created_to is not None:
                self.date_to.setDate(QDate(flt.created_to))
        finally:
            self.blockSignals(False)
        self._timer.stop()
        self._last = self.value()

    def refresh(self) -> None:
        """Emit the filter again if what it means changed (another person signed in)."""
        self._emit()

    def _dated(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._emit()

    def _emit(self, *_: object) -> None:
        if self.signalsBlocked():
            return
        self._timer.stop()
        value = self.value()
        if value != self._last:
            self._last = value
            self.changed.emit(value)
