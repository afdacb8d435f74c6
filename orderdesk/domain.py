"""Plain, immutable objects the repositories return: safe to pass between threads.

No ORM row ever leaves a session; the UI, the CLI and the documents work on these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from orderdesk.money import Money
from orderdesk.workflow import COLLECT_ON_HANDOVER, DEFERRED_PAYMENT, PaymentMethod, Role, Status


@dataclass(frozen=True)
class Actor:
    """Who does something: written into every history entry."""

    name: str
    role: Role = Role.OWNER

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        return cls(name, Role.SYSTEM)


@dataclass(frozen=True)
class Customer:
    id: int | None
    name: str
    phone: str = ""  # E.164 when valid
    email: str = ""
    language: str = ""  # en, ru, pl, zh; "" on a new order: guessed from the address country
    sms_opt_out: bool = False
    email_opt_out: bool = False
    phone_invalid: bool = False  # set when the phone could not be normalised
    vip: bool = False  # a VIP's new orders are priority


@dataclass(frozen=True)
class Address:
    recipient: str = ""
    line1: str = ""
    line2: str = ""
    city: str = ""
    postcode: str = ""
    region: str = ""
    country: str = ""  # ISO 3166 alpha-2

    @property
    def complete(self) -> bool:
        return bool(self.line1.strip() and self.city.strip() and self.postcode.strip() and self.country.strip())

    def lines(self) -> list[str]:
        """Printable address lines, empty parts left out."""
        city_line = " ".join(p for p in (self.postcode, self.city) if p)
        parts = [self.recipient, self.line1, self.line2, city_line, self.region, self.country]
        return [p for p in parts if p]


@dataclass(frozen=True)
class Product:
    id: int
    sku: str
    name: str
    price: Money
    barcode: str = ""
    weight_g: int = 0
    stock_on_hand: int = 0
    reserved: int = 0
    bin_location: str = ""
    barcodes: tuple[str, ...] = ()  # every code of the product, ``barcode`` first
    supplier: str = ""
    reorder_point: int = 0
    reorder_quantity: int = 0
    archived: bool = False

    @property
    def available(self) -> int:
        return self.stock_on_hand - self.reserved


@dataclass(frozen=True)
class OrderLine:
    id: int | None
    sku: str
    name: str
    quantity: int
    unit_price: Money
    weight_g: int = 0
    barcode: str = ""
    bin_location: str = ""
    reserved: bool = False

    @property
    def total(self) -> Money:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class HoldInfo:
    id: int
    kind: str
    reason: str
    created_at: datetime
    created_by: str
    resolved_at: datetime | None = None
    resolved_by: str = ""


@dataclass(frozen=True)
class Shipment:
    id: int
    carrier: str  # own_courier, cdek, inpost, easypost, ...
    service: str
    tracking_number: str
    status: str
    created_at: datetime
    external_id: str = ""
    label_path: str = ""
    label_format: str = ""
    last_synced_at: datetime | None = None
    cancelled: bool = False
    return_number: str = ""  # set: the parcel the customer sends back (a return shipment)

    @property
    def is_return(self) -> bool:
        return bool(self.return_number)


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    actor: str
    role: str
    kind: str  # status, hold, edit, stock, payment, print, label, notification, note, create
    from_value: str = ""
    to_value: str = ""
    reason: str = ""
    details: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ChannelInfo:
    """Where a store order came from: the store's ids and its last known status."""

    name: str
    kind: str
    external_id: str
    external_number: str
    store_status: str


