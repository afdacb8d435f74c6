"""The order workflow as data: statuses, their labels, allowed moves, guards.

Nothing here touches the database: ``plan_move`` looks at a plain ``OrderDetail`` and either
refuses with a message a person understands or returns the side effects the move needs,
which the order service applies in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from orderdesk.errors import MoveRefused, PermissionDenied
from orderdesk.i18n import _, current_language


class Status(StrEnum):
    NEW = "new"
    CONFIRMED = "confirmed"
    AWAITING_PAYMENT = "awaiting_payment"
    PAID = "paid"
    ASSEMBLING = "assembling"
    PACKED = "packed"
    READY_FOR_PICKUP = "ready_for_pickup"
    SHIPPED = "shipped"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    COLLECTED = "collected"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    RETURN_REQUESTED = "return_requested"
    RETURNED = "returned"
    REFUNDED = "refunded"


S = Status

LABELS: dict[Status, dict[str, str]] = {
    S.NEW: {"en": "New", "ru": "Новый", "pl": "Nowe", "zh": "待确认"},
    S.CONFIRMED: {"en": "Confirmed", "ru": "Подтверждён", "pl": "Potwierdzone", "zh": "已确认"},
    S.AWAITING_PAYMENT: {
        "en": "Awaiting payment",
        "ru": "Ожидает оплаты",
        "pl": "Oczekuje na płatność",
        "zh": "待付款",
    },
    S.PAID: {"en": "Paid", "ru": "Оплачен", "pl": "Opłacone", "zh": "已付款"},
    S.ASSEMBLING: {"en": "Assembling", "ru": "Сборка", "pl": "Kompletowanie", "zh": "配货中"},
    S.PACKED: {"en": "Packed", "ru": "Собран", "pl": "Spakowane", "zh": "已打包"},
    S.READY_FOR_PICKUP: {
        "en": "Ready for pickup",
        "ru": "Готов к самовывозу",
        "pl": "Gotowe do odbioru",
        "zh": "待自提",
    },
    S.SHIPPED: {"en": "Handed to carrier", "ru": "Передан в доставку", "pl": "Nadane", "zh": "已发货"},
    S.IN_TRANSIT: {"en": "In transit", "ru": "В пути", "pl": "W drodze", "zh": "运输中"},
    S.DELIVERED: {"en": "Delivered", "ru": "Доставлен", "pl": "Dostarczone", "zh": "已签收"},
    S.COLLECTED: {"en": "Collected", "ru": "Получен", "pl": "Odebrane", "zh": "已自提"},
    S.COMPLETED: {"en": "Completed", "ru": "Выполнен", "pl": "Zrealizowane", "zh": "已完成"},
    S.CANCELLED: {"en": "Cancelled", "ru": "Отменён", "pl": "Anulowane", "zh": "已取消"},
    S.RETURN_REQUESTED: {"en": "Return requested", "ru": "Запрошен возврат", "pl": "Zgłoszony zwrot", "zh": "退货申请"},
    S.RETURNED: {"en": "Returned", "ru": "Возвращён", "pl": "Zwrócone", "zh": "已退货"},
    S.REFUNDED: {"en": "Refunded", "ru": "Деньги возвращены", "pl": "Zwrot środków", "zh": "已退款"},
}


def label(status: Status | str, language: str | None = None) -> str:
    """The status in ``language``; by default the service language (orderdesk.i18n), so a
    refusal's message and the statuses named in it speak the same language."""
    labels = LABELS[Status(status)]
    return labels.get(language or current_language(), labels["en"])


