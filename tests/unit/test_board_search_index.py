"""The board's search from the columns' text held in memory: the same answers as the database's
scan, and fresh again as soon as the shop changes."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from orderdesk import board_queries
from orderdesk.board_search import BoardSearchIndex, answers
from orderdesk.domain import Actor
from orderdesk.models import OrderRow
from orderdesk.repository import OrderFilter
from orderdesk.services.orders import OrderService
from orderdesk.services.orders.reading import change_marker_in
from orderdesk.workflow import TERMINAL, MoveRequest, Status
from tests.factories import bulk_database

COLUMNS = tuple(s for s in Status if s not in TERMINAL)
LIMIT = 7
SEARCHES = ["a", "Ko", "kowal", "anna kow", "2026-0", "%", "_", "o'b", "zzz-none", "ЁЛКИН", "tr0", "+48 600"]


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    with bulk_database(tmp_path_factory.mktemp("index") / "orders.sqlite3", 1_500, active=300) as database:
        yield database


def by_scan(db, flt: OrderFilter):
    with db.session() as s:
        counts, ids = board_queries.first_ids_by_status(s, flt, LIMIT, sqlite=True, scan=True)
    return {c: counts.get(c, 0) for c in flt.statuses}, {c: ids[c] for c in flt.statuses}


def by_index(index: BoardSearchIndex, db, flt: OrderFilter):
    with db.session() as s:
        answer = index.first_ids_by_status(s, flt, LIMIT)
    assert answer is not None
    counts, ids = answer
    return {c: counts.get(c, 0) for c in flt.statuses}, {c: ids[c] for c in flt.statuses}


@pytest.mark.parametrize("search", SEARCHES)
def test_the_index_answers_as_the_database_scan(shop, search):
    index = BoardSearchIndex(change_marker_in)
    for columns in (COLUMNS, (Status.NEW,), (Status.PACKED, Status.SHIPPED)):
        flt = OrderFilter(statuses=columns, search=search)
        assert by_index(index, shop, flt) == by_scan(shop, flt), columns


def test_priority_orders_come_first_as_in_the_scan(shop):
    with shop.session(write=True) as s:
        old = s.scalars(
            select(OrderRow.id).where(OrderRow.status == Status.NEW.value).order_by(OrderRow.id).limit(2)
        ).all()
        s.execute(update(OrderRow).where(OrderRow.id.in_(old)).values(priority=True))
    try:
        index = BoardSearchIndex(change_marker_in)
        flt = OrderFilter(statuses=COLUMNS, search="a")
        counts, ids = by_index(index, shop, flt)
        assert (counts, ids) == by_scan(shop, flt)
        assert set(ids[Status.NEW][:2]) == set(old)  # the oldest, first because of their priority
    finally:
        with shop.session(write=True) as s:
            s.execute(update(OrderRow).where(OrderRow.id.in_(old)).values(priority=False))


def test_other_filters_and_big_columns_go_to_the_database(shop):
    index = BoardSearchIndex(change_marker_in, max_rows=100)
    assert not answers(OrderFilter(statuses=COLUMNS, search=""))
    assert not answers(OrderFilter(statuses=COLUMNS, search="a", holds_only=True))
    assert not answers(OrderFilter(statuses=COLUMNS, search="a", delivery_methods=("carrier",)))
    assert not answers(OrderFilter(search="a"))  # no columns: every order
    with shop.session() as s:
        assert index.first_ids_by_status(s, OrderFilter(statuses=COLUMNS, search="a", unpaid_only=True), LIMIT) is None
        assert index.first_ids_by_status(s, OrderFilter(statuses=COLUMNS, search="a"), LIMIT) is None  # 300 > 100
        assert index.first_ids_by_status(s, OrderFilter(statuses=(Status.NEW,), search="a"), LIMIT) is not None


def test_a_change_in_the_shop_is_found_by_the_next_key(tmp_path):
    """A move (history) and a new order (a new id) move the marker: the next search reads again."""
    with bulk_database(tmp_path / "orders.sqlite3", 200, active=60) as db:
        service = OrderService(db)
        index = BoardSearchIndex(change_marker_in)
        flt = OrderFilter(statuses=COLUMNS, search="a")
        before = by_index(index, db, flt)
        assert before == by_scan(db, flt)
        with db.session() as s:
            order_id, number = s.execute(
                select(OrderRow.id, OrderRow.number)
                .where(OrderRow.status == Status.NEW.value)
                .order_by(OrderRow.id.desc())
                .limit(1)
            ).one()
        service.move(number, MoveRequest(Status.CANCELLED, reason="customer asked"), Actor("Olga (owner)"))
        after = by_index(index, db, flt)
        assert after == by_scan(db, flt)
        assert order_id not in after[1][Status.NEW]


def test_the_text_is_read_once_while_the_shop_stays_the_same(shop):
    reads = []
    index = BoardSearchIndex(change_marker_in)
    read = index._read
    index._read = lambda *args: reads.append(args[1]) or read(*args)
    for typed in ("k", "ko", "kow", "kowa", "kowal", "anna"):
        by_index(index, shop, OrderFilter(statuses=COLUMNS, search=typed))
    assert len(reads) == 1
    index.forget()
    by_index(index, shop, OrderFilter(statuses=COLUMNS, search="k"))
    assert len(reads) == 2


def test_cards_come_from_memory_while_their_order_is_unchanged(tmp_path, monkeypatch):
    """The cards the last keys read are shown again from memory; an order whose row changed (its
    version moved, even without a history entry) is read again, and one that vanished is left out."""
    from orderdesk import repository

    with bulk_database(tmp_path / "orders.sqlite3", 200, active=60) as db:
        index = BoardSearchIndex(change_marker_in)
        flt = OrderFilter(statuses=COLUMNS, search="a")
        with db.session() as s:
            _counts, ids = index.first_ids_by_status(s, flt, LIMIT)
            shown = [i for found in ids.values() for i in found]
            first = index.summaries(s, COLUMNS, shown)
            assert first == repository.summaries(s, shown)
        reads: list[list[int]] = []
        summaries = repository.summaries

        def counting(session, wanted):
            reads.append(list(wanted))
            return summaries(session, wanted)

        monkeypatch.setattr(repository, "summaries", counting)
        with db.session() as s:
            again = index.summaries(s, COLUMNS, shown)
        assert again == first and reads == [[]]  # nothing read again
        changed, vanished = shown[0], shown[1]
        with db.session(write=True) as s:  # no history: only the row's version tells
            s.execute(
                update(OrderRow)
                .where(OrderRow.id == changed)
                .values(customer_name="Zofia Nowa", version=OrderRow.version + 1)
            )
            s.execute(OrderRow.__table__.delete().where(OrderRow.id == vanished))
        with db.session() as s:
            third = index.summaries(s, COLUMNS, shown)
        assert reads[-1] == [changed]
        assert [c.id for c in third] == [i for i in shown if i != vanished]
        assert next(c for c in third if c.id == changed).customer_name == "Zofia Nowa"


def test_without_a_snapshot_the_cards_are_read(shop):
    from orderdesk import repository

    index = BoardSearchIndex(change_marker_in)
    with shop.session() as s:
        ids = s.scalars(select(OrderRow.id).order_by(OrderRow.id.desc()).limit(5)).all()
        assert index.summaries(s, COLUMNS, ids) == repository.summaries(s, ids)
        assert index.summaries(s, COLUMNS, []) == []
