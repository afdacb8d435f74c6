"""Priority orders and assigned work: the rules that flag an order, by hand on and off, the board's
order and filter, the pick list, and assigning to a person, each with its history row."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from orderdesk.board_queries import first_ids_by_status
from orderdesk.domain import Actor
from orderdesk.errors import ValidationError
from orderdesk.models import HistoryRow, OrderRow
from orderdesk.repository import OrderFilter, query_ids, summaries
from orderdesk.services.documents.pick_list import build_pick_list
from orderdesk.services.users import UserService
from orderdesk.settings import Settings
from orderdesk.wiring import declare_all_settings, order_service
from orderdesk.workflow import MoveRequest, Role, Status
from tests.factories import OWNER, make_order, stock_products


@pytest.fixture
def desk(db):
    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    return service, Settings(db)


def entries(db, number: str, kind: str) -> list[HistoryRow]:
    with db.session() as s:
        oid = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        return list(s.scalars(select(HistoryRow).where(HistoryRow.order_id == oid, HistoryRow.kind == kind)))


def test_no_rule_set_no_priority(desk):
    service, _settings = desk
    assert service.get(make_order(service)).priority is False


def test_express_delivery_rule_flags_the_new_order_with_a_history_row(desk, db):
    service, settings = desk
    settings.set("automation.priority_delivery_methods", "own_courier")
    express = make_order(service, delivery="own_courier")
    plain = make_order(service, delivery="carrier")
    assert service.get(express).priority and not service.get(plain).priority
    (row,) = entries(db, express, "priority")
    assert row.actor == "automation" and row.to_value == "on" and "express" in row.reason
    assert entries(db, plain, "priority") == []


def test_vip_phone_rule_matches_the_number_however_it_is_written(desk):
    service, settings = desk
    settings.set("automation.priority_vip_phones", "600-123-456, +48 500 000 000")
    assert service.get(make_order(service, phone="+48 600 123 456")).priority
    assert not service.get(make_order(service, phone="+48 601 111 222")).priority


def test_total_over_a_limit_rule(desk):
    service, settings = desk
    settings.set("automation.priority_total_over", "100")
    big = make_order(service, lines=(("MUG-1", 4),))  # 4 x 25 + 15 shipping = 115
    small = make_order(service, lines=(("MUG-1", 1),))  # 40
    assert service.get(big).priority and not service.get(small).priority


def test_priority_by_hand_on_and_off_writes_history_once(desk, db):
    service, _settings = desk
    number = make_order(service)
    assert service.set_priority(number, True, OWNER, "customer called").priority
    service.set_priority(number, True, OWNER)  # already on: nothing written
    assert not service.set_priority(number, False, OWNER).priority
    assert [(h.to_value, h.actor) for h in entries(db, number, "priority")] == [("on", OWNER.name), ("off", OWNER.name)]


def test_priority_orders_come_first_in_each_board_column_and_on_the_next_page(desk, db):
    service, _settings = desk
    numbers = [make_order(service) for _ in range(5)]
    service.set_priority(numbers[1], True, OWNER)  # an older order
    flt = OrderFilter(statuses=(Status.NEW,))
    with db.session() as s:
        _counts, ids = first_ids_by_status(s, flt, 3, sqlite=db.is_sqlite)
        first = [c.number for c in summaries(s, ids[Status.NEW])]
        page2 = [c.number for c in summaries(s, query_ids(s, flt, sqlite=db.is_sqlite, limit=3, offset=3))]
        cards = {c.number: c for c in summaries(s, ids[Status.NEW])}
    assert first == [numbers[1], numbers[4], numbers[3]]
    assert page2 == [numbers[2], numbers[0]]  # nothing lost or repeated between pages
    assert cards[numbers[1]].priority and not cards[numbers[4]].priority


def test_pick_list_puts_priority_orders_first_and_marks_them(desk):
    service, _settings = desk
    plain = make_order(service, lines=(("MUG-1", 1),))
    urgent = make_order(service, lines=(("FAN-3", 1), ("MUG-1", 2)))
    service.set_priority(urgent, True, OWNER)
    rows = build_pick_list([service.get(plain), service.get(urgent)])
    assert [r.sku for r in rows] == ["MUG-1", "FAN-3"]  # both rows serve the priority order: bin order
    assert rows[0].orders == (("!" + urgent, 2), (plain, 1))
    rows = build_pick_list([service.get(plain), service.get(make_order(service, lines=(("FAN-3", 1),)))])
    assert [r.sku for r in rows] == ["MUG-1", "FAN-3"]
    service.set_priority(rows[1].orders[0][0], True, OWNER)
    rows = build_pick_list([service.get(plain), service.get(rows[1].orders[0][0])])
    assert [r.sku for r in rows] == ["FAN-3", "MUG-1"]  # the priority order's row first


def test_assign_to_a_user_and_to_nobody_with_history_and_the_my_orders_filter(desk, db):
    service, _settings = desk
    users = UserService(db)
    users.create_user("Olga", Role.OWNER, "1234")
    users.create_user("Piotr", Role.PACKER, "5678", Actor("Olga", Role.OWNER))
    mine, other = make_order(service), make_order(service)
    assert service.assign(mine, "Piotr", OWNER).assigned_to == "Piotr"
    with pytest.raises(ValidationError, match="Piotr"):  # says who can be chosen
        service.assign(other, "Nobody", OWNER)
    with db.session() as s:
        assert query_ids(s, OrderFilter(assigned_to="Piotr"), sqlite=db.is_sqlite) == [
            s.scalar(select(OrderRow.id).where(OrderRow.number == mine))
        ]
    assert service.assign(mine, None, OWNER).assigned_to == ""
    assert [(h.from_value, h.to_value) for h in entries(db, mine, "assign")] == [("", "Piotr"), ("Piotr", "")]
    assert entries(db, other, "assign") == []


def _work_queries(db) -> None:
    """Priority first per column and on the next page, My orders, late in Needs attention and
    the bench's next orders: the same answers on each database."""
    from datetime import timedelta

    from sqlalchemy import update

    from orderdesk.models import utcnow
    from orderdesk.services.packing_queue import next_to_pack

    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    users = UserService(db)
    users.create_user("Olga", Role.OWNER, "1234")
    users.create_user("Piotr", Role.PACKER, "5678", Actor("Olga", Role.OWNER))
    numbers = [make_order(service, payment="cash_on_delivery") for _ in range(5)]
    service.set_priority(numbers[1], True, OWNER)
    service.assign(numbers[3], "Piotr", OWNER)
    with db.session(write=True) as s:
        s.execute(
            update(OrderRow)
            .where(OrderRow.number == numbers[0])
            .values(status_changed_at=utcnow() - timedelta(hours=50))
            .execution_options(synchronize_session=False)
        )
    flt = OrderFilter(statuses=(Status.NEW,))
    with db.session() as s:
        sqlite = db.is_sqlite
        _counts, ids = first_ids_by_status(s, flt, 2, sqlite=sqlite)
        first = [c.number for c in summaries(s, ids[Status.NEW])]
        rest = [c.number for c in summaries(s, query_ids(s, flt, sqlite=sqlite, limit=10, offset=2))]
        mine = [c.number for c in summaries(s, query_ids(s, OrderFilter(assigned_to="Piotr"), sqlite=sqlite))]
        attention = OrderFilter(holds_only=True, late_since=((Status.NEW, utcnow() - timedelta(hours=48)),))
        late = [c.number for c in summaries(s, query_ids(s, attention, sqlite=sqlite))]
    assert first == [numbers[1], numbers[4]]
    assert rest == [numbers[3], numbers[2], numbers[0]]
    assert mine == [numbers[3]]
    assert late == [numbers[0]]
    for number in numbers:
        service.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    offered = [c.number for c in next_to_pack(db, "Piotr")]
    assert offered[:2] == [numbers[3], numbers[1]]  # the packer's own, then the priority order


def test_work_queries_on_sqlite(db):
    _work_queries(db)


def test_work_queries_on_postgresql():
    from orderdesk.db import Database
    from tests.support import postgres
    from tests.support.components import require

    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    with postgres.temporary_server() as url:
        db = Database.open(url)
        try:
            _work_queries(db)
        finally:
            db.dispose()


def test_an_edit_that_meets_a_rule_flags_the_order(desk, db):
    from orderdesk.services.orders import NewLine, OrderEdit

    service, settings = desk
    settings.set("automation.priority_total_over", "100")
    number = make_order(service, lines=(("MUG-1", 1),))
    assert not service.get(number).priority
    service.update_order(number, OrderEdit(lines=[NewLine("MUG-1", 5)]), OWNER)
    assert service.get(number).priority
    (row,) = entries(db, number, "priority")
    assert row.actor == "automation" and "total over 100" in row.reason
    service.set_priority(number, False, OWNER, "not urgent after all")
    service.update_order(number, OrderEdit(notes="ring twice"), OWNER)  # not a rule's field: stays off
    assert not service.get(number).priority
