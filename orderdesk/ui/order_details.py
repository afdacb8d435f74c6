"""Everything about one order, and the edits its status allows.

Fields that may change are editable; the order service has the last word: its
``ValidationError(field=...)`` is shown under that field, a ``ConflictError`` (someone else
changed the order meanwhile) reloads the order and says so, nothing is overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from orderdesk.domain import Actor, Address, HistoryEntry, OrderDetail, OrderLine, Product
from orderdesk.errors import ConflictError, OrderDeskError, ValidationError
from orderdesk.i18n import current_language
from orderdesk.money import Money
from orderdesk.services.orders import NewLine, OrderEdit, OrderService
from orderdesk.services.sync import StoredEvent, freshness, tracking_events
from orderdesk.ui.board.style import money_text, status_color
from orderdesk.ui.carriers import attach_carriers
from orderdesk.ui.channels import attach_channels
from orderdesk.ui.crash import ErrorReporter
from orderdesk.ui.lines_model import LineItem, LinesModel, size_columns
from orderdesk.ui.notifications import attach_message_log
from orderdesk.ui.printing import attach_printing
from orderdesk.ui.product_lookup import ProductLookup
from orderdesk.ui.records_model import RecordsModel
from orderdesk.ui.tasks import TaskRunner
from orderdesk.ui.times import when
from orderdesk.ui.widgets import FieldError
from orderdesk.workflow import HOLD_LABELS, Hold, label, lines_can_change


class OrderDetailsWindow(QWidget):
    changed = Signal()  # saved something: the board refreshes
    loaded = Signal(object)  # OrderDetail, after every (re)load

    def __init__(
        self,
        service: OrderService,
        runner: TaskRunner,
        order_id: int,
        actor: Callable[[], Actor],
        reporter: ErrorReporter | None = None,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("orderDetails")
        self.service, self.runner, self.order_id, self.actor = service, runner, order_id, actor
        self.reporter = reporter
        self.language = language or current_language()  # the interface language set at start-up
        self.detail: OrderDetail | None = None
        self._close_armed = False  # a close with unsaved edits warns first
        self.errors: dict[str, FieldError] = {}
        self.setWindowTitle(self.tr("Order"))

        self.title = QLabel(objectName="title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.banner = FieldError()
        self.banner.setObjectName("banner")

        # left: customer, address, delivery, notes
        self.name = QLineEdit(objectName="customerName")
        self.phone = QLineEdit(objectName="phone")
        self.email = QLineEdit(objectName="email")
        self.customer_language = QComboBox(objectName="language")
        for code, text in (("en", "English"), ("pl", "Polski"), ("ru", "Русский"), ("zh", "中文")):
            self.customer_language.addItem(text, code)
        customer = QGroupBox(self.tr("Customer"))
        cf = QFormLayout(customer)
        cf.addRow(self.tr("Name"), self._with_error(self.name, "customer_name"))
        cf.addRow(self.tr("Phone"), self._with_error(self.phone, "phone"))
        cf.addRow(self.tr("E-mail"), self._with_error(self.email, "email"))
        cf.addRow(self.tr("Language"), self.customer_language)

        self.recipient = QLineEdit(objectName="recipient")
        self.line1 = QLineEdit(objectName="line1")
        self.line2 = QLineEdit(objectName="line2")
        self.postcode = QLineEdit(objectName="postcode")
        self.city = QLineEdit(objectName="city")
        self.region = QLineEdit(objectName="region")
        self.country = QLineEdit(objectName="country")
        self.country.setMaxLength(2)
        self.pickup_point = QLineEdit(objectName="pickupPoint")
        address = QGroupBox(self.tr("Delivery address"))
        af = QFormLayout(address)
        af.addRow(self.tr("Recipient"), self.recipient)
        af.addRow(self.tr("Street"), self._with_error(self.line1, "address"))
        af.addRow(self.tr("Street (2)"), self.line2)
        af.addRow(self.tr("Postcode"), self.postcode)
        af.addRow(self.tr("City"), self.city)
        af.addRow(self.tr("Region"), self.region)
        af.addRow(self.tr("Country"), self.country)
        af.addRow(self.tr("Pickup point"), self._with_error(self.pickup_point, "pickup_point_code"))

        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        notes = QGroupBox(self.tr("Notes"))
        QVBoxLayout(notes).addWidget(self.notes)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(customer)
        ll.addWidget(address)
        ll.addWidget(notes)
        ll.addStretch(1)
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setMinimumWidth(360)

        # right: items, payment & delivery, holds, history
        self.lines_model = LinesModel("PLN", parent=self)
        self.lines = QTableView(objectName="lines")
        self.lines.setModel(self.lines_model)
        self.lines.verticalHeader().hide()
        size_columns(self.lines)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.remove_line = QPushButton(self.tr("Remove item"), objectName="removeLine")
        self.remove_line.setToolTip(self.tr("Remove the selected items (Delete)"))
        self.remove_line.clicked.connect(self._remove_line)
        QShortcut(QKeySequence.StandardKey.Delete, self.lines, self._remove_line)
        self.add_lookup = ProductLookup(
            service, runner, self.tr("Add item: type a SKU or name, or scan a barcode, then Enter"), self
        )
        self.add_lookup.setObjectName("addItem")
        self.add_lookup.chosen.connect(self._add_product)
        self.add_lookup.not_found.connect(
            lambda text: self.lines_error.show_error(self.tr("No product matches '%1'.").replace("%1", text))
        )
        self.lines_note = QLabel(objectName="linesNote")
        self.lines_note.setWordWrap(True)
        self.shipping = QLineEdit(objectName="shipping")
        self.shipping.setMaximumWidth(140)
        self.money = QLabel(objectName="money")
        self.money.setTextFormat(Qt.TextFormat.RichText)
        items = QWidget()
        il = QVBoxLayout(items)
        il.addWidget(self.add_lookup)
        il.addWidget(self.lines, 1)
        self.lines_error = FieldError()
        for key in ("lines", "quantity", "sku", "price"):
            self.errors[key] = self.lines_error
        il.addWidget(self.lines_error)
        row = QHBoxLayout()
        row.addWidget(self.lines_note, 1)
        row.addWidget(self.remove_line)
        il.addLayout(row)
        sf = QFormLayout()
        sf.addRow(self.tr("Shipping fee"), self._with_error(self.shipping, "shipping_fee"))
        il.addLayout(sf)
        il.addWidget(self.money)
        # The money line follows the form as it is edited, before saving.
        self.lines_model.totals_changed.connect(self._preview_money)
        self.shipping.textChanged.connect(self._preview_money)

        self.delivery_info = QLabel(objectName="deliveryInfo")
        self.delivery_info.setTextFormat(Qt.TextFormat.RichText)
        self.delivery_info.setWordWrap(True)
        self.shipments_model = RecordsModel(
            [
                self.tr("Carrier"),
                self.tr("Service"),
                self.tr("Tracking number"),
                self.tr("Status"),
                self.tr("Created"),
                self.tr("Last checked"),
            ],
            self,
        )
        self.shipments = self._table(self.shipments_model, "shipments")
        self.events_model = RecordsModel(
            [
                self.tr("When"),
                self.tr("Carrier"),
                self.tr("Tracking number"),
                self.tr("Event"),
                self.tr("Where"),
                self.tr("Milestone"),
            ],
            self,
        )
        self.events = self._table(self.events_model, "trackingEvents")
        delivery = QWidget()
        dl = QVBoxLayout(delivery)
        dl.addWidget(self.delivery_info)
        dl.addWidget(QLabel(self.tr("Shipments")))
        dl.addWidget(self.shipments, 1)
        dl.addWidget(QLabel(self.tr("Tracking events (newest first)")))
        dl.addWidget(self.events, 2)

        self.holds_model = RecordsModel(
            [self.tr("Hold"), self.tr("Reason"), self.tr("Since"), self.tr("By"), self.tr("Resolved")], self
        )
        self.holds = self._table(self.holds_model, "holds")
        self.resolve = QPushButton(self.tr("Resolve hold…"), objectName="resolveHold")
        self.resolve.clicked.connect(self._resolve_hold)
        self.put_on_hold = QPushButton(self.tr("Put on hold…"), objectName="putOnHold")
        self.put_on_hold.clicked.connect(self._put_on_hold)
        holds = QWidget()
        hl = QVBoxLayout(holds)
        hl.addWidget(self.holds, 1)
        hold_buttons = QHBoxLayout()
        hold_buttons.addStretch(1)
        hold_buttons.addWidget(self.put_on_hold)
        hold_buttons.addWidget(self.resolve)
        hl.addLayout(hold_buttons)

        self.history_model = RecordsModel([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Why")], self)
        self.history = self._table(self.history_model, "history")
        for column in (0, 1, 2):
            self.history.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.tabs = QTabWidget(objectName="detailTabs")
        self.tabs.addTab(items, self.tr("Items && payment"))
        self.tabs.addTab(delivery, self.tr("Delivery && shipments"))
        self.tabs.addTab(holds, self.tr("Holds"))

        # The history stays in view under the tabs: it is the order's story (who, when, what, why).
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.tabs)
        right.addWidget(history_box)
        right.setSizes([420, 300])
        splitter = QSplitter()
        splitter.addWidget(left_scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)

        self.save_button = QPushButton(self.tr("Save changes (Ctrl+S)"), objectName="save")
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton(self.tr("Reload"), objectName="reload")
        self.reload_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addWidget(self.banner)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        attach_printing(self)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(1200, 760)
        self.setEnabled(False)  # until the order is read
        attach_carriers(self)  # "Buy label…" on the delivery tab
        attach_channels(self)  # the store's status beside the desk's and the carrier's
        attach_message_log(self)
        self.reload()

    # -- helpers ------------------------------------------------------------------------------------------
    def _with_error(self, field: QWidget, key: str) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(field)
        error = FieldError()
        v.addWidget(error)
        self.errors[key] = error
        return box

    def _table(self, model: RecordsModel, name: str) -> QTableView:
        view = QTableView(objectName=name)
        view.setModel(model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.horizontalHeader().setStretchLastSection(True)
        # Fit the columns to what was read (tracking numbers were cut to "OW5244196…").
        view.horizontalHeader().setMaximumSectionSize(420)
        model.modelReset.connect(view.resizeColumnsToContents)
        return view

    def error_text(self, key: str) -> str:
        error = self.errors[key]
        return error.text() if not error.isHidden() else ""

    # -- loading -------------------------------------------------------------------------------------------
    def reload(self) -> None:
        service, order_id = self.service, self.order_id

        def read() -> tuple[OrderDetail, list[StoredEvent]]:
            detail = service.get_by_id(order_id)
            return detail, tracking_events(service.db, detail.number) if detail.shipments else []

        def show(result: tuple[OrderDetail, list[StoredEvent]]) -> None:
            self.show_detail(result[0])
            self.show_events(result[1])

        self.runner.run(read, show, self._failed, label=self.tr("Reading the order…"))

    def show_events(self, events: list[StoredEvent]) -> None:
        newest_first = list(reversed(events))
        self.events_model.set_rows(
            [
                (when(e.at), e.carrier, e.tracking_number, e.description or e.code, e.location, e.milestone)
                for e in newest_first
            ]
        )  # fmt: skip

    def show_detail(self, d: OrderDetail) -> None:
        self.detail = d
        lang = self.language
        self.setEnabled(True)
        self.setWindowTitle(self.tr("Order %1").replace("%1", d.number))
        accent = status_color(d.status, self.palette()).name()
        holds = "".join(
            f" &nbsp;<span style='color:#c0392b'>⚠ {self._hold_label(h.kind)}</span>" for h in d.active_holds
        )
        self.title.setText(
            f"<span style='font-size:16pt; font-weight:bold'>{d.number}</span> &nbsp; "
            f"<span style='color:{accent}; font-weight:bold'>● {label(d.status, lang)}</span>{holds}<br>"
            + self.tr("Created %1 from %2 · in this status since %3 · version %4")
            .replace("%1", when(d.created_at))
            .replace("%2", self._source_text(d.source))
            .replace("%3", when(d.status_changed_at))
            .replace("%4", str(d.version))
            + (" · " + self.tr("external id %1").replace("%1", d.external_id) if d.external_id else "")
        )
        c = d.customer
        self.name.setText(c.name)
        self.phone.setText(c.phone)
        self.email.setText(c.email)
        self.customer_language.setCurrentIndex(max(self.customer_language.findData(c.language), 0))
        a = d.address
        for edit, value in (
            (self.recipient, a.recipient), (self.line1, a.line1), (self.line2, a.line2), (self.postcode, a.postcode),
            (self.city, a.city), (self.region, a.region), (self.country, a.country),
            (self.pickup_point, d.pickup_point_code),
        ):  # fmt: skip
            edit.setText(value)
        self.notes.setPlainText(d.notes)
        # What may change in this status: the workflow's table, not a rule of this window.
        lines_editable = lines_can_change(d.status)
        self.lines_model.currency = d.currency
        self.lines_model.editable = lines_editable
        self.lines_model.set_lines(
            [
                LineItem(
                    line.sku, line.name, line.quantity, line.unit_price.minor, None, line.bin_location, line.reserved
                )
                for line in d.lines
            ]
        )
        self.lines.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if lines_editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.remove_line.setEnabled(lines_editable)
        self.add_lookup.clear()
        self.add_lookup.setVisible(lines_editable)
        self.shipping.setReadOnly(not lines_editable)
        self.lines_note.setText(
            self.tr("Items can be added, removed and re-counted until assembling starts.")
            if lines_editable
            else self.tr("Items are fixed in this status; an owner can move the order back to change them.")
        )
        self.shipping.setText(Money(d.shipping_fee_minor, d.currency).decimal.to_eng_string())
        self.money.setText(self._money_text(d))
        self.delivery_info.setText(self._delivery_text(d))
        self.shipments_model.set_rows(
            [
                (
                    s.carrier,
                    s.service,
                    s.tracking_number,
                    self.tr("cancelled") if s.cancelled else s.status,
                    when(s.created_at),
                    freshness(s.last_synced_at) if s.carrier not in ("own_courier", "pickup") else "",
                )
                for s in d.shipments
            ]
        )
        self.holds_model.set_rows(
            [
                (
                    self._hold_label(h.kind),
                    h.reason,
                    when(h.created_at),
                    h.created_by,
                    f"{when(h.resolved_at)} {h.resolved_by}".strip() or self.tr("active"),
                )
                for h in d.holds
            ],
            keys=[h.kind if h.resolved_at is None else None for h in d.holds],
        )
        self.tabs.setTabText(2, self.tr("Holds (%1)").replace("%1", str(len(d.active_holds))))
        history = sorted(d.history, key=lambda e: e.id, reverse=True)  # newest first, like a timeline
        self.history_model.set_rows(
            [
                (when(e.at), e.actor if e.role in e.actor else f"{e.actor} ({e.role})", self._history_text(e), e.reason)
                for e in history
            ],
            tips=[", ".join(f"{k}: {v}" for k, v in e.details.items()) for e in history],
        )
        self.history.resizeRowsToContents()
        self.resolve.setEnabled(bool(d.active_holds))
        self.loaded.emit(d)

    def _source_text(self, source: str) -> str:
        texts = {"phone": self.tr("phone"), "web": self.tr("web store"), "import": self.tr("file import"), "demo": self.tr("demo")}  # fmt: skip
        return texts.get(source, source)

    def _delivery_method_text(self, method: str) -> str:
        texts = {
            "carrier": self.tr("carrier"),
            "own_courier": self.tr("own courier"),
            "pickup_shop": self.tr("pickup at the shop"),
            "pickup_point": self.tr("pickup point"),
        }
        return texts.get(str(method), str(method).replace("_", " "))

    def _payment_method_text(self, method: str) -> str:
        texts = {
            "prepaid_online": self.tr("prepaid online"),
            "bank_transfer": self.tr("bank transfer"),
            "cash_on_delivery": self.tr("cash on delivery"),
            "on_pickup": self.tr("on pickup"),
            "invoice": self.tr("invoice"),
        }
        return texts.get(str(method), str(method).replace("_", " "))

    def _hold_label(self, kind: str) -> str:
        try:
            return HOLD_LABELS[Hold(kind)].get(self.language, HOLD_LABELS[Hold(kind)]["en"])
        except ValueError:
            return kind

    def _money_text(self, d: OrderDetail) -> str:
        cur = d.currency
        parts = [
            self.tr("Items %1").replace("%1", money_text(d.subtotal_minor, cur)),
            self.tr("shipping %1").replace("%1", money_text(d.shipping_fee_minor, cur)),
            "<b>" + self.tr("total %1").replace("%1", money_text(d.total_minor, cur)) + "</b>",
        ]
        pay = [
            self.tr("Payment: %1").replace("%1", self._payment_method_text(d.payment_method)),
            self.tr("paid %1").replace("%1", money_text(d.amount_paid_minor, cur)),
            self.tr("due %1").replace("%1", money_text(d.amount_due_minor, cur)),
        ]
        if d.cod_amount:
            pay.append(self.tr("collect %1 on handover").replace("%1", money_text(d.cod_amount.minor, cur)))
        if d.refund_due:
            pay.append("<b>" + self.tr("refund due") + "</b>")
        return " · ".join(parts) + "<br>" + " · ".join(pay)

    def _delivery_text(self, d: OrderDetail) -> str:
        rows = [self.tr("Delivery: <b>%1</b>").replace("%1", self._delivery_method_text(d.delivery_method))]
        if d.pickup_point_code:
            rows.append(self.tr("Pickup point: %1").replace("%1", d.pickup_point_code))
        if d.pickup_code:
            rows.append(self.tr("Pickup code: %1").replace("%1", d.pickup_code))
        if d.shelf_slot:
            rows.append(self.tr("Shelf: %1").replace("%1", d.shelf_slot))
        if d.tracking_number:
            rows.append(self.tr("Tracking: <b>%1</b>").replace("%1", d.tracking_number))
        if d.address.complete:
            rows.append(", ".join(d.address.lines()))
        return "<br>".join(rows)

    def _history_text(self, e: HistoryEntry) -> str:
        lang = self.language

        def status_name(value: str) -> str:
            try:
                return label(value, lang)
            except ValueError:
                return value

        if e.kind == "status":
            return f"{status_name(e.from_value)} → {status_name(e.to_value)}"
        if e.kind == "create":
            return self.tr("Order created (%1)").replace("%1", e.reason or e.to_value)
        if e.kind == "hold":
            if e.to_value == "resolved":
                return self.tr("Hold resolved: %1").replace("%1", self._hold_label(e.from_value))
            return self.tr("On hold: %1").replace("%1", self._hold_label(e.to_value))
        if e.kind == "edit":
            return self.tr("Edited: %1").replace("%1", e.to_value.replace(",", ", "))
        if e.kind == "payment":
            return self.tr("Payment received: %1").replace("%1", e.to_value)
        if e.kind == "label":
            return self.tr("Shipment %1").replace("%1", e.to_value)
        if e.kind == "stock":  # services.stock.backorders: waiting for stock, the customer's choice
            return {
                "choice_sent": self.tr("Asked the customer: wait for the stock or cancel"),
                "answer_wait": self.tr("The customer will wait for the stock"),
                "answer_cancel": self.tr("The customer cancels: out of stock"),
                "reserved": self.tr("Part of the missing stock arrived and is reserved"),
            }.get(e.to_value, e.to_value)
        return f"{e.kind}: {e.to_value}".strip(": ")

    # -- editing -------------------------------------------------------------------------------------------
    def _remove_line(self) -> None:
        if not self.lines_model.editable:
            return
        rows = sorted({i.row() for i in self.lines.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.lines_model.remove(row)

    def _add_product(self, product: Product) -> None:
        d = self.detail
        if d is None or not lines_can_change(d.status):
            return
        self.lines_error.clear_error()
        if product.price.currency != d.currency:
            self.lines_error.show_error(
                self.tr("%1 is priced in %2; this order is in %3.")
                .replace("%1", product.sku)
                .replace("%2", product.price.currency)
                .replace("%3", d.currency)
            )
            return
        row = self.lines_model.add(
            LineItem(product.sku, product.name, 1, product.price.minor, product.available, product.bin_location)
        )
        self.lines.selectRow(row)

    def _preview_money(self, *_: object) -> None:
        """The money line for the form as it stands: items, shipping, total and due before saving."""
        d = self.detail
        if d is None:
            return
        try:
            fee = Money.parse(self.shipping.text() or "0", d.currency).minor
        except ValidationError:
            fee = d.shipping_fee_minor  # an unfinished amount: its own field says what is wrong
        lines = tuple(
            OrderLine(None, ln.sku, ln.name, ln.quantity, Money(ln.unit_price_minor, d.currency))
            for ln in self.lines_model.lines
        )
        self.money.setText(self._money_text(replace(d, lines=lines, shipping_fee_minor=fee)))

    def collect_edit(self) -> OrderEdit | None:
        """Only what changed, with the version we showed (so a change made meanwhile is detected)."""
        d = self.detail
        if d is None:
            return None
        for error in self.errors.values():
            error.clear_error()
        self.banner.clear_error()
        try:
            changes = self._changes(d)
        except ValidationError as exc:
            self.errors["shipping_fee"].show_error(str(exc))
            return None
        return OrderEdit(expected_version=d.version, **changes) if changes else OrderEdit()

    def has_unsaved_edits(self) -> bool:
        """Whether the form differs from the order it shows (an unreadable field counts)."""
        if self.detail is None:
            return False
        try:
            return bool(self._changes(self.detail))
        except ValidationError:
            return True

    def _changes(self, d: OrderDetail) -> dict:
        """The fields the form changed; ValidationError for a shipping fee that is not money."""
        c = d.customer
        changes: dict = {}
        if self.name.text().strip() != c.name:
            changes["customer_name"] = self.name.text()
        if self.phone.text().strip() != c.phone:
            changes["phone"] = self.phone.text().strip()
        if self.email.text().strip() != c.email:
            changes["email"] = self.email.text().strip()
        if self.customer_language.currentData() != c.language:
            changes["language"] = self.customer_language.currentData()
        address = Address(
            self.recipient.text().strip(), self.line1.text().strip(), self.line2.text().strip(),
            self.city.text().strip(), self.postcode.text().strip(), self.region.text().strip(),
            self.country.text().strip().upper(),
        )  # fmt: skip
        if address != d.address:
            changes["address"] = address
        if self.pickup_point.text().strip() != d.pickup_point_code:
            changes["pickup_point_code"] = self.pickup_point.text().strip()
        if self.notes.toPlainText() != d.notes:
            changes["notes"] = self.notes.toPlainText()
        fee = Money.parse(self.shipping.text() or "0", d.currency).minor
        if fee != d.shipping_fee_minor:
            changes["shipping_fee_minor"] = fee
        now = [(line.sku, line.quantity) for line in self.lines_model.lines]
        if now != [(line.sku, line.quantity) for line in d.lines]:
            # Keep the names and prices the customer was quoted, whatever the catalogue says today.
            changes["lines"] = [
                NewLine(line.sku, line.quantity, name=line.name, unit_price_minor=line.unit_price_minor)
                for line in self.lines_model.lines
            ]
        return changes

    def save(self) -> None:
        edit = self.collect_edit()
        if edit is None or self.detail is None:
            return
        if edit == OrderEdit():
            self.banner.show_error(self.tr("Nothing to save."))
            return
        service, number, actor = self.service, self.detail.number, self.actor()
        self.save_button.setEnabled(False)
        self.runner.write(lambda: service.update_order(number, edit, actor), self._saved, self._save_failed, label=self.tr("Saving…"))  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:
        # Esc closed the window and silently dropped edits (a new address typed in): the first
        # close now says so in the banner, a second one closes without saving.
        if not self._close_armed and self.has_unsaved_edits():
            self._close_armed = True
            self.banner.show_error(self.tr("Not saved yet: Ctrl+S saves the changes, Esc again closes without saving."))
            event.ignore()
            return
        self._close_armed = False
        super().closeEvent(event)

    def _saved(self, detail: OrderDetail) -> None:
        self.save_button.setEnabled(True)
        self.show_detail(detail)
        self.banner.show_error("")
        self.changed.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ConflictError):
            self.banner.show_error(str(exc))
            self.reload()  # show what the other person saved; their change is never overwritten
            self.changed.emit()
        elif isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors[exc.field].show_error(str(exc))
        elif isinstance(exc, OrderDeskError):
            self.banner.show_error(str(exc))
        else:
            self._failed(exc)

    def _resolve_hold(self) -> None:
        d = self.detail
        index = self.holds.currentIndex()
        kind = self.holds_model.key(index.row()) if index.isValid() else None
        if d is None:
            return
        if kind is None:
            active = d.active_holds
            if not active:
                return
            kind = active[0].kind
        reason, ok = QInputDialog.getText(self, self.tr("Resolve hold"), self.tr("What was done about it?"))
        if not ok:
            return
        service, number, actor = self.service, d.number, self.actor()
        self.runner.write(lambda: service.resolve_hold(number, str(kind), actor, reason), self._saved, self._save_failed)  # fmt: skip

    def ask_new_hold(self) -> tuple[str, str] | None:
        """(kind, reason) from the person, or None. Holds the app sets by itself (stock, carrier,
        pickup lock-out) are not offered; a test replaces this method."""
        kinds = [k for k in Hold if k not in (Hold.OUT_OF_STOCK, Hold.CARRIER_MISMATCH, Hold.PICKUP_LOCKED)]
        names = [self._hold_label(k.value) for k in kinds]
        name, ok = QInputDialog.getItem(self, self.tr("Put on hold"), self.tr("What is wrong?"), names, 0, False)
        if not ok:
            return None
        reason, ok = QInputDialog.getText(self, self.tr("Put on hold"), self.tr("Say why (the owner reads this):"))
        return (kinds[names.index(name)].value, reason) if ok else None

    def _put_on_hold(self) -> None:
        d = self.detail
        if d is None:
            return
        if self.has_unsaved_edits():  # the reload after the hold would throw the edits away
            self.banner.show_error(self.tr("Save or undo your edits first, then put the order on hold."))
            return
        asked = self.ask_new_hold()
        if asked is None:
            return
        kind, reason = asked
        service, number, actor = self.service, d.number, self.actor()

        def done(_hold: object) -> None:
            self.reload()
            self.changed.emit()

        self.runner.write(lambda: service.add_hold(number, kind, reason, actor), done, self._save_failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OrderDeskError):
            self.banner.show_error(str(exc))
            self.setEnabled(True)
        elif self.reporter is not None:
            self.reporter.report(exc, self.tr("Order details"))
        else:
            self.runner.default_failure(exc)
