"""The order service: every change to an order goes through here, with its history, in one transaction."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from orderdesk import domain, repository
from orderdesk.db import Database
from orderdesk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from orderdesk.i18n import _
from orderdesk.limits import MAX_AMOUNT_MINOR, MAX_NOTES, check_column, check_number, check_text
from orderdesk.models import (
    CustomerRow,
    HistoryRow,
    HoldRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    ShipmentRow,
    utcnow,
)
from orderdesk.money import Money
from orderdesk.phones import normalize_phone
from orderdesk.repository import OrderFilter
from orderdesk.search import build_search_text
from orderdesk.services import counters, order_checks
from orderdesk.services.stock import allocation
from orderdesk.services.stock.kinds import MovementKind
from orderdesk.workflow import (
    EDITABLE_LINES_IN,
    LABELS,
    DeliveryMethod,
    Hold,
    MoveRequest,
    PaymentMethod,
    Role,
    Status,
    plan_move,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class StatusChanged:
    """Given to listeners inside the move's transaction (e.g. to write an outbox row)."""

    order_id: int
    number: str
    from_status: Status
    to_status: Status
    history_id: int
    actor: domain.Actor
    reason: str = ""


@dataclass(frozen=True)
class HoldAdded:
    """Given to listeners inside the transaction that puts an order on hold (e.g. to alert the manager)."""

    order_id: int
    number: str
    kind: Hold
    hold_id: int
    reason: str
    actor: domain.Actor


@dataclass(frozen=True)
class PaymentRecorded:
    """Given to listeners inside the transaction that records a payment (e.g. to tell the web store)."""

    order_id: int
    number: str
    amount_minor: int
    history_id: int
    actor: domain.Actor


Listener = Callable[[Session, StatusChanged | HoldAdded | PaymentRecorded], None]


@dataclass(frozen=True)
class NewLine:
    sku: str
    quantity: int
    name: str | None = None  # taken from the product when None
    unit_price_minor: int | None = None
    weight_g: int | None = None


@dataclass(frozen=True)
class NewOrder:
    customer: domain.Customer
    lines: Sequence[NewLine]
    delivery_method: DeliveryMethod | str
    payment_method: PaymentMethod | str
    currency: str
    address: domain.Address = field(default_factory=domain.Address)
    pickup_point_code: str = ""
    shipping_fee_minor: int = 0
    amount_paid_minor: int = 0
    external_id: str = ""
    source: str = "phone"
    notes: str = ""
    created_at: datetime | None = None  # imports and demo data keep the original time
    # from a web store: unique (channel_id, external_id), so a store order is never imported twice
    channel_id: int | None = None
    external_number: str = ""
    store_status: str = ""
    store_modified: str = ""
    holds: Sequence[tuple[str, str, dict]] = ()  # (kind, reason, details) put on at creation


@dataclass(frozen=True)
class OrderEdit:
    """Fields to change; None leaves a field as it is."""

    customer_name: str | None = None
    phone: str | None = None
    email: str | None = None
    language: str | None = None
    address: domain.Address | None = None
    pickup_point_code: str | None = None
    notes: str | None = None
    shipping_fee_minor: int | None = None
    lines: Sequence[NewLine] | None = None
    expected_version: int | None = None


@dataclass
class ServiceConfig:
    default_country: str = "PL"
    shelf_slots: int = 200  # pickup shelf slots A001..; the lowest free one is given out


