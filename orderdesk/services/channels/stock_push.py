"""The desk's stock levels to the stores: a product's available quantity, pushed through the outbox.

Every change of a product's counters (services/stock/ledger.py) calls ``queue_stock_push`` in
its own transaction. Pushes are coalesced: while a stock push for the product is waiting
(not yet claimed by a sender), nothing more is queued, and the sender reads the quantity when
it sends, so a round sends one push per product with the latest value. The value is absolute
(on hand minus reserved, never below zero), so sending it twice is harmless (fact sheet:
"Stock"). A store takes stock pushes only when its ``push_stock`` setting is on: the desk then
owns the store's stock numbers.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session

from orderdesk.models import ChannelRow, ProductRow
from orderdesk.services.channels.outbox import queue_push


def _key_prefix(channel_id: int, product_id: int) -> str:
    return f"c{channel_id}:stock:p{product_id}:"


_READ_ONCE = "orderdesk.stock_push_channels"  # key in Session.info


def _pushing_channels(s: Session) -> list[ChannelRow]:
    once = s.info.get(_READ_ONCE)
    if once is not None:
        return once
    return [
        c
        for c in s.scalars(select(ChannelRow).where(ChannelRow.active.is_(True)))
        if (c.settings or {}).get("push_stock")
    ]


@contextmanager
def stores_read_once(s: Session) -> Iterator[None]:
    """Inside, the stores that take stock pushes are read once, not at every stock movement (a
    batch of moves reserves and consumes hundreds of lines; nothing in it changes the stores)."""
    s.info[_READ_ONCE] = _pushing_channels(s)
    try:
        yield
    finally:
        s.info.pop(_READ_ONCE, None)


def queue_stock_push(s: Session, product_id: int) -> int:
    """Queue the product's stock for every store that takes stock pushes; returns how many were queued."""
    channels = _pushing_channels(s)
    if not channels:
        return 0
    sku = s.scalar(select(ProductRow.sku).where(ProductRow.id == product_id))
    if not sku:
        return 0
    from orderdesk.models_extra import StorePushRow  # only with a store that takes stock (start-up time)

    queued = 0
    for channel in channels:
        prefix = _key_prefix(channel.id, product_id)
        waiting = s.scalar(
            select(StorePushRow.id)
            .where(
                StorePushRow.status == "pending",
                StorePushRow.kind == "stock",
                StorePushRow.claimed_by == "",
                StorePushRow.idempotency_key.startswith(prefix),
            )
            .limit(1)
        )
        if waiting is not None:
            continue  # that push will send the latest value: one push per product per round
        payload = {"product_id": product_id, "sku": sku}
        queued += queue_push(s, channel, None, "stock", payload, prefix + uuid.uuid4().hex)
    return queued


def available_now(s: Session, product_id: int) -> int | None:
    """What the store should show: on hand minus reserved, never below zero (None: product gone)."""
    row = s.execute(
        select(ProductRow.stock_on_hand, ProductRow.reserved).where(ProductRow.id == product_id)
    ).one_or_none()
    return None if row is None else max(0, row[0] - row[1])
