"""The ledger invariant: every product's counters equal the sums of its movements.

``orderdesk db check`` reports any product where they differ, and reserved units that no open
order line accounts for, naming the SKU and both figures so the fix can be a counted movement.
"""

from __future__ import annotations

from sqlalchemy import and_, case, func, select

from orderdesk.db import Database
from orderdesk.i18n import _
from orderdesk.models import OrderLineRow, ProductRow, StockMovementRow
from orderdesk.services.stock.kinds import ON_HAND_KINDS, RESERVED_KINDS


def ledger_problems(db: Database, limit: int = 20) -> list[str]:
    m = StockMovementRow
    on_hand_sum = func.coalesce(func.sum(case((m.kind.in_([k.value for k in ON_HAND_KINDS]), m.quantity), else_=0)), 0)
    reserved_sum = func.coalesce(
        func.sum(case((m.kind.in_([k.value for k in RESERVED_KINDS]), m.quantity), else_=0)), 0
    )
    sums = select(m.product_id, on_hand_sum.label("on_hand"), reserved_sum.label("reserved")).group_by(m.product_id)
    sums = sums.subquery()
    lines = (
        select(OrderLineRow.product_id, func.sum(OrderLineRow.quantity).label("reserved"))
        .where(OrderLineRow.reserved.is_(True), OrderLineRow.product_id.is_not(None))
        .group_by(OrderLineRow.product_id)
        .subquery()
    )
    ledger_on_hand = func.coalesce(sums.c.on_hand, 0)
    ledger_reserved = func.coalesce(sums.c.reserved, 0)
    lines_reserved = func.coalesce(lines.c.reserved, 0)
    stmt = (
        select(
            ProductRow.sku,
            ProductRow.stock_on_hand,
            ProductRow.reserved,
            ledger_on_hand,
            ledger_reserved,
            lines_reserved,
        )
        .outerjoin(sums, sums.c.product_id == ProductRow.id)
        .outerjoin(lines, lines.c.product_id == ProductRow.id)
        .where(
            (ProductRow.stock_on_hand != ledger_on_hand)
            | (ProductRow.reserved != ledger_reserved)
            | (ProductRow.reserved != lines_reserved)
            | and_(ProductRow.reserved < 0)
        )
        .order_by(ProductRow.sku)
        .limit(limit)
    )
    problems = []
    with db.session() as s:
        for sku, on_hand, reserved, l_on_hand, l_reserved, l_lines in s.execute(stmt):
            if on_hand != l_on_hand or reserved != l_reserved:
                problems.append(
                    _(
                        "Stock of {sku} does not match its ledger: on hand {a} (ledger {b}), reserved {c} (ledger {d})."
                    ).format(sku=sku, a=on_hand, b=l_on_hand, c=reserved, d=l_reserved)
                )
            else:
                problems.append(
                    _("{sku}: {c} reserved, but open order lines hold {d}.").format(sku=sku, c=reserved, d=l_lines)
                )
    return problems
