"""A store's two mapping tables the owner edits: the store's shipping methods -> the desk's delivery
methods (orders in), and the desk's statuses -> the store's (pushes out).

Both live in the store's settings (``shipping_map``, ``status_map``) as the owner's overrides of the
store kind's built-in tables; ``woocommerce.map_order`` and ``pushes.push_map`` read them. A value
of "" in ``status_map`` means "do not tell the store about this step". The shipping methods the
importer has seen in the store's orders are remembered in ``shipping_seen`` (method or instance
key -> the store's title), so the table lists the methods the shop really uses.

Every change is a read-modify-write of the settings row under a lock (``FOR UPDATE`` on
PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), so a desk saving the table and another desk's round
remembering a method never lose each other's keys. ``orderdesk channels map`` and the window's
Channels → Store mappings use the same functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from orderdesk.db import Database
from orderdesk.errors import NotFound, ValidationError
from orderdesk.i18n import _
from orderdesk.models import ChannelRow, OrderRow
from orderdesk.services.channels.base import StoreOrder
from orderdesk.services.channels.woocommerce import DEFAULT_PUSH_MAP, DEFAULT_SHIPPING_MAP
from orderdesk.workflow import DeliveryMethod, Status

# A WooCommerce shipping method id ("flat_rate", "easypack_parcel_machines_cod") or one of its
# instances ("flat_rate:3": one zone's "Kurier DPD" apart from another's "Kurier InPost").
_METHOD = re.compile(r"^[A-Za-z0-9_.-]{1,60}(:[0-9]{1,10})?$")
# A store status slug: WooCommerce keeps "wc-" + slug in a 20-character column.
_STORE_STATUS = re.compile(r"^[a-z0-9][a-z0-9_-]{0,16}$")
# Never a push target: they hide the order from the shop's list or mean an abandoned checkout.
NOT_A_TARGET = frozenset({"checkout-draft", "trash", "auto-draft"})
STORE_STATUSES = ("pending", "processing", "on-hold", "completed", "cancelled", "refunded", "failed")
SEEN_LIMIT = 200  # methods remembered per store: a plugin minting ids per order cannot grow it forever
DELIVERY_VALUES = frozenset(d.value for d in DeliveryMethod)
# The desk's steps the store may hear about (the rest are the desk's own business).
PUSHABLE = tuple(s.value for s in Status if s is not Status.NEW)  # workflow order


@dataclass(frozen=True)
class ShippingRow:
    method: str  # "flat_rate" or an instance "flat_rate:3"
    title: str  # the store's title of it, "" for a built-in one not seen yet
    delivery: str  # the desk's delivery method it maps to
    default: str  # what the built-in table says ("" = none: carrier)
    seen: bool  # seen in the store's orders


@dataclass(frozen=True)
class StatusRow:
    desk: str  # the desk's status
    store: str  # the store's status pushed ("" = nothing pushed)
    default: str


@dataclass(frozen=True)
class StoreMappings:
    channel: str
    shipping: tuple[ShippingRow, ...]
    statuses: tuple[StatusRow, ...]
    store_statuses: tuple[str, ...]  # the store's statuses known to the desk, for choosing

    def shipping_map(self) -> dict[str, str]:
        return {r.method: r.delivery for r in self.shipping}

    def status_map(self) -> dict[str, str]:
        return {r.desk: r.store for r in self.statuses}


def _row(s: Any, name: str, *, lock: bool = False) -> ChannelRow:
    stmt = select(ChannelRow).where(ChannelRow.name == (name or "").strip().lower())
    row = s.scalar(stmt.with_for_update() if lock else stmt)
    if row is None:
        raise NotFound(_("No store named '{n}'.").format(n=name))
    return row


def load_mappings(db: Database, name: str) -> StoreMappings:
    """The effective tables of a store: built-in rows, rows seen in its orders, the owner's overrides."""
    with db.session() as s:
        row = _row(s, name)
        settings = dict(row.settings or {})
        used = set(s.scalars(select(OrderRow.store_status).where(OrderRow.channel_id == row.id).distinct()))
        channel = row.name
    shipping_map: dict[str, str] = dict(settings.get("shipping_map") or {})
    seen: dict[str, str] = dict(settings.get("shipping_seen") or {})
    methods = sorted(set(DEFAULT_SHIPPING_MAP) | set(seen) | set(shipping_map))
    shipping = tuple(
        ShippingRow(
            method=m,
            title=seen.get(m, ""),
            delivery=shipping_map.get(m) or default_delivery(m, shipping_map),
            default=default_delivery(m, {}),
            seen=m in seen,
        )
        for m in methods
    )
    status_map: dict[str, str] = dict(settings.get("status_map") or {})
    statuses = tuple(
        StatusRow(desk=d, store=status_map.get(d, DEFAULT_PUSH_MAP.get(d, "")), default=DEFAULT_PUSH_MAP.get(d, ""))
        for d in PUSHABLE
    )
    known = set(STORE_STATUSES) | {v for v in status_map.values() if v} | {u for u in used if u}
    ordered = list(STORE_STATUSES) + sorted(known - set(STORE_STATUSES) - NOT_A_TARGET)
    return StoreMappings(channel, shipping, statuses, tuple(ordered))


