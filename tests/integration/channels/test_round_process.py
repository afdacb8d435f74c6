"""The window's store round in a child process (services/channels/round_process.py): the same
round as ``orderdesk channels sync``, against the fake shop, with the keys from the real keyring."""

from __future__ import annotations

import os
import threading
import time

import pytest

from orderdesk.errors import OrderDeskError
from orderdesk.services.channels import registry
from orderdesk.services.channels.round_process import run_in_child
from orderdesk.services.credentials import Credentials
from tests.integration.channels.conftest import KEY, SECRET
from tests.support.components import require_keyring


@pytest.fixture
def shop(db, woo):
    require_keyring()
    registry.add_channel(db, "woocommerce", "shop", woo.base_url)
    credentials = Credentials()
    registry.store_secret(db, credentials, "shop", "consumer_key", KEY)
    registry.store_secret(db, credentials, "shop", "consumer_secret", SECRET)
    yield woo
    for part in ("consumer_key", "consumer_secret"):
        credentials.delete(f"channel.shop.{part}")


def test_a_round_in_a_child_imports_and_reports_as_the_cli_does(db, shop):
    from orderdesk.services.orders import OrderService

    for oid in (4101, 4102):
        shop.add_order(id=oid)
    children = []
    reports = run_in_child(db.url, children.append)
    assert children[0].pid != os.getpid() and children[0].returncode == 0
    [report] = reports
    assert report.ok and report.channel == "shop" and len(report.incoming.imported) == 2
    assert sorted(o.external_id for o in OrderService(db).list_orders()) == ["4101", "4102"]
    again = run_in_child(db.url)[0]  # the next round reads one page and finds nothing new
    assert again.requests == 1 and not again.incoming.imported


def test_a_store_error_comes_back_as_the_rounds_one_line(db, shop, caplog):
    import logging

    registry.add_channel(db, "woocommerce", "other", shop.base_url)  # no keys in the keyring
    with caplog.at_level(logging.INFO, logger="orderdesk.services.channels.round_process"):
        reports = {r.channel: r for r in run_in_child(db.url)}
    # The child's log lines land in the window's log (ids and error kinds, no keys).
    logged = [r.getMessage() for r in caplog.records if "round process" in r.getMessage()]
    assert any("round failed: ConfigurationError" in line for line in logged), logged
    assert not any(SECRET in line for line in logged)
    assert reports["shop"].ok
    assert "channel.other.consumer_key" in reports["other"].error and "Traceback" not in reports["other"].error


def test_an_unreachable_database_is_one_clear_line(tmp_path):
    with pytest.raises(OrderDeskError) as raised:
        run_in_child("postgresql+psycopg://orderdesk@127.0.0.1:9/nowhere?connect_timeout=2")
    assert "Traceback" not in str(raised.value) and "\n" not in str(raised.value).strip()


def test_a_child_stopped_mid_round_is_said_so_and_the_next_round_goes_on(db, shop):
    from orderdesk.services.orders import OrderService

    for oid in range(4201, 4206):
        shop.add_order(id=oid)
    shop.latency = 1.0
    children: list = []
    outcome: list = []

    def round_() -> None:
        try:
            outcome.append(run_in_child(db.url, children.append))
        except OrderDeskError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=round_)
    worker.start()
    deadline = time.monotonic() + 20
    while not children and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.5)  # the child is waiting on the shop now
    if hasattr(os, "getpriority"):  # background work: a lower CPU priority than the window's
        assert os.getpriority(os.PRIO_PROCESS, children[0].pid) > os.getpriority(os.PRIO_PROCESS, 0)
    children[0].terminate()
    worker.join(20)
    assert isinstance(outcome[0], OrderDeskError) and "stopped before it finished" in str(outcome[0])
    shop.latency = 0.0
    assert run_in_child(db.url)[0].ok
    assert sorted(o.external_id for o in OrderService(db).list_orders()) == [str(i) for i in range(4201, 4206)]


def test_a_round_since_a_date_reads_what_the_cursor_has_passed(db, shop):
    """Channels → Sync the last days: the child gets ``since`` and reads finished orders too."""
    from datetime import timedelta

    from orderdesk.models import utcnow
    from orderdesk.services.orders import OrderService

    shop.add_order(id=4301)
    assert len(run_in_child(db.url)[0].incoming.imported) == 1
    three_days = (utcnow() - timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%S")
    shop.add_order(id=4302, status="on-hold", date_modified_gmt=three_days)  # behind the cursor
    assert not run_in_child(db.url)[0].incoming.imported  # an ordinary round does not look back
    [report] = run_in_child(db.url, since=utcnow() - timedelta(days=7))
    assert report.ok and len(report.incoming.imported) == 1
    assert sorted(o.external_id for o in OrderService(db).list_orders()) == ["4301", "4302"]
