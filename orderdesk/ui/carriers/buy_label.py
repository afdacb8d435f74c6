""" "Buy label…": pick carrier and service (with rates where the carrier quotes them), buy in the
background, then show the tracking number and offer the label, a cancel and the move to shipped.

The purchase itself is ``ShippingService.buy_label``: it looks the order's reference up at the
carrier before buying and after an unclear answer, so a time-out never buys twice; this window
only asks and shows. A carrier error is shown as the carrier said it, with nothing stored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk.domain import OrderDetail, Shipment
from orderdesk.errors import OrderDeskError
from orderdesk.services.carriers.base import Parcel, Rate
from orderdesk.services.carriers.registry import describe
from orderdesk.services.shipping import BUYABLE_IN, Purchase, parcel_rules
from orderdesk.services.sync import freshness
from orderdesk.ui.carriers.context import CarrierContext
from orderdesk.ui.carriers.parcels import ParcelsEditor
from orderdesk.ui.moves import MoveController, MoveOutcome
from orderdesk.ui.records_model import RecordsModel
from orderdesk.ui.widgets import FieldError
from orderdesk.workflow import DeliveryMethod, Status

BUYABLE_CARRIERS = ("cdek", "inpost", "easypost", "own_courier")
QUOTING = frozenset({"cdek", "easypost"})  # carriers whose API quotes prices
PICKUP_POINTS = frozenset({"inpost", "cdek"})  # carriers that deliver to a locker / point
RATES_DELAY_MS = 600  # wait for typing to pause before asking for rates again


def suggested_carrier(order: OrderDetail) -> str:
    """A first guess the person can change: lockers go to InPost, Russia to CDEK, the rest EasyPost."""
    if order.delivery_method == DeliveryMethod.OWN_COURIER:
        return "own_courier"
    if order.delivery_method == DeliveryMethod.PICKUP_POINT:
        return "cdek" if order.address.country in ("RU", "KZ", "BY") else "inpost"
    country = order.address.country
    if country in ("RU", "KZ", "BY"):
        return "cdek"
    if country == "PL":
        return "inpost"
    return "easypost"


class BuyLabelDialog(QDialog):
    changed = Signal()  # something was bought / cancelled / moved: the board refreshes
    purchased = Signal(object)  # Purchase

    def __init__(self, ctx: CarrierContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buyLabel")
        self.setWindowTitle(self.tr("Buy label"))
        self.ctx, self.order_id = ctx, order_id
        self.order: OrderDetail | None = None
        self.shipment: Shipment | None = None
        self.rates: list[Rate] = []
        self._rates_generation = 0
        self.busy = False
        self.defaults: dict[str, str] = {}
        # Replaceable in tests: opening a file and asking "are you sure?".
        self.open_file: Callable[[Path], object] = lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))
        self.confirm: Callable[[str], bool] = self._confirm_box
        self.mover = MoveController(ctx.orders, ctx.runner, ctx.actor, self)
        self.mover.finished.connect(self._moved)
        titles = {i.name: i.title for i in describe()}
        self.services = {i.name: i.services for i in describe()}

        self.heading = QLabel(objectName="heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.carrier = QComboBox(objectName="carrier")
        for name in BUYABLE_CARRIERS:
            self.carrier.addItem(titles.get(name, name), name)
        self.service = QComboBox(objectName="service")
        self.service.setEditable(True)
        self.parcels = ParcelsEditor()
        self.parcels.setToolTip(
            self.tr("Prefilled with one parcel of the order's weight; change it after weighing, add a row per box.")
        )
        self.pickup_point = QLineEdit(objectName="pickupPoint")
        self.pickup_point.setPlaceholderText(self.tr("locker or pickup point code"))
        form = QFormLayout()
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.tr("Service"), self.service)
        form.addRow(self.tr("Pickup point"), self.pickup_point)
        form.addRow(self.tr("Parcels"), self.parcels)

        self.rates_model = RecordsModel(
            [self.tr("Service"), self.tr("Price"), self.tr("Days"), self.tr("Description")], self
        )
        self.rates_view = QTableView(objectName="rates")
        self.rates_view.setModel(self.rates_model)
        self.rates_view.verticalHeader().hide()
        self.rates_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rates_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rates_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.rates_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the description takes the rest of the width
        self.rates_view.setMinimumHeight(130)
        self.rates_view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._rate_picked(cur.row()))
        self.rates_note = QLabel(objectName="ratesNote")
        self.rates_note.setWordWrap(True)
        self.get_rates = QPushButton(self.tr("Get rates"), objectName="getRates")
        self.get_rates.clicked.connect(self.fetch_rates)
        rates_row = QHBoxLayout()
        rates_row.addWidget(self.rates_note, 1)
        rates_row.addWidget(self.get_rates)

        self.error = FieldError()
        self.error.setObjectName("error")
        self.result = QLabel(objectName="result")
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel(objectName="notice")  # what the last action did (moved, cancelled)
        self.notice.setWordWrap(True)

        self.buy_button = QPushButton(self.tr("Buy label"), objectName="buy")
        self.buy_button.setDefault(True)
        self.buy_button.clicked.connect(self.buy)
        self.open_button = QPushButton(self.tr("Open label"), objectName="openLabel")
        self.open_button.clicked.connect(self.open_label)
        self.download_button = QPushButton(self.tr("Download label again"), objectName="downloadLabel")
        self.download_button.clicked.connect(self.download_label)
        self.cancel_button = QPushButton(self.tr("Cancel shipment…"), objectName="cancelShipment")
        self.cancel_button.clicked.connect(self.cancel_shipment)
        self.ship_button = QPushButton(self.tr("Move to shipped"), objectName="moveToShipped")
        self.ship_button.clicked.connect(self.move_to_shipped)
        close = QPushButton(self.tr("Close"), objectName="close")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.download_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.ship_button)
        buttons.addWidget(self.buy_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Rates")))
        layout.addWidget(self.rates_view, 1)
        layout.addLayout(rates_row)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.buy)

        self._rates_timer = QTimer(self)
        self._rates_timer.setSingleShot(True)
        self._rates_timer.setInterval(RATES_DELAY_MS)
        self._rates_timer.timeout.connect(self.fetch_rates)
        self.carrier.currentIndexChanged.connect(self._carrier_changed)
        self.parcels.changed.connect(self._inputs_changed)
        self.pickup_point.textEdited.connect(self._inputs_changed)
        self.service.currentTextChanged.connect(self._update_rules)
        self.resize(760, 660)
        self._set_busy(True)
        self._update_buttons()
        self.reload()

    # -- reading ------------------------------------------------------------------------------------
    def reload(self) -> None:
        orders, settings, order_id = self.ctx.orders, self.ctx.settings, self.order_id
        assert settings is not None

        ctx = self.ctx

        def read() -> tuple[OrderDetail, dict[str, str], Parcel]:
            order = orders.get_by_id(order_id, with_history=False)
            defaults = {n: str(settings.get(f"carriers.{n}.default_service")) for n in ("cdek", "inpost", "easypost")}
            registry = ctx.registry()  # builds no client: only the default parcel is asked for
            try:
                parcel = ctx.shipping(registry).default_parcel(order)
            finally:
                registry.close()
            return order, defaults, parcel

        self.ctx.runner.run(read, self._show_order, self._failed, label=self.tr("Reading the order…"))

    def _show_order(self, result: tuple[OrderDetail, dict[str, str], Parcel]) -> None:
        first = self.order is None
        self.order, self.defaults, default_parcel = result
        o = self.order
        self.setWindowTitle(self.tr("Buy label — %1").replace("%1", o.number))
        place = ", ".join(p for p in (o.address.city, o.address.country) if p)
        self.heading.setText(
            "<b style='font-size:13pt'>"
            + o.number
            + "</b> &nbsp; "
            + self.tr("%1 · %2 · %3 item(s)")
            .replace("%1", o.address.recipient or o.customer.name)
            .replace("%2", place or o.delivery_method)
            .replace("%3", str(sum(line.quantity for line in o.lines)))
        )
        self.shipment = o.active_shipment
        if first:
            self.parcels.blockSignals(True)  # the carrier choice below asks for rates once
            self.parcels.set_parcels([default_parcel])
            self.parcels.blockSignals(False)
            self.pickup_point.setText(o.pickup_point_code)
            carrier = self.shipment.carrier if self.shipment else suggested_carrier(o)
            index = self.carrier.findData(carrier)
            if index == self.carrier.currentIndex():
                self._carrier_changed()
            else:
                self.carrier.setCurrentIndex(max(index, 0))
        self._show_shipment()
        self._set_busy(False)

    # -- choosing ----------------------------------------------------------------------------------
    def carrier_name(self) -> str:
        return str(self.carrier.currentData())

    def _carrier_changed(self, *_: object) -> None:
        name = self.carrier_name()
        self.service.clear()
        self.service.addItems(list(self.services.get(name, ())))
        default = self.defaults.get(name, "")
        if default:
            self.service.setCurrentText(default)
        self.pickup_point.setEnabled(name in PICKUP_POINTS)
        self._update_rules()
        self._clear_rates()
        if name in QUOTING:
            self.fetch_rates()
        else:
            self.rates_note.setText(self.tr("%1 does not quote prices: pick a service.").replace("%1", self.carrier.currentText()))  # fmt: skip
        self._update_buttons()

    def _update_rules(self, *_: object) -> None:
        """What the chosen carrier and service accept (a locker wants a size, EasyPost one box)."""
        rules = parcel_rules(self.carrier_name(), self.service.currentText().strip(), self.pickup_point.text().strip())
        self.parcels.set_rules(rules, self.carrier.currentText())

    def _inputs_changed(self, *_: object) -> None:
        # Rates belong to parcels and a destination: old ones must not be bought.
        self._update_rules()
        self._clear_rates()
        if self.carrier_name() in QUOTING and self.order is not None:
            if self.parcels.problems():
                self.rates_note.setText(self.tr("Fix the parcels to get rates."))
                self._rates_timer.stop()
                return
            self.rates_note.setText(self.tr("Getting new rates…"))
            self._rates_timer.start()

    def _clear_rates(self) -> None:
        self._rates_generation += 1
        self.rates = []
        self.rates_model.set_rows([])
        self.rates_note.setText("")

    def fetch_rates(self) -> None:
        if self.order is None or self.carrier_name() not in QUOTING:
            return
        self._rates_timer.stop()
        self._clear_rates()
        if self.parcels.show_problems():
            self.rates_note.setText(self.tr("Fix the parcels to get rates."))
            return
        generation = self._rates_generation
        ctx, number, carrier = self.ctx, self.order.number, self.carrier_name()
        parcels, point = self.parcels.parcels(), self.pickup_point.text()

        def work() -> list[Rate]:
            registry = ctx.registry()
            try:
                return ctx.shipping(registry).quote(number, carrier, parcels=parcels, pickup_point=point)
            finally:
                registry.close()

        def done(rates: list[Rate]) -> None:
            if generation != self._rates_generation:
                return  # the person changed something meanwhile
            self.rates = rates
            self.rates_model.set_rows(
                [(r.service, rate_price(r), "" if r.days is None else str(r.days), r.description) for r in rates]
            )  # fmt: skip
            self.rates_note.setText(
                self.tr("Pick a rate; the cheapest is first.")
                if rates
                else self.tr("No rates for this parcel and address.")
            )
            preferred = self.service.currentText().strip()
            row = next((i for i, r in enumerate(rates) if r.service == preferred), 0 if rates else -1)
            if row >= 0:
                self.rates_view.selectRow(row)

        def failed(exc: BaseException) -> None:
            if generation != self._rates_generation:
                return
            self.rates_note.setText(self.tr("Rates could not be fetched: %1").replace("%1", str(exc)))
            if not isinstance(exc, OrderDeskError):
                self.ctx.report(exc, self.tr("Rates"))

        self.rates_note.setText(self.tr("Getting rates…"))
        self.ctx.runner.run(work, done, failed, label=self.tr("Getting rates…"))

    def _rate_picked(self, row: int) -> None:
        if 0 <= row < len(self.rates):
            self.service.setCurrentText(self.rates[row].service)

    def chosen_rate(self) -> Rate | None:
        """The selected quote, if the service box still names it (a typed service overrides it)."""
        row = self.rates_view.currentIndex().row()
        if 0 <= row < len(self.rates) and self.rates[row].service == self.service.currentText().strip():
            return self.rates[row]
        return None

    # -- buying --------------------------------------------------------------------------------------
    def buy(self) -> None:
        if self.order is None or self.busy or not self.buy_button.isEnabled():
            return
        self.error.clear_error()
        self._update_rules()
        problems = self.parcels.show_problems()
        if problems:
            # The service would refuse too; say it here and buy nothing.
            self.error.show_error(str(problems[0]))
            return
        ctx, number, carrier = self.ctx, self.order.number, self.carrier_name()
        rate, service = self.chosen_rate(), self.service.currentText().strip()
        parcels, point = self.parcels.parcels(), self.pickup_point.text()
        actor = ctx.actor()

        def work() -> Purchase:
            # Network and the service's own short write transactions; SQLite waits for the writer
            # lane's turn (busy timeout). The writer lane itself would stall every other save
            # while the carrier answers (CDEK confirms asynchronously, up to a minute).
            registry = ctx.registry()
            try:
                return ctx.shipping(registry).buy_label(
                    number, carrier, actor, service=service, rate=rate, parcels=parcels, pickup_point=point
                )
            finally:
                registry.close()

        self._set_busy(True)
        self.notice.setText("")
        self.result.setText(self.tr("Buying the label from %1…").replace("%1", self.carrier.currentText()))
        self.ctx.runner.run(work, self._bought, self._buy_failed, label=self.tr("Buying a label…"))

    def _bought(self, purchase: Purchase) -> None:
        self.shipment = purchase.shipment
        self._set_busy(False)
        self.purchased.emit(purchase)
        self.changed.emit()
        self._show_shipment(reused=purchase.reused)
        self.reload()  # the order's version and history changed

    def _buy_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.result.setText("")
        if isinstance(exc, OrderDeskError):
            self.error.show_error(str(exc))
        else:
            self.error.show_error(self.tr("The purchase failed unexpectedly; nothing was stored here."))
            self.ctx.report(exc, self.tr("Buy label"))
        self.reload()  # show whatever the service did record (e.g. an 'unclear' history entry)

    # -- after buying --------------------------------------------------------------------------------
    def _show_shipment(self, reused: bool = False) -> None:
        s = self.shipment
        if s is None:
            self.result.setText("")
        else:
            parts = [
                self.tr("%1 %2 — tracking number <b>%3</b>")
                .replace("%1", self.carrier.itemText(max(self.carrier.findData(s.carrier), 0)))
                .replace("%2", s.service)
                .replace("%3", s.tracking_number),
                freshness(s.last_synced_at),
            ]
            if reused:
                parts.append(self.tr("found at the carrier from an earlier attempt: nothing new was bought"))
            # The file's name here, its whole path on hover: "Open label" opens it.
            parts.append(
                self.tr("label: %1").replace("%1", Path(s.label_path).name)
                if s.label_path
                else self.tr("no label file (print the shop's own label)")
            )
            self.result.setText("<br>".join(parts))
            self.result.setToolTip(s.label_path)
        self._update_buttons()

    def _update_buttons(self) -> None:
        o, s = self.order, self.shipment
        idle = not self.busy and o is not None
        buyable = idle and Status(o.status) in BUYABLE_IN and o.delivery_method != DeliveryMethod.PICKUP_SHOP
        same = s is not None and s.carrier == self.carrier_name()
        self.buy_button.setEnabled(bool(buyable and not same))
        self.get_rates.setEnabled(bool(idle and self.carrier_name() in QUOTING))
        self.open_button.setEnabled(bool(idle and s and s.label_path))
        self.download_button.setEnabled(bool(idle and s and s.carrier in ("cdek", "inpost", "easypost")))
        self.cancel_button.setEnabled(bool(idle and s))
        self.ship_button.setEnabled(bool(idle and s and o.status == Status.PACKED))
        if o is not None and not self.busy and not buyable and s is None:
            if o.delivery_method == DeliveryMethod.PICKUP_SHOP:
                text = self.tr("Order %1 is picked up at the shop; it needs no label.")
            else:
                text = self.tr("Order %1 is %2: labels are bought while it is assembled or packed.")
            self.error.show_error(text.replace("%1", o.number).replace("%2", str(o.status)))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.carrier, self.service, self.parcels, self.pickup_point, self.rates_view):
            widget.setEnabled(not busy)
        if not busy:
            self.pickup_point.setEnabled(self.carrier_name() in PICKUP_POINTS)
        self._update_buttons()

    def open_label(self) -> None:
        if self.shipment and self.shipment.label_path:
            self.open_file(Path(self.shipment.label_path))

    def download_label(self) -> None:
        if self.order is None:
            return
        ctx, number = self.ctx, self.order.number

        def work() -> Shipment:
            registry = ctx.registry()
            try:
                return ctx.shipping(registry).fetch_label(number)
            finally:
                registry.close()

        def done(shipment: Shipment) -> None:
            self.shipment = shipment
            self._set_busy(False)
            self._show_shipment()

        self._set_busy(True)
        self.ctx.runner.run(work, done, self._action_failed, label=self.tr("Downloading the label…"))

    def cancel_shipment(self) -> None:
        s = self.shipment
        if self.order is None or s is None:
            return
        question = self.tr("Cancel the %1 shipment %2 at the carrier? The label can no longer be used.")
        if not self.confirm(question.replace("%1", s.carrier).replace("%2", s.tracking_number)):
            return
        ctx, number, actor = self.ctx, self.order.number, self.ctx.actor()

        def work() -> Shipment:
            registry = ctx.registry()
            try:
                return ctx.shipping(registry).cancel(number, actor, reason="cancelled in the desk")
            finally:
                registry.close()

        def done(shipment: Shipment) -> None:
            self.shipment = None
            self._set_busy(False)
            self.notice.setText(self.tr("Shipment %1 cancelled.").replace("%1", shipment.tracking_number))
            self.changed.emit()
            self.reload()

        self._set_busy(True)
        self.ctx.runner.run(work, done, self._action_failed, label=self.tr("Cancelling the shipment…"))

    def _action_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, OrderDeskError):
            self.error.show_error(str(exc))
        else:
            self.ctx.report(exc, self.tr("Buy label"))

    def move_to_shipped(self) -> None:
        if self.order is None:
            return
        self.ship_button.setEnabled(False)
        # The board's own move path: guards, history, customer notification. The version is read
        # fresh (our own purchase just changed it); the guards still decide.
        self.mover.move([self.order.id], Status.SHIPPED)

    def _moved(self, outcomes: list[MoveOutcome]) -> None:
        refused = [o for o in outcomes if not o.moved]
        if refused:
            self.error.show_error(refused[0].message)
        elif outcomes:
            self.notice.setText(self.tr("Moved to shipped."))
        self.changed.emit()
        self.reload()

    # -- misc ------------------------------------------------------------------------------------------
    def _confirm_box(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Cancel shipment"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, OrderDeskError):
            self.error.show_error(str(exc))
        else:
            self.ctx.report(exc, self.tr("Buy label"))


def rate_price(rate: Rate) -> str:
    """The quoted price as the board writes money ("1 224,99 PLN" in Polish); as quoted if unreadable."""
    from orderdesk.i18n import current_language
    from orderdesk.money import Money
    from orderdesk.ui.board.style import money_text

    try:
        return money_text(Money.parse(rate.amount, rate.currency).minor, rate.currency, current_language())
    except (OrderDeskError, ValueError):
        return f"{rate.amount} {rate.currency}"
