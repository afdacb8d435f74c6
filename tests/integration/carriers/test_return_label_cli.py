"""``orderdesk return label`` against the InPost fake, its secrets in the real keyring: the
label saved and read back with zbar, the refusals with their exit codes and one clear line."""

from __future__ import annotations

import io

import pytest

import orderdesk.services.carriers.registry  # noqa: F401 - declares the carrier settings
from orderdesk import cli
from orderdesk.db import Database
from orderdesk.services.orders import OrderService
from orderdesk.settings import Settings
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_return, packed_order
from tests.support.barcodes import pdf_barcodes
from tests.support.components import require_keyring


def run(monkeypatch, argv: list[str]) -> int:
    monkeypatch.setattr(cli, "EXTENSION_MODULES", ("orderdesk.cli_notify", "orderdesk.cli_carriers"))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    return cli.main(argv)


@pytest.fixture
def desk(tmp_path, inpost_fake):
    from orderdesk.services.credentials import Credentials

    require_keyring()
    path = tmp_path / "desk.sqlite3"
    db = Database.open(path)
    settings = Settings(db)
    settings.set("carriers.inpost.base_url", inpost_fake.base_url)
    settings.set("carriers.inpost.organization_id", "1234")
    credentials = Credentials()
    credentials.set("inpost.token", "test-token")
    service = OrderService(db)
    by_carrier = packed_order(service)
    by_hand = packed_order(service, delivery="own_courier")
    service.add_shipment(by_hand, carrier="own_courier", tracking_number="OD1", actor=OWNER)
    db.dispose()
    yield path, by_carrier, by_hand
    credentials.delete("inpost.token")


def test_cli_return_label_saved_and_refused(monkeypatch, desk, inpost_fake, tmp_path, capsys):
    path, by_carrier, by_hand = desk
    db_arg = ["--db", str(path)]
    assert run(monkeypatch, ["shipment", "create", by_carrier, "--carrier", "inpost", *db_arg]) == 0
    db = Database.open(path)
    service = OrderService(db)
    for number in (by_carrier, by_hand):
        for status in (Status.SHIPPED, Status.DELIVERED):
            service.move(number, MoveRequest(status), OWNER)
    ours, theirs = make_return(service, by_carrier), make_return(service, by_hand)
    db.dispose()
    capsys.readouterr()

    out_pdf = tmp_path / "return-label.pdf"
    assert run(monkeypatch, ["return", "label", ours, "-o", str(out_pdf), *db_arg]) == 0
    printed = capsys.readouterr().out
    (back,) = [s["tracking_number"] for s in inpost_fake.shipments.values() if s["is_return"]]
    assert f"{ours}: inpost return parcel {back}" in printed
    assert f"CODE-128:{back}" in pdf_barcodes(out_pdf)
    assert run(monkeypatch, ["return", "label", ours, *db_arg]) == 0  # asked again: the same parcel
    assert "the same parcel" in capsys.readouterr().out
    assert sum(1 for s in inpost_fake.shipments.values() if s["is_return"]) == 1

    assert run(monkeypatch, ["return", "label", theirs, *db_arg]) == 2  # own courier: the slip
    err = capsys.readouterr().err
    assert "return slip" in err and "Traceback" not in err
    assert run(monkeypatch, ["return", "label", "R-2026-99999", *db_arg]) == 3
    assert "No return R-2026-99999" in capsys.readouterr().err
