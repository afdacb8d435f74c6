"""The carrier commands through ``orderdesk.cli.main`` (as the lead wires them)."""

from __future__ import annotations

import io

import keyring
import pytest
from keyring.backends import fail

from orderdesk import cli
from orderdesk.db import Database
from orderdesk.services.orders import OrderService
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products


def run(monkeypatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr(cli, "EXTENSION_MODULES", ("orderdesk.cli_notify", "orderdesk.cli_carriers"))
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(argv)


@pytest.fixture
def packed(tmp_path):
    path = tmp_path / "desk.sqlite3"
    db = Database.open(path)
    service = OrderService(db)
    stock_products(service)
    number = make_order(service, payment="cash_on_delivery", delivery="own_courier")
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        service.move(number, MoveRequest(status), OWNER)
    db.dispose()
    return path, number


def test_own_courier_shipment_then_ship(monkeypatch, packed, capsys):
    path, number = packed
    assert run(monkeypatch, ["shipment", "create", number, "--carrier", "own_courier", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "own_courier" in out and "OD" in out
    assert run(monkeypatch, ["order", "move", number, "shipped", "--db", str(path)]) == 0
    assert run(monkeypatch, ["shipment", "create", number, "--carrier", "own_courier", "--db", str(path)]) == 2


def test_sync_with_nothing_to_do(monkeypatch, tmp_path, capsys):
    assert run(monkeypatch, ["sync", "--db", str(tmp_path / "empty.sqlite3")]) == 0
    assert "0 shipments polled of 0" in capsys.readouterr().out


def test_missing_keyring_is_a_clear_error(monkeypatch, packed, capsys):
    path, number = packed
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code = run(monkeypatch, ["shipment", "create", number, "--carrier", "cdek", "--db", str(path)])
        set_code = run(monkeypatch, ["credentials", "set", "cdek.client_secret", "--db", str(path)], "x\n")
    finally:
        keyring.set_keyring(previous)
    err = capsys.readouterr().err
    assert code == 7 and set_code == 7
    assert "No secure keyring" in err and "gnome-keyring-daemon" in err
