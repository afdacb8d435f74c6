"""The tables no order command touches: returns, complaints, purchase orders, carrier tracking
events, leases, store pushes and automation firings. Their classes are mapped when this module
is first imported, so ``orders list``, ``order show`` and ``order move`` (of an order that did
not come from a web store) do not pay for them at start-up (docs/architecture.md).

``orderdesk.models`` still hands out these names (``from orderdesk.models import ReturnRow``
imports this module); ``orderdesk.schema`` imports it so that migrations see every table.
No postponed annotations, as in ``orderdesk.models``.
"""

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from orderdesk.models import Base, OrderRow, utcnow


class PurchaseOrderRow(Base):
    """Stock ordered from a supplier (the re-order list's 'mark as ordered'); receiving closes it."""

    __tablename__ = "purchase_orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    supplier: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)  # open, received, cancelled
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    lines: Mapped[list["PurchaseOrderLineRow"]] = relationship(
        cascade="all, delete-orphan", order_by="PurchaseOrderLineRow.id", lazy="selectin"
    )


class PurchaseOrderLineRow(Base):
    __tablename__ = "purchase_order_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    purchase_order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    received: Mapped[int] = mapped_column(Integer, default=0)


class TrackingEventRow(Base):
    __tablename__ = "tracking_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    code: Mapped[str] = mapped_column(String(80))
    description: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    mapped_status: Mapped[str] = mapped_column(String(20), default="")
    raw: Mapped[dict] = mapped_column(JSON, default=dict)
    __table_args__ = (UniqueConstraint("shipment_id", "at", "code", name="uq_tracking_events_event"),)


class LeaseRow(Base):
    """Who runs a shared round (carrier sync, store sync) right now, on SQLite.

    PostgreSQL uses advisory locks instead (``services/leases.py``); a row here expires so that
    a process that died mid-round does not block the others for ever.
    """

    __tablename__ = "leases"
    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    acquired_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)


class ReturnCounterRow(Base):
    """Per-year counter behind return numbers (R-2026-00001), bumped atomically like order numbers."""

    __tablename__ = "return_counters"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class ReturnRow(Base):
    """A customer's return of some lines of one order; an order may have several."""

    __tablename__ = "returns"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)  # services.returns.kinds.ReturnStatus
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # the replacement order of an exchange (no foreign key: the order is the return's, not its owner)
    exchange_order_id: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)
    lines: Mapped[list["ReturnLineRow"]] = relationship(
        cascade="all, delete-orphan", order_by="ReturnLineRow.id", lazy="selectin"
    )
    order: Mapped[OrderRow] = relationship(lazy="joined")


class ReturnLineRow(Base):
    """One line of a return: which order line, how many, why, and what became of them."""

    __tablename__ = "return_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id", ondelete="CASCADE"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id", ondelete="CASCADE"), index=True)
    sku: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_minor: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(20))  # services.returns.kinds.ReturnReason
    note: Mapped[str] = mapped_column(Text, default="")
    received: Mapped[int] = mapped_column(Integer, default=0)
    restocked: Mapped[int] = mapped_column(Integer, default=0)
    written_off: Mapped[int] = mapped_column(Integer, default=0)
    repair: Mapped[int] = mapped_column(Integer, default=0)
    state_note: Mapped[str] = mapped_column(Text, default="")  # the state the item came back in


class ReturnRefundRow(Base):
    """The money given back for one return: one row per return at most (the unique key is the
    idempotency key, so two desks pressing "Refund" at once record it once)."""

    __tablename__ = "return_refunds"
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    amount_minor: Mapped[int] = mapped_column(Integer)
    lines_minor: Mapped[int] = mapped_column(Integer, default=0)  # what the lines came to
    shipping_minor: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3))
    payment_method: Mapped[str] = mapped_column(String(20))
    api_refund: Mapped[bool] = mapped_column(Boolean, default=False)  # False: paid back by hand
    push_status: Mapped[str] = mapped_column(String(20), default="")  # "", queued (the store refund push is written)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class ReturnPhotoRow(Base):
    """A photo of the state a return arrived in (the parcel, an item), kept with the return."""

    __tablename__ = "return_photos"
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(200), default="")
    content_type: Mapped[str] = mapped_column(String(40))  # image/jpeg, image/png, image/webp
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)  # read only when shown
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class ComplaintRow(Base):
    """A customer's complaint about an order: the claim, what they ask for, the day the shop
    must answer by (from the country's rule) and the decision."""

    __tablename__ = "complaints"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    # The return it belongs to, by number; no foreign key, a complaint may come without a return.
    return_number: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    claim: Mapped[str] = mapped_column(Text)
    ask: Mapped[str] = mapped_column(String(20))  # repair, replacement, refund, price_reduction
    country: Mapped[str] = mapped_column(String(2), default="")  # whose rule set due_on
    due_on: Mapped[date] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(String(10), default="")  # "" while open; accepted, rejected, partly
    decision_text: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    order: Mapped[OrderRow] = relationship(lazy="joined")
    __table_args__ = (Index("ix_complaints_open_due", "decision", "due_on"),)


class StorePushRow(Base):
    """A change to send back to the store, written in the desk change's own transaction."""

    __tablename__ = "store_pushes"
    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="SET NULL"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # status, note, payment, tracking
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)  # pending, sent, refused
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    claimed_by: Mapped[str] = mapped_column(String(100), default="")
    claimed_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    outcome_unknown: Mapped[bool] = mapped_column(Boolean, default=False)  # read back before retrying
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class AutomationFiringRow(Base):
    """One rule fired for one order at one step: the unique key makes a firing happen once,
    even when two PCs run the automation round at the same moment."""

    __tablename__ = "automation_firings"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(40))
    step: Mapped[str] = mapped_column(String(80))  # which stay or occasion: "h123" (the status entry's history id)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("order_id", "rule", "step", name="uq_automation_firings_once"),)
