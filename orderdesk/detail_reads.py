"""Whole orders for many keys at once, read with Core statements instead of ORM objects.

A print batch, the list's details and the demo read hundreds or thousands of orders only to turn
them into ``domain.OrderDetail`` values. Loading them as ORM objects cost more than everything
else the read does (each row an instrumented object in the identity map, each attribute read
through a descriptor: about 0.2 ms an order with its lines). Here each table is one ``SELECT``
per 500 keys and each row a plain object with the mapped attributes' names, so it reads as the
ORM object would, and ``repository.to_detail`` turns it into the same value. The related
rows are gathered as the relationships in ``models`` define them: the customer, the lines (with
their products), the holds and the shipments in id order, the store channel.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from orderdesk import domain
from orderdesk.models import ChannelRow, CustomerRow, HoldRow, OrderLineRow, OrderRow, ProductRow, ShipmentRow
from orderdesk.repository import BATCH_KEYS, to_detail


class Record:
    """A row's columns as attributes named as the mapped class names them, plus related records."""


@cache
def _columns(model: type) -> tuple[tuple, tuple[str, ...]]:
    """Every mapped column of ``model`` and the name of its attribute."""
    props = inspect(model).column_attrs
    return tuple(prop.columns[0] for prop in props), tuple(prop.key for prop in props)


def _records(session: Session, model: type, column, keys: Iterable, order=None) -> list[Record]:
    wanted = sorted(set(keys) - {None})
    columns, names = _columns(model)
    connection = session.connection()  # no ORM loading at all (``details_batch`` flushed first)
    found: list[Record] = []
    for start in range(0, len(wanted), BATCH_KEYS):
        stmt = select(*columns).where(column.in_(wanted[start : start + BATCH_KEYS]))
        if order is not None:
            stmt = stmt.order_by(order)
        for row in connection.execute(stmt):
            record = Record()
            record.__dict__ = dict(zip(names, row, strict=True))
            found.append(record)
    return found


def _grouped(records: list[Record], key: Callable[[Record], Any]) -> dict[Any, list[Record]]:
    groups: dict[Any, list[Record]] = defaultdict(list)
    for record in records:
        groups[key(record)].append(record)
    return groups


def details_batch(
    session: Session, keys: Sequence[int] | Sequence[str], *, by: str = "number"
) -> dict[int | str, domain.OrderDetail]:
    """Orders (without history) for many numbers or ids, keyed as asked; missing keys are left out."""
    column = OrderRow.number if by == "number" else OrderRow.id
    # The statements go through the session's connection, past its autoflush: what the ORM would
    # flush before a query is flushed here, once.
    if session.autoflush:
        session.flush()
    orders = _records(session, OrderRow, column, dict.fromkeys(keys))
    if not orders:
        return {}
    ids = [o.id for o in orders]
    customers = {c.id: c for c in _records(session, CustomerRow, CustomerRow.id, (o.customer_id for o in orders))}
    lines = _records(session, OrderLineRow, OrderLineRow.order_id, ids, OrderLineRow.id)
    products = {p.id: p for p in _records(session, ProductRow, ProductRow.id, (line.product_id for line in lines))}
    for line in lines:
        line.product = products.get(line.product_id)
    lines_of = _grouped(lines, lambda line: line.order_id)
    holds_of = _grouped(_records(session, HoldRow, HoldRow.order_id, ids, HoldRow.id), lambda h: h.order_id)
    shipments = _records(session, ShipmentRow, ShipmentRow.order_id, ids, ShipmentRow.id)
    shipments_of = _grouped(shipments, lambda s: s.order_id)
    channels = {c.id: c for c in _records(session, ChannelRow, ChannelRow.id, (o.channel_id for o in orders))}
    found: dict[int | str, domain.OrderDetail] = {}
    for order in orders:
        order.customer = customers.get(order.customer_id)
        order.lines = lines_of.get(order.id, [])
        order.holds = holds_of.get(order.id, [])
        order.shipments = shipments_of.get(order.id, [])
        order.channel = channels.get(order.channel_id)
        found[order.number if by == "number" else order.id] = to_detail(order)
    return found
