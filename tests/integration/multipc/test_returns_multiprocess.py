"""Returns from several PCs at once (separate processes, one SQLite file or one PostgreSQL
database): return numbers are unique, no unit is returned twice, a refund is recorded once and
refunds never add up to more than was paid."""

from __future__ import annotations

import collections

from sqlalchemy import func, select

from orderdesk.db import Database
from orderdesk.models import ReturnRefundRow
from orderdesk.money import Money
from orderdesk.services.orders import OrderService
from orderdesk.services.returns import ReceivedLine, ReturnRequestLine, ReturnService
from tests.factories import OWNER
from tests.integration.multipc import returns_workers
from tests.support.multiproc import run_processes
from tests.unit.services.returns.helpers import delivered_order

PCS = 4


def test_parallel_returns_get_unique_numbers_and_never_more_units_than_delivered(shop_url):
    db = Database.open(shop_url)
    number = delivered_order(OrderService(db), lines=(("MUG-1", 5),))
    results = run_processes(returns_workers.return_one, [(shop_url, number, 3)] * PCS)
    outcomes = [o for batch in results for o in batch]
    made = sorted(o for o in outcomes if o.startswith("R-"))
    assert len(made) == 5 and len(set(made)) == 5
    assert collections.Counter("refused" if o == "refused" else "made" for o in outcomes) == {
        "made": 5,
        "refused": PCS * 3 - 5,
    }
    assert sum(r.lines[0].quantity for r in ReturnService(OrderService(db)).for_order(number)) == 5
    db.dispose()


def test_parallel_refunds_of_one_return_record_it_once(shop_url):
    db = Database.open(shop_url)
    orders = OrderService(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    r = returns.create_return(number, [ReturnRequestLine("MUG-1", 2, "damaged")], OWNER)
    returns.receive(r.number, [ReceivedLine("MUG-1", 2, "restock")], OWNER)
    results = run_processes(returns_workers.refund, [(shop_url, r.number)] * PCS)
    assert sorted(results)[0] == "5000"
    assert [x for x in results if not x.startswith("refused")] == ["5000"]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ReturnRefundRow)) == 1
    db.dispose()


def test_the_same_part_pressed_on_every_desk_is_recorded_once(shop_url):
    db = Database.open(shop_url)
    orders = OrderService(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    r = returns.create_return(number, [ReturnRequestLine("MUG-1", 2, "damaged")], OWNER)
    returns.receive(r.number, [ReceivedLine("MUG-1", 2, "restock")], OWNER)
    # Every desk read the return before any part (0 refunds seen) and refunds 20.00 of 50.00 now.
    results = run_processes(returns_workers.refund_part, [(shop_url, r.number, 2000, 0)] * PCS)
    assert [x for x in results if not x.startswith("refused")] == ["2000"]
    assert all("another desk" in x for x in results if x.startswith("refused"))
    ret = returns.get(r.number)
    assert (ret.status, ret.refunded.minor, ret.refund_left.minor) == ("partly_refunded", 2000, 3000)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ReturnRefundRow)) == 1
    db.dispose()


def test_parallel_refunds_of_different_returns_never_add_up_to_more_than_was_paid(shop_url):
    db = Database.open(shop_url)
    orders = OrderService(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)  # 77.99 paid
    made = []
    for sku, qty in (("MUG-1", 1), ("MUG-1", 1), ("TEA-2", 1)):
        r = returns.create_return(number, [ReturnRequestLine(sku, qty, "damaged")], OWNER)
        returns.receive(r.number, [ReceivedLine(sku, qty, "restock")], OWNER)
        made.append(r.number)
    # Each desk gives 40.00 of goodwill on another return: only one fits in 77.99.
    results = run_processes(returns_workers.refund_amount, [(shop_url, n, 4000) for n in made])
    assert sorted(x[:8] for x in results) == ["4000", "refused:", "refused:"]
    with db.session() as s:
        assert s.scalar(select(func.sum(ReturnRefundRow.amount_minor))) == 4000
    db.dispose()


def test_the_whole_flow_on_each_backend(shop_url):
    from orderdesk.services.stock.check import ledger_problems
    from orderdesk.workflow import Status

    db = Database.open(shop_url)
    orders = OrderService(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    swap = returns.create_return(number, [ReturnRequestLine("MUG-1", 1, "wrong_item")], OWNER)
    returns.receive(swap.number, [ReceivedLine("MUG-1", 1, "restock")], OWNER)
    replacement = returns.exchange(swap.number, [("MUG-1", 1)], OWNER).exchange_order
    assert orders.get(replacement).status == Status.ASSEMBLING
    rest = returns.create_return(
        number, [ReturnRequestLine("MUG-1", 1, "damaged"), ReturnRequestLine("TEA-2", 1, "other")], OWNER
    )
    assert orders.get(number).status == Status.RETURN_REQUESTED
    returns.receive(rest.number, [ReceivedLine("MUG-1", 1, "repair"), ReceivedLine("TEA-2", 1, "restock")], OWNER)
    assert orders.get(number).status == Status.RETURNED
    returns.refund(rest.number, OWNER, amount=Money(7799 - 2500, "PLN"), reason="the mug was exchanged")
    assert orders.get(number).status == Status.REFUNDED
    assert ledger_problems(db) == []
    db.dispose()
