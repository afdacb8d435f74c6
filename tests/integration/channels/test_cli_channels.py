"""``orderdesk channels …`` in real subprocesses against the fake shop, with a real keyring.

Run under ``scripts/_with_keyring.sh``; without a Secret Service this
skips on a laptop and fails in CI.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.channels.conftest import KEY, SECRET
from tests.support.components import require_keyring

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def shop():
    from tests.fakes.woocommerce import WooCommerceFake

    fake = WooCommerceFake(KEY, SECRET)
    fake.start()
    yield fake
    fake.stop()


def od(db: Path, *args: str, stdin: str = "", check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "ORDERDESK_USER": "olga"}
    done = subprocess.run(
        [sys.executable, "-m", "orderdesk", *args, "--db", str(db)],
        input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    if check and done.returncode != 0:
        raise AssertionError(f"{args}: exit {done.returncode}: {done.stderr}")
    return done


def connect(db: Path, shop, name: str = "shop") -> None:
    od(db, "channels", "add", "woocommerce", name, "--url", shop.base_url)
    od(db, "credentials", "set", f"channel.{name}.consumer_key", stdin=KEY)
    od(db, "credentials", "set", f"channel.{name}.consumer_secret", stdin=SECRET)


def test_connect_sync_ship_and_the_store_is_completed_with_its_tracking_note(tmp_path, shop):
    require_keyring()
    db = tmp_path / "desk.sqlite3"
    shop.add_order(id=1201, payment_method="cod")
    connect(db, shop)
    assert "read and write" in od(db, "channels", "test", "shop").stdout
    out = od(db, "channels", "sync").stdout
    assert "1 new" in out and "1 held" in out  # its SKUs are not in this desk's catalogue
    rows = json.loads(od(db, "orders", "list", "--json").stdout)
    assert [(r["channel"], r["external_id"]) for r in rows] == [("shop", "1201")]
    number = rows[0]["number"]
    shown = json.loads(od(db, "order", "show", number, "--json").stdout)
    assert shown["channel"] == {"name": "shop", "kind": "woocommerce", "external_id": "1201",
                                "external_number": "1201", "store_status": "processing"}  # fmt: skip
    od(db, "order", "release", number, "channel_check", "--reason", "sold as listed in the store")
    shop.add_order(id=1202, status="checkout-draft")
    for status in ("confirmed", "assembling", "packed"):
        od(db, "order", "move", number, status)
    od(db, "shipment", "create", number, "--carrier", "own_courier")
    od(db, "order", "move", number, "shipped")
    out = od(db, "channels", "sync", "shop").stdout
    assert "2 sent" in out and "1 drafts skipped" in out, out
    assert shop.orders[1201]["status"] == "completed"
    assert [n["customer_note"] for n in shop.notes[1201]].count(True) == 1
    listed = json.loads(od(db, "channels", "list", "--json").stdout)
    assert listed[0]["name"] == "shop" and listed[0]["pending_pushes"] == 0
    assert SECRET not in json.dumps(listed)


def test_wrong_secret_and_bad_input_are_one_line_errors(tmp_path, shop):
    require_keyring()
    db = tmp_path / "desk.sqlite3"
    od(db, "channels", "add", "woocommerce", "shop", "--url", shop.base_url)
    od(db, "credentials", "set", "channel.shop.consumer_key", stdin=KEY)
    od(db, "credentials", "set", "channel.shop.consumer_secret", stdin="cs_wrong")
    done = od(db, "channels", "test", "shop", check=False)
    assert done.returncode == 7 and "Invalid signature" in done.stderr and "Traceback" not in done.stderr
    done = od(db, "channels", "sync", "shop", check=False)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    done = od(db, "channels", "sync", "--since", "2026-13-01", check=False)
    assert done.returncode == 2 and "2026-13-01" in done.stderr
    done = od(db, "channels", "add", "woocommerce", "other", "--url", "http://shop.example.com", check=False)
    assert done.returncode != 0 and "https://" in done.stderr
    # the secret was entered for this host: moving the store elsewhere needs it again
    con = sqlite3.connect(db)
    con.execute("UPDATE channels SET base_url = 'http://localhost:1'")
    con.commit()
    con.close()
    done = od(db, "channels", "sync", "shop", check=False)
    assert "enter the secret again" in done.stderr


def _count(db: Path, sql: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_kill_9_mid_round_imports_nothing_twice_and_loses_no_push(tmp_path, shop):
    require_keyring()
    db = tmp_path / "desk.sqlite3"
    for _ in range(400):
        shop.add_order()
    connect(db, shop)
    od(db, "config", "set", "channels.lease_seconds", "1")
    shop.latency = 0.15
    proc = subprocess.Popen([sys.executable, "-m", "orderdesk", "channels", "sync", "--db", str(db)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _count(db, "SELECT count(*) FROM orders") < 150:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _count(db, "SELECT count(*) FROM orders")
    assert 0 < partial < 400, partial
    shop.latency = 0
    time.sleep(1.1)  # the killed desk's lease runs out
    od(db, "channels", "sync")
    assert _count(db, "SELECT count(*) FROM orders") == 400
    assert _count(db, "SELECT count(DISTINCT external_id) FROM orders") == 400

    # Pushes: ship 30 orders, kill the sender while it talks to a slow store, then finish.
    numbers = [r[0] for r in sqlite3.connect(db).execute("SELECT number FROM orders ORDER BY id LIMIT 30")]
    script = "; ".join(
        [
            "import sys",
            "from orderdesk.db import Database",
            "from orderdesk.wiring import order_service",
            "from orderdesk.domain import Actor",
            "from orderdesk.workflow import MoveRequest, Status",
            "s = order_service(Database.open(sys.argv[1]))",
            "a = Actor('olga')",
            "[(s.resolve_hold(n, 'channel_check', a), s.move(n, MoveRequest(Status.CONFIRMED), a), s.move(n, MoveRequest(Status.ASSEMBLING), a),"
            " s.move(n, MoveRequest(Status.PACKED), a), s.add_shipment(n, carrier='inpost', tracking_number='TN' + n, actor=a),"
            " s.move(n, MoveRequest(Status.SHIPPED), a)) for n in sys.argv[2:]]",
        ]
    )
    subprocess.run([sys.executable, "-c", script, str(db), *numbers], check=True, cwd=ROOT, timeout=120)
    assert _count(db, "SELECT count(*) FROM store_pushes WHERE status = 'pending'") == 60
    shop.latency = 0.1
    proc = subprocess.Popen([sys.executable, "-m", "orderdesk", "channels", "sync", "--db", str(db)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _count(db, "SELECT count(*) FROM store_pushes WHERE status = 'sent'") < 15:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _count(db, "SELECT count(*) FROM store_pushes WHERE status = 'sent'") < 60
    shop.latency = 0
    time.sleep(1.1)
    od(db, "channels", "sync")
    assert _count(db, "SELECT count(*) FROM store_pushes WHERE status = 'sent'") == 60
    for oid in [int(r[0]) for r in sqlite3.connect(db).execute("SELECT external_id FROM orders ORDER BY id LIMIT 30")]:
        assert shop.orders[oid]["status"] == "completed"
        assert sum(1 for n in shop.notes[oid] if n["customer_note"]) == 1, oid


def test_stock_pushes_are_switched_on_per_store_and_printed_by_sync(tmp_path, shop):
    require_keyring()
    from orderdesk.db import Database
    from orderdesk.money import Money
    from orderdesk.wiring import order_service

    db = tmp_path / "desk.sqlite3"
    connect(db, shop)
    desk = Database.open(db)
    order_service(desk).upsert_product("MUG-1", "Kubek", Money(4999, "PLN"), stock_on_hand=5)
    desk.dispose()
    mug = shop.add_product("MUG-1", stock_quantity=0)
    od(db, "channels", "map", "shop", "--push-stock", "on")
    od(db, "stock", "receive", "MUG-1", "3")
    out = od(db, "channels", "sync", "shop").stdout
    assert "1 sent" in out and "→ MUG-1: stock 8" in out, out
    assert shop.products[mug["id"]]["stock_quantity"] == 8
    od(db, "channels", "map", "shop", "--push-stock", "off")
    od(db, "stock", "receive", "MUG-1", "1")
    assert "0 sent" in od(db, "channels", "sync", "shop").stdout


def test_webhooks_command_runs_a_round_on_a_signed_delivery(tmp_path, shop):
    require_keyring()
    import socket

    import requests

    from orderdesk.services.channels.webhooks import signature

    db = tmp_path / "desk.sqlite3"
    connect(db, shop)
    od(db, "credentials", "set", "channel.shop.webhook_secret", stdin="whsec-1")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "ORDERDESK_USER": "olga"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "orderdesk", "channels", "webhooks", "--port", str(port), "--db", str(db)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        first = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/webhooks/shop" in first, first + proc.stderr.read()
        order = shop.add_order(id=1301, payment_method="cod")
        body = json.dumps(order).encode()
        url = f"http://127.0.0.1:{port}/webhooks/shop"
        headers = {"Content-Type": "application/json"}
        bad = requests.post(url, data=body, headers={**headers, "X-WC-Webhook-Signature": "eA=="}, timeout=10)
        assert bad.status_code == 401
        good = requests.post(url, data=body, headers={**headers, "X-WC-Webhook-Signature": signature(body, "whsec-1")},
                             timeout=10)  # fmt: skip
        assert good.status_code == 200
        assert "Store shop:" in proc.stdout.readline()
        assert "1 new" in proc.stdout.readline()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_sync_says_what_failed_and_list_shows_the_orders_to_read_again(tmp_path, shop):
    require_keyring()
    db = tmp_path / "desk.sqlite3"
    shop.add_order(id=1301, total="12,50")  # the store sent a total the desk cannot read
    connect(db, shop)
    out = od(db, "channels", "sync", "shop").stdout
    assert "1 failed (read again next round)" in out and "1301" in out, out
    listed = od(db, "channels", "list").stdout
    assert "1 to read again" in listed and "store order 1301" in listed, listed
    rows = json.loads(od(db, "channels", "list", "--json").stdout)
    assert [(r["external_id"], r["attempts"]) for r in rows[0]["retries"]] == [("1301", 1)]
    shop.clock_offset += 2
    shop.update(1301, total="114.98")
    out = od(db, "channels", "sync", "shop").stdout
    assert "1 new" in out and "failed" not in out, out
    assert json.loads(od(db, "channels", "list", "--json").stdout)[0]["retries"] == []


def test_first_sync_since_a_date_takes_the_open_orders_and_the_recent_ones(tmp_path, shop):
    require_keyring()
    db = tmp_path / "desk.sqlite3"
    shop.add_order(id=1401, status="on-hold", payment_method="bacs", date_created_gmt="2026-01-10T09:00:00")
    shop.add_order(id=1402, date_created_gmt="2026-03-05T09:00:00")
    shop.add_order(id=1403, status="completed", date_created_gmt="2026-01-11T09:00:00")
    connect(db, shop)
    out = od(db, "channels", "sync", "shop", "--since", "2026-03-01").stdout
    assert "2 new" in out, out
    rows = json.loads(od(db, "orders", "list", "--json").stdout)
    assert sorted(r["external_id"] for r in rows) == ["1401", "1402"]
    bad = od(db, "channels", "sync", "shop", "--since", "1.3.2026", check=False)
    assert bad.returncode != 0 and "2026-03-01" in bad.stderr and "Traceback" not in bad.stderr