class OrderService:
    def __init__(self, db: Database, listeners: Iterable[Listener] = (), config: ServiceConfig | None = None) -> None:
        self.db = db
        self.listeners: list[Listener] = list(listeners)
        self.config = config or ServiceConfig()

    # ------------------------------------------------------------------ reading
    def get(self, number: str, *, with_history: bool = True) -> domain.OrderDetail:
        with self.db.session() as s:
            row = self._row(s, number)
            return self._detail(s, row, with_history)

    def get_by_id(self, order_id: int, *, with_history: bool = True) -> domain.OrderDetail:
        with self.db.session() as s:
            row = s.get(OrderRow, order_id)
            if row is None:
                raise NotFound(_("Order #{i} does not exist (it may have been deleted).").format(i=order_id))
            return self._detail(s, row, with_history)

    def get_many(self, numbers: Sequence[str]) -> list[domain.OrderDetail]:
        """Many orders (without history) in the order given, read in a few statements; NotFound names the first missing."""
        wanted = [n.strip() for n in numbers]
        with self.db.session() as s:
            found = repository.details_batch(s, wanted, by="number")
        missing = next((n for n in wanted if n not in found), None)
        if missing is not None:
            raise NotFound(_("No order {n}. Check the number and try again.").format(n=missing))
        return [found[n] for n in wanted]

    def get_many_by_id(self, order_ids: Sequence[int]) -> list[domain.OrderDetail]:
        """``get_many`` by database id (the board's selection)."""
        with self.db.session() as s:
            found = repository.details_batch(s, order_ids, by="id")
        missing = next((i for i in order_ids if i not in found), None)
        if missing is not None:
            raise NotFound(_("Order #{i} does not exist (it may have been deleted).").format(i=missing))
        return [found[i] for i in order_ids]

    def find_number(self, text: str) -> str:
        """The order number for what was typed or scanned: a number, an external id or a tracking number."""
        value = text.strip().replace("\x00", "")  # PostgreSQL refuses NUL in a query; no number has one
        with self.db.session() as s:
            for column in (OrderRow.number, OrderRow.external_id, OrderRow.tracking_number):
                number = s.scalar(select(OrderRow.number).where(column == value).limit(1)) if value else None
                if number:
                    return number
        raise NotFound(_("No order {n}. Check the number and try again.").format(n=value))

    def query_ids(self, flt: OrderFilter | None = None, limit: int | None = None, offset: int = 0) -> list[int]:
        _check_page(limit, offset)
        with self.db.session() as s:
            return repository.query_ids(s, flt or OrderFilter(), sqlite=self.db.is_sqlite, limit=limit, offset=offset)

    def summaries(self, ids: Sequence[int]) -> list[domain.OrderSummary]:
        with self.db.session() as s:
            return repository.summaries(s, ids)

    def list_orders(
        self,
        status: Status | str | None = None,
        search: str | None = None,
        holds_only: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> list[domain.OrderSummary]:
        _check_page(limit, offset)
        if search:
            check_text(search, _("search"), MAX_SEARCH)  # a NUL would stop PostgreSQL, not just find nothing
        flt = OrderFilter(statuses=(Status(status),) if status else (), search=search or "", holds_only=holds_only)
        with self.db.session() as s:
            ids = repository.query_ids(s, flt, sqlite=self.db.is_sqlite, limit=limit, offset=offset)
            return repository.summaries(s, ids)

    def search(self, query: str, limit: int = 50) -> list[domain.OrderSummary]:
        return self.list_orders(search=query, limit=limit)

    def counts_by_status(self, flt: OrderFilter | None = None) -> dict[Status, int]:
        with self.db.session() as s:
            return repository.count_by_status(s, flt or OrderFilter(), sqlite=self.db.is_sqlite)

    def change_marker(self) -> tuple[int, int]:
        """Cheap 'has anything changed?' value: the newest history id and order count."""
        with self.db.session() as s:
            return (s.scalar(select(func.max(HistoryRow.id))) or 0, s.scalar(select(func.max(OrderRow.id))) or 0)

    def products(self, search: str = "", limit: int = 50) -> list[domain.Product]:
        """Live products whose SKU or name holds ``search`` (case and accents folded), or with that barcode."""
        from orderdesk.services.stock.catalogue import Catalogue

        return Catalogue(self.db).page(search, limit=limit)

    def reorder_list(self) -> list[tuple[domain.Product, int]]:
        """Products short for orders held out of stock, with how many more are needed."""
        with self.db.session() as s:
            stmt = (
                select(ProductRow, func.sum(OrderLineRow.quantity))
                .join(OrderLineRow, OrderLineRow.product_id == ProductRow.id)
                .join(HoldRow, (HoldRow.order_id == OrderLineRow.order_id) & HoldRow.resolved_at.is_(None))
                .where(HoldRow.kind == Hold.OUT_OF_STOCK.value, OrderLineRow.reserved.is_(False))
                .group_by(ProductRow.id)
            )
            result = []
            for product, wanted in s.execute(stmt):
                short = int(wanted) - (product.stock_on_hand - product.reserved)
                if short > 0:
                    result.append((repository.to_product(product), short))
            return result

    # ------------------------------------------------------------------ products
    def upsert_product(
        self,
        sku: str,
        name: str,
        price: Money,
        *,
        barcode: str = "",
        weight_g: int = 0,
        stock_on_hand: int | None = None,
        bin_location: str = "",
    ) -> domain.Product:
        """Create or update a product; ``stock_on_hand`` (when given) is a count, written to the ledger."""
        from orderdesk.services.stock import ledger
        from orderdesk.services.stock.catalogue import ProductDraft, save_in

        draft = ProductDraft(
            sku, name, price, barcodes=[barcode] if barcode else [], weight_g=weight_g, bin_location=bin_location
        )
        with self.db.session(write=True) as s:
            row = save_in(s, draft)
            if stock_on_hand is not None:
                ledger.count(s, row.id, stock_on_hand, actor="catalogue", reason="stock set with the product")
            s.flush()
            return repository.to_product(row)

    # ------------------------------------------------------------------ creating
    def check_new_order(self, new: NewOrder) -> None:
        """Validate a new order without saving it (import --dry-run uses this)."""
        self._validate_new(new)
        with self.db.session() as s:
            self._lines(s, new.lines, Money.zero(new.currency).currency)

    def _validate_new(self, new: NewOrder) -> tuple[DeliveryMethod, PaymentMethod, str]:
        order_checks.check_new_order_fields(new)
        delivery = _enum(DeliveryMethod, new.delivery_method, "delivery_method")
        payment = _enum(PaymentMethod, new.payment_method, "payment_method")
        currency = Money.zero(new.currency).currency
        if not new.customer.name.strip():
            raise ValidationError(_("Enter the customer's name."), field="customer_name")
        if not new.lines:
            raise ValidationError(_("An order needs at least one item."), field="lines")
        if new.customer.email and not _EMAIL.match(new.customer.email.strip()):
            raise ValidationError(_("'{e}' is not an e-mail address.").format(e=new.customer.email), field="email")
        if new.shipping_fee_minor < 0 or new.amount_paid_minor < 0:
            raise ValidationError(_("Amounts cannot be negative."), field="amount")
        return delivery, payment, currency

    def create_order(self, new: NewOrder, actor: domain.Actor) -> domain.OrderDetail:
        checked = self._validate_new(new)
        with self.db.session(write=True) as s:
            row = self._insert(s, new, checked, actor)
            return self._detail(s, row, True)

    def create_orders(self, news: Sequence[NewOrder], actor: domain.Actor) -> list[str | Exception]:
        """Create many orders in one transaction (a store's page of orders): for each, its number,
        or the error that kept it out (a ``ValidationError``, or an ``IntegrityError`` when another
        desk created the same store order first). One failure does not undo the others."""
        results: list[str | Exception] = []
        with self.db.session(write=True) as s:
            skus = {line.sku.strip() for new in news for line in new.lines}
            # The batch's products read once, not once per line of every order.
            products = {p.sku: p for p in s.scalars(select(ProductRow).where(ProductRow.sku.in_(skus)))}
            for new in news:
                try:
                    checked = self._validate_new(new)
                    with s.begin_nested():  # a savepoint: a refused order leaves the others in
                        results.append(self._insert(s, new, checked, actor, products).number)
                except (ValidationError, IntegrityError) as exc:
                    results.append(exc)
        return results

    def _insert(
        self,
        s: Session,
        new: NewOrder,
        checked: tuple[DeliveryMethod, PaymentMethod, str],
        actor: domain.Actor,
        products: dict[str, ProductRow] | None = None,
    ) -> OrderRow:
        delivery, payment, currency = checked
        customer = self._customer(s, new.customer)
        created = new.created_at or utcnow()
        row = OrderRow(
            number=self._next_number(s, created.year),
            external_id=new.external_id.strip(),
            source=new.source,
            status=Status.NEW.value,
            created_at=created,
            status_changed_at=created,
            customer=customer,
            delivery_method=delivery.value,
            payment_method=payment.value,
            currency=currency,
            shipping_fee_minor=new.shipping_fee_minor,
            amount_paid_minor=new.amount_paid_minor,
            pickup_point_code=new.pickup_point_code.strip(),
            notes=new.notes,
            refund_due=False,
            channel_id=new.channel_id,
            external_number=new.external_number,
            store_status=new.store_status,
            store_modified=new.store_modified,
        )
        _set_address(row, new.address)
        row.lines = self._lines(s, new.lines, currency, products)
        _refresh(row)
        order_checks.check_total(row.total_minor)
        s.add(row)
        s.flush()
        self._history(s, row, actor, "create", to_value=Status.NEW, reason=new.source, at=created)
        for kind, reason, details in new.holds:
            hold = self._add_hold(s, row, Hold(kind), reason, actor, dict(details))
            _refresh(row)
            s.flush()
            event = HoldAdded(row.id, row.number, Hold(kind), hold.id, reason, actor)
            for listener in self.listeners:
                listener(s, event)
        return row

    # ------------------------------------------------------------------ moving
    def move(
        self, number: str, request: MoveRequest, actor: domain.Actor, *, shipment: dict[str, Any] | None = None
    ) -> domain.OrderDetail:
        """Move an order to another status, or raise MoveRefused / PermissionDenied / ConflictError.

        ``shipment`` (``add_shipment``'s keywords, e.g. the own courier's tracking number) is
        attached in the same transaction: a refused move leaves no shipment behind."""
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            self._check_version(row, request.expected_version)
            if shipment is not None:
                self._attach_shipment(s, row, actor=actor, **shipment)
                s.flush()
            detail = self._detail(s, row, False)
            plan = plan_move(detail, request, actor.role)
            to = Status(request.to_status)
            from_status = Status(row.status)
            effects: dict[str, Any] = {}
            if plan.record_payment_minor:
                check_number(
                    row.amount_paid_minor + plan.record_payment_minor, _("amount paid"), low=0, high=MAX_AMOUNT_MINOR
                )
                row.amount_paid_minor += plan.record_payment_minor
                effects["payment_minor"] = plan.record_payment_minor
            if plan.release_stock:
                effects["released"] = allocation.release_lines(s, row, actor.name, to.value)
            if plan.restock:
                # A parcel or a customer's return back on the shelf, or a move back (an owner's correction).
                kind = MovementKind.RETURNED if to is Status.RETURNED else MovementKind.RESTOCKED
                effects["restocked"] = allocation.restock_lines(s, row, actor.name, to.value, kind)
            if plan.consume_stock:
                effects["consumed"] = allocation.consume_lines(s, row, actor.name, to.value)
            if plan.reserve_stock:
                reserved, short = allocation.reserve_lines(s, row, actor.name, to.value)
                effects["reserved"] = reserved
                if short:
                    effects["short"] = short
            if plan.issue_pickup_code:
                row.pickup_code = f"{secrets.randbelow(1_000_000):06d}"
                row.shelf_slot = row.shelf_slot or self._free_shelf_slot(s)
                row.pickup_failures = 0
                effects["shelf_slot"] = row.shelf_slot
            if from_status is Status.READY_FOR_PICKUP:
                row.shelf_slot = ""  # the shelf is free again, whatever happened to the parcel
            if plan.set_refund_due:
                row.refund_due = True
            if plan.clear_refund_due:
                row.refund_due = False
            if plan.pickup_code_checked:
                effects["pickup_code"] = "override" if request.override else "checked"
            row.status = to.value
            row.status_changed_at = utcnow()
            entry = self._history(
                s,
                row,
                actor,
                "status",
                from_value=from_status,
                to_value=to,
                reason=request.reason or "",
                details=effects,
            )
            if to is Status.CANCELLED:
                for hold in row.holds:
                    if hold.resolved_at is None:
                        hold.resolved_at, hold.resolved_by = utcnow(), actor.name
                        self._history(
                            s,
                            row,
                            actor,
                            "hold",
                            from_value=hold.kind,
                            to_value="resolved",
                            reason=_("order cancelled"),
                        )
            if effects.get("short"):
                missing = ", ".join(f"{sku} ({n})" for sku, n in effects["short"].items())
                self._add_hold(
                    s, row, Hold.OUT_OF_STOCK, _("Not enough stock: {m}").format(m=missing), actor, effects["short"]
                )
            _refresh(row)
            s.flush()
            event = StatusChanged(row.id, row.number, from_status, to, entry.id, actor, request.reason or "")
            for listener in self.listeners:
                listener(s, event)
            return self._detail(s, row, True)

    def auto_complete(self, days: int, now: datetime | None = None) -> list[str]:
        """Complete delivered/collected orders older than ``days`` (seed 003); returns their numbers."""
        cutoff = (now or utcnow()) - timedelta(days=days)
        with self.db.session() as s:
            numbers = list(
                s.scalars(
                    select(OrderRow.number).where(
                        OrderRow.status.in_([Status.DELIVERED.value, Status.COLLECTED.value]),
                        OrderRow.status_changed_at < cutoff,
                        OrderRow.hold_count == 0,
                    )
                )
            )
        done = []
        actor = domain.Actor.system("auto-complete")
        for number in numbers:
            reason = _("completed automatically {d} days after handover").format(d=days)
            try:
                self.move(number, MoveRequest(Status.COMPLETED, reason=reason), actor)
                done.append(number)
            except (ConflictError, ValidationError):
                continue  # changed meanwhile; the next round looks again
        return done

    # ------------------------------------------------------------------ holds, payments, shipments
    def add_hold(
        self, number: str, kind: Hold | str, reason: str, actor: domain.Actor, details: dict | None = None
    ) -> domain.HoldInfo:
        kind = _enum(Hold, kind, "hold")
        if not reason.strip():
            raise ValidationError(_("Say why the order is put on hold."), field="reason")
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            hold = self._add_hold(s, row, kind, reason.strip(), actor, details or {})
            _refresh(row)
            s.flush()
            event = HoldAdded(row.id, row.number, kind, hold.id, reason.strip(), actor)
            for listener in self.listeners:
                listener(s, event)
            return repository.to_hold(hold)

    def resolve_hold(self, number: str, kind: Hold | str, actor: domain.Actor, reason: str = "") -> domain.OrderDetail:
        kind = _enum(Hold, kind, "hold")
        if kind is Hold.PICKUP_LOCKED and actor.role is not Role.OWNER:
            raise PermissionDenied(_("Only the owner can unlock a pickup."))
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            active = [h for h in row.holds if h.kind == kind.value and h.resolved_at is None]
            if not active:
                raise ValidationError(_("Order {n} has no '{k}' hold.").format(n=number, k=kind.value))
            if kind is Hold.OUT_OF_STOCK and Status(row.status) == Status.ASSEMBLING:
                _reserved, short = allocation.reserve_lines(s, row, actor.name, "hold resolved")
                if short:
                    missing = ", ".join(f"{sku} ({n})" for sku, n in short.items())
                    raise ValidationError(
                        _("Still not enough stock for order {n}: {m}. Receive stock first.").format(n=number, m=missing)
                    )
            for hold in active:
                hold.resolved_at, hold.resolved_by = utcnow(), actor.name
            if kind is Hold.PICKUP_LOCKED:
                row.pickup_failures = 0
            self._history(s, row, actor, "hold", from_value=kind.value, to_value="resolved", reason=reason)
            _refresh(row)
            s.flush()
            return self._detail(s, row, True)

    def record_payment(
        self,
        number: str,
        amount: Money,
        actor: domain.Actor,
        reason: str = "",
        *,
        allow_overpayment: bool = False,
    ) -> domain.OrderDetail:
        """Add a payment. More than is still due is refused unless ``allow_overpayment`` (the
        customer really paid more): a typo must not mark an order paid, real money must not be lost.

        Money is taken by the owner and at the counter (clerk); an overpayment is the owner's call."""
        from orderdesk.services.users import require_role

        require_role(actor, Role.CLERK, action=_("record a payment"))
        if allow_overpayment:
            require_role(actor, action=_("record an overpayment"))
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            if amount.currency != row.currency:
                raise ValidationError(
                    _("Order {n} is in {c}, not {d}.").format(n=number, c=row.currency, d=amount.currency)
                )
            if amount.minor <= 0:
                raise ValidationError(_("Enter an amount greater than zero."), field="amount")
            due = max(row.total_minor - row.amount_paid_minor, 0)
            if amount.minor > due and not allow_overpayment:
                raise ValidationError(
                    _(
                        "{amount} is more than the {due} still due on order {n}. Check the amount; "
                        "if the customer really paid more, record it as an overpayment."
                    ).format(amount=amount.format(), due=Money(due, row.currency).format(), n=number),
                    field="overpayment",
                )
            check_number(row.amount_paid_minor + amount.minor, _("amount paid"), low=0, high=MAX_AMOUNT_MINOR)
            row.amount_paid_minor += amount.minor
            details = {"minor": amount.minor}
            if amount.minor > due:
                details["overpaid_minor"] = amount.minor - due  # kept for the refund
            entry = self._history(s, row, actor, "payment", to_value=str(amount), reason=reason, details=details)
            _refresh(row)
            s.flush()
            paid = PaymentRecorded(row.id, row.number, amount.minor, entry.id, actor)
            for listener in self.listeners:
                listener(s, paid)
            return self._detail(s, row, True)

    def add_shipment(
        self,
        number: str,
        *,
        carrier: str,
        tracking_number: str,
        actor: domain.Actor,
        service: str = "",
        external_id: str = "",
        label_path: str = "",
        label_format: str = "",
        status: str = "created",
        idempotency_key: str | None = None,
        details: dict | None = None,
    ) -> domain.Shipment:
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            shipment = self._attach_shipment(
                s, row, carrier=carrier, tracking_number=tracking_number, actor=actor, service=service,
                external_id=external_id, label_path=label_path, label_format=label_format, status=status,
                idempotency_key=idempotency_key, details=details,
            )  # fmt: skip
            s.flush()
            return repository.to_shipment(shipment)

    def _attach_shipment(
        self,
        s: Session,
        row: OrderRow,
        *,
        carrier: str,
        tracking_number: str,
        actor: domain.Actor,
        service: str = "",
        external_id: str = "",
        label_path: str = "",
        label_format: str = "",
        status: str = "created",
        idempotency_key: str | None = None,
        details: dict | None = None,
    ) -> ShipmentRow:
        if not tracking_number.strip():
            raise ValidationError(_("Enter the tracking number."), field="tracking_number")
        check_column(tracking_number.strip(), _("tracking number"), ShipmentRow.tracking_number, "tracking_number")
        check_column(carrier, _("carrier"), ShipmentRow.carrier, "carrier")
        check_column(service, _("service"), ShipmentRow.service, "service")
        shipment = ShipmentRow(
            carrier=carrier,
            service=service,
            tracking_number=tracking_number.strip(),
            external_id=external_id,
            label_path=label_path,
            label_format=label_format,
            status=status,
            idempotency_key=idempotency_key,
            details=details or {},
            cancelled=False,
        )
        row.shipments.append(shipment)
        self._history(
            s,
            row,
            actor,
            "label",
            to_value=tracking_number.strip(),
            details={"carrier": carrier, "service": service},
        )
        _refresh(row)
        return shipment

    def record_history(
        self,
        number: str,
        kind: str,
        actor: domain.Actor,
        to_value: str = "",
        reason: str = "",
        details: dict | None = None,
    ) -> domain.HistoryEntry:
        """Log something that happened to an order (a print, a label, a message) in its history."""
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            return repository.to_history(
                self._history(s, row, actor, kind, to_value=to_value, reason=reason, details=details)
            )

    def record_history_many(
        self,
        numbers: Sequence[str],
        kind: str,
        actor: domain.Actor,
        to_value: str = "",
        reason: str = "",
        details: dict | None = None,
    ) -> int:
        """The same history entry for many orders (a batch print) in ONE transaction; returns how many.

        All or nothing: an unknown number raises NotFound and writes no entry.
        """
        wanted = list(dict.fromkeys(n.strip() for n in numbers))
        if not wanted:
            return 0
        at = utcnow()
        with self.db.session(write=True) as s:
            ids: dict[str, int] = {}
            for start in range(0, len(wanted), repository.BATCH_KEYS):
                chunk = wanted[start : start + repository.BATCH_KEYS]
                ids.update(
                    (n, i) for n, i in s.execute(select(OrderRow.number, OrderRow.id).where(OrderRow.number.in_(chunk)))
                )
            missing = next((n for n in wanted if n not in ids), None)
            if missing is not None:
                raise NotFound(_("No order {n}. Check the number and try again.").format(n=missing))
            base = {
                "at": at,
                "actor": actor.name,
                "role": actor.role.value,
                "kind": kind,
                "from_value": "",
                "to_value": str(to_value),
                "reason": reason,
            }
            s.execute(
                insert(HistoryRow), [{**base, "order_id": ids[n], "details": dict(details or {})} for n in wanted]
            )
        return len(wanted)

    # ------------------------------------------------------------------ editing
    def update_order(self, number: str, edit: OrderEdit, actor: domain.Actor) -> domain.OrderDetail:
        order_checks.check_edit_fields(edit)
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            self._check_version(row, edit.expected_version)
            changed: dict[str, Any] = {}
            status = Status(row.status)
            customer = row.customer
            if edit.customer_name is not None and edit.customer_name.strip() != customer.name:
                if not edit.customer_name.strip():
                    raise ValidationError(_("Enter the customer's name."), field="customer_name")
                changed["customer_name"] = [customer.name, edit.customer_name.strip()]
                customer.name = edit.customer_name.strip()
            if edit.phone is not None:
                phone, valid = normalize_phone(edit.phone, self.config.default_country)
                if not valid:
                    raise ValidationError(
                        _("'{p}' is not a valid phone number: include the country code, e.g. +48 600 123 456.").format(
                            p=edit.phone
                        ),
                        field="phone",
                    )
                if phone != customer.phone:
                    changed["phone"] = [customer.phone, phone]
                    customer.phone, customer.phone_invalid = phone, False
            if edit.email is not None and edit.email.strip() != customer.email:
                if edit.email.strip() and not _EMAIL.match(edit.email.strip()):
                    raise ValidationError(_("'{e}' is not an e-mail address.").format(e=edit.email), field="email")
                changed["email"] = [customer.email, edit.email.strip()]
                customer.email = edit.email.strip()
            if edit.language is not None and edit.language != customer.language:
                changed["language"] = [customer.language, edit.language]
                customer.language = edit.language
            if edit.address is not None:
                if status not in EDITABLE_LINES_IN | {Status.ASSEMBLING, Status.PACKED}:
                    raise ValidationError(
                        _("The address cannot change once the order has left the shop."), field="address"
                    )
                before = _get_address(row)
                if before != edit.address:
                    changed["address"] = [before.lines(), edit.address.lines()]
                    _set_address(row, edit.address)
            if edit.pickup_point_code is not None and edit.pickup_point_code != row.pickup_point_code:
                changed["pickup_point_code"] = [row.pickup_point_code, edit.pickup_point_code]
                row.pickup_point_code = edit.pickup_point_code
            if edit.notes is not None and edit.notes != row.notes:
                changed["notes"] = [row.notes, edit.notes]
                row.notes = edit.notes
            if edit.shipping_fee_minor is not None and edit.shipping_fee_minor != row.shipping_fee_minor:
                if status not in EDITABLE_LINES_IN:
                    raise ValidationError(
                        _("The shipping fee can only change before assembling."), field="shipping_fee"
                    )
                changed["shipping_fee_minor"] = [row.shipping_fee_minor, edit.shipping_fee_minor]
                row.shipping_fee_minor = edit.shipping_fee_minor
            if edit.lines is not None:
                if status not in EDITABLE_LINES_IN:
                    raise ValidationError(
                        _("Items can only change before assembling; move the order back first."), field="lines"
                    )
                if not edit.lines:
                    raise ValidationError(_("An order needs at least one item."), field="lines")
                before_lines = [(line.sku, line.quantity) for line in row.lines]
                row.lines = self._lines(s, edit.lines, row.currency)
                changed["lines"] = [before_lines, [(line.sku, line.quantity) for line in row.lines]]
            if not changed:
                return self._detail(s, row, True)
            _refresh(row)
            order_checks.check_total(row.total_minor)
            self._history(s, row, actor, "edit", to_value=",".join(changed), details=changed)
            _refresh(row)
            s.flush()
            return self._detail(s, row, True)

    # ------------------------------------------------------------------ internals
    def _row(self, s: Session, number: str) -> OrderRow:
        row = s.scalar(select(OrderRow).where(OrderRow.number == number.strip().replace("\x00", "")))
        if row is None:
            raise NotFound(_("No order {n}. Check the number and try again.").format(n=number))
        return row

    def _detail(self, s: Session, row: OrderRow, with_history: bool) -> domain.OrderDetail:
        history = (
            s.scalars(select(HistoryRow).where(HistoryRow.order_id == row.id).order_by(HistoryRow.id)).all()
            if with_history
            else ()
        )
        return repository.to_detail(row, history)

    @staticmethod
    def _check_version(row: OrderRow, expected: int | None) -> None:
        if expected is not None and row.version != expected:
            raise ConflictError(
                _(
                    "Order {n} was changed by someone else meanwhile. It has been reloaded: check it and try again."
                ).format(n=row.number)
            )

    def _history(
        self,
        s: Session,
        row: OrderRow,
        actor: domain.Actor,
        kind: str,
        *,
        from_value: str = "",
        to_value: str = "",
        reason: str = "",
        details: dict | None = None,
        at: datetime | None = None,
    ) -> HistoryRow:
        # The person's name and the reason are typed by people: the same limits on every database.
        check_column(actor.name, _("user name"), HistoryRow.actor, "user")
        check_text(reason, _("reason"), MAX_NOTES, "reason")
        if row.id is None:
            s.flush()
        entry = HistoryRow(
            order_id=row.id,
            at=at or utcnow(),
            actor=actor.name,
            role=actor.role.value,
            kind=kind,
            from_value=str(from_value),
            to_value=str(to_value),
            reason=reason,
            details=details or {},
        )
        s.add(entry)
        s.flush()
        return entry

    def _add_hold(
        self, s: Session, row: OrderRow, kind: Hold, reason: str, actor: domain.Actor, details: dict
    ) -> HoldRow:
        for hold in row.holds:
            if hold.kind == kind.value and hold.resolved_at is None:
                return hold  # already held for this; one flag is enough
        hold = HoldRow(kind=kind.value, reason=reason, details=details, created_by=actor.name, created_at=utcnow())
        row.holds.append(hold)
        self._history(s, row, actor, "hold", to_value=kind.value, reason=reason, details=details)
        return hold

    def _next_number(self, s: Session, year: int) -> str:
        return counters.next_order_number(s, year)

    def _customer(self, s: Session, c: domain.Customer) -> CustomerRow:
        phone, valid = normalize_phone(c.phone, self.config.default_country)
        email = c.email.strip().lower()
        row = None
        if c.id is not None:
            row = s.get(CustomerRow, c.id)
        if row is None and phone and valid:
            row = s.scalar(select(CustomerRow).where(CustomerRow.phone == phone).limit(1))
        if row is None and email:
            row = s.scalar(select(CustomerRow).where(CustomerRow.email == email).limit(1))
        if row is None:
            row = CustomerRow(name=c.name.strip(), phone=phone, email=email, language=c.language or "en")
            row.sms_opt_out, row.email_opt_out, row.phone_invalid = c.sms_opt_out, c.email_opt_out, not valid
            s.add(row)
        else:
            # The newest order's contact details win: people change numbers and addresses.
            row.name = c.name.strip() or row.name
            row.email = email or row.email
            if phone and (valid or row.phone_invalid or not row.phone):
                row.phone, row.phone_invalid = phone, not valid
        return row

    def _lines(
        self, s: Session, lines: Sequence[NewLine], currency: str, products: dict[str, ProductRow] | None = None
    ) -> list[OrderLineRow]:
        result = []
        for n, line in enumerate(lines, 1):
            if line.quantity <= 0:
                raise ValidationError(_("Line {n}: the quantity must be at least 1.").format(n=n), field="quantity")
            if products is not None:
                product = products.get(line.sku.strip())
            else:
                product = s.scalar(select(ProductRow).where(ProductRow.sku == line.sku.strip()))
            name = line.name if line.name is not None else (product.name if product else None)
            price = (
                line.unit_price_minor
                if line.unit_price_minor is not None
                else (product.price_minor if product else None)
            )
            if name is None or price is None:
                raise ValidationError(
                    _("Line {n}: unknown SKU '{s}'. Add the product first, or give its name and price.").format(
                        n=n, s=line.sku
                    ),
                    field="sku",
                )
            if product is not None and product.currency != currency and line.unit_price_minor is None:
                raise ValidationError(
                    _("Line {n}: {s} is priced in {c}, the order in {d}; give the price in {d}.").format(
                        n=n, s=line.sku, c=product.currency, d=currency
                    ),
                    field="sku",
                )
            if price < 0:
                raise ValidationError(_("Line {n}: the price cannot be negative.").format(n=n), field="price")
            weight = line.weight_g if line.weight_g is not None else (product.weight_g if product else 0)
            result.append(
                OrderLineRow(
                    product=product,
                    sku=line.sku.strip(),
                    name=name,
                    quantity=line.quantity,
                    unit_price_minor=price,
                    weight_g=weight,
                    reserved=False,
                    consumed=False,
                )
            )
        return result

    def _free_shelf_slot(self, s: Session) -> str:
        used = set(s.scalars(select(OrderRow.shelf_slot).where(OrderRow.status == Status.READY_FOR_PICKUP.value)))
        for i in range(1, self.config.shelf_slots + 1):
            slot = f"A{i:03d}"
            if slot not in used:
                return slot
        return "FLOOR"  # every slot taken: the clerk finds it on the floor stack


MAX_PAGE = 1_000_000  # orders in one list; SQLite reads LIMIT -1 as "all", PostgreSQL refuses it
MAX_SEARCH = 500  # characters: longer is a pasted document, not something to find


def _check_page(limit: int | None, offset: int) -> None:
    if limit is not None:
        check_number(limit, _("limit"), low=1, high=MAX_PAGE)
    check_number(offset, _("offset"), low=0, high=2**31 - 1)


# ---------------------------------------------------------------------- row helpers (same transaction)
def _enum(kind, value, field_name: str):
    try:
        return kind(value)
    except ValueError:
        options = ", ".join(v.value for v in kind)
        raise ValidationError(
            _("'{v}' is not a valid {f}; use one of: {o}.").format(v=value, f=field_name, o=options), field=field_name
        ) from None


def _set_address(row: OrderRow, a: domain.Address) -> None:
    row.recipient, row.address_line1, row.address_line2 = a.recipient, a.line1, a.line2
    row.city, row.postcode, row.region, row.country = a.city, a.postcode, a.region, a.country.upper()


def _get_address(row: OrderRow) -> domain.Address:
    return domain.Address(
        row.recipient, row.address_line1, row.address_line2, row.city, row.postcode, row.region, row.country
    )


def _refresh(row: OrderRow) -> None:
    """Keep the denormalised columns (board, search) in step with the order."""
    row.total_minor = sum(line.unit_price_minor * line.quantity for line in row.lines) + (row.shipping_fee_minor or 0)
    row.item_count = sum(line.quantity for line in row.lines)
    row.customer_name = row.customer.name if row.customer else ""
    live = [sh for sh in row.shipments if not sh.cancelled]
    row.tracking_number = live[-1].tracking_number if live else ""
    row.hold_count = sum(1 for h in row.holds if h.resolved_at is None)
    customer = row.customer
    parts = [row.number, row.external_id, row.customer_name, row.recipient]
    if customer is not None:
        parts += [customer.phone, customer.email]
    parts += [sh.tracking_number for sh in row.shipments]
    parts += [line.sku for line in row.lines]
    text = build_search_text(parts)
    if text != row.search_text:
        row.search_text = text


def status_label(status: Status | str, language: str = "en") -> str:
    return LABELS[Status(status)].get(language, LABELS[Status(status)]["en"])
