"""Two desks deciding the same complaint at the same moment, on SQLite and PostgreSQL: one
decision is recorded, the other desk is told it was already decided; one history row, one
message to the customer."""

from __future__ import annotations

import multiprocessing

from sqlalchemy import select

from orderdesk.models import HistoryRow, OutboxRow


def _decide(url: str, complaint_id: int, decision: str, barrier) -> str:
    from orderdesk.db import Database
    from orderdesk.errors import ValidationError
    from orderdesk.services.complaints import ComplaintService
    from orderdesk.wiring import declare_all_settings, order_service
    from tests.factories import OWNER

    db = Database.open(url)
    declare_all_settings()
    complaints = ComplaintService(order_service(db))
    barrier.wait()
    try:
        complaints.decide(complaint_id, decision, f"{decision} by this desk", OWNER)
        return "decided"
    except ValidationError as exc:
        return str(exc)
    finally:
        db.dispose()


def test_one_decision_wins_across_processes(shop_url):
    from orderdesk.db import Database
    from orderdesk.services.complaints import ComplaintService
    from orderdesk.wiring import declare_all_settings, order_service
    from tests.factories import OWNER, make_order, stock_products

    db = Database.open(shop_url)
    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    complaints = ComplaintService(service)
    ids = [complaints.create(make_order(service), "broken", "refund", OWNER).id for _ in range(3)]
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Manager().Barrier(2)
    with ctx.Pool(2) as pool:
        for complaint_id in ids:
            outcomes = pool.starmap(
                _decide, [(shop_url, complaint_id, "accepted", barrier), (shop_url, complaint_id, "rejected", barrier)]
            )
            assert sorted(o == "decided" for o in outcomes) == [False, True], outcomes
            assert any("already decided" in o for o in outcomes)
    with db.session() as s:
        for complaint_id in ids:
            decided = complaints.get(complaint_id)
            assert decided.decision in ("accepted", "rejected") and decided.decision in decided.decision_text
            rows = s.scalars(
                select(HistoryRow).where(HistoryRow.kind == "complaint", HistoryRow.from_value == "received")
            ).all()
            assert len([r for r in rows if r.details.get("complaint") == complaint_id]) == 1
            answers = s.scalars(
                select(OutboxRow).where(OutboxRow.idempotency_key.like(f"%complaint{complaint_id}:complaint_answered%"))
            ).all()
            assert len(answers) == 1
    db.dispose()
