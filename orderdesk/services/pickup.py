"""The pickup counter: find the parcel, check the customer's 6-digit code, take payment, hand over.

The code check itself is the workflow's (``OrderService.move`` to collected with the code);
this module counts wrong codes so a guessing customer cannot try forever: after
``pickup.max_wrong_codes`` the order gets a ``pickup_locked`` hold that only the owner lifts.
"""

from __future__ import annotations

import hmac
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import select, update

from orderdesk.domain import Actor, OrderDetail, OrderSummary
from orderdesk.errors import (
    ConfigurationError,
    MoveRefused,
    OrderDeskError,
    PermissionDenied,
    ValidationError,
)
from orderdesk.hold_reasons import hold_reason
from orderdesk.i18n import _
from orderdesk.models import OrderRow, utcnow
from orderdesk.money import Money
from orderdesk.services import scancodes
from orderdesk.services.orders import OrderService
from orderdesk.services.users import UserService, require_reason, require_role
from orderdesk.settings import Settings, declare
from orderdesk.workflow import COLLECT_ON_HANDOVER, Hold, MoveRequest, Role, Status, label

MAX_WRONG_CODES = declare(
    "pickup.max_wrong_codes", int, 5, "Wrong pickup codes allowed before the order locks for the owner", low=1, high=20
)
PICKUP_DAYS_KEY = "workflow.pickup_days"  # declared by the foundation (days a parcel waits)
PAYMENT_KINDS = ("cash", "card")


class ReceiptPrinter(Protocol):
    """The counter's receipt printer (or any printer): plain text, no dialog."""

    def print_text(self, title: str, text: str) -> None: ...