# Moves along the workflow (DESIGN.md). A move not listed here and not in BACKWARD is refused.
FORWARD: dict[Status, frozenset[Status]] = {
    S.NEW: frozenset({S.CONFIRMED, S.CANCELLED}),
    S.CONFIRMED: frozenset({S.AWAITING_PAYMENT, S.PAID, S.ASSEMBLING, S.CANCELLED}),
    S.AWAITING_PAYMENT: frozenset({S.PAID, S.CANCELLED}),
    S.PAID: frozenset({S.ASSEMBLING, S.CANCELLED}),
    S.ASSEMBLING: frozenset({S.PACKED, S.CANCELLED}),
    S.PACKED: frozenset({S.READY_FOR_PICKUP, S.SHIPPED, S.CANCELLED}),
    S.READY_FOR_PICKUP: frozenset({S.COLLECTED, S.RETURNED}),
    S.SHIPPED: frozenset({S.IN_TRANSIT, S.DELIVERED, S.RETURNED}),
    S.IN_TRANSIT: frozenset({S.DELIVERED, S.RETURNED}),
    S.DELIVERED: frozenset({S.COMPLETED, S.RETURN_REQUESTED}),
    S.COLLECTED: frozenset({S.COMPLETED, S.RETURN_REQUESTED}),
    S.COMPLETED: frozenset({S.RETURN_REQUESTED}),
    S.RETURN_REQUESTED: frozenset({S.RETURNED}),
    S.RETURNED: frozenset({S.REFUNDED}),
    S.CANCELLED: frozenset({S.REFUNDED}),
    S.REFUNDED: frozenset(),
}

# Owner's corrections: allowed only to an owner, and only with a reason.
BACKWARD: dict[Status, frozenset[Status]] = {
    S.CONFIRMED: frozenset({S.NEW}),
    S.AWAITING_PAYMENT: frozenset({S.CONFIRMED}),
    S.PAID: frozenset({S.AWAITING_PAYMENT, S.CONFIRMED}),
    S.ASSEMBLING: frozenset({S.PAID, S.CONFIRMED}),
    S.PACKED: frozenset({S.ASSEMBLING}),
    S.READY_FOR_PICKUP: frozenset({S.PACKED}),
    S.SHIPPED: frozenset({S.PACKED}),
    S.IN_TRANSIT: frozenset({S.SHIPPED}),
    S.DELIVERED: frozenset({S.IN_TRANSIT}),
    S.RETURN_REQUESTED: frozenset({S.COMPLETED}),  # the return was declined
}

# Moves that are not "forward" and so are allowed while the order is on hold.
HOLD_EXEMPT: frozenset[Status] = frozenset({S.CANCELLED, S.RETURNED, S.RETURN_REQUESTED, S.REFUNDED})

ACTIVE: tuple[Status, ...] = (
    S.NEW,
    S.CONFIRMED,
    S.AWAITING_PAYMENT,
    S.PAID,
    S.ASSEMBLING,
    S.PACKED,
    S.READY_FOR_PICKUP,
    S.SHIPPED,
    S.IN_TRANSIT,
)
TERMINAL: tuple[Status, ...] = tuple(s for s in Status if s not in ACTIVE)

# Statuses in which stock is reserved for the order (and not yet gone out of the door).
RESERVED_IN: frozenset[Status] = frozenset({S.ASSEMBLING, S.PACKED, S.READY_FOR_PICKUP})
# Statuses in which the goods have left the shop (stock consumed).
CONSUMED_IN: frozenset[Status] = frozenset(
    {S.SHIPPED, S.IN_TRANSIT, S.DELIVERED, S.COLLECTED, S.COMPLETED, S.RETURN_REQUESTED}
)
# Lines may be edited (quantities, products) only before stock is reserved.
EDITABLE_LINES_IN: frozenset[Status] = frozenset({S.NEW, S.CONFIRMED, S.AWAITING_PAYMENT, S.PAID})


def lines_can_change(status: Status | str) -> bool:
    """May items be added, removed or re-counted in this status? (Before stock is reserved.)"""
    try:
        return Status(status) in EDITABLE_LINES_IN
    except ValueError:
        return False


class Hold(StrEnum):
    OUT_OF_STOCK = "out_of_stock"
    PAYMENT_FAILED = "payment_failed"
    ADDRESS_PROBLEM = "address_problem"
    DELAYED = "delayed"
    CARRIER_MISMATCH = "carrier_mismatch"
    PICKUP_LOCKED = "pickup_locked"
    PACKING_PROBLEM = "packing_problem"
    CHANNEL_MISMATCH = "channel_mismatch"  # the web store says one thing and the desk another
    CHANNEL_CHECK = "channel_check"  # an imported order to look at: unknown store status or SKU, totals
    COMPLAINT_DUE = "complaint_due"  # a complaint must be answered soon (or is overdue)


