"""SQLAlchemy 2 tables. Rows never leave a session: repositories turn them into ``domain`` objects."""

# No ``from __future__ import annotations`` here: Python evaluates each ``Mapped[...]`` as the class
# is made, which is faster than SQLAlchemy evaluating ~250 annotation strings at mapping time (every
# command's start-up, docs/architecture.md). A class named before it is defined goes in quotes.
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names so Alembic migrations work the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC: what every timestamp column stores, on SQLite and PostgreSQL alike."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CustomerRow(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(32), default="", index=True)
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    language: Mapped[str] = mapped_column(String(5), default="en")
    sms_opt_out: Mapped[bool] = mapped_column(Boolean, default=False)
    email_opt_out: Mapped[bool] = mapped_column(Boolean, default=False)
    phone_invalid: Mapped[bool] = mapped_column(Boolean, default=False)
    # A VIP's new orders are priority (services/orders/priority.py); set in the order window.
    vip: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class OptOutEventRow(Base):
    """A customer opting out of a channel, or back in, and when: the messages report counts
    opt-outs by this date (docs/reports.md). Opt-outs older than this table have no row."""

    __tablename__ = "customer_opt_outs"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(8))  # sms, email
    opted_out: Mapped[bool] = mapped_column(Boolean)  # False: opted back in
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    gateway: Mapped[str] = mapped_column(String(40), default="")  # the gateway that reported it; "" by hand
    actor: Mapped[str] = mapped_column(String(100), default="")  # who set it by hand
    __table_args__ = (
        Index("ix_customer_opt_outs_at", "at"),
        Index("ix_customer_opt_outs_customer", "customer_id", "channel"),
    )


class ProductRow(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    barcode: Mapped[str] = mapped_column(String(64), default="", index=True)
    name: Mapped[str] = mapped_column(String(300))
    price_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    weight_g: Mapped[int] = mapped_column(Integer, default=0)
    stock_on_hand: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[int] = mapped_column(Integer, default=0)
    bin_location: Mapped[str] = mapped_column(String(32), default="")
    # Catalogue fields. on hand and reserved change only through services.stock.ledger (the
    # movements ledger sums to them); ``barcode`` is the main one of ``barcodes``.
    supplier: Mapped[str] = mapped_column(String(120), default="", index=True)
    reorder_point: Mapped[int] = mapped_column(Integer, default=0)
    reorder_quantity: Mapped[int] = mapped_column(Integer, default=0)
    # No index on archived: nearly every product is live, and an index there made SQLite sort all
    # of them instead of walking the SKU index for the first page of a search.
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded SKU and name (search.fold)
    # Loaded when asked for (the catalogue asks with selectinload): an order's lines join their
    # product and must not pay a query for barcodes they do not show.
    barcodes: Mapped[list["BarcodeRow"]] = relationship(cascade="all, delete-orphan", order_by="BarcodeRow.id")


class BarcodeRow(Base):
    """One of a product's barcodes: a code belongs to one product only."""

    __tablename__ = "product_barcodes"
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)


class StockMovementRow(Base):
    """The stock ledger: every change of a product's on-hand or reserved counter, signed.

    Which counter a kind moves is ``services.stock.kinds``; the counters always equal the sums.
    """

    __tablename__ = "stock_movements"
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[int] = mapped_column(Integer)
    on_hand_after: Mapped[int] = mapped_column(Integer)
    reserved_after: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="SET NULL"), nullable=True, index=True
    )
    document: Mapped[str] = mapped_column(String(100), default="")
    __table_args__ = (Index("ix_stock_movements_product_id_id", "product_id", "id"),)


# The open statuses (workflow.ACTIVE), written out for a partial index: a query uses it only when
# its WHERE says the same literally (SQLite does not look at bound parameters).
OPEN_ORDERS_WHERE = (
    "status IN ('new', 'confirmed', 'awaiting_payment', 'paid', 'assembling', 'packed', "
    "'ready_for_pickup', 'shipped', 'in_transit')"
)


