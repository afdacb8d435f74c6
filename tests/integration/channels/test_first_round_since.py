"""``--since DATE`` on a store's first round: the open orders, and every order changed since DATE."""

from __future__ import annotations

from datetime import datetime

LIST = "/wp-json/wc/v3/orders"


def _seed(woo) -> None:
    woo.add_order(id=4001, status="on-hold", payment_method="bacs", date_created_gmt="2026-01-10T09:00:00")
    woo.add_order(id=4002, status="processing", date_created_gmt="2026-03-05T09:00:00")
    woo.add_order(id=4003, status="completed", date_created_gmt="2026-03-06T09:00:00")  # finished: not taken
    woo.add_order(id=4004, status="completed", date_created_gmt="2026-01-11T09:00:00")  # old and finished
    woo.add_order(id=4005, status="checkout-draft", date_created_gmt="2026-03-07T09:00:00")


def test_first_round_since_takes_the_open_orders_and_those_changed_since(desk, woo):
    orders, _channel, sync = desk
    _seed(woo)
    report = sync.run("shop", since=datetime(2026, 3, 1))
    assert report.ok, report.error
    taken = sorted(orders.get(n).channel.external_id for n in report.incoming.imported)
    assert taken == ["4001", "4002"]  # the old open one too, each once
    assert report.incoming.skipped_closed == 1 and report.incoming.skipped_drafts == 1
    assert report.incoming.unchanged == 0  # 4002 came in both passes and was taken once
    assert woo.count("GET", LIST) == 2  # one page of the changed orders, one of the open ones
    assert report.cursor == "2026-03-07T09:00:00"
    again = sync.run("shop")  # from the cursor on: nothing new
    assert again.incoming.imported == [] and len(orders.list_orders()) == 2


def test_since_on_a_later_round_reads_only_what_changed_since(desk, woo):
    orders, _channel, sync = desk
    sync.run("shop")  # the first round: the open orders (none yet)
    _seed(woo)
    before = woo.count("GET", LIST)
    report = sync.run("shop", since=datetime(2026, 3, 1))
    assert woo.count("GET", LIST) == before + 1
    assert sorted(orders.get(n).channel.external_id for n in report.incoming.imported) == ["4002"]