HOLD_LABELS: dict[Hold, dict[str, str]] = {
    Hold.OUT_OF_STOCK: {"en": "Out of stock", "ru": "Нет в наличии", "pl": "Brak towaru", "zh": "缺货"},
    Hold.PAYMENT_FAILED: {
        "en": "Payment failed",
        "ru": "Оплата не прошла",
        "pl": "Płatność nieudana",
        "zh": "付款失败",
    },
    Hold.ADDRESS_PROBLEM: {
        "en": "Address problem",
        "ru": "Проблема с адресом",
        "pl": "Problem z adresem",
        "zh": "地址问题",
    },
    Hold.DELAYED: {"en": "Delayed", "ru": "Задержка", "pl": "Opóźnienie", "zh": "延误"},
    Hold.CARRIER_MISMATCH: {
        "en": "Carrier mismatch",
        "ru": "Расхождение со службой доставки",
        "pl": "Niezgodność z przewoźnikiem",
        "zh": "承运商状态不一致",
    },
    Hold.PICKUP_LOCKED: {
        "en": "Pickup locked",
        "ru": "Выдача заблокирована",
        "pl": "Odbiór zablokowany",
        "zh": "自提已锁定",
    },
    Hold.PACKING_PROBLEM: {
        "en": "Packing problem",
        "ru": "Проблема при сборке",
        "pl": "Problem przy pakowaniu",
        "zh": "打包问题",
    },
    Hold.CHANNEL_MISMATCH: {
        "en": "Store mismatch",
        "ru": "Расхождение с магазином",
        "pl": "Niezgodność ze sklepem",
        "zh": "与网店状态不一致",
    },
    Hold.CHANNEL_CHECK: {
        "en": "Check the store order",
        "ru": "Проверить заказ из магазина",
        "pl": "Sprawdź zamówienie ze sklepu",
        "zh": "核对网店订单",
    },
    Hold.COMPLAINT_DUE: {
        "en": "Complaint to answer",
        "ru": "Ответить на претензию",
        "pl": "Reklamacja do rozpatrzenia",
        "zh": "待处理投诉",
    },
}


def hold_label(kind: Hold | str, language: str | None = None) -> str:
    """A hold's name in ``language`` (default: the service language); unknown kinds as they are."""
    try:
        labels = HOLD_LABELS[Hold(kind)]
    except ValueError:
        return str(kind)
    return labels.get(language or current_language(), labels["en"])


class DeliveryMethod(StrEnum):
    PICKUP_SHOP = "pickup_shop"
    PICKUP_POINT = "pickup_point"
    OWN_COURIER = "own_courier"
    CARRIER = "carrier"


class PaymentMethod(StrEnum):
    PREPAID_ONLINE = "prepaid_online"
    BANK_TRANSFER = "bank_transfer"
    CASH_ON_DELIVERY = "cash_on_delivery"
    ON_PICKUP = "on_pickup"
    INVOICE = "invoice"


# "Payment not required before delivery": paid on delivery or pickup, or by invoice (DESIGN, the guards).
DEFERRED_PAYMENT: frozenset[PaymentMethod] = frozenset(
    {PaymentMethod.CASH_ON_DELIVERY, PaymentMethod.ON_PICKUP, PaymentMethod.INVOICE}
)
# Collected at the door or the counter: the amount must be recorded when handed over.
COLLECT_ON_HANDOVER: frozenset[PaymentMethod] = frozenset({PaymentMethod.CASH_ON_DELIVERY, PaymentMethod.ON_PICKUP})
ADDRESS_NEEDED: frozenset[DeliveryMethod] = frozenset({DeliveryMethod.OWN_COURIER, DeliveryMethod.CARRIER})


