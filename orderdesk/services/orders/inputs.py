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
    address: domain.Address | None = None
    pickup_point_code: str | None = None
    notes: str | None = None
    shipping_fee_minor: int | None = None
    lines: Sequence[NewLine] | None = None
    expected_version: int | None = None


# ("phone"|"email", value) -> the customer row, for bulk imports that look customers up at once.
CustomerIndex = dict[tuple[str, str], CustomerRow]
