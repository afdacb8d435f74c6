"""What callers hand the order service to create or edit an order, and the checks they share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from orderdesk import domain
from orderdesk.models import CustomerRow
from orderdesk.workflow import DeliveryMethod, PaymentMethod

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


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
    vip: bool | None = None  # the customer's VIP flag (their orders are priority)
    address: domain.Address | None = None
    pickup_point_code: str | None = None
    notes: str | None = None
    shipping_fee_minor: int | None = None
    lines: Sequence[NewLine] | None = None
    expected_version: int | None = None


class CustomerIndex:
    """The customers a bulk create may match, found as the one-by-one path's query finds them.

    That query takes the lowest id among the customers whose phone (or e-mail) is the value now;
    a customer whose details an earlier order of the batch changed is found by the new value only,
    and one the batch adds comes after every stored one, in the order added.
    """

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str], list[CustomerRow]] = {}
        self._added: dict[int, int] = {}  # id(row) of a row the batch adds -> its place

    def add(self, row: CustomerRow) -> None:
        """Index ``row`` under its current phone and e-mail (again after they changed)."""
        if row.id is None and id(row) not in self._added:
            self._added[id(row)] = len(self._added)
        for kind in ("phone", "email"):
            value = getattr(row, kind)
            if value:
                rows = self._rows.setdefault((kind, value), [])
                if not any(r is row for r in rows):
                    rows.append(row)

    def find(self, kind: str, value: str) -> CustomerRow | None:
        live = [r for r in self._rows.get((kind, value), ()) if getattr(r, kind) == value]
        return min(live, key=self._place, default=None)

    def _place(self, row: CustomerRow) -> tuple[int, int]:
        return (0, row.id) if row.id is not None else (1, self._added[id(row)])