class Role(StrEnum):
    OWNER = "owner"
    PACKER = "packer"
    CLERK = "clerk"
    SYSTEM = "system"  # automatic moves: auto-complete, carrier sync


# Which moves each role may make; the owner and automatic jobs may make any (DESIGN.md, "Who uses it, and for what").
ROLE_TARGETS: dict[Role, frozenset[Status] | None] = {
    Role.OWNER: None,
    Role.SYSTEM: None,
    Role.PACKER: frozenset({S.ASSEMBLING, S.PACKED, S.SHIPPED, S.READY_FOR_PICKUP}),
    Role.CLERK: frozenset({S.COLLECTED, S.READY_FOR_PICKUP}),
}


def is_forward(current: Status, target: Status) -> bool:
    return target in FORWARD[current]


def is_backward(current: Status, target: Status) -> bool:
    return target in BACKWARD.get(current, frozenset())


def allowed_targets(current: Status) -> frozenset[Status]:
    return FORWARD[current] | BACKWARD.get(current, frozenset())


# ---------------------------------------------------------------------------------------------
# Guards


class Need(StrEnum):
    """Input a move asks of the person making it (the UI asks for these before moving)."""

    REASON = "reason"
    TRACKING_NUMBER = "tracking_number"
    PICKUP_CODE = "pickup_code"
    PAYMENT_AMOUNT = "payment_amount"


@dataclass(frozen=True)
class MoveRequest:
    to_status: Status
    reason: str | None = None
    pickup_code: str | None = None
    payment_minor: int | None = None  # money received with this move (paid, collected, delivered COD)
    override: bool = False  # owner override of the pickup code check, needs a reason
    expected_version: int | None = None


@dataclass
class MovePlan:
    """What the service must do, besides changing the status and writing history."""

    backward: bool = False
    reserve_stock: bool = False
    release_stock: bool = False
    consume_stock: bool = False
    restock: bool = False
    issue_pickup_code: bool = False
    set_refund_due: bool = False
    clear_refund_due: bool = False
    record_payment_minor: int = 0
    pickup_code_checked: bool = False
    notes: list[str] = field(default_factory=list)


def needs_for(order, to: Status) -> set[Need]:  # order: domain.OrderDetail
    """The inputs a move to ``to`` will ask for, so a UI can prompt before trying."""
    current = Status(order.status)
    needs: set[Need] = set()
    if is_backward(current, to):
        needs.add(Need.REASON)
    if to is S.SHIPPED and not order.tracking_number:
        needs.add(Need.TRACKING_NUMBER)
    if to is S.COLLECTED:
        needs.add(Need.PICKUP_CODE)
    if to in (S.COLLECTED, S.DELIVERED) and order.amount_due_minor > 0 and order.payment_method in COLLECT_ON_HANDOVER:
        needs.add(Need.PAYMENT_AMOUNT)
    if to is S.PAID and order.amount_due_minor > 0:
        needs.add(Need.PAYMENT_AMOUNT)
    if to is S.CANCELLED or to is S.RETURNED:
        needs.add(Need.REASON)
    return needs


def _refuse(order, to: Status, message: str) -> MoveRefused:
    return MoveRefused(message, order_number=order.number, to_status=str(to))


