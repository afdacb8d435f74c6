"""A VIP is a flag on the customer: their new orders are priority (actor "automation"), set in the
order window or `orderdesk order vip N on|off`; the older phone list in the settings still counts."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from orderdesk.models import CustomerRow, HistoryRow, OrderRow
from orderdesk.services.history_text import describe
from orderdesk.services.orders.inputs import OrderEdit
from orderdesk.settings import Settings
from orderdesk.wiring import declare_all_settings, order_service
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products
from tests.integration.test_cli import run


@pytest.fixture
def desk(db):
    declare_all_settings()
    service = order_service(db)
    stock_products(service)
    return service, Settings(db)


def priority_rows(db, number: str) -> list[HistoryRow]:
    with db.session() as s:
        oid = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        return list(s.scalars(select(HistoryRow).where(HistoryRow.order_id == oid, HistoryRow.kind == "priority")))


def test_flagging_the_customer_vip_makes_this_and_their_next_orders_priority(desk, db):
    service, _settings = desk
    first = make_order(service)
    assert not service.get(first).priority and not service.get(first).customer.vip
    edited = service.update_order(first, OrderEdit(vip=True), OWNER)
    assert edited.customer.vip and edited.priority
    (row,) = priority_rows(db, first)
    assert row.actor == "automation" and "VIP customer" in row.reason
    edit = next(h for h in edited.history if h.kind == "edit")
    assert describe(edit).what == "Edited: VIP customer: yes"
    # The same customer (found by phone) orders again: priority as it is stored.
    second = make_order(service)
    assert service.get(second).priority and service.get(second).customer.id == edited.customer.id
    # Someone else's order is not.
    assert not service.get(make_order(service, phone="+48 601 111 222", email="jan@example.pl")).priority


def test_flagging_the_customer_vip_also_puts_their_other_open_orders_first(desk, db):
    service, _settings = desk
    waiting, flagged_from = make_order(service), make_order(service)
    closed = make_order(service)
    service.move(closed, MoveRequest(Status.CANCELLED, reason="asked"), OWNER)
    someone_else = make_order(service, phone="+48 601 111 222", email="jan@example.pl")

    service.update_order(flagged_from, OrderEdit(vip=True), OWNER)

    assert service.get(flagged_from).priority and service.get(waiting).priority
    (row,) = priority_rows(db, waiting)  # flagged by the rule, with its own history row
    assert row.actor == "automation" and "VIP customer" in row.reason
    assert not service.get(closed).priority and priority_rows(db, closed) == []  # closed: left as it was
    assert not service.get(someone_else).priority


def test_a_customer_no_longer_vip_gets_no_priority_and_the_flag_is_kept_per_customer(desk, db):
    service, _settings = desk
    number = make_order(service)
    service.update_order(number, OrderEdit(vip=True), OWNER)
    service.update_order(number, OrderEdit(vip=False), OWNER)
    with db.session() as s:
        assert s.scalars(select(CustomerRow.vip)).all() == [False]
    assert service.get(number).priority  # the rules only ever switch priority on
    assert not service.get(make_order(service)).priority


def test_the_older_phone_list_still_makes_a_vip(desk):
    service, settings = desk
    settings.set("automation.priority_vip_phones", "600 123 456")
    number = make_order(service)
    assert service.get(number).priority and not service.get(number).customer.vip


def test_cli_order_vip_on_and_off(tmp_path):
    db = tmp_path / "desk.sqlite3"
    run("demo", "--orders", "3", db=db)
    number = json.loads(run("orders", "list", "--json", db=db).stdout)[0]["number"]
    out = run("order", "vip", number, "on", db=db).stdout
    assert f"{number}: the customer is VIP" in out
    shown = json.loads(run("order", "show", number, "--json", db=db).stdout)
    assert shown["customer"]["vip"] is True and shown["priority"] is True
    assert "VIP" in run("order", "show", number, db=db).stdout
    assert f"{number}: the customer is not VIP" in run("order", "vip", number, "off", db=db).stdout
    assert json.loads(run("order", "show", number, "--json", db=db).stdout)["customer"]["vip"] is False
    bad = run("order", "vip", "NO-SUCH", "on", db=db, check=False)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