def default_delivery(method: str, overrides: dict[str, str]) -> str:
    """What an unmapped method gets, as ``woocommerce.map_order`` decides it: its method id's row
    (for an instance "flat_rate:3"), a parcel-locker family's row, else a carrier."""
    base = method.split(":", 1)[0]
    table = {**DEFAULT_SHIPPING_MAP, **overrides}
    if method in DEFAULT_SHIPPING_MAP:
        return DEFAULT_SHIPPING_MAP[method]
    for key in (base, "easypack_parcel_machines" if base.startswith("easypack_parcel_machines") else ""):
        if key and table.get(key):
            return table[key]
    return DeliveryMethod.CARRIER.value


def check_shipping(shipping: dict[str, str]) -> dict[str, str]:
    """The shipping table, validated: one line for the first wrong pair."""
    result: dict[str, str] = {}
    for method, delivery in shipping.items():
        method = (method or "").strip()
        if not _METHOD.match(method):
            raise ValidationError(
                _(
                    "'{m}' is not a shipping method id: use the id the store shows, e.g. flat_rate or flat_rate:3."
                ).format(m=method),
                "shipping",
            )
        if delivery not in DELIVERY_VALUES:
            raise ValidationError(
                _("'{d}' is not a delivery method; use one of: {o}.").format(
                    d=delivery, o=", ".join(sorted(DELIVERY_VALUES))
                ),
                "shipping",
            )
        result[method] = delivery
    return result


def check_statuses(statuses: dict[str, str]) -> dict[str, str]:
    """The status table, validated; "" means the step is not pushed."""
    desk = {s.value for s in Status}
    result: dict[str, str] = {}
    for step, store in statuses.items():
        store = (store or "").strip().lower()
        if step not in desk:
            raise ValidationError(_("'{s}' is not a status of the desk.").format(s=step), "status")
        if store and (not _STORE_STATUS.match(store) or store in NOT_A_TARGET):
            raise ValidationError(
                _(
                    "'{v}' cannot be sent as the store's status for '{s}': use the store's status slug "
                    "(e.g. completed, or a plugin's shipped), or leave it empty to send nothing."
                ).format(v=store, s=step),
                "status",
            )
        result[step] = store
    return result


def _overrides(values: dict[str, str], defaults: dict[str, str]) -> dict[str, str]:
    """Only what differs from the built-in table, so a better default later reaches untouched rows."""
    return {k: v for k, v in values.items() if defaults.get(k, "") != v}


def save_mappings(
    db: Database,
    name: str,
    *,
    shipping: dict[str, str] | None = None,
    statuses: dict[str, str] | None = None,
    replace: bool = True,
) -> StoreMappings:
    """Save the owner's tables (validated first; nothing is saved when a pair is wrong).

    ``replace``: the given table is the whole table (the dialog); otherwise its pairs are merged
    into the saved ones (``orderdesk channels map --status A=B``)."""
    ship = check_shipping(shipping) if shipping is not None else None
    stat = check_statuses(statuses) if statuses is not None else None
    with db.session(write=True) as s:
        row = _row(s, name, lock=True)
        settings = dict(row.settings or {})
        if ship is not None:
            base = {} if replace else dict(settings.get("shipping_map") or {})
            settings["shipping_map"] = _overrides({**base, **ship}, DEFAULT_SHIPPING_MAP)
        if stat is not None:
            base = {} if replace else dict(settings.get("status_map") or {})
            settings["status_map"] = _overrides({**base, **stat}, DEFAULT_PUSH_MAP)
        row.settings = settings
        channel = row.name
    return load_mappings(db, channel)


def shipping_keys(order: StoreOrder) -> dict[str, str]:
    """The keys an order's shipping method is known by -> the store's title for it."""
    if not order.shipping_method:
        return {}
    if not order.shipping_instance:
        return {order.shipping_method: order.shipping_title}
    # A zone's title names that zone's instance only; the method's row stands for every zone.
    return {order.shipping_method: "", f"{order.shipping_method}:{order.shipping_instance}": order.shipping_title}


class SeenShippingMethods:
    """Remembers the shipping methods a store's orders use (one write only when a page brings a new one)."""

    def __init__(self, db: Database, channel_id: int) -> None:
        self.db = db
        self.channel_id = channel_id
        self._known: set[str] | None = None

    def note(self, orders: Iterable[StoreOrder]) -> None:
        seen: dict[str, str] = {}
        for order in orders:
            seen.update(shipping_keys(order))
        if self._known is None:
            with self.db.session() as s:
                row = s.get(ChannelRow, self.channel_id)
                self._known = set((row.settings or {}).get("shipping_seen") or {}) if row else set()
        new = {k: v for k, v in seen.items() if k not in self._known}
        if not new or len(self._known) >= SEEN_LIMIT:
            return  # the usual page: nothing new, no write
        self._known |= new.keys()
        with self.db.session(write=True) as s:
            row = s.scalar(select(ChannelRow).where(ChannelRow.id == self.channel_id).with_for_update())
            if row is None:
                return
            settings = dict(row.settings or {})
            remembered = dict(settings.get("shipping_seen") or {})
            room = max(0, SEEN_LIMIT - len(remembered))
            added = {k: v[:120] for k, v in new.items() if k not in remembered}
            if added and room:
                settings["shipping_seen"] = {**remembered, **dict(list(added.items())[:room])}
                row.settings = settings