class OrderRow(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    external_id: Mapped[str] = mapped_column(String(100), default="", index=True)
    source: Mapped[str] = mapped_column(String(20), default="phone")
    status: Mapped[str] = mapped_column(String(20), index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    status_changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    # delivery
    delivery_method: Mapped[str] = mapped_column(String(20))
    recipient: Mapped[str] = mapped_column(String(200), default="")
    address_line1: Mapped[str] = mapped_column(String(300), default="")
    address_line2: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    region: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    pickup_point_code: Mapped[str] = mapped_column(String(40), default="")
    # payment, in minor units of ``currency``
    payment_method: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    shipping_fee_minor: Mapped[int] = mapped_column(Integer, default=0)
    total_minor: Mapped[int] = mapped_column(Integer, default=0)  # lines + shipping, kept by the service
    amount_paid_minor: Mapped[int] = mapped_column(Integer, default=0)
    refund_due: Mapped[bool] = mapped_column(Boolean, default=False)
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    # pickup
    pickup_code: Mapped[str] = mapped_column(String(12), default="")
    shelf_slot: Mapped[str] = mapped_column(String(20), default="")
    pickup_failures: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Denormalised for the board and search; maintained by the order service on every write.
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    tracking_number: Mapped[str] = mapped_column(String(64), default="", index=True)
    hold_count: Mapped[int] = mapped_column(Integer, default=0)
    search_text: Mapped[str] = mapped_column(Text, default="")
    # web store (sales channel) the order came from; unique (channel_id, external_id) below
    # No foreign key: SQLite cannot add one to the existing table (a channel is never deleted).
    channel_id: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)
    external_number: Mapped[str] = mapped_column(String(40), default="")
    store_status: Mapped[str] = mapped_column(String(40), default="")
    store_modified: Mapped[str] = mapped_column(String(30), default="")  # the store's date_modified_gmt seen last
    # Work order: priority orders come first in each board column and on the pick list; an order
    # may be assigned to a person (a user's name; "" = nobody).
    priority: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    assigned_to: Mapped[str] = mapped_column(String(80), default="", server_default="", index=True)

    customer: Mapped[CustomerRow] = relationship(lazy="joined")
    lines: Mapped[list["OrderLineRow"]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLineRow.id"
    )
    holds: Mapped[list["HoldRow"]] = relationship(cascade="all, delete-orphan", order_by="HoldRow.id")
    shipments: Mapped[list["ShipmentRow"]] = relationship(cascade="all, delete-orphan", order_by="ShipmentRow.id")
    channel: Mapped["ChannelRow | None"] = relationship(
        primaryjoin="foreign(OrderRow.channel_id) == ChannelRow.id", viewonly=True, lazy="select"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_orders_status_created", "status", "created_at"),
        Index("ix_orders_hold_count", "hold_count"),
        # Reports, the orders waiting longest: open orders in the order they have waited. The
        # migration makes it partial (WHERE OPEN_ORDERS_WHERE); naming the condition here as
        # postgresql_where would load SQLAlchemy's PostgreSQL dialect on every command's start.
        Index("ix_orders_open_since", "status_changed_at", "id"),
        Index("ix_orders_status_priority_id", "status", "priority", "id"),
        # Two desks importing the same store order at once: the second insert fails, nothing doubles.
        Index("uq_orders_channel_external", "channel_id", "external_id", unique=True),
        # Search indexes are made by hand in the migrations, as each backend needs: the FTS5 table
        # on SQLite, the trigram index ix_orders_search_trgm on PostgreSQL (0006_pg_trgm).
    )


class OrderLineRow(Base):
    __tablename__ = "order_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), nullable=True)
    sku: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_minor: Mapped[int] = mapped_column(Integer)
    weight_g: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[bool] = mapped_column(Boolean, default=False)
    consumed: Mapped[bool] = mapped_column(Boolean, default=False)
    order: Mapped[OrderRow] = relationship(back_populates="lines")
    product: Mapped[ProductRow | None] = relationship(lazy="joined")


class HoldRow(Base):
    __tablename__ = "holds"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolved_by: Mapped[str] = mapped_column(String(100), default="")


HISTORY_STAY_WHERE = "kind IN ('status', 'create') AND stay_seconds IS NOT NULL"
# The statuses the on-time report reads (paid or confirmed, then shipped or ready for pickup),
# written out as migration 0012_handover_index makes its partial index.
HANDOVER_WHERE = "kind = 'status' AND to_value IN ('paid', 'confirmed', 'shipped', 'ready_for_pickup')"


class HistoryRow(Base):
    __tablename__ = "order_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    from_value: Mapped[str] = mapped_column(String(100), default="")
    to_value: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    # On a "create"/"status" row: seconds until the order's next such row, NULL while current.
    # Kept by database triggers (migration 0011_history_stay), whoever writes the history.
    stay_seconds: Mapped[float | None] = mapped_column(Float, nullable=True, default=None)
    __table_args__ = (
        # Reports: when each order reached a status, and the steps within a date range.
        Index("ix_order_history_step", "kind", "to_value", "order_id", "at"),
        Index("ix_order_history_at", "at"),
        # Reports: time in each status, the stays of a status in order of length. The migration
        # makes it partial (WHERE HISTORY_STAY_WHERE), as for ix_orders_open_since.
        Index("ix_order_history_stay", "to_value", "stay_seconds", "at"),
        # Reports, shipped on time: each order's paid / confirmed / shipped / on-the-shelf rows
        # together, so the first of each is a streaming aggregate. Partial (WHERE HANDOVER_WHERE)
        # in its migration, as above.
        Index("ix_order_history_handover", "order_id", "to_value", "at"),
    )


class ShipmentRow(Base):
    __tablename__ = "shipments"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    carrier: Mapped[str] = mapped_column(String(30))
    service: Mapped[str] = mapped_column(String(60), default="")
    tracking_number: Mapped[str] = mapped_column(String(64), default="", index=True)
    external_id: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(60), default="")
    label_path: Mapped[str] = mapped_column(String(500), default="")
    label_format: Mapped[str] = mapped_column(String(10), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_synced_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    idempotency_key: Mapped[str | None] = mapped_column(String(100), unique=True, nullable=True)
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class OutboxRow(Base):
    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="SET NULL"), nullable=True, index=True
    )
    channel: Mapped[str] = mapped_column(String(20))  # sms, email
    kind: Mapped[str] = mapped_column(String(40), default="")
    recipient: Mapped[str] = mapped_column(String(254), default="")
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    gateway: Mapped[str] = mapped_column(String(30), default="")
    gateway_id: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OrderCounterRow(Base):
    """Per-year counter behind the human-friendly order numbers (2026-000123)."""

    __tablename__ = "order_counters"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class ChannelRow(Base):
    """A connected web store or marketplace. Secrets are in the keyring, never here."""

    __tablename__ = "channels"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[str] = mapped_column(String(30))  # woocommerce, ...
    base_url: Mapped[str] = mapped_column(String(300))
    settings: Mapped[dict] = mapped_column(JSON, default=dict)
    cursor: Mapped[str] = mapped_column(String(40), default="")  # the store's modified time reached
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


# The tables no order command touches live in ``models_extra`` (mapped on first import, see its
# docstring); their names are still found here, as ``from orderdesk.models import ReturnRow``.
EXTRA_ROWS = frozenset(
    {
        "PurchaseOrderRow",
        "PurchaseOrderLineRow",
        "TrackingEventRow",
        "LeaseRow",
        "ReturnCounterRow",
        "ReturnRow",
        "ReturnLineRow",
        "ReturnRefundRow",
        "ReturnPhotoRow",
        "ComplaintRow",
        "StorePushRow",
        "AutomationFiringRow",
    }
)


def __getattr__(name: str) -> type[Base]:
    if name in EXTRA_ROWS:
        import importlib

        return getattr(importlib.import_module("orderdesk.models_extra"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
