"""Secrets through a real Secret Service keyring, and never in the database or the log.

Run under ``scripts/_with_keyring.sh`` (scripts/test.sh does);
without a reachable Secret Service this skips on a laptop and fails in CI.
"""

from __future__ import annotations

import io
import logging
import secrets

import pytest

from orderdesk import cli
from orderdesk.db import Database
from orderdesk.errors import ConfigurationError
from orderdesk.services.credentials import Credentials
from orderdesk.services.orders import OrderService
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products
from tests.support.components import require_keyring


@pytest.fixture
def keyring_ready():
    require_keyring()


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "orderdesk.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


def run(monkeypatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr(cli, "EXTENSION_MODULES", ("orderdesk.cli_notify", "orderdesk.cli_carriers"))
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(argv)


def test_secret_goes_to_the_keyring_only(keyring_ready, monkeypatch, tmp_path, log_file, capsys):
    from tests.fakes.cdek import CdekFake

    secret = "s3cr3t-" + secrets.token_hex(12)
    client_id = "client-" + secrets.token_hex(4)
    db_path = tmp_path / "desk.sqlite3"
    fake = CdekFake(client_id=client_id, client_secret=secret)
    fake.start()
    try:
        assert (
            run(monkeypatch, ["config", "set", "carriers.cdek.base_url", fake.base_url + "/v2", "--db", str(db_path)])
            == 0
        )
        # CDEK needs to know where parcels start (never "-"): the shop's address.
        assert (
            run(monkeypatch, ["config", "set", "shop.address", "ул. Складская, 7|Москва|101000", "--db", str(db_path)])
            == 0
        )
        assert run(monkeypatch, ["credentials", "set", "cdek.client_id", "--db", str(db_path)], client_id + "\n") == 0
        assert run(monkeypatch, ["credentials", "set", "cdek.client_secret", "--db", str(db_path)], secret + "\n") == 0
        assert Credentials().get("cdek.client_secret") == secret  # read back through the real keyring
        capsys.readouterr()
        assert run(monkeypatch, ["credentials", "test", "cdek", "--db", str(db_path)]) == 0
        assert "credentials accepted" in capsys.readouterr().out
        assert fake.count("POST", "/v2/oauth/token") == 1  # the secret really reached CDEK from the keyring
        # A whole label purchase and a sync round with the secret coming from the keyring.
        db = Database.open(db_path)
        service = OrderService(db)
        stock_products(service)
        number = make_order(service, payment="cash_on_delivery")
        for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
            service.move(number, MoveRequest(status), OWNER)
        assert (
            run(
                monkeypatch,
                ["shipment", "create", number, "--carrier", "cdek", "--service", "137", "--db", str(db_path)],
            )
            == 0
        )
        uuid = service.get(number).active_shipment.external_id
        fake.advance({"uuid": uuid, "code": "RECEIVED_AT_SHIPMENT_WAREHOUSE"})
        assert run(monkeypatch, ["sync", "--db", str(db_path)]) == 0
        assert service.get(number).status == Status.SHIPPED
        db.dispose()
    finally:
        fake.stop()
        Credentials().delete("cdek.client_id")
    logging.getLogger().handlers[-1].flush()

    log_text = log_file.read_bytes()
    assert log_text, "the test must have produced log lines to search"
    assert secret.encode() not in log_text
    for path in tmp_path.glob("desk.sqlite3*"):  # the database, its WAL and shared memory
        assert secret.encode() not in path.read_bytes(), path.name
    out = capsys.readouterr()
    assert secret not in out.out + out.err

    assert run(monkeypatch, ["credentials", "delete", "cdek.client_secret", "--db", str(db_path)]) == 0
    assert Credentials().get("cdek.client_secret") is None
    assert run(monkeypatch, ["credentials", "test", "cdek.client_secret", "--db", str(db_path)]) == 7


def test_unusable_backend_is_a_clear_configuration_error():
    from keyring.backends import fail, null

    for backend in (fail.Keyring(), null.Keyring()):
        creds = Credentials(backend=backend)
        with pytest.raises(ConfigurationError, match=r"dbus-run-session|Keychain|Credential Manager"):
            creds.set("x.y", "secret")
        with pytest.raises(ConfigurationError):
            creds.get("x.y")