@dataclass(frozen=True)
class OrderSummary:
    """One card on the board or one row in a list: cheap to fetch in bulk."""

    id: int
    number: str
    status: Status
    version: int
    customer_name: str
    total: Money
    amount_paid: Money
    item_count: int
    created_at: datetime
    status_changed_at: datetime
    payment_method: PaymentMethod
    delivery_method: str
    tracking_number: str = ""
    holds: tuple[tuple[str, str], ...] = ()  # (kind, reason) of active holds
    external_id: str = ""
    refund_due: bool = False
    channel: str = ""  # the store's name, for orders from a web store
    store_status: str = ""
    priority: bool = False  # shown first in its column, with a marker
    assigned_to: str = ""  # the person the order is assigned to ("" = nobody)
    return_status: str = ""  # the newest return of the order's lines (services.returns), if any
    carrier_status: str = ""  # a web store's order: its parcel's milestone (services/carriers/status_maps.py)

    @property
    def payment_state(self) -> str:
        return payment_state(
            self.payment_method, self.total.minor, self.amount_paid.minor, self.refund_due, self.status
        )


def payment_state(method: PaymentMethod, total: int, paid: int, refund_due: bool, status: Status) -> str:
    """One of: paid, partly_paid, unpaid, on_delivery, refund_due, refunded."""
    if status is Status.REFUNDED:
        return "refunded"
    if refund_due:
        return "refund_due"
    if paid >= total:
        return "paid"
    if paid > 0:
        return "partly_paid"
    if method in DEFERRED_PAYMENT:
        return "on_delivery"
    return "unpaid"


@dataclass(frozen=True)
class OrderDetail:
    """Everything about one order, with its history."""

    id: int
    number: str
    status: Status
    version: int
    external_id: str
    source: str  # web, phone, import, demo
    created_at: datetime
    status_changed_at: datetime
    customer: Customer
    address: Address
    delivery_method: str
    pickup_point_code: str
    payment_method: PaymentMethod
    currency: str
    shipping_fee_minor: int
    amount_paid_minor: int
    refund_due: bool
    lines: tuple[OrderLine, ...]
    holds: tuple[HoldInfo, ...]
    shipments: tuple[Shipment, ...]
    history: tuple[HistoryEntry, ...]
    notes: str = ""
    pickup_code: str = ""
    shelf_slot: str = ""
    pickup_failures: int = 0
    channel: ChannelInfo | None = None
    priority: bool = False
    assigned_to: str = ""

    # -- derived figures, so every consumer computes them the same way
    @property
    def subtotal_minor(self) -> int:
        return sum(line.unit_price.minor * line.quantity for line in self.lines)

    @property
    def total_minor(self) -> int:
        return self.subtotal_minor + self.shipping_fee_minor

    @property
    def total(self) -> Money:
        return Money(self.total_minor, self.currency)

    @property
    def amount_paid(self) -> Money:
        return Money(self.amount_paid_minor, self.currency)

    @property
    def amount_due_minor(self) -> int:
        return max(self.total_minor - self.amount_paid_minor, 0)

    @property
    def cod_amount(self) -> Money | None:
        """What the courier or the counter must collect, or None."""
        if self.payment_method in COLLECT_ON_HANDOVER and self.amount_due_minor > 0:
            return Money(self.amount_due_minor, self.currency)
        return None

    @property
    def item_count(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def weight_g(self) -> int:
        return sum(line.weight_g * line.quantity for line in self.lines)

    @property
    def active_holds(self) -> tuple[HoldInfo, ...]:
        return tuple(h for h in self.holds if h.resolved_at is None)

    @property
    def active_shipment(self) -> Shipment | None:
        # the outgoing parcel: a return parcel coming back never takes its place
        live = [s for s in self.shipments if not s.cancelled and not s.is_return]
        return live[-1] if live else None

    @property
    def tracking_number(self) -> str:
        shipment = self.active_shipment
        return shipment.tracking_number if shipment else ""

    @property
    def address_complete(self) -> bool:
        return self.address.complete

    @property
    def payment_state(self) -> str:
        return payment_state(
            self.payment_method, self.total_minor, self.amount_paid_minor, self.refund_due, self.status
        )

    def format_minor(self, minor: int, locale: str = "en") -> str:
        return Money(minor, self.currency).format(locale)