def plan_move(order, request: MoveRequest, role: Role) -> MovePlan:
    """Check a move against the workflow and its guards; raise ``MoveRefused`` or plan it.

    ``order`` is a ``domain.OrderDetail``; nothing is changed here.
    """
    current = Status(order.status)
    to = Status(request.to_status)
    n = order.number
    lbl_from, lbl_to = label(current), label(to)
    reason = (request.reason or "").strip()

    if to is current:
        raise _refuse(order, to, _("Order {n} is already {s}.").format(n=n, s=lbl_to))

    permitted = ROLE_TARGETS.get(role)
    if permitted is not None and to not in permitted:
        raise PermissionDenied(_("A {r} cannot move orders to {b}; ask the owner.").format(r=role.value, b=lbl_to))

    plan = MovePlan()
    if is_backward(current, to):
        if role is not Role.OWNER:
            raise PermissionDenied(
                _("Moving order {n} back from {a} to {b} is an owner's correction: ask the owner.").format(
                    n=n, a=lbl_from, b=lbl_to
                ),
            )
        if not reason:
            raise _refuse(
                order, to, _("Moving order {n} back from {a} to {b} needs a reason.").format(n=n, a=lbl_from, b=lbl_to)
            )
        plan.backward = True
    elif not is_forward(current, to):
        # Translators: the separator in a list of statuses ("Confirmed, Cancelled"); Chinese uses "、".
        options = _(", ").join(label(s) for s in sorted(FORWARD[current], key=list(Status).index)) or _("none")
        raise _refuse(
            order,
            to,
            _("Order {n} cannot go from {a} to {b}. From {a} it can go to: {o}.").format(
                n=n, a=lbl_from, b=lbl_to, o=options
            ),
        )

    if to not in HOLD_EXEMPT and not plan.backward:
        active = [h for h in order.holds if h.resolved_at is None]
        if active:
            held = "; ".join(f"{hold_label(h.kind)}: {h.reason}" for h in active)
            raise _refuse(order, to, _("Order {n} is on hold ({h}). Resolve the hold first.").format(n=n, h=held))

    if to in (S.CANCELLED, S.RETURNED) and not reason:
        raise _refuse(order, to, _("Say why order {n} is {b}: a reason is required.").format(n=n, b=lbl_to))

    payment = PaymentMethod(order.payment_method)
    delivery = DeliveryMethod(order.delivery_method)
    paid_now = order.amount_paid_minor + (request.payment_minor or 0)
    if request.payment_minor is not None:
        if request.payment_minor < 0:
            raise _refuse(order, to, _("A payment cannot be negative."))
        plan.record_payment_minor = request.payment_minor

    if to is S.CONFIRMED and not plan.backward:
        if not order.lines:
            raise _refuse(order, to, _("Order {n} has no items: add at least one line before confirming.").format(n=n))
        if delivery in ADDRESS_NEEDED and not order.address_complete:
            raise _refuse(
                order,
                to,
                _(
                    "Order {n} is delivered to an address, but the address is incomplete: add street, city and postcode."
                ).format(n=n),
            )
        if delivery is DeliveryMethod.PICKUP_POINT and not order.pickup_point_code:
            raise _refuse(order, to, _("Order {n} goes to a pickup point: choose the pickup point first.").format(n=n))
    elif to is S.AWAITING_PAYMENT and not plan.backward:
        if payment in DEFERRED_PAYMENT:
            raise _refuse(
                order,
                to,
                _(
                    "Order {n} is paid on delivery or by invoice; it does not wait for payment. Move it to Assembling."
                ).format(n=n),
            )
    elif to is S.PAID and not plan.backward:
        if paid_now < order.total_minor:
            due = order.total_minor - paid_now
            raise _refuse(
                order,
                to,
                _("Order {n} is not fully paid: {d} still due. Record the payment received.").format(
                    n=n, d=order.format_minor(due)
                ),
            )
    elif to is S.ASSEMBLING and not plan.backward:
        if payment not in DEFERRED_PAYMENT and paid_now < order.total_minor:
            raise _refuse(
                order,
                to,
                _("Order {n} is prepaid but not paid yet ({d} due). Wait for the payment or record it first.").format(
                    n=n, d=order.format_minor(order.total_minor - paid_now)
                ),
            )
        plan.reserve_stock = True
    elif to is S.READY_FOR_PICKUP:
        if delivery not in (DeliveryMethod.PICKUP_SHOP, DeliveryMethod.PICKUP_POINT):
            raise _refuse(order, to, _("Order {n} is not a pickup order; ship it instead.").format(n=n))
        plan.issue_pickup_code = True
    elif to is S.SHIPPED and not plan.backward:
        if delivery is DeliveryMethod.PICKUP_SHOP:
            raise _refuse(order, to, _("Order {n} is picked up at the shop; move it to Ready for pickup.").format(n=n))
        if not order.tracking_number:
            raise _refuse(
                order,
                to,
                _(
                    "Order {n} has no shipment with a tracking number: buy a label or enter the courier's tracking number first."
                ).format(n=n),
            )
        plan.consume_stock = True
    elif to is S.COLLECTED:
        code = (request.pickup_code or "").strip()
        if request.override:
            if role is not Role.OWNER:
                raise PermissionDenied(_("Only the owner can hand over order {n} without its pickup code.").format(n=n))
            if not reason:
                raise _refuse(
                    order, to, _("Handing over order {n} without its pickup code needs a reason.").format(n=n)
                )
        elif not code:
            raise _refuse(order, to, _("Enter the pickup code the customer has for order {n}.").format(n=n))
        elif code != (order.pickup_code or ""):
            raise _refuse(
                order, to, _("Wrong pickup code for order {n}. Ask the customer to read it again.").format(n=n)
            )
        plan.pickup_code_checked = True
        if payment in COLLECT_ON_HANDOVER and paid_now < order.total_minor:
            raise _refuse(
                order,
                to,
                _("Collect {d} from the customer and record it before handing over order {n}.").format(
                    n=n, d=order.format_minor(order.total_minor - paid_now)
                ),
            )
        plan.consume_stock = True
    elif to is S.DELIVERED and not plan.backward:
        if (
            payment is PaymentMethod.CASH_ON_DELIVERY
            and request.payment_minor is not None
            and paid_now < order.total_minor
        ):
            raise _refuse(
                order,
                to,
                _("The cash on delivery received is short: {d} still due on order {n}.").format(
                    n=n, d=order.format_minor(order.total_minor - paid_now)
                ),
            )
    elif to is S.CANCELLED:
        # Stock is reserved from assembling on; a line reserved before that (an older version, a
        # correction) is released too: a cancelled order holds nothing.
        plan.release_stock = current in RESERVED_IN or any(line.reserved for line in order.lines)
        plan.set_refund_due = order.amount_paid_minor > 0
    elif to is S.RETURNED:
        plan.release_stock = current in RESERVED_IN
        plan.restock = current in CONSUMED_IN
        plan.set_refund_due = order.amount_paid_minor > 0
    elif to is S.REFUNDED:
        if not order.refund_due and order.amount_paid_minor <= 0:
            raise _refuse(order, to, _("Order {n} has no payment to refund.").format(n=n))
        plan.clear_refund_due = True

    if plan.backward:
        # Undo what the forward move did.
        if current in RESERVED_IN and to not in RESERVED_IN:
            plan.release_stock = True
        if current in CONSUMED_IN and to in RESERVED_IN:
            plan.restock = True
            plan.reserve_stock = True
    return plan


