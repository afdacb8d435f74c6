"""The desk's stock levels to the store through the outbox, against the fake WooCommerce shop."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from orderdesk.domain import Actor
from orderdesk.errors import ValidationError
from orderdesk.models import StorePushRow
from orderdesk.money import Money
from orderdesk.services.channels import registry
from orderdesk.workflow import MoveRequest, Status

OWNER = Actor("Olga (owner)")
PRODUCTS = "/wp-json/wc/v3/products"


def _stock_rows(db, status: str = "pending") -> int:
    with db.session() as s:
        return s.scalar(
            select(func.count())
            .select_from(StorePushRow)
            .where(StorePushRow.kind == "stock", StorePushRow.status == status)
        )


def _set_stock(orders, sku: str, on_hand: int) -> None:
    orders.upsert_product(sku, sku, Money(4999, "PLN"), stock_on_hand=on_hand)


def test_nothing_is_queued_for_a_store_that_does_not_take_stock(desk):
    orders, _channel, _sync = desk
    _set_stock(orders, "MUG-1", 7)
    assert _stock_rows(orders.db) == 0


def test_stock_changes_are_pushed_once_per_product_with_the_latest_value(desk, woo):
    orders, _channel, sync = desk
    registry.update_settings(orders.db, "shop", push_stock=True)
    mug = woo.add_product("MUG-1", stock_quantity=50)
    woo.add_product("CANDLE-1", manage_stock=False, stock_quantity=None)
    for on_hand in (40, 30, 12):  # three changes before the round: one push, the last value
        _set_stock(orders, "MUG-1", on_hand)
    _set_stock(orders, "CANDLE-1", 9)
    assert _stock_rows(orders.db) == 2
    report = sync.run("shop")
    assert report.ok, report.error
    assert sorted(report.outgoing.sent) == ["CANDLE-1: stock 9", "MUG-1: stock 12"]
    assert woo.products[mug["id"]]["stock_quantity"] == 12
    candle = next(p for p in woo.products.values() if p["sku"] == "CANDLE-1")
    assert candle["manage_stock"] is True and candle["stock_quantity"] == 9  # sent with manage_stock
    puts = [w for w in woo.writes if w[1].startswith(PRODUCTS)]
    assert len(puts) == 2 and all(body["manage_stock"] is True for _m, _p, body in puts)
    # The store's ids are remembered: the next push needs no look-up by SKU.
    lookups = woo.count("GET", PRODUCTS)
    _set_stock(orders, "MUG-1", 0)
    assert sync.run("shop").outgoing.sent == ["MUG-1: stock 0"]
    assert woo.count("GET", PRODUCTS) == lookups
    assert woo.products[mug["id"]]["stock_status"] == "outofstock"
    assert _stock_rows(orders.db) == 0


def test_reserving_for_an_order_pushes_the_available_quantity(desk, woo):
    orders, _channel, sync = desk
    registry.update_settings(orders.db, "shop", push_stock=True)
    mug = woo.add_product("MUG-1", stock_quantity=50)
    woo.add_order(id=7701)  # 1 mug, 2 candles
    sync.run("shop")
    sync.run("shop")  # whatever the import queued is sent
    number = orders.find_number("7701")
    orders.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    orders.move(number, MoveRequest(Status.ASSEMBLING), OWNER)  # the goods are set aside here
    report = sync.run("shop")
    assert "MUG-1: stock 49" in report.outgoing.sent  # 50 on hand, 1 reserved
    assert woo.products[mug["id"]]["stock_quantity"] == 49


def test_a_refused_stock_change_at_the_desk_queues_nothing(desk, woo):
    orders, _channel, _sync = desk
    registry.update_settings(orders.db, "shop", push_stock=True)
    from orderdesk.services.stock import ledger
    from orderdesk.services.stock.kinds import MovementKind

    product = orders.products("MUG-1")[0]
    with pytest.raises(ValidationError):
        with orders.db.session(write=True) as s:
            ledger.record(s, product.id, MovementKind.COUNTED, -1000, actor="x", keep_on_hand_positive=True)
    assert _stock_rows(orders.db) == 0


def test_a_sku_the_store_does_not_have_is_refused_with_what_to_do(desk, woo):
    orders, _channel, sync = desk
    registry.update_settings(orders.db, "shop", push_stock=True)
    _set_stock(orders, "MUG-1", 3)
    report = sync.run("shop")
    assert len(report.outgoing.refused) == 1
    assert "no product with SKU MUG-1" in report.outgoing.refused[0]
    assert _stock_rows(orders.db, "refused") == 1
    # Once the product exists in the store, the next change goes through.
    woo.add_product("MUG-1", stock_quantity=0)
    _set_stock(orders, "MUG-1", 4)
    assert sync.run("shop").outgoing.sent == ["MUG-1: stock 4"]


VARIATIONS = PRODUCTS + r"/\d+/variations"


def test_a_variations_stock_goes_to_the_variation_endpoint(desk, woo):
    """A variable product's variation has its own SKU and stock (/products/<id>/variations/<vid>).
    This store's /products?sku= does not find variation SKUs, so the variations are read once."""
    orders, _channel, sync = desk
    registry.update_settings(orders.db, "shop", push_stock=True)
    woo.add_product("CANDLE-1", stock_quantity=5)
    other = woo.add_variable_product("SHIRT", {"SHIRT-S": 3, "SHIRT-M": 4})
    shirt = woo.add_variable_product("MUG", {"MUG-RED": 1, "MUG-1": 2, "MUG-BLUE": None})
    _set_stock(orders, "MUG-1", 17)
    report = sync.run("shop")
    assert report.outgoing.sent == ["MUG-1: stock 17"], report.outgoing
    variation = woo.variation_by_sku("MUG-1")
    assert variation["id"] == shirt["variation_ids"]["MUG-1"] and variation["parent_id"] == shirt["id"]
    assert (variation["stock_quantity"], variation["manage_stock"]) == (17, True)
    assert woo.products[shirt["id"]]["stock_quantity"] is None  # the parent is left alone
    assert woo.variation_by_sku("MUG-RED")["stock_quantity"] == 1
    assert woo.variation_by_sku("SHIRT-S")["stock_quantity"] == 3 and other["id"] != shirt["id"]
    puts = [(m, p) for m, p, _b in woo.writes if p.startswith(PRODUCTS)]
    assert puts == [("PUT", f"{PRODUCTS}/{shirt['id']}/variations/{variation['id']}")]
    # The variation's ids are remembered: the next push goes straight to it.
    lookups = woo.count("GET", PRODUCTS) + woo.count("GET", VARIATIONS)
    _set_stock(orders, "MUG-1", 16)
    assert sync.run("shop").outgoing.sent == ["MUG-1: stock 16"]
    assert woo.count("GET", PRODUCTS) + woo.count("GET", VARIATIONS) == lookups
    assert woo.variation_by_sku("MUG-1")["stock_quantity"] == 16


