"""create_orders: many new orders at once, the same orders create_order makes one by one."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import event, func, select

from orderdesk.db import Database
from orderdesk.domain import Address, Customer
from orderdesk.models import CustomerRow, HistoryRow
from orderdesk.services.order_bulk import create_orders
from orderdesk.services.orders import NewLine, NewOrder, OrderService
from tests.factories import OWNER, make_order, stock_products


def new_order(i: int, **changes) -> NewOrder:
    names = ["Anna Kowalska", "Иван Петров", "王伟", "John Smith"]
    order = NewOrder(
        customer=Customer(None, names[i % 4], phone=f"+48 600 100 {i % 7:03d}", email=f"c{i % 5}@example.pl"),
        lines=[NewLine("MUG-1", 1 + i % 3), NewLine("TEA-2", 1), NewLine("OWN-9", 2, "Own thing", 1234, 50)],
        delivery_method="carrier",
        payment_method="prepaid_online",
        currency="PLN",
        address=Address(names[i % 4], "ul. Długa 5", "", "Kraków", "30-001", "", "PL"),
        shipping_fee_minor=1500,
        external_id=f"WEB-{i}",
        source="web",
    )
    return replace(order, **changes)


def comparable(order) -> tuple:
    lines = tuple((x.sku, x.name, x.quantity, x.unit_price, x.weight_g) for x in order.lines)
    c = order.customer
    return (order.number, order.status, order.external_id, order.total_minor, lines, order.address,
            (c.name, c.phone, c.email, c.phone_invalid), [(h.kind, h.to_value, h.reason) for h in order.history])  # fmt: skip


@pytest.fixture
def two_services(tmp_path):
    made = []
    for name in ("one-by-one", "bulk"):
        db = Database.open(tmp_path / f"{name}.sqlite3")
        service = OrderService(db)
        stock_products(service)
        make_order(service, phone="+48 600 100 003", email="c3@example.pl", name="Old Name")  # a known customer
        made.append(service)
    yield made
    for service in made:
        service.db.dispose()


def test_bulk_orders_are_the_orders_create_order_makes(two_services):
    one, bulk = two_services
    news = [new_order(i) for i in range(40)]
    expected = [one.create_order(n, OWNER).number for n in news]
    results = create_orders(bulk, news, OWNER)
    assert [r.number for r in results] == expected and not any(r.error for r in results)
    for number in expected:
        assert comparable(bulk.get(number)) == comparable(one.get(number))
    with one.db.session() as a, bulk.db.session() as b:
        count = select(func.count()).select_from(CustomerRow)
        assert a.scalar(count) == b.scalar(count)  # the same customers matched by phone and e-mail
    assert [o.number for o in bulk.search("c3@example.pl", limit=100)] == [
        o.number for o in one.search("c3@example.pl", limit=100)
    ]
    # and the counter goes on after them
    assert make_order(bulk) == make_order(one)


def test_a_refused_order_gets_its_error_and_the_others_go_in_without_gaps(service, db):
    stock_products(service)
    news = [new_order(0), new_order(1, lines=[NewLine("NOPE-1", 1)]), new_order(2, customer=Customer(None, " ")),
            new_order(3)]  # fmt: skip
    with db.session() as s:
        customers_before = s.scalar(select(func.count()).select_from(CustomerRow))
    results = create_orders(service, news, OWNER)
    assert [bool(r.number) for r in results] == [True, False, False, True]
    assert "NOPE-1" in str(results[1].error) and results[2].error.field == "customer_name"
    first, last = (int(r.number.split("-")[1]) for r in (results[0], results[3]))
    assert last == first + 1  # refused orders take no number
    with db.session() as s:
        # new_order(1) and (2) name new phones: refused, they leave no customer behind
        assert s.scalar(select(func.count()).select_from(CustomerRow)) == customers_before + 2
        assert s.scalar(select(func.count()).select_from(HistoryRow).where(HistoryRow.kind == "create")) == 2


def test_lookups_do_not_grow_with_the_orders(service, db):
    """Products, customers, numbers and ids are looked up once per chunk, not once per order."""
    stock_products(service)
    seen: list[list[str]] = []

    def keep(_conn, _cursor, statement, *_args) -> None:
        if not statement.startswith("INSERT INTO order_history"):
            seen[-1].append(" ".join(statement.split()[:3]).rstrip(","))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        for size, offset in ((5, 0), (60, 100)):
            seen.append([])
            create_orders(service, [new_order(offset + i) for i in range(size)], OWNER)
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    few, many = seen
    selects = [[x for x in run if x.startswith("SELECT")] for run in seen]
    # products (+ barcodes), customers, the priority rules' three settings, the next ids; on
    # SQLite the triggers the batch sets aside and the history's last id (orderdesk/bulk.py)
    assert len(selects[1]) == len(selects[0]) <= 12, seen
    assert many.count("UPDATE order_counters SET") == few.count("UPDATE order_counters SET") == 1, seen  # one block
    for table in ("orders", "order_lines"):  # one executemany per table
        assert many.count(f"INSERT INTO {table}") == few.count(f"INSERT INTO {table}") == 1, (table, seen)
    assert few.count("INSERT INTO customers") == 1  # the second batch's customers are all known by now


def test_orders_arriving_on_hold_go_in_with_the_others_and_tell_the_listeners(service, db):
    """A store order needing a look is written by the same statements as the rest of its page,
    and the listeners hear of its hold and its creation as ``create_order`` tells them."""
    from orderdesk.models import HoldRow, OrderRow
    from orderdesk.services.orders import HoldAdded
    from orderdesk.services.orders.events import OrderCreated
    from orderdesk.workflow import Hold

    stock_products(service)
    heard: list = []
    service.listeners.append(lambda _s, event: heard.append(event))
    check = Hold.CHANNEL_CHECK.value
    news = [new_order(i) for i in range(20)]
    for i in (4, 11):
        news[i] = replace(news[i], holds=((check, f"Items not in the catalogue: X-{i}.", {"store_status": "on-hold"}),))
    inserts: list[str] = []

    def keep(_conn, _cursor, statement, *_args) -> None:
        if statement.startswith("INSERT"):
            inserts.append(" ".join(statement.split()[:3]))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        results = create_orders(service, news, OWNER)
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    assert not any(r.error for r in results)
    assert inserts.count("INSERT INTO orders") == 1 and inserts.count("INSERT INTO holds") == 1, inserts
    held = {results[4].number, results[11].number}
    assert {e.number for e in heard if isinstance(e, HoldAdded)} == held
    assert {e.number for e in heard if isinstance(e, OrderCreated)} == held  # the others: as before, none
    with db.session() as s:
        for e in heard:
            order = s.scalar(select(OrderRow).where(OrderRow.number == e.number))
            assert order.hold_count == 1 and e.order_id == order.id
            if isinstance(e, HoldAdded):
                hold = s.get(HoldRow, e.hold_id)
                assert (hold.order_id, hold.kind, hold.resolved_at) == (order.id, check, None)
            else:
                created = s.get(HistoryRow, e.history_id)
                assert (created.order_id, created.kind) == (order.id, "create")
    for number in held:
        detail = service.get(number)
        assert [h.kind for h in detail.holds] == [Hold.CHANNEL_CHECK] and "X-" in detail.holds[0].reason
        assert [h.kind for h in detail.history] == ["create", "hold"]
