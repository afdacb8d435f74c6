"""``create_demo``: orders made by the bulk path and walked through the service, their steps dated
between creation and now, with the holds, stock and numbers a shop's own work would leave."""

from __future__ import annotations

from sqlalchemy import func, select

from orderdesk.demo import create_demo
from orderdesk.models import HistoryRow, HoldRow, OrderCounterRow, OrderRow, StockMovementRow, utcnow
from orderdesk.workflow import Status


def test_demo_orders_have_dated_steps_holds_and_stock(db):
    before = utcnow()
    numbers = create_demo(db, orders=120, seed=5)
    assert len(numbers) == len(set(numbers)) == 120
    with db.session() as s:
        orders = {o.id: o for o in s.scalars(select(OrderRow))}
        steps: dict[int, list[HistoryRow]] = {}
        for h in s.scalars(select(HistoryRow).order_by(HistoryRow.id)):
            steps.setdefault(h.order_id, []).append(h)
        holds = list(s.scalars(select(HoldRow)))
        movements = s.scalar(select(func.count()).select_from(StockMovementRow))
        counters = {c.year: c for c in s.scalars(select(OrderCounterRow))}
    assert sorted(o.number for o in orders.values()) == sorted(numbers)
    assert {o.status for o in orders.values()} >= {Status.NEW.value, Status.COMPLETED.value, Status.SHIPPED.value}
    for order in orders.values():
        rows = steps[order.id]
        assert rows[0].kind == "create" and rows[0].at == order.created_at
        ats = [r.at for r in rows]
        assert ats == sorted(ats) and ats[-1] <= utcnow(), order.number  # in order, between creation and now
        moves = [r.at for r in rows if r.kind == "status"]
        assert order.status_changed_at == (moves[-1] if moves else order.created_at)
        assert len(moves) == 0 or order.status != Status.NEW.value
    assert holds, "some demo orders are on hold"
    for hold in holds:
        put_on = [r.at for r in steps[hold.order_id] if r.kind == "hold" and r.to_value == hold.kind]
        assert put_on and hold.created_at == put_on[-1]
    assert movements > 0  # stock reserved and consumed by the moves
    assert all(o.number.startswith(f"{o.created_at.year}-") for o in orders.values())
    assert sum(c.last for c in counters.values()) == 120  # numbered by the counters, no gaps
    assert min(o.created_at for o in orders.values()) < before


def test_demo_steps_carry_their_stays_as_the_triggers_would_store_them(db):
    from sqlalchemy import text

    create_demo(db, orders=60, seed=3)
    with db.engine.connect() as conn:
        wrong = conn.execute(
            text(
                "SELECT count(*) FROM order_history h LEFT JOIN (SELECT id, (julianday(lead(at) OVER w) - "
                "julianday(at)) * 86400.0 AS s FROM order_history WHERE kind IN ('status', 'create') "
                "WINDOW w AS (PARTITION BY order_id ORDER BY at, id)) x ON x.id = h.id "
                "WHERE abs(coalesce(h.stay_seconds, -1) - coalesce(x.s, -1)) > 0.001"
            )
        ).scalar()
        stays = conn.execute(text("SELECT count(stay_seconds) FROM order_history")).scalar()
        triggers = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    assert wrong == 0 and stays > 60  # every dated step's stay, and the steps re-dated after the walk
    assert {"order_history_stay_ai", "order_history_stay_au", "order_history_stay_ad"} <= triggers
