"""Returns in the window: the "Returns" tab of the order window (with Create return…) and the
board card menu's "Create return…".

``attach_returns(details_window)`` and ``install_returns(main_window)`` are the only calls the
shared windows make. Reading and writing run on the task runner (never on the GUI thread); the
service (``services.returns``) holds every rule, the window only shows and asks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orderdesk.errors import OrderDeskError
from orderdesk.services.carriers.registry import CARRIER_CLASSES, CarrierRegistry
from orderdesk.services.printing import PrinterPreferences
from orderdesk.services.return_labels import NoReturnLabel, ReturnLabelService, print_label
from orderdesk.services.returns import ReturnService
from orderdesk.services.returns.exchanges import parse_lines
from orderdesk.services.returns.kinds import (
    OPEN_STATUSES,
    REFUNDABLE,
    RETURNABLE_ORDER_STATUSES,
    ReturnStatus,
    reason_label,
    status_label,
)
from orderdesk.services.returns.slips import save_slip
from orderdesk.settings import Settings
from orderdesk.ui.records_model import RecordsModel
from orderdesk.ui.returns.create_dialog import CreateReturnDialog
from orderdesk.ui.returns.decisions import ReturnDecisions
from orderdesk.ui.returns.photos_dialog import ReturnPhotosDialog
from orderdesk.ui.returns.receive_dialog import ReceiveReturnDialog
from orderdesk.ui.returns.refund_dialog import RefundDialog, method_text
from orderdesk.ui.times import when
from orderdesk.workflow import Status

__all__ = [
    "CreateReturnDialog",
    "ReceiveReturnDialog",
    "RefundDialog",
    "ReturnDecisions",
    "ReturnPhotosDialog",
    "ReturnsTab",
    "attach_returns",
    "install_returns",
]


def tr(text: str) -> str:
    return QCoreApplication.translate("Returns", text)


class ReturnsTab(QObject):
    """The order window's Returns tab: the order's returns and Create return…"""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.returns = ReturnService(window.service)
        self.model = RecordsModel([tr("Return"), tr("Status"), tr("Items"), tr("Reasons"), tr("Refund"), tr("Created"),
                                   tr("Return parcel"), tr("Photos")], window)  # fmt: skip
        self.photo_counts: dict[str, int] = {}
        # A fresh carrier registry per label job (worker side), as the Buy label dialog does;
        # tests point it at the fakes. ``labels_dir`` None: the labels folder of the user data.
        self.make_registry = lambda: CarrierRegistry(Settings(self.returns.db))
        self.labels_dir: Path | None = None
        # This PC's label printer (Print settings); "" opens the label in the viewer instead.
        self.label_printer = lambda: PrinterPreferences.load().get("labels").printer
        self.table = window.records_table(self.model, "returnsTable")
        self.create_button = QPushButton(tr("Create return…"), objectName="createReturnButton")
        self.create_button.clicked.connect(lambda _checked=False: self.open_create())
        page = QWidget(objectName="returnsTab")
        layout = QVBoxLayout(page)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.receive_button = QPushButton(tr("Receive…"), objectName="receiveReturnButton")
        self.receive_button.clicked.connect(lambda _checked=False: self.open_receive())
        self.refund_button = QPushButton(tr("Refund…"), objectName="refundReturnButton")
        self.refund_button.clicked.connect(lambda _checked=False: self.open_refund())
        self.slip_button = QPushButton(tr("Slip PDF…"), objectName="returnSlipButton")
        self.slip_button.clicked.connect(lambda _checked=False: self.save_slip())
        self.label_button = QPushButton(tr("Get a return label"), objectName="returnLabelButton")
        self.label_button.setToolTip(tr("The carrier's return label (InPost, CDEK); other orders get the slip"))
        self.label_button.clicked.connect(lambda _checked=False: self.get_label())
        self.photos_button = QPushButton(tr("Photos…"), objectName="returnPhotosButton")
        self.photos_button.clicked.connect(lambda _checked=False: self.open_photos())
        self.decisions = ReturnDecisions(self)
        for button in self.decisions.buttons:
            buttons.addWidget(button)
        buttons.addWidget(self.slip_button)
        buttons.addWidget(self.label_button)
        buttons.addWidget(self.photos_button)
        buttons.addStretch(1)
        buttons.addWidget(self.receive_button)
        buttons.addWidget(self.refund_button)
        self.exchange_button = QPushButton(tr("Exchange…"), objectName="exchangeReturnButton")
        self.exchange_button.clicked.connect(lambda _checked=False: self.open_exchange())
        buttons.addWidget(self.exchange_button)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.index = window.tabs.addTab(page, tr("Returns"))
        self.dialog: CreateReturnDialog | None = None
        self.statuses: dict[str, str] = {}
        self.refundable: set[str] = set()
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()
        window.loaded.connect(self.reload)

    def reload(self, detail: Any = None) -> None:
        d = detail or self.window.detail
        if d is None:
            return
        self.create_button.setEnabled(Status(d.status) in RETURNABLE_ORDER_STATUSES)
        returns, number = self.returns, d.number
        self.window.runner.run(
            lambda: (returns.for_order(number), returns.photo_counts(number)), self._read, self._failed
        )

    def _read(self, result: tuple) -> None:
        found, self.photo_counts = result
        self.show(found)

    @property
    def _parcels(self) -> dict[str, str]:
        """Each return's parcel coming back (carrier and tracking number), from the order's shipments."""
        d = self.window.detail
        out: dict[str, str] = {}
        for s in d.shipments if d is not None else ():
            if s.is_return and not s.cancelled:
                out[s.return_number] = f"{_title(s.carrier)} {s.tracking_number}"
        return out

    def show(self, found: list) -> None:
        rows, keys = [], []
        for r in found:
            items = ", ".join(f"{line.sku}×{line.quantity}" for line in r.lines)
            reasons = ", ".join(dict.fromkeys(reason_label(line.reason) for line in r.lines))
            refund = _refund_text(r)
            parcels = self._parcels.get(r.number, "")
            photos = str(self.photo_counts.get(r.number) or "")
            rows.append((r.number, status_label(r.status), items, reasons, refund, when(r.created_at), parcels, photos))
            keys.append(r.number)
        self.statuses = {r.number: r.status for r in found}
        # The service refunds what has arrived: nothing received yet, nothing to refund.
        self.refundable = {r.number for r in found if r.status in REFUNDABLE and any(x.received for x in r.lines)}
        self.model.set_rows(rows, keys=keys)
        self._update_buttons()
        self.window.tabs.setTabText(
            self.index, tr("Returns (%1)").replace("%1", str(len(found))) if found else tr("Returns")
        )

    def _update_buttons(self, *_args: Any) -> None:
        """A label is asked for while the selected return's parcel is still to come."""
        number = self.selected_number()
        status = self.statuses.get(number or "", "")
        self.label_button.setEnabled(bool(status) and ReturnStatus(status) in OPEN_STATUSES)
        self.photos_button.setEnabled(number is not None)
        self.refund_button.setEnabled(number in self.refundable)
        self.exchange_button.setEnabled(status == ReturnStatus.RECEIVED)
        self.decisions.update(status)

    def open_create(self) -> CreateReturnDialog | None:
        d = self.window.detail
        if d is None:
            return None
        returns, number = self.returns, d.number

        def ask(lines: list) -> None:
            self.dialog = CreateReturnDialog(number, lines, self._submit, self.window)
            self.dialog.open()

        self.window.runner.run(lambda: returns.returnable(number), ask, self._failed)
        return None

    def open_receive(self) -> ReceiveReturnDialog:
        """The bench's receiving dialog, opened on the selected return (or the newest)."""
        dialog = ReceiveReturnDialog(self.returns, self.window.runner, self.window.actor, self.window,
                                     on_booked=lambda _r: (self.window.reload(), self.window.changed.emit()))  # fmt: skip
        number = self.selected_number()
        if number:
            dialog.scan.setText(str(number))
            dialog.scanned_code()
        dialog.show()
        self.receive_dialog = dialog
        return dialog

    def open_photos(self) -> ReturnPhotosDialog | None:
        """The photos of the selected return's state (or the newest return's)."""
        number = self.selected_number()
        if number is None:
            self.window.banner.show_error(tr("This order has no return yet."))
            return None
        dialog = ReturnPhotosDialog(self.returns, self.window.runner, self.window.actor, number, self.window)
        dialog.finished.connect(lambda _r: self.window.reload())
        dialog.show()
        self.photos_dialog = dialog
        return dialog

    def selected_number(self) -> str | None:
        index = self.table.currentIndex()
        key = self.model.key(index.row()) if index.isValid() else self.model.key(self.model.rowCount() - 1)
        return str(key) if key else None

    def ask_slip_path(self, number: str) -> str:
        """Where to save the slip; "" when cancelled (a test replaces this method)."""
        path, _filter = QFileDialog.getSaveFileName(self.window, tr("Save return slip"), f"{number}.pdf", "PDF (*.pdf)")
        return path

    def save_slip(self) -> None:
        number = self.selected_number()
        if number is None:
            self.window.banner.show_error(tr("This order has no return yet."))
            return
        path = self.ask_slip_path(number)
        if not path:
            return
        returns, actor = self.returns, self.window.actor()

        def done(saved: Any) -> None:
            self.window.banner.show_error(tr("Return slip saved: %1").replace("%1", str(saved)))
            self.window.reload()

        self.window.runner.write(lambda: save_slip(returns, number, Path(path), actor), done, self._failed)

    # ---------------------------------------------------------------------- the carrier's label
    def open_label_file(self, path: Path) -> None:
        """Show the label in the system's viewer to print it (a test replaces this method)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def confirm_slip(self, message: str) -> bool:
        """No carrier label: save the return slip instead? (a test replaces this method)."""
        answer = QMessageBox.question(
            self.window, tr("No return label"), message + "\n\n" + tr("Save the return slip now?")
        )
        return answer == QMessageBox.StandardButton.Yes

    def get_label(self) -> None:
        """The carrier's return label for the selected return (on a worker: the carrier is asked)."""
        number = self.selected_number()
        if number is None:
            self.window.banner.show_error(tr("This order has no return yet."))
            return
        returns, actor, make_registry, labels_dir = (
            self.returns,
            self.window.actor(),
            self.make_registry,
            self.labels_dir,
        )
        label_printer = self.label_printer

        def work() -> Any:
            registry = make_registry()
            try:
                got = ReturnLabelService(returns, registry, labels_dir=labels_dir).get_label(number, actor)
            finally:
                registry.close()
            printer, printed = label_printer(), ""
            if printer and got.shipment.label_path:
                try:  # the label printer this PC chose for labels: print at once, like Buy label at the bench
                    printed = print_label(returns.orders, got.shipment, got.order_number, printer, actor)
                except OrderDeskError as exc:  # PrintError included: the label stays, the banner says why
                    printed = f"error: {exc}"
            return got, printer, printed

        def done(result: Any) -> None:
            got, printer, printed = result
            s = got.shipment
            text = tr("Return label for %1: %2 parcel %3.").replace("%1", got.return_number)
            text = text.replace("%2", _title(s.carrier)).replace("%3", s.tracking_number)
            if not s.label_path:
                text += " " + tr("The label file could not be downloaded; ask again.")
            elif printed.startswith("error: "):
                text += " " + tr("Not printed on %1: %2").replace("%1", printer).replace("%2", printed[7:])
            elif printed:
                text += " " + tr("Sent to %1.").replace("%1", printer)
            self.window.banner.show_error(text)
            self._update_buttons()
            self.window.reload()
            self.window.changed.emit()
            if s.label_path and not printed:
                self.open_label_file(Path(s.label_path))

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            if isinstance(exc, NoReturnLabel):
                if self.confirm_slip(str(exc)):
                    self.save_slip()
                return
            self._failed(exc)

        self.label_button.setEnabled(False)
        self.window.runner.write(work, done, failed, label=tr("Asking the carrier for a return label…"))

    def ask_exchange(self, number: str, proposal: str) -> str:
        """What to send instead, as "SKU:QTY, …"; "" when cancelled (a test replaces this method)."""
        text, ok = QInputDialog.getText(
            self.window, tr("Exchange return %1").replace("%1", number), tr("Send instead (SKU:QTY, …):"), text=proposal
        )
        return text if ok else ""

    def open_exchange(self) -> None:
        """A replacement order for the selected (received) return, through the order service."""
        number = self.selected_number()
        if number is None:
            self.window.banner.show_error(tr("This order has no return to exchange."))
            return
        returns, actor = self.returns, self.window.actor()

        def ask(ret: Any) -> None:
            proposal = ", ".join(f"{line.sku}:{line.received or line.quantity}" for line in ret.lines)
            text = self.ask_exchange(number, proposal)
            if not text:
                return

            def done(made: Any) -> None:
                self.window.banner.show_error(
                    tr("Replacement order %1 made for return %2.")
                    .replace("%1", made.exchange_order)
                    .replace("%2", number)
                )
                self.window.reload()
                self.window.changed.emit()

            work = lambda: returns.exchange(number, parse_lines(text), actor)  # noqa: E731
            self.window.runner.write(work, done, self._failed)

        self.window.runner.run(lambda: returns.get(number), ask, self._failed)

    def open_refund(self) -> None:
        """Refund the selected return (or the newest): the computed amount, to be checked and recorded."""
        number = self.selected_number()
        if number is None:
            self.window.banner.show_error(tr("This order has no return to refund."))
            return
        returns, actor = self.returns, self.window.actor()

        def ask(quote: Any) -> None:
            def submit(amount: Any, reason: str, include: bool | None, rest_later: bool = False) -> None:
                def done(made: Any) -> None:
                    dialog.done_ok(made)
                    self.window.banner.show_error(_refund_banner(made))
                    self.window.reload()
                    self.window.changed.emit()

                def failed(exc: BaseException) -> None:
                    if isinstance(exc, OrderDeskError):
                        dialog.failed(str(exc))
                    else:
                        self._failed(exc)

                def work() -> Any:  # the count it showed: a part pressed twice is recorded once
                    return returns.refund(number, actor, amount=amount, reason=reason, include_shipping=include,
                                          rest_later=rest_later, expected_refunds=quote.refund_count)  # fmt: skip

                self.window.runner.write(work, done, failed)

            dialog = RefundDialog(number, quote, submit, self.window)
            self.refund_dialog = dialog
            dialog.open()

        self.window.runner.run(lambda: returns.quote_refund(number), ask, self._failed)

    def _submit(self, lines: list, note: str) -> None:
        dialog, returns, number, actor = self.dialog, self.returns, self.window.detail.number, self.window.actor()

        def done(made: Any) -> None:
            if dialog is not None:
                dialog.done_ok(made)
            self.window.banner.show_error(tr("Return %1 created.").replace("%1", made.number))
            self.window.reload()
            self.window.changed.emit()

        def failed(exc: BaseException) -> None:
            if dialog is not None and isinstance(exc, OrderDeskError):
                dialog.failed(str(exc))
            else:
                self._failed(exc)

        self.window.runner.write(lambda: returns.create_return(number, lines, actor, note=note), done, failed)

    def _failed(self, exc: BaseException) -> None:
        self.window._failed(exc)


