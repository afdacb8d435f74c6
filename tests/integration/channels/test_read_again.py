"""A store order the round cannot take (bad data, a database refusal) is kept by id and read
again next round, against the strict fake WooCommerce shop over real HTTP."""

from __future__ import annotations

from sqlalchemy import text

from orderdesk.services.channels.registry import get_channel
from orderdesk.services.channels.sync import retry_list
from orderdesk.settings import Settings

ORDER = "/wp-json/wc/v3/orders/{i}"


def _no_overlap(db) -> None:
    # The next round's page must not bring the order back by itself: only the retry list may.
    Settings(db).set("channels.overlap_seconds", 0)


def test_an_order_with_bad_data_does_not_fail_the_round_and_is_read_again_by_id(desk, woo):
    orders, _channel, sync = desk
    _no_overlap(orders.db)
    woo.add_order(id=2101, total="12,50")  # not a money string: the order cannot be read
    woo.add_order(id=2102)
    first = sync.run("shop")
    assert first.ok, first.error
    assert len(first.incoming.imported) == 1 and orders.find_number("2102")
    assert first.incoming.failed_ids == ["2101"] and "12,50" in first.incoming.failed[0]
    waiting = retry_list(get_channel(orders.db, "shop"))
    assert list(waiting) == ["2101"] and waiting["2101"]["attempts"] == 1

    second = sync.run("shop")  # still bad: kept, tried once more
    assert second.incoming.retried == 1 and second.incoming.failed_ids == ["2101"]
    assert retry_list(get_channel(orders.db, "shop"))["2101"]["attempts"] == 2

    woo.orders[2101]["total"] = "114.98"  # put right in the store without a new modification time
    third = sync.run("shop")
    assert woo.count("GET", ORDER.format(i=2101)) == 2
    assert third.incoming.retried == 1 and len(third.incoming.imported) == 1
    assert orders.get(orders.find_number("2101")).channel.external_id == "2101"
    assert retry_list(get_channel(orders.db, "shop")) == {}
    fourth = sync.run("shop")  # nothing waits: no read by id any more
    assert fourth.incoming.retried == 0 and woo.count("GET", ORDER.format(i=2101)) == 2


def test_a_database_refusal_is_not_taken_for_another_desk_and_is_imported_next_round(desk, woo):
    orders, _channel, sync = desk
    _no_overlap(orders.db)
    with orders.db.engine.begin() as c:
        c.execute(
            text(
                "CREATE TRIGGER refuse_2201 BEFORE INSERT ON orders WHEN NEW.external_id = '2201' "
                "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END"
            )
        )
    woo.add_order(id=2201)
    woo.add_order(id=2202)
    first = sync.run("shop")
    assert first.ok, first.error
    assert first.incoming.already_imported == 0
    assert first.incoming.failed_ids == ["2201"] and "refused by the test trigger" in first.incoming.failed[0]
    assert len(first.incoming.imported) == 1
    with orders.db.engine.begin() as c:
        c.execute(text("DROP TRIGGER refuse_2201"))
    second = sync.run("shop")
    assert second.incoming.retried == 1 and len(second.incoming.imported) == 1
    assert orders.find_number("2201") and retry_list(get_channel(orders.db, "shop")) == {}
    assert len(orders.list_orders()) == 2


def test_an_order_deleted_in_the_store_leaves_the_list_and_a_later_change_in_a_page_clears_it(desk, woo):
    orders, _channel, sync = desk
    _no_overlap(orders.db)
    woo.add_order(id=2301, total="n/a")
    woo.add_order(id=2302, line_items=[{"id": 1, "name": "X", "product_id": 5, "quantity": "two", "total": "1.00"}])
    first = sync.run("shop")
    assert sorted(first.incoming.failed_ids) == ["2301", "2302"]
    del woo.orders[2301]  # deleted for good in the store
    woo.clock_offset += 2
    woo.update(2302, line_items=[], total="15.00")  # put right in the store (a new modification time)
    second = sync.run("shop")
    assert second.incoming.gone == ["2301"]
    assert second.incoming.retried == 1  # 2302 came in its page: not read again by id
    assert woo.count("GET", ORDER.format(i=2302)) == 0
    assert retry_list(get_channel(orders.db, "shop")) == {}
