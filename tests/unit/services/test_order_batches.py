"""Reading and recording many orders at once (batch printing): few statements, one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from orderdesk.errors import NotFound
from orderdesk.models import HistoryRow
from orderdesk.services.orders import OrderService
from tests.factories import OWNER, make_order, stock_products


@pytest.fixture
def numbers(service: OrderService) -> list[str]:
    stock_products(service, stock=100)
    made = [make_order(service, name=f"Customer {i}") for i in range(12)]
    service.add_hold(made[3], "address_problem", "no house number", OWNER)
    service.add_shipment(made[5], carrier="inpost", tracking_number="TRK-5", actor=OWNER)
    return made


class StatementCounter:
    def __init__(self, engine) -> None:
        self.count = 0
        self.engine = engine

    def __enter__(self) -> StatementCounter:
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, *args) -> None:
        self.count += 1


def test_get_many_matches_get_one_by_one_in_the_order_asked(service, numbers):
    wanted = list(reversed(numbers))
    many = service.get_many(wanted)
    assert [o.number for o in many] == wanted
    assert many == [service.get(n, with_history=False) for n in wanted]
    held = many[wanted.index(numbers[3])]
    assert [h.kind for h in held.holds] == ["address_problem"]
    assert many[wanted.index(numbers[5])].active_shipment.tracking_number == "TRK-5"
    assert all(o.lines and o.customer.name for o in many)


def test_get_many_by_id_keeps_the_order_asked(service, numbers):
    ids = [service.get(n).id for n in numbers[:5]]
    assert [o.id for o in service.get_many_by_id(ids[::-1])] == ids[::-1]


def test_get_many_reads_the_batch_in_a_few_statements_not_one_per_order(service, db, numbers):
    with StatementCounter(db.engine) as few:
        service.get_many(numbers[:3])
    with StatementCounter(db.engine) as many:
        service.get_many(numbers)
    # orders+customers, lines+products, the products' barcodes, holds, shipments: whatever the count
    assert many.count == few.count <= 8, (few.count, many.count)


def test_get_many_names_the_first_missing_order(service, numbers):
    with pytest.raises(NotFound, match="2099-000001"):
        service.get_many([numbers[0], "2099-000001"])


def history(db, kind: str = "print") -> list[tuple[int, str, str, dict]]:
    with db.session() as s:
        rows = s.execute(
            select(HistoryRow.order_id, HistoryRow.actor, HistoryRow.to_value, HistoryRow.details)
            .where(HistoryRow.kind == kind)
            .order_by(HistoryRow.id)
        )
        return [tuple(r) for r in rows]


def test_record_history_many_writes_one_entry_per_order_in_one_transaction(service, db, numbers):
    details = {"document": "labels", "target": "file"}
    with StatementCounter(db.engine) as counter:
        written = service.record_history_many(numbers + numbers[:2], "print", OWNER, "labels", details=details)
    assert written == len(numbers)  # each order once
    rows = history(db)
    ids = [service.get(n).id for n in numbers]
    assert [r[0] for r in rows] == ids
    assert {(r[1], r[2]) for r in rows} == {(OWNER.name, "labels")}
    assert all(r[3] == details for r in rows)
    assert counter.count <= 4, counter.count  # the ids, one insert (executemany), begin/commit aside
    entry = service.get(numbers[0]).history[-1]
    assert (entry.kind, entry.to_value, entry.role) == ("print", "labels", OWNER.role.value)


def test_record_history_many_is_all_or_nothing(service, db, numbers):
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(HistoryRow))
    with pytest.raises(NotFound, match="2099-000777"):
        service.record_history_many([*numbers, "2099-000777"], "print", OWNER, "slips")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(HistoryRow)) == before
    assert service.record_history_many([], "print", OWNER) == 0