def _refund_text(r: Any) -> str:
    """The Refund cell: the amount, what a part leaves, how the money goes back, or the exchange."""
    if r.exchange_order:
        return tr("exchange %1").replace("%1", r.exchange_order)
    if not r.refunds:
        return ""
    text = r.refunded.format()
    if r.refund_left_minor:
        text = tr("%1, %2 left").replace("%1", text).replace("%2", r.refund_left.format())
    if r.paid_back_by_hand:
        text = tr("%1 (paid back by hand)").replace("%1", text)
    return text


def _refund_banner(r: Any) -> str:
    """What the refund just recorded means for the desk: how the money goes back, what is left."""
    refund = r.refund
    text = tr("Refund %1 recorded for %2.").replace("%1", refund.amount.format()).replace("%2", r.number)
    if not refund.api_refund:
        method = method_text(refund.payment_method)
        text += " " + tr("Pay it back by hand (%1).").replace("%1", method)
    if r.refund_left_minor:
        text += " " + tr("%1 is left for later.").replace("%1", r.refund_left.format())
    return text


def _title(carrier: str) -> str:
    cls = CARRIER_CLASSES.get(carrier)
    return cls.title if cls is not None else carrier


def attach_returns(window: Any) -> ReturnsTab:
    window.returns_tab = ReturnsTab(window)
    return window.returns_tab


