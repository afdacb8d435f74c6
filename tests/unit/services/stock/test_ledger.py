"""The stock ledger on a real SQLite file: each movement kind, the invariant, refusals."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from orderdesk.domain import Actor
from orderdesk.errors import NotFound, ValidationError
from orderdesk.models import ProductRow, StockMovementRow
from orderdesk.services.stock import MovementKind, StockService
from orderdesk.services.stock.check import ledger_problems
from orderdesk.workflow import MoveRequest, Role, Status
from tests.factories import OWNER, make_order, stock_products

PACKER = Actor("Piotr", Role.PACKER)


@pytest.fixture
def stock(service):
    stock_products(service, stock=10)
    return StockService(service.db, service)


def kinds(db, sku: str) -> list[tuple[str, int]]:
    with db.session() as s:
        rows = s.execute(
            select(StockMovementRow.kind, StockMovementRow.quantity)
            .join(ProductRow, ProductRow.id == StockMovementRow.product_id)
            .where(ProductRow.sku == sku)
            .order_by(StockMovementRow.id)
        )
        return [(k, q) for k, q in rows]


def to_assembling(service, number):
    order = service.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    service.move(number, MoveRequest(Status.PAID, payment_minor=order.total_minor), OWNER)
    return service.move(number, MoveRequest(Status.ASSEMBLING), PACKER)


def test_received_adjusted_counted_each_write_a_movement_and_keep_the_invariant(stock, db):
    stock.receive("MUG-1", 5, OWNER, note="weekly delivery", document="WZ/2026/118")
    stock.adjust("MUG-1", -2, OWNER, reason="broken in transit")
    stock.apply_count({"MUG-1": 11}, OWNER, reason="stocktake shelf A")
    card = stock.card("MUG-1")
    assert (card.product.stock_on_hand, card.product.reserved) == (11, 0)
    assert kinds(db, "MUG-1") == [("counted", 10), ("received", 5), ("adjusted", -2), ("counted", -2)]
    received = card.movements[-2]
    assert (received.document, received.reason, received.actor) == ("WZ/2026/118", "weekly delivery", OWNER.name)
    assert (received.on_hand_after, received.reserved_after) == (15, 0)
    assert ledger_problems(db) == []


def test_order_workflow_reserves_consumes_releases_and_returns_through_the_ledger(stock, service, db):
    number = make_order(service, delivery="pickup_shop", lines=(("MUG-1", 2),))
    to_assembling(service, number)
    service.move(number, MoveRequest(Status.PACKED), PACKER)
    ready = service.move(number, MoveRequest(Status.READY_FOR_PICKUP), PACKER)
    service.move(number, MoveRequest(Status.COLLECTED, pickup_code=ready.pickup_code), OWNER)  # consumed
    service.move(number, MoveRequest(Status.RETURN_REQUESTED, reason="wrong colour"), OWNER)
    service.move(number, MoveRequest(Status.RETURNED, reason="back on the shelf"), OWNER)  # returned
    other = make_order(service, lines=(("MUG-1", 3),))
    to_assembling(service, other)
    service.move(other, MoveRequest(Status.CANCELLED, reason="customer called"), OWNER)  # released
    assert kinds(db, "MUG-1") == [
        ("counted", 10),
        ("reserved", 2),
        ("consumed", -2),
        ("returned", 2),
        ("reserved", 3),
        ("released", -3),
    ]
    card = stock.card("MUG-1")
    assert (card.product.stock_on_hand, card.product.reserved) == (10, 0)
    assert {m.order_number for m in card.movements if m.kind is MovementKind.RELEASED} == {other}
    assert ledger_problems(db) == []


def test_a_move_back_from_shipped_puts_the_units_back_as_restocked(stock, service, db):
    number = make_order(service, lines=(("TEA-2", 1),))
    to_assembling(service, number)
    service.move(number, MoveRequest(Status.PACKED), PACKER)
    service.add_shipment(number, carrier="own", tracking_number="OWN-1", actor=OWNER)
    service.move(number, MoveRequest(Status.SHIPPED), PACKER)
    service.move(number, MoveRequest(Status.PACKED, reason="courier did not come"), OWNER)
    assert kinds(db, "TEA-2")[-3:] == [("consumed", -1), ("restocked", 1), ("reserved", 1)]
    assert ledger_problems(db) == []


def test_a_counter_changed_behind_the_ledger_is_reported_by_the_check(stock, db):
    assert ledger_problems(db) == []
    with db.session(write=True) as s:
        s.execute(update(ProductRow).where(ProductRow.sku == "TEA-2").values(stock_on_hand=99))
    problems = ledger_problems(db)
    assert len(problems) == 1 and "TEA-2" in problems[0] and "99" in problems[0] and "10" in problems[0]


def test_stock_cannot_be_adjusted_below_zero_and_nothing_changes(stock, db):
    with pytest.raises(ValidationError) as refused:
        stock.adjust("MUG-1", -11, OWNER, reason="lost")
    assert refused.value.field == "quantity" and "10" in str(refused.value)
    assert kinds(db, "MUG-1") == [("counted", 10)]


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda st: st.receive("MUG-1", 0, OWNER), "quantity"),
        (lambda st: st.receive("MUG-1", 5_000_000, OWNER), "quantity"),
        (lambda st: st.adjust("MUG-1", 3, OWNER, reason="  "), "reason"),
        (lambda st: st.apply_count({"MUG-1": -1}, OWNER, reason="count"), "quantity"),
    ],
)
def test_bad_quantities_and_missing_reasons_are_refused_with_the_field(stock, call, field):
    with pytest.raises(ValidationError) as refused:
        call(stock)
    assert refused.value.field == field


def test_unknown_product_is_named(stock):
    with pytest.raises(NotFound, match="NOPE-1"):
        stock.receive("NOPE-1", 1, OWNER)


def test_receiving_by_barcode_finds_the_product(stock):
    change = stock.receive("5901234123464", 4, OWNER)  # TEA-2's EAN-13, as a scanner reads it
    assert change.product.sku == "TEA-2" and change.product.stock_on_hand == 14


def test_stocktake_reports_only_the_differences(stock):
    expected = stock.expected(bin_prefix="A-")
    assert [(line.sku, line.expected) for line in expected] == [("MUG-1", 10)]
    changed = stock.apply_count({"MUG-1": 10, "TEA-2": 7}, OWNER, reason="stocktake")
    assert [(c.sku, c.expected, c.counted, c.difference) for c in changed] == [("TEA-2", 10, 7, -3)]


def test_upgrading_a_shop_database_opens_the_ledger_with_its_counters(tmp_path):
    from alembic import command
    from sqlalchemy import text

    from orderdesk.db import Database

    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with db.engine.begin() as conn:
        cfg = db.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005_merge")
        conn.execute(
            text(
                "INSERT INTO products (sku, barcode, name, price_minor, currency, weight_g, stock_on_hand, reserved,"
                " bin_location) VALUES ('OLD-1', '5901234123457', 'Old mug', 100, 'PLN', 0, 7, 0, ''),"
                " ('OLD-2', '5901234123457', 'Same code', 100, 'PLN', 0, 0, 0, '')"
            )
        )
    db.upgrade()
    assert ledger_problems(db) == []
    assert kinds(db, "OLD-1") == [("counted", 7)]
    card = StockService(db).card("OLD-1")
    assert card.product.barcodes == ("5901234123457",)  # a code two products shared stays with the first
    assert StockService(db).card("OLD-2").product.barcodes == ()
    from orderdesk.services.stock import Catalogue

    assert [p.sku for p in Catalogue(db).page("OLD MUG")] == ["OLD-1"]  # searchable from the start
    db.dispose()


def test_a_packer_receives_but_only_the_owner_corrects_or_counts(stock):
    from orderdesk.errors import PermissionDenied

    assert stock.receive("MUG-1", 2, PACKER).product.stock_on_hand == 12
    with pytest.raises(PermissionDenied):
        stock.adjust("MUG-1", -1, PACKER, reason="broken")
    with pytest.raises(PermissionDenied):
        stock.apply_count({"MUG-1": 3}, PACKER, reason="count")