def test_a_store_whose_sku_search_finds_variations_needs_no_walk(desk, woo):
    orders, _channel, sync = desk
    registry.update_settings(orders.db, "shop", push_stock=True)
    woo.skus_find_variations = True  # newer WooCommerce versions answer with the variation itself
    shirt = woo.add_variable_product("MUG", {"MUG-1": 2})
    _set_stock(orders, "MUG-1", 9)
    assert sync.run("shop").outgoing.sent == ["MUG-1: stock 9"]
    assert woo.variation_by_sku("MUG-1")["stock_quantity"] == 9
    assert woo.count("GET", VARIATIONS) == 0 and woo.count("GET", PRODUCTS) == 1
    assert woo.products[shirt["id"]]["stock_quantity"] is None


def test_variations_are_found_on_every_page(desk, woo):
    """More variable products and variations than one page holds (per_page=100 at most)."""
    orders, _channel, sync = desk
    registry.update_settings(orders.db, "shop", push_stock=True)
    for n in range(101):
        woo.add_variable_product(f"P{n}", {f"P{n}-A": 1})
    woo.add_variable_product("BIG", {f"BIG-{n}": 1 for n in range(150)} | {"MUG-1": 0})
    _set_stock(orders, "MUG-1", 6)
    assert sync.run("shop").outgoing.sent == ["MUG-1: stock 6"]
    assert woo.variation_by_sku("MUG-1")["stock_quantity"] == 6


