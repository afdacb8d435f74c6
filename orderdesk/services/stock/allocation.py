"""An order's lines and the stock: reserve, release, consume, put back; each a ledger movement.

Called inside the order service's transaction. Lines are taken in product order, so two
transactions that touch the same products lock their rows in the same order (no deadlock on
PostgreSQL).
"""

from __future__ import annotations

from sqlalchemy import func, select

from orderdesk.models import OrderLineRow, OrderRow
from orderdesk.services.stock import ledger
from orderdesk.services.stock.kinds import MovementKind


def _lines(row: OrderRow) -> list[OrderLineRow]:
    for line in row.lines:
        if line.product_id is None and line.product is not None:
            line.product_id = line.product.id  # a line added in this transaction, not flushed yet
    with_product = [line for line in row.lines if line.product_id is not None]
    return sorted(with_product, key=lambda line: (line.product_id, line.id or 0))


def _add(totals: dict[str, int], sku: str, quantity: int) -> None:
    totals[sku] = totals.get(sku, 0) + quantity


def reserve_lines(s, row: OrderRow, actor: str, reason: str = "") -> tuple[dict[str, int], dict[str, int]]:
    """Reserve every line not yet reserved; returns (reserved by SKU, still short by SKU)."""
    reserved: dict[str, int] = {}
    short: dict[str, int] = {}
    for line in _lines(row):
        if line.reserved or line.consumed:
            continue
        if ledger.reserve(s, line.product_id, line.quantity, actor=actor, order_id=row.id, reason=reason):
            line.reserved = True
            _add(reserved, line.sku, line.quantity)
        else:
            available = ledger.counters(s, line.product_id).available
            _add(short, line.sku, line.quantity - max(available, 0))
    return reserved, short


def release_lines(s, row: OrderRow, actor: str, reason: str = "") -> dict[str, int]:
    released: dict[str, int] = {}
    for line in _lines(row):
        if line.reserved:
            ledger.record(
                s, line.product_id, MovementKind.RELEASED, -line.quantity, actor=actor, reason=reason, order_id=row.id
            )
            line.reserved = False
            _add(released, line.sku, line.quantity)
    return released


def consume_lines(s, row: OrderRow, actor: str, reason: str = "") -> dict[str, int]:
    consumed: dict[str, int] = {}
    for line in _lines(row):
        if line.reserved:
            ledger.record(
                s, line.product_id, MovementKind.CONSUMED, -line.quantity, actor=actor, reason=reason, order_id=row.id
            )
            line.reserved, line.consumed = False, True
            _add(consumed, line.sku, line.quantity)
    return consumed


def restock_lines(
    s, row: OrderRow, actor: str, reason: str = "", kind: MovementKind = MovementKind.RESTOCKED
) -> dict[str, int]:
    restocked: dict[str, int] = {}
    # Units already booked back by a return of lines (restocked, written off or in repair) are not
    # put back a second time when the whole order is then moved to Returned.
    booked = _received_by_returns(s, row.id) if kind is MovementKind.RETURNED else {}
    for line in _lines(row):
        if line.consumed:
            quantity = line.quantity - booked.get(line.id, 0)
            if quantity > 0:
                ledger.record(s, line.product_id, kind, quantity, actor=actor, reason=reason, order_id=row.id)
                _add(restocked, line.sku, quantity)
            line.consumed = False
    return restocked


def _received_by_returns(s, order_id: int | None) -> dict[int, int]:
    if order_id is None:
        return {}
    from orderdesk.models_extra import ReturnLineRow, ReturnRow  # only a return's restock reads them

    rows = s.execute(
        select(ReturnLineRow.order_line_id, func.sum(ReturnLineRow.received))
        .join(ReturnRow, ReturnRow.id == ReturnLineRow.return_id)
        .where(ReturnRow.order_id == order_id)
        .group_by(ReturnLineRow.order_line_id)
    )
    return {line_id: int(n or 0) for line_id, n in rows}
