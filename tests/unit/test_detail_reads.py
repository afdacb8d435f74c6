"""Orders read with Core statements are the orders the ORM reads, field by field."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from orderdesk import detail_reads, repository
from orderdesk.demo import create_demo
from orderdesk.models import ChannelRow, OrderRow, ProductRow


def _through_the_orm(session) -> dict[int, object]:
    stmt = select(OrderRow).options(
        selectinload(OrderRow.lines), selectinload(OrderRow.holds), selectinload(OrderRow.shipments)
    )
    return {row.id: repository.to_detail(row) for row in session.scalars(stmt)}


def test_every_demo_order_reads_the_same_as_through_the_orm(db):
    numbers = create_demo(db, 80)  # every status: holds, shipments, pickup codes, shelf slots, COD, returns
    with db.session(write=True) as s:
        channel = ChannelRow(name="shop", kind="woocommerce", base_url="https://shop.example")
        s.add(channel)
        s.flush()
        s.execute(
            update(OrderRow)
            .where(OrderRow.id % 3 == 0)
            .values(channel_id=channel.id, external_id="W-" + OrderRow.number, store_status="processing")
        )
        s.execute(update(ProductRow).where(ProductRow.id % 2 == 0).values(bin_location="A-01-2", barcode="5901234"))
    with db.session() as s:
        expected = _through_the_orm(s)
        by_id = detail_reads.details_batch(s, list(expected), by="id")
        by_number = detail_reads.details_batch(s, numbers, by="number")
    assert by_id == expected
    assert by_number == {o.number: o for o in expected.values()}
    details = list(expected.values())
    assert any(o.holds for o in details) and any(o.shipments for o in details) and any(o.channel for o in details)
    assert any(line.bin_location for o in details for line in o.lines)


def test_more_keys_than_one_statement_takes_and_unknown_keys(db, monkeypatch):
    numbers = create_demo(db, 25)
    monkeypatch.setattr(detail_reads, "BATCH_KEYS", 4)  # several IN lists per table
    with db.session() as s:
        expected = _through_the_orm(s)
        found = detail_reads.details_batch(s, [*numbers, "2026-999999", "nonsense"], by="number")
        assert detail_reads.details_batch(s, [], by="id") == {}
    assert found == {o.number: o for o in expected.values()}