def test_a_variation_deleted_in_the_store_is_looked_up_again(desk, woo):
    orders, _channel, sync = desk
    registry.update_settings(orders.db, "shop", push_stock=True)
    old = woo.add_variable_product("MUG", {"MUG-1": 2})
    _set_stock(orders, "MUG-1", 8)
    assert sync.run("shop").outgoing.sent == ["MUG-1: stock 8"]
    del woo.variations[old["id"]][old["variation_ids"]["MUG-1"]]  # the owner remade the variation
    new = woo.add_variable_product("MUG2", {"MUG-1": 0})
    _set_stock(orders, "MUG-1", 7)
    assert sync.run("shop").outgoing.sent == ["MUG-1: stock 7"]
    assert woo.variations[new["id"]][new["variation_ids"]["MUG-1"]]["stock_quantity"] == 7
    with orders.db.session() as s:
        from orderdesk.models import ChannelRow

        remembered = s.scalar(select(ChannelRow.settings).where(ChannelRow.name == "shop"))["store_products"]
    assert remembered["MUG-1"] == f"{new['id']}/{new['variation_ids']['MUG-1']}"


def test_an_order_for_a_variation_is_matched_by_the_variations_sku(desk, woo):
    orders, _channel, sync = desk
    shirt = woo.add_variable_product("MUG", {"MUG-1": 2})
    woo.add_order(id=7801, line_items=[
        {"id": 78011, "name": "Kubek - czerwony", "product_id": shirt["id"], "variation_id": shirt["variation_ids"]["MUG-1"],
         "quantity": 2, "subtotal": "99.98", "total": "99.98", "sku": "MUG-1", "price": 49.99},
    ])  # fmt: skip
    report = sync.run("shop")
    assert report.ok and len(report.incoming.imported) == 1 and not report.incoming.held
    detail = orders.get(orders.find_number("7801"))
    assert [(line.sku, line.quantity) for line in detail.lines] == [("MUG-1", 2)]


def test_a_sku_sold_in_an_order_needs_no_look_up_for_its_stock(desk, woo):
    """An order's line names the store's product and variation: the round remembers them, so the
    stock push for that SKU goes straight to the variation."""
    orders, _channel, sync = desk
    registry.update_settings(orders.db, "shop", push_stock=True)
    mugs = woo.add_variable_product("MUG", {"MUG-1": 20, "MUG-RED": 5})
    vid = mugs["variation_ids"]["MUG-1"]
    woo.add_order(id=7901, line_items=[
        {"id": 79011, "name": "Kubek", "product_id": mugs["id"], "variation_id": vid, "quantity": 1,
         "subtotal": "49.99", "total": "49.99", "sku": "MUG-1", "price": 49.99},
        {"id": 79012, "name": "Świeca", "product_id": 11, "variation_id": 0, "quantity": 2,
         "subtotal": "49.99", "total": "49.99", "sku": "CANDLE-1", "price": 24.995},
    ])  # fmt: skip
    sync.run("shop")
    with orders.db.session() as s:
        from orderdesk.models import ChannelRow

        remembered = s.scalar(select(ChannelRow.settings).where(ChannelRow.name == "shop"))["store_products"]
    assert remembered["MUG-1"] == f"{mugs['id']}/{vid}" and remembered["CANDLE-1"] == "11"
    lookups = woo.count("GET", PRODUCTS) + woo.count("GET", VARIATIONS)
    _set_stock(orders, "MUG-1", 30)
    assert "MUG-1: stock 30" in sync.run("shop").outgoing.sent
    assert woo.count("GET", PRODUCTS) + woo.count("GET", VARIATIONS) == lookups
    assert woo.variation_by_sku("MUG-1")["stock_quantity"] == 30
