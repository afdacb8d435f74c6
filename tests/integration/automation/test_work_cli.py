"""``orderdesk order priority N on|off`` and ``orderdesk order assign N PERSON|--none``: the
change with its history row, and one clear line with the README's exit code on bad input."""

from __future__ import annotations

import io
import json

import pytest

from orderdesk import cli
from orderdesk.services.orders import OrderService
from tests.factories import make_order, stock_products
from tests.unit.services.stations_data import OWNER_PIN, add_users


@pytest.fixture
def shop(tmp_path):
    from orderdesk.db import Database

    path = tmp_path / "shop.sqlite3"
    database = Database.open(path)
    service = OrderService(database)
    stock_products(service)
    number = make_order(service)
    add_users(database)  # Olga owner, Piotr packer, Chen clerk
    database.dispose()
    return path, number


@pytest.fixture
def run(shop, monkeypatch, capsys):
    path, _number = shop
    monkeypatch.delenv("ORDERDESK_USER", raising=False)

    def invoke(*argv: str) -> tuple[int, str, str]:
        monkeypatch.setenv("ORDERDESK_PIN", OWNER_PIN)
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        code = cli.main([*argv, "--db", str(path), "--user", "Olga"])
        out = capsys.readouterr()
        return code, out.out, out.err

    return invoke


def test_priority_and_assign_from_the_command_line(run, shop):
    _path, number = shop
    assert run("order", "priority", number, "on", "--reason", "customer called") == (0, f"{number}: priority on\n", "")
    code, out, err = run("order", "assign", number, "Piotr")
    assert (code, out) == (0, f"{number}: assigned to Piotr\n"), err
    code, out, _err = run("order", "show", number, "--json")
    shown = json.loads(out)
    assert shown["priority"] is True and shown["assigned_to"] == "Piotr"
    assert [
        (h["kind"], h["to_value"], h["actor"]) for h in shown["history"] if h["kind"] in ("priority", "assign")
    ] == [
        ("priority", "on", "Olga"),
        ("assign", "Piotr", "Olga"),
    ]
    code, out, _err = run("order", "show", number)
    assert "PRIORITY" in out and "assigned to Piotr" in out and "Assigned to Piotr" in out
    code, out, _err = run("orders", "list", "--assigned", "Piotr")
    assert code == 0 and out.startswith(number) and "! priority" in out and "→ Piotr" in out
    assert run("orders", "list", "--assigned", "Chen")[:2] == (0, "")
    assert run("order", "assign", number, "--none")[:2] == (0, f"{number}: assigned to nobody\n")
    assert run("order", "priority", number, "off")[:2] == (0, f"{number}: priority off\n")


def test_bad_input_is_one_clear_line(run, shop):
    _path, number = shop
    code, out, err = run("order", "assign", number, "Nobody")
    assert code == 2 and out == "" and "No active user 'Nobody'" in err and "Traceback" not in err
    code, _out, err = run("order", "assign", number)
    assert code == 2 and "--none" in err
    code, _out, err = run("order", "priority", "2026-999999", "on")
    assert code == 3 and "No order 2026-999999" in err