class LpReceiptPrinter:
    """Prints through the system spooler (CUPS ``lp``) to a named printer, or the default one."""

    def __init__(self, printer: str = "") -> None:
        self.printer = printer

    def print_text(self, title: str, text: str) -> None:
        lp = shutil.which("lp")
        if lp is None:
            raise ConfigurationError(_("Printing needs CUPS ('lp' was not found)."))
        command = [lp, "-t", title] + (["-d", self.printer] if self.printer else [])
        try:
            done = subprocess.run(command, input=text.encode(), capture_output=True, timeout=30, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise OrderDeskError(_("The receipt printer did not answer: {e}").format(e=exc)) from None
        if done.returncode != 0:
            message = done.stderr.decode(errors="replace").strip() or str(done.returncode)
            raise OrderDeskError(_("The receipt did not print: {e}").format(e=message))


@dataclass(frozen=True)
class PickupView:
    """What the counter shows for one order."""

    order: OrderDetail
    code_from_qr: str = ""  # the code, when the customer's QR code was scanned

    @property
    def number(self) -> str:
        return self.order.number

    @property
    def ready(self) -> bool:
        return self.order.status is Status.READY_FOR_PICKUP

    @property
    def locked(self) -> bool:
        return any(h.kind == Hold.PICKUP_LOCKED for h in self.order.active_holds)

    @property
    def amount_due(self) -> Money | None:
        """Money to take at the counter (cash or card on pickup), or None."""
        order = self.order
        if order.payment_method in COLLECT_ON_HANDOVER and order.amount_due_minor > 0:
            return Money(order.amount_due_minor, order.currency)
        return None


class PickupService:
    def __init__(self, orders: OrderService, users: UserService, settings: Settings | None = None) -> None:
        self.orders = orders
        self.users = users
        self.settings = settings or Settings(orders.db)

    @property
    def max_wrong_codes(self) -> int:
        return int(self.settings.get(MAX_WRONG_CODES.key))

    # -- finding

    def find(self, text: str, actor: Actor) -> PickupView:
        """The order for a scanned QR code, a slip barcode or a typed order number."""
        require_role(actor, Role.CLERK, action=_("work the pickup counter"))
        code = scancodes.classify(text)
        if code.kind is scancodes.Kind.INVALID:
            raise ValidationError(code.problem + " " + _("Scan again."))
        number = code.value if code.kind in (scancodes.Kind.ORDER, scancodes.Kind.PICKUP) else ""
        if not number:
            number = self.orders.find_number(text)
        view = PickupView(self.orders.get(number, with_history=False), code.pickup_code)
        return view

    def refresh(self, view: PickupView) -> PickupView:
        return PickupView(self.orders.get(view.number, with_history=False), view.code_from_qr)

    # -- handing over

    def check_code(self, number: str, code: str, actor: Actor) -> PickupView:
        """Check the code the customer reads out before taking money; wrong ones are counted."""
        order = self._verified(number, code, actor)
        return PickupView(order, code)

    def collect(self, number: str, code: str, actor: Actor, payment: str | None = None) -> OrderDetail:
        """Check the code and hand over; ``payment`` (cash/card) records the amount due, if any.

        A wrong code is counted and refused with MoveRefused; the last allowed one locks the order.
        """
        order = self._verified(number, code, actor)
        payment_minor = self._payment(order, payment)
        done = self.orders.move(
            number,
            MoveRequest(
                Status.COLLECTED, pickup_code=code.strip(), payment_minor=payment_minor, expected_version=order.version
            ),
            actor,
        )
        if payment_minor:
            self.orders.record_history(
                number, "note", actor, to_value=payment or "", reason=_("paid at the pickup counter")
            )
        return done

    def owner_override(
        self, number: str, owner_pin: str, reason: str, actor: Actor, payment: str | None = None
    ) -> OrderDetail:
        """Hand over without the code (customer lost it; the owner checked ID): owner PIN and reason."""
        reason = require_reason(reason, _("handing over without the pickup code"))
        owner = self.users.owner_override(owner_pin, reason, _("hand over without the code"))
        order = self.orders.get(number, with_history=False)
        if any(h.kind == Hold.PICKUP_LOCKED for h in order.active_holds):
            order = self.orders.resolve_hold(number, Hold.PICKUP_LOCKED, owner, reason)
        self._check_ready(order, locked_ok=False)
        payment_minor = self._payment(order, payment)
        full_reason = _("{r} (approved by {o} at the counter of {c})").format(r=reason, o=owner.name, c=actor.name)
        done = self.orders.move(
            number,
            MoveRequest(Status.COLLECTED, override=True, reason=full_reason, payment_minor=payment_minor),
            owner,
        )
        if payment_minor:
            # The same note as a handover with the code: the receipt and the history say how it was paid.
            self.orders.record_history(
                number, "note", actor, to_value=payment or "", reason=_("paid at the pickup counter")
            )
            done = self.orders.get(number)
        return done

    def unlock(self, number: str, owner_pin: str, reason: str) -> OrderDetail:
        """The owner lifts a pickup lock at the counter (PIN and reason); the count starts again."""
        reason = require_reason(reason, _("unlocking a pickup"))
        owner = self.users.owner_override(owner_pin, reason, _("unlock a pickup"))
        return self.orders.resolve_hold(number, Hold.PICKUP_LOCKED, owner, reason)

    # -- parcels waiting too long

    def overdue(self, days: int | None = None, now: datetime | None = None) -> list[OrderSummary]:
        """Ready for pickup for more than ``days`` (setting workflow.pickup_days): return to stock."""
        days = int(self.settings.get(PICKUP_DAYS_KEY)) if days is None else days
        cutoff = (now or utcnow()) - timedelta(days=days)
        with self.orders.db.session() as s:
            ids = list(
                s.scalars(
                    select(OrderRow.id)
                    .where(OrderRow.status == Status.READY_FOR_PICKUP.value, OrderRow.status_changed_at < cutoff)
                    .order_by(OrderRow.status_changed_at)
                )
            )
        return self.orders.summaries(ids)

    def return_to_stock(self, number: str, owner_pin: str, reason: str) -> OrderDetail:
        """Take an uncollected parcel off the shelf: returned, stock back (owner's decision)."""
        reason = require_reason(reason, _("returning a parcel to stock"))
        owner = self.users.owner_override(owner_pin, reason, _("return a parcel to stock"))
        return self.orders.move(number, MoveRequest(Status.RETURNED, reason=reason), owner)

    # -- receipt

    def receipt_text(self, number: str, actor: Actor, width: int = 40) -> str:
        """A plain receipt for a 58/80 mm receipt printer or A4."""
        order = self.orders.get(number)
        shop = str(self.settings.get("shop.name"))
        locale = str(self.settings.get("shop.language") or "en")
        paid_at = next(
            (h.at for h in reversed(order.history) if h.kind == "status" and h.to_value == "collected"), None
        )
        method = next(
            (h.to_value for h in reversed(order.history) if h.kind == "note" and h.to_value in PAYMENT_KINDS), ""
        )
        rule = "-" * width
        out = [shop.center(width), rule, _("Order {n}").format(n=order.number)]
        out.append((paid_at or utcnow()).strftime("%Y-%m-%d %H:%M") + " UTC")
        out.append(order.customer.name)
        out.append(rule)
        for line in order.lines:
            amount = line.total.format(locale)
            text = f"{line.quantity} × {line.name}"
            out.append(text[: width - len(amount) - 1].ljust(width - len(amount)) + amount)
        if order.shipping_fee_minor:
            fee = order.format_minor(order.shipping_fee_minor, locale)
            out.append(_("Delivery").ljust(width - len(fee)) + fee)
        out.append(rule)
        total = order.total.format(locale)
        paid = order.amount_paid.format(locale)
        out.append(_("Total").ljust(width - len(total)) + total)
        out.append(_("Paid").ljust(width - len(paid)) + paid)
        if method:
            out.append(_("Payment: {m}").format(m=_(method)))
        out.append(_("Status: {s}").format(s=label(order.status)))
        out.append(_("Served by {c}").format(c=actor.name))
        out.append(rule)
        out.append(_("Thank you!").center(width))
        return "\n".join(out) + "\n"

    # -- helpers

    def _verified(self, number: str, code: str, actor: Actor) -> OrderDetail:
        require_role(actor, Role.CLERK, action=_("hand over parcels"))
        code = (code or "").strip()
        if not scancodes.PICKUP_CODE.match(code):
            raise ValidationError(_("A pickup code is 6 digits."), field="pickup_code")
        order = self.orders.get(number, with_history=False)
        self._check_ready(order)
        # Claimed before it is judged (one UPDATE), so parallel tries from several counters or
        # the CLI cannot get more than the allowed number of codes checked.
        failures = self._claim_attempt(order.id)
        if failures is None:
            raise PermissionDenied(
                _("Order {n} is locked after too many wrong codes: the owner must check it.").format(n=order.number)
            )
        if hmac.compare_digest(code.encode(), (order.pickup_code or "").encode()):
            self._give_back(order.id)
            return order
        self._wrong_code(order, failures, actor)  # raises
        return order

    def _claim_attempt(self, order_id: int) -> int | None:
        """Count one try atomically; the failures now, or None when the limit was already reached."""
        table = OrderRow.__table__
        with self.orders.db.session(write=True) as s:
            return s.execute(
                update(table)
                .where(table.c.id == order_id, table.c.pickup_failures < self.max_wrong_codes)
                .values(pickup_failures=table.c.pickup_failures + 1)
                .returning(table.c.pickup_failures)
            ).scalar()

    def _give_back(self, order_id: int) -> None:
        """A right code was not a failure: take back its claimed try."""
        table = OrderRow.__table__
        with self.orders.db.session(write=True) as s:
            s.execute(
                update(table)
                .where(table.c.id == order_id, table.c.pickup_failures > 0)
                .values(pickup_failures=table.c.pickup_failures - 1)
            )

    def _check_ready(self, order: OrderDetail, locked_ok: bool = False) -> None:
        if not locked_ok and any(h.kind == Hold.PICKUP_LOCKED for h in order.active_holds):
            raise PermissionDenied(
                _("Order {n} is locked after too many wrong codes: the owner must check it.").format(n=order.number)
            )
        if order.status is not Status.READY_FOR_PICKUP:
            raise MoveRefused(
                _("Order {n} is {s}, not ready for pickup.").format(n=order.number, s=label(order.status)),
                order_number=order.number,
                to_status=Status.COLLECTED.value,
            )

    @staticmethod
    def _payment(order: OrderDetail, payment: str | None) -> int | None:
        due = order.amount_due_minor if order.payment_method in COLLECT_ON_HANDOVER else 0
        if not due:
            return None
        if payment is None:
            return None  # the workflow refuses: "Collect ... and record it"
        if payment not in PAYMENT_KINDS:
            raise ValidationError(_("Payment is cash or card."), field="payment")
        return due

    def _wrong_code(self, order: OrderDetail, failures: int, actor: Actor) -> None:
        limit = self.max_wrong_codes
        self.orders.record_history(
            order.number,
            "note",
            actor,
            to_value="wrong_pickup_code",
            reason=_("wrong pickup code ({k} of {m})").format(k=failures, m=limit),
        )
        if failures >= limit:
            text, coded = hold_reason("wrong_pickup_codes", k=failures)
            self.orders.add_hold(order.number, Hold.PICKUP_LOCKED, text, actor, {"failures": failures, **coded})
            raise PermissionDenied(
                _("Wrong code. Order {n} is now locked after {k} wrong codes: call the owner.").format(
                    n=order.number, k=failures
                )
            )
        raise MoveRefused(
            _("Wrong pickup code for order {n} ({k} of {m} tries). Ask the customer to read it again.").format(
                n=order.number, k=failures, m=limit
            ),
            order_number=order.number,
            to_status=Status.COLLECTED.value,
        )


def may_see_pickup_code(actor: Actor) -> bool:
    """Only the owner is shown a pickup code: the counter must hear it from the customer."""
    return actor.role in (Role.OWNER, Role.SYSTEM)


def check_code_before_move(orders: OrderService, number: str, code: str, actor: Actor) -> None:
    """A move to collected with a pickup code (board, CLI) is checked like at the counter: each
    wrong code counted, the order locked after ``pickup.max_wrong_codes``."""
    PickupService(orders, UserService(orders.db)).check_code(number, code, actor)
