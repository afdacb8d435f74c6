"""What every sales channel (web store, marketplace) module provides, and the plain objects it returns.

A store module turns the store's own order JSON into ``StoreOrder`` (mapping statuses, payment
and shipping methods, money from the store's strings) and sends the desk's changes back. The
importer, the push sender and the mismatch detector work only with these objects, so Allegro,
Ozon Seller or Shopify are one more module implementing ``StoreClient``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from orderdesk.errors import OrderDeskError

# What a store's order status means to the desk (after the store-specific table).
OPEN = "open"  # waiting for the shop: import it
CANCELLED = "cancelled"
DONE = "done"  # completed in the store
REFUNDED = "refunded"
FAILED = "failed"  # payment failed; the customer may pay again
DRAFT = "draft"  # an abandoned checkout: never imported
UNKNOWN = "unknown"  # a plugin's status: imported on a check hold, never dropped
DELETED = "deleted"  # moved to the store's trash: nothing more can go to it (a mismatch hold)


class StoreError(OrderDeskError):
    """The store answered with an error; ``code`` and ``message`` are the store's own words."""

    def __init__(self, message: str, *, status: int = 0, code: str = "", retryable: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.retryable = retryable


class OrderGone(StoreError):
    """The store has no such order any more (deleted, or its id never existed)."""


@dataclass(frozen=True)
class Unreadable:
    """A store order the module could not map (bad data): kept by id and read again next round."""

    external_id: str
    modified: str
    error: str


@dataclass(frozen=True)
class StoreLine:
    sku: str
    name: str
    quantity: int
    unit_price_minor: int
    store_product_id: str = ""


@dataclass(frozen=True)
class StoreOrder:
    """One store order, mapped to the desk's terms. Money in minor units of ``currency``."""

    external_id: str
    external_number: str
    store_status: str
    meaning: str  # OPEN, CANCELLED, ...
    modified: str  # the store's modification time (GMT, ISO seconds): the dedupe key with the id
    created_at: datetime | None
    currency: str
    customer_name: str
    phone: str
    email: str
    language: str
    recipient: str
    line1: str
    line2: str
    city: str
    postcode: str
    region: str
    country: str
    delivery_method: str
    pickup_point_code: str
    payment_method: str
    paid: bool
    lines: tuple[StoreLine, ...]
    shipping_fee_minor: int
    total_minor: int  # the store's total, as the store wrote it
    note: str = ""
    problems: tuple[str, ...] = ()  # shown on a check hold: unknown status, total that does not add up
    admin_url: str = ""
    shipping_method: str = ""  # the store's shipping method id ("flat_rate"), for the mapping table
    shipping_instance: str = ""  # its instance in a shipping zone ("3"), "" when the store has none
    shipping_title: str = ""  # the store's title of it ("Kurier DPD")

    @property
    def address_key(self) -> tuple[str, ...]:
        return (self.recipient, self.line1, self.line2, self.city, self.postcode, self.region, self.country)


@dataclass
class FetchResult:
    orders: list[StoreOrder] = field(default_factory=list)
    requests: int = 0
    cursor: str = ""  # the modification time to start the next round from
    skipped_drafts: int = 0


@dataclass(frozen=True)
class ConnectionReport:
    ok: bool
    message: str
    can_read: bool = False
    can_write: bool = False
    store_name: str = ""
    shipment_tracking: bool = False  # the Shipment Tracking extension's REST namespace is there


class StoreClient(Protocol):
    kind: str

    def test_connection(self) -> ConnectionReport: ...

    def fetch(self, *, since: str | None, open_only: bool) -> Iterator[list[StoreOrder | Unreadable]]:
        """Pages of orders changed after ``since`` (GMT ISO seconds), or the open ones; an order
        that cannot be mapped comes as ``Unreadable`` in its page, never failing the page."""
        ...

    def fetch_one(self, external_id: str) -> StoreOrder | Unreadable | None:
        """One order read again by its id (a retry); None when the store no longer has it."""
        ...

    def set_status(self, external_id: str, store_status: str) -> None: ...

    def mark_paid(self, external_id: str, transaction_id: str = "") -> None: ...

    def add_note(self, external_id: str, text: str, *, to_customer: bool) -> None: ...

    def has_note(self, external_id: str, text: str) -> bool:
        """Read back: is this note already there (after a lost reply)?"""
        ...

    def set_tracking(self, external_id: str, tracking_number: str, carrier: str) -> None: ...

    def set_stock(self, sku: str, quantity: int, store_id: str = "") -> str:
        """Set the stock of the store's product or variation with this SKU; returns the store's id for it."""
        ...

    def refund(self, external_id: str, push: dict) -> None:
        """Make a refund (services/channels/refunds.py writes ``push``); not idempotent."""
        ...

    def has_refund(self, external_id: str, marker: str) -> bool:
        """Read back: is a refund with this marker in its reason there already?"""
        ...

    def close(self) -> None: ...
