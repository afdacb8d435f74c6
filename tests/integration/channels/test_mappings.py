"""The owner's mapping tables: shipping methods seen in the shop's orders -> delivery methods, and the
desk's statuses -> the store's, saved in the store's settings and used by the next round."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from orderdesk.db import Database
from orderdesk.errors import ValidationError
from orderdesk.services.channels import mappings, registry
from orderdesk.workflow import MoveRequest, Status
from tests.support import postgres
from tests.support.components import require

ROOT = Path(__file__).resolve().parents[3]


def _ship(method_id: str, title: str, instance: str = "1") -> list[dict]:
    return [{"id": 1, "method_title": title, "method_id": method_id, "instance_id": instance, "total": "15.00"}]


def test_methods_seen_in_orders_are_listed_beside_the_built_in_ones(desk, woo):
    orders, _channel, sync = desk
    woo.add_order(id=501, shipping_lines=_ship("flat_rate", "Kurier DPD", "3"))
    woo.add_order(id=502, shipping_lines=_ship("flexible_shipping_single", "Paczka w Ruchu", "7"))
    sync.run("shop")
    table = mappings.load_mappings(orders.db, "shop")
    rows = {r.method: r for r in table.shipping}
    assert rows["flat_rate:3"].title == "Kurier DPD" and rows["flat_rate:3"].seen
    assert rows["flat_rate:3"].delivery == "carrier"  # inherits flat_rate's row until edited
    assert rows["flexible_shipping_single:7"].title == "Paczka w Ruchu"
    assert rows["flexible_shipping_single"].title == "" and rows["flexible_shipping_single"].seen  # every zone
    assert rows["local_pickup"].delivery == "pickup_shop" and not rows["local_pickup"].seen
    statuses = table.status_map()
    assert statuses["shipped"] == "completed" and statuses["assembling"] == ""
    assert "processing" in table.store_statuses


def test_saved_tables_map_the_next_orders_and_the_pushes(desk, woo, owner):
    orders, _channel, sync = desk
    woo.add_order(id=511, shipping_lines=_ship("flat_rate", "Kurier DPD", "3"))
    sync.run("shop")
    table = mappings.load_mappings(orders.db, "shop")
    shipping = {**table.shipping_map(), "flat_rate:4": "own_courier"}
    statuses = {**table.status_map(), "shipped": "shipped", "cancelled": ""}
    saved = mappings.save_mappings(orders.db, "shop", shipping=shipping, statuses=statuses)
    assert saved.status_map()["shipped"] == "shipped"
    settings = registry.get_channel(orders.db, "shop").settings
    # Only the owner's changes are kept: the built-in rows follow the program's table.
    assert settings["status_map"] == {"shipped": "shipped", "cancelled": ""}
    assert settings["shipping_map"]["flat_rate:4"] == "own_courier" and "local_pickup" not in settings["shipping_map"]

    woo.add_order(id=512, shipping_lines=_ship("flat_rate", "Kurier własny", "4"))
    woo.add_order(id=513, shipping_lines=_ship("flat_rate", "Kurier DPD", "3"))
    sync.run("shop")
    by_id = {o.external_id: o for o in orders.list_orders()}
    assert by_id["512"].delivery_method == "own_courier" and by_id["513"].delivery_method == "carrier"

    # "cancelled" mapped to nothing: the store is not told.
    orders.move(by_id["513"].number, MoveRequest(Status.CANCELLED, reason="customer called"), owner)
    report = sync.run("shop")
    assert report.outgoing.sent == [] and woo.orders[513]["status"] == "processing"


@pytest.mark.parametrize(
    ("shipping", "statuses", "words"),
    [
        ({"flat rate": "carrier"}, None, "not a shipping method id"),
        ({"flat_rate": "teleport"}, None, "not a delivery method"),
        (None, {"shipped": "Completed!"}, "cannot be sent"),
        (None, {"shipped": "trash"}, "cannot be sent"),
        (None, {"sent": "completed"}, "not a status of the desk"),
    ],
)
def test_a_wrong_pair_saves_nothing(desk, shipping, statuses, words):
    orders, _channel, _sync = desk
    before = registry.get_channel(orders.db, "shop").settings
    with pytest.raises(ValidationError, match=words):
        mappings.save_mappings(orders.db, "shop", shipping=shipping, statuses=statuses)
    assert registry.get_channel(orders.db, "shop").settings == before


def test_cli_map_merges_pairs_with_the_same_rules(tmp_path):
    from orderdesk.services.channels.woocommerce import DEFAULT_PUSH_MAP

    path = tmp_path / "desk.sqlite3"
    db = Database.open(path)
    registry.add_channel(db, "woocommerce", "shop", "https://shop.example.com")

    def od(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "orderdesk", "channels", "map", "shop", *args, "--db", str(path)],
            capture_output=True, text=True, cwd=ROOT, env={**__import__("os").environ, "ORDERDESK_USER": "olga"},
            timeout=60,
        )  # fmt: skip

    assert od("--status", "shipped=shipped").returncode == 0
    assert od("--shipping", "flat_rate:3=own_courier").returncode == 0
    bad = od("--status", "shipped=Wysłane!")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and "cannot be sent" in bad.stderr
    shown = od().stdout  # no pairs: the tables in effect, the owner's changes marked
    assert " * flat_rate:3 " in shown and " * shipped " in shown and "   paid " in shown, shown
    table = mappings.load_mappings(db, "shop")
    assert table.status_map()["shipped"] == "shipped" and table.status_map()["paid"] == DEFAULT_PUSH_MAP["paid"]
    assert table.shipping_map()["flat_rate:3"] == "own_courier"
    db.dispose()


# ------------------------------------------------------------------ several desks at once
WORKER = """
import sys
from orderdesk.db import Database
from orderdesk.services.channels import mappings, registry
from orderdesk.services.channels.base import StoreOrder

url, who, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
db = Database.open(url, migrate=False)
channel = registry.get_channel(db, "shop")
for i in range(n):
    mappings.save_mappings(db, "shop", shipping={f"{who}_{i}": "own_courier"}, replace=False)
    seen = mappings.SeenShippingMethods(db, channel.id)
    fields = {f: "" for f in StoreOrder.__dataclass_fields__}
    fields.update(meaning="open", created_at=None, paid=False, lines=(), shipping_fee_minor=0, total_minor=0)
    seen.note([StoreOrder(**{**fields, "shipping_method": f"seen_{who}_{i}", "shipping_title": who})])
db.dispose()
"""


def _race(url: str) -> None:
    db = Database.open(url)
    registry.add_channel(db, "woocommerce", "shop", "https://shop.example.com")
    n = 15
    procs = [
        subprocess.Popen([sys.executable, "-c", WORKER, url, who, str(n)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
        for who in ("a", "b")
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    settings = registry.get_channel(db, "shop").settings
    db.dispose()
    expected = {f"{who}_{i}" for who in "ab" for i in range(n)}
    assert expected <= set(settings["shipping_map"])  # no desk's save lost another's
    assert {f"seen_{k}" for k in expected} <= set(settings["shipping_seen"])


def test_two_desks_saving_and_remembering_lose_nothing_sqlite(tmp_path):
    _race(f"sqlite:///{tmp_path / 'desk.sqlite3'}")


def test_two_desks_saving_and_remembering_lose_nothing_postgresql():
    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    with postgres.temporary_server() as url:
        _race(url)