def install_returns(main_window: Any) -> None:
    """ "Create return…" in the board's card menu for a delivered or collected order (it opens the
    order window on its Returns tab with the dialog), and Orders → "Receive a return…" for the bench."""
    action = QAction(tr("Receive a return…"), main_window, objectName="receiveReturnAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    action.triggered.connect(lambda _checked=False: open_receive(main_window))
    main_window.addAction(action)
    menu = main_window.findChild(QMenu, "ordersMenu")
    if menu is not None:
        menu.insertAction(main_window.settings_action, action)
    main_window.receive_return_action = action

    def add_entry(menu: QMenu, status: Status, ids: list[int]) -> None:
        if len(ids) == 1 and Status(status) in RETURNABLE_ORDER_STATUSES:
            menu.addSeparator()
            menu.addAction(tr("Create return…"), lambda: open_create_for(main_window, ids[0]))

    for board in getattr(main_window, "boards", ()):
        board.menu_providers.append(add_entry)

    order_list = getattr(main_window, "order_list", None)
    if order_list is not None:  # the list's menu: the same entry for one selected row

        def add_list_entry(menu: QMenu, ids: list[int]) -> None:
            summary = order_list.model.summary(ids[0]) if len(ids) == 1 else None
            if summary is not None:
                add_entry(menu, Status(summary.status), ids)

        order_list.menu_providers.append(add_list_entry)


def open_receive(main_window: Any) -> ReceiveReturnDialog:
    returns = ReturnService(main_window.service)
    dialog = ReceiveReturnDialog(returns, main_window.runner, main_window.actor, main_window,
                                 on_booked=lambda _r: main_window.refresh())  # fmt: skip
    dialog.show()
    main_window.receive_return_dialog = dialog
    return dialog


def open_create_for(main_window: Any, order_id: int) -> None:
    main_window.open_order(order_id)
    window = main_window._windows.get(order_id)
    if window is None:
        return
    tab = window.returns_tab
    window.tabs.setCurrentIndex(tab.index)
    if window.detail is not None:
        tab.open_create()
    else:  # still reading the order: ask once it is there

        def once(_detail: object) -> None:
            window.loaded.disconnect(once)
            tab.open_create()

        window.loaded.connect(once)