# The late rule (automation.late_hours) watches every open status but awaiting payment, which the
# payment-chasing rules have.
LATE_WATCHED: tuple[Status, ...] = tuple(st for st in ACTIVE if st is not Status.AWAITING_PAYMENT)


def late_targets(default_hours: int, overrides: str = "") -> dict[Status, int]:
    """Hours each watched status may take before its order is late: ``default_hours`` unless
    ``overrides`` ("new=4, packed=24") names the status; 0 = never late. ValueError on a bad part."""
    targets = dict.fromkeys(LATE_WATCHED, max(int(default_hours or 0), 0))
    for part in (overrides or "").replace(";", ",").split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        status = Status(key.strip())  # ValueError: not a status
        if not sep or status not in targets or not value.strip().isdigit():
            raise ValueError(part.strip())
        targets[status] = int(value.strip())
    return targets


def is_late(
    status: Status | str, status_changed_at: datetime, now: datetime, hours: int | Mapping[Status, int]
) -> bool:
    """True when an order has waited its target or longer in its status (a target of 0: never).
    ``hours``: one target for every watched status, or one per status (``late_targets``)."""
    if Status(status) not in LATE_WATCHED:
        return False
    target = hours.get(Status(status), 0) if isinstance(hours, Mapping) else hours
    if not target:
        return False
    return (now - status_changed_at).total_seconds() >= target * 3600
