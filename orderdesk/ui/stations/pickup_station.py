"""The pickup counter: scan the customer's QR code (or type the order number), check the code
they read out, take the money if any is due, hand the parcel over.

The code check, the wrong-code count and the lock are the pickup service's; this screen shows
the shelf slot and the amount huge, and answers every step with a colour and a sound.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from orderdesk.domain import OrderDetail, OrderSummary
from orderdesk.errors import MoveRefused, PermissionDenied
from orderdesk.models import utcnow
from orderdesk.services import scancodes
from orderdesk.services.pickup import PickupService, PickupView, ReceiptPrinter
from orderdesk.services.users import UserService
from orderdesk.settings import Settings
from orderdesk.ui.stations.common import PromptField, StationWindow, station_font
from orderdesk.ui.tasks import TaskRunner
from orderdesk.workflow import Role, label


def _big(parent: QWidget, points: int, bold: bool = True) -> QLabel:
    widget = QLabel(parent)
    widget.setFont(station_font(points, bold))
    widget.setWordWrap(True)
    return widget


class PickupStation(StationWindow):
    TITLE = "Pickup counter"
    ROLES = (Role.OWNER, Role.CLERK)

    def __init__(
        self,
        db,
        pickup: PickupService,
        users: UserService,
        receipt_printer: ReceiptPrinter | None = None,
        runner: TaskRunner | None = None,
        settings: Settings | None = None,
        sounds: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        self.pickup = pickup
        self.receipt_printer = receipt_printer
        self.view: PickupView | None = None
        self.code_ok = ""  # the checked code, while waiting for the payment
        self.last_collected = ""
        super().__init__(db, users, runner, settings, sounds, parent)
        self.locale = str(self.settings.get("shop.language") or "en")  # money as the shop writes it
        self.title_label.setText(self.tr("Pickup counter"))
        self.setWindowTitle(self.tr("OrderDesk — pickup counter"))

        # The order card and the overdue list; an inline prompt takes their place while it is open
        # (the card's big figures and the prompt do not both fit a 1280x800 screen).
        self.card_area = QWidget(self.work_page)
        row = QHBoxLayout(self.card_area)
        row.setContentsMargins(0, 0, 0, 0)
        card = QFrame(self.work_page)
        card.setObjectName("pickupCard")
        card.setStyleSheet("#pickupCard { background: #ffffff; border-radius: 10px; }")
        grid = QGridLayout(card)
        grid.setContentsMargins(24, 16, 24, 16)
        self.order_label = _big(card, 34)
        self.customer_label = _big(card, 22, bold=False)
        shelf_caption = _big(card, 18, bold=False)
        shelf_caption.setText(self.tr("Shelf"))
        self.shelf_label = _big(card, 72)
        self.shelf_label.setStyleSheet("color: #0d47a1;")
        money_caption = _big(card, 18, bold=False)
        money_caption.setText(self.tr("To collect"))
        self.money_label = _big(card, 56)
        self.items_label = _big(card, 20, bold=False)
        self.code_label = _big(card, 22)
        grid.addWidget(self.order_label, 0, 0, 1, 2)
        grid.addWidget(self.customer_label, 1, 0, 1, 2)
        grid.addWidget(shelf_caption, 2, 0)
        grid.addWidget(money_caption, 2, 1)
        grid.addWidget(self.shelf_label, 3, 0)
        grid.addWidget(self.money_label, 3, 1)
        grid.addWidget(self.items_label, 4, 0, 1, 2)
        grid.addWidget(self.code_label, 5, 0, 1, 2)
        grid.setRowStretch(6, 1)
        row.addWidget(card, 3)

        side = QVBoxLayout()
        overdue_title = _big(self.work_page, 16)
        overdue_title.setText(self.tr("Waiting too long — return to stock (F10)"))
        self.overdue_list = QListWidget(self.work_page)
        self.overdue_list.setFont(station_font(16))
        self.overdue_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.receipt_label = QLabel(self.work_page)
        self.receipt_label.setFont(_mono(13))
        self.receipt_label.setStyleSheet("background: #ffffff; padding: 8px;")
        self.receipt_label.hide()
        side.addWidget(overdue_title)
        side.addWidget(self.overdue_list, 1)
        side.addWidget(self.receipt_label)
        row.addLayout(side, 1)
        self.body.addWidget(self.card_area, 1)
        self.prompt.toggled.connect(lambda shown: self.card_area.setVisible(not shown))

        self.input.setPlaceholderText(self.tr("Scan the QR code or type the order number, then the pickup code"))
        self.keys_label.setText(
            self.tr(
                "F2 switch user · F3 paid cash · F4 paid card · F7 print receipt · "
                "F10 return to stock (owner) · F11 hand over without code (owner) · Esc clear"
            )
        )
        self.add_key("F3", lambda: self.pay("cash"))
        self.add_key("F4", lambda: self.pay("card"))
        self.add_key("F7", self.print_receipt)
        self.add_key("F10", self.ask_return)
        self.add_key("F11", self.ask_override)
        self._show_view()

    # -- showing

    def on_user_changed(self) -> None:
        self._refresh_overdue()
        if self.view is None:
            self._ready()
        else:
            self._show_view()

    def _ready(self) -> None:
        self.say("idle", self.tr("Scan the customer's QR code or type the order number"), sound="")

    def _show_view(self) -> None:
        view = self.view
        if view is None:
            self.order_label.setText(self.tr("No order"))
            for widget in (self.customer_label, self.shelf_label, self.money_label, self.items_label, self.code_label):
                widget.setText("")
            return
        order = view.order
        self.order_label.setText(self.tr("Order {n}").replace("{n}", order.number))
        self.customer_label.setText(f"{order.customer.name} · {label(order.status)}")
        self.shelf_label.setText(order.shelf_slot or "—")
        due = view.amount_due
        if due is not None:
            self.money_label.setText(due.format(self.locale))
            self.money_label.setStyleSheet("color: #b71c1c;")
        else:
            self.money_label.setText(self.tr("Paid ✓"))
            self.money_label.setStyleSheet("color: #1b5e20;")
        self.items_label.setText(self.tr("{k} items in the parcel").replace("{k}", str(order.item_count)))
        if view.locked:
            self.code_label.setText(self.tr("Locked after too many wrong codes — the owner must check (F11)"))
            self.code_label.setStyleSheet("color: #b71c1c;")
        elif self.code_ok:
            self.code_label.setText(self.tr("Pickup code checked ✓"))
            self.code_label.setStyleSheet("color: #1b5e20;")
        elif order.pickup_failures:
            self.code_label.setText(
                self.tr("Wrong codes so far: {k} of {m}")
                .replace("{k}", str(order.pickup_failures))
                .replace("{m}", str(self.pickup.max_wrong_codes))
            )
            self.code_label.setStyleSheet("color: #e65100;")
        else:
            self.code_label.setText(self.tr("Waiting for the pickup code"))
            self.code_label.setStyleSheet("color: #37474f;")

    def _refresh_overdue(self) -> None:
        self.run_read(lambda: self.pickup.overdue(), self._show_overdue, lambda exc: None)

    def _show_overdue(self, orders: list[OrderSummary]) -> None:
        self.overdue_list.clear()
        for order in orders:
            days = max(0, (utcnow() - order.status_changed_at).days)
            self.overdue_list.addItem(
                self.tr("{n} · {c} · {d} days").replace("{n}", order.number).replace("{c}", order.customer_name)
                .replace("{d}", str(days))
            )  # fmt: skip
        if not orders:
            self.overdue_list.addItem(self.tr("None — all parcels are fresh"))

    # -- the scan loop

    def handle_input(self, text: str) -> None:
        code = scancodes.classify(text)
        view = self.view
        if code.kind in (scancodes.Kind.ORDER, scancodes.Kind.PICKUP) or view is None or not view.ready:
            self._find(text)
            return
        if scancodes.PICKUP_CODE.match(text.strip()) and view.locked:
            self.say("error", self._locked_text(view.number))
            return
        if scancodes.PICKUP_CODE.match(text.strip()):
            self._check_code(text.strip())
            return
        self.say("error", self.tr("That is not a pickup code: the code has 6 digits. Ask the customer again."))

    def _find(self, text: str) -> None:
        actor = self.actor
        self.set_busy(True, self.tr("Looking for {t}…").replace("{t}", text))
        self.run_read(lambda: self.pickup.find(text, actor), self._found)

    def _found(self, view: PickupView) -> None:
        self.set_busy(False)
        self.view, self.code_ok = view, ""
        self.receipt_label.hide()
        self._show_view()
        order = view.order
        if view.locked:
            self.say("error", self._locked_text(order.number))
        elif not view.ready:
            self.say("error", self.tr("Order {n} is {s}, not waiting on the shelf.")
                     .replace("{n}", order.number).replace("{s}", label(order.status)))  # fmt: skip
        elif view.code_from_qr:
            self._check_code(view.code_from_qr)
        else:
            self.say("ok", self.tr("Order {n} on shelf {s}. Type the code the customer reads out, then Enter.")
                     .replace("{n}", order.number).replace("{s}", order.shelf_slot))  # fmt: skip

    def _check_code(self, code: str) -> None:
        view, actor = self.view, self.actor
        assert view is not None
        self.set_busy(True, self.tr("Checking the code…"))
        self.run_write(
            lambda: self.pickup.check_code(view.number, code, actor),
            lambda checked: self._code_checked(checked, code),
            self._code_failed,
        )

    def _code_checked(self, checked: PickupView, code: str) -> None:
        self.set_busy(False)
        self.view, self.code_ok = checked, code
        self._show_view()
        due = checked.amount_due
        if due is None:
            self._collect(None)
            return
        self.say("warn", self.tr("Code ✓ Take {a} — then F3 cash or F4 card").replace("{a}", due.format(self.locale)))

    def _code_failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.fail(exc)
        if isinstance(exc, MoveRefused | PermissionDenied) and self.view is not None:
            view = self.view
            self.run_read(lambda: self.pickup.refresh(view), self._refreshed, lambda e: None)

    def _refreshed(self, view: PickupView) -> None:
        if self.view is not None and view.number == self.view.number:
            self.view = view
            self._show_view()

    def pay(self, method: str) -> None:
        if self.locked or self.busy or self.view is None:
            return
        payment_field = self.prompt.edits.get("payment") if self.prompt.active else None
        if payment_field is not None:
            # The owner's handover without the code: F3/F4 answer its "Paid by" the same way.
            payment_field.setText(self._method_text(method))
            return
        if self.view.locked:
            self.say("error", self._locked_text(self.view.number))
            return
        if not self.code_ok:
            self.say("error", self.tr("Check the pickup code first: type it and press Enter."))
            return
        self._collect(method)

    def _locked_text(self, number: str) -> str:
        return self.tr(
            "Order {n} is locked after too many wrong codes: only the owner can hand it over (F11)."
        ).replace("{n}", number)

    def _method_text(self, method: str) -> str:
        return {"cash": self.tr("cash"), "card": self.tr("card")}.get(method, method)

    def _method_from(self, typed: str) -> str | None:
        """The payment method for what was typed: 1/2, F3/F4's words, or the English key."""
        text = typed.strip().casefold()
        for number, method in (("1", "cash"), ("2", "card")):
            if text in (number, method, self._method_text(method).casefold()):
                return method
        return None

    def _collect(self, method: str | None) -> None:
        view, actor, code = self.view, self.actor, self.code_ok
        assert view is not None
        self.set_busy(True, self.tr("Handing over…"))
        self.run_write(lambda: self.pickup.collect(view.number, code, actor, method), self._collected)

    def _collected(self, order: OrderDetail) -> None:
        self.set_busy(False)
        slot = self.view.order.shelf_slot if self.view is not None else ""  # the move frees the slot
        self.view = PickupView(order)
        self.code_ok = ""
        self.last_collected = order.number
        self._show_view()
        self.shelf_label.setText(slot or "—")  # still where the clerk takes the parcel from
        self.code_label.setText(self.tr("Collected ✓"))
        self.code_label.setStyleSheet("color: #1b5e20;")
        self.say(
            "done",
            self.tr("Hand over the parcel from shelf {s} ✓ Order {n} collected. F7 prints a receipt.")
            .replace("{s}", slot or "—")
            .replace("{n}", order.number),
        )
        self._refresh_overdue()

    # -- keys

    def print_receipt(self) -> None:
        if self.locked or self.busy or not self.last_collected:
            self.say("warn", self.tr("A receipt is printed after a handover."))
            return
        number, actor, printer = self.last_collected, self.actor, self.receipt_printer

        def work() -> str:
            text = self.pickup.receipt_text(number, actor)
            if printer is not None:
                printer.print_text(f"Receipt {number}", text)
            return text

        self.set_busy(True, self.tr("Printing the receipt…"))
        self.run_read(work, self._receipt_done)

    def _receipt_done(self, text: str) -> None:
        self.set_busy(False)
        self.receipt_label.setText(text)
        self.receipt_label.show()
        if self.receipt_printer is None:
            self.say("warn", self.tr("No receipt printer set up: the receipt is shown on screen."))
        else:
            self.say("ok", self.tr("Receipt printed ✓"))

    def ask_override(self) -> None:
        if self.locked or self.busy or self.view is None or not (self.view.ready or self.view.locked):
            return
        view = self.view
        fields = [
            PromptField("pin", self.tr("Owner PIN"), secret=True),
            PromptField("reason", self.tr("Reason"), placeholder=self.tr("e.g. ID checked, SMS lost"), free_text=True),
        ]
        if view.amount_due is not None:
            choices = self.tr("F3 or 1: {cash} · F4 or 2: {card}")
            choices = choices.replace("{cash}", self._method_text("cash")).replace("{card}", self._method_text("card"))
            caption = self.tr("Paid by ({a})").replace("{a}", view.amount_due.format(self.locale))
            fields.append(PromptField("payment", caption, placeholder=choices))
        self.prompt.ask(
            self.tr("Owner: hand over order {n} without the pickup code").replace("{n}", view.number),
            fields,
            self._override,
        )

    def _override(self, values: dict[str, str]) -> None:
        view, actor = self.view, self.actor
        assert view is not None
        payment = None
        if "payment" in values:
            payment = self._method_from(values["payment"])
            if payment is None:
                self.prompt.show_error(
                    self.tr("Paid by: press F3 (or type 1) for {cash}, F4 (or 2) for {card}.")
                    .replace("{cash}", self._method_text("cash"))
                    .replace("{card}", self._method_text("card"))
                )
                self.feedback.play("error")
                self.prompt.edits["payment"].setFocus()
                return
        self.prompt.close_prompt()
        self.input.setFocus()
        self.set_busy(True, self.tr("Checking the owner's PIN…"))
        self.run_write(
            lambda: self.pickup.owner_override(view.number, values["pin"], values["reason"], actor, payment),
            self._collected,
        )

    def ask_return(self) -> None:
        if self.locked or self.busy:
            return
        self.prompt.ask(
            self.tr("Owner: return an uncollected parcel to stock"),
            [
                PromptField("number", self.tr("Order number")),
                PromptField("pin", self.tr("Owner PIN"), secret=True),
                PromptField("reason", self.tr("Reason"), placeholder=self.tr("not collected in time"), free_text=True),
            ],
            self._return,
        )

    def _return(self, values: dict[str, str]) -> None:
        self.prompt.close_prompt()
        self.input.setFocus()
        number = values.get("number", "").strip()
        self.set_busy(True, self.tr("Returning {n} to stock…").replace("{n}", number))
        self.run_write(
            lambda: self.pickup.return_to_stock(number, values["pin"], values["reason"]),
            self._returned,
        )

    def _returned(self, order: OrderDetail) -> None:
        self.set_busy(False)
        self.say("done", self.tr("Order {n} returned to stock ✓ Take it off the shelf.").replace("{n}", order.number))
        self._refresh_overdue()

    def handle_escape(self) -> None:
        if self.busy:
            return
        self.view, self.code_ok = None, ""
        self.receipt_label.hide()
        self._show_view()
        self._ready()


def _mono(points: int):
    font = station_font(points)
    font.setFamily("DejaVu Sans Mono")
    font.setStyleHint(font.StyleHint.Monospace)
    return font
