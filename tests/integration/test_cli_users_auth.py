"""The CLI on a shared PC: with users in the database, acting commands need a known user and
their PIN, and the role comes from the users table; read-only commands and a database
without users behave as before. Run in-process against a real SQLite file (one test runs the
real ``python -m orderdesk`` to check the environment variable end to end)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from orderdesk import cli
from orderdesk.services.orders import OrderService
from tests.factories import make_order, stock_products
from tests.unit.services.stations_data import OWNER_PIN, PACKER_PIN, add_users

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def path(tmp_path):
    return tmp_path / "shop.sqlite3"


@pytest.fixture
def order(path):
    """A new order in a fresh database; returns its number."""
    from orderdesk.db import Database

    database = Database.open(path)
    service = OrderService(database)
    stock_products(service)
    number = make_order(service, payment="cash_on_delivery")  # can go on to assembling unpaid
    database.dispose()
    return number


@pytest.fixture
def with_users(path, order):
    from orderdesk.db import Database

    database = Database.open(path)
    add_users(database)  # Olga owner, Piotr packer, Chen clerk
    database.dispose()
    return order


@pytest.fixture
def run(path, monkeypatch, capsys):
    monkeypatch.delenv("ORDERDESK_PIN", raising=False)
    monkeypatch.delenv("ORDERDESK_USER", raising=False)

    def invoke(*argv: str, pin: str | None = None, stdin: str = "") -> tuple[int, str, str]:
        if pin is None:
            monkeypatch.delenv("ORDERDESK_PIN", raising=False)
        else:
            monkeypatch.setenv("ORDERDESK_PIN", pin)
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))  # not a terminal: no prompt
        code = cli.main([*argv, "--db", str(path)])
        out = capsys.readouterr()
        return code, out.out, out.err

    return invoke


def history(run, number: str) -> list[dict]:
    code, out, _ = run("order", "show", number, "--json")
    assert code == 0
    return json.loads(out)["history"]


def test_owner_with_pin_acts_and_history_names_them(run, with_users):
    code, _out, err = run("order", "move", with_users, "confirmed", "--user", "Olga", pin=OWNER_PIN)
    assert code == 0, err
    last = history(run, with_users)[-1]
    assert (last["to_value"], last["actor"], last["role"]) == ("confirmed", "Olga", "owner")


def test_a_packer_cannot_claim_the_owner_role(run, with_users):
    code, _, err = run("order", "move", with_users, "cancelled", "--reason", "x", "--user", "Piotr", "--role", "owner", pin=PACKER_PIN)  # fmt: skip
    assert code == 2 and err.count("\n") == 1
    assert "Piotr is a packer, not owner" in err
    # Without --role the table's role applies, and the service refuses the packer's cancel.
    code, _, err = run("order", "move", with_users, "cancelled", "--reason", "x", "--user", "Piotr", pin=PACKER_PIN)
    assert code == 6 and "packer cannot move orders to Cancelled" in err
    assert all(h["to_value"] != "cancelled" for h in history(run, with_users))


def test_wrong_missing_and_unknown(run, with_users):
    code, _, err = run(
        "order", "hold", with_users, "address_problem", "--reason", "check", "--user", "Olga", pin="0000"
    )
    assert code == 2 and err.startswith("error: Wrong PIN for Olga (4 tries left)")
    code, _, err = run("order", "hold", with_users, "address_problem", "--reason", "check", "--user", "Olga")
    assert code == 2 and "Olga must give a PIN: set ORDERDESK_PIN" in err
    code, _, err = run("order", "pay", with_users, "10", "--user", "Mallory", pin="1234")
    assert code == 2 and err.strip() == "error: unknown user Mallory: see orderdesk users list"
    for _attempt in range(4):
        code, _, err = run("order", "pay", with_users, "10", "--user", "olga", pin="9999")
    assert code == 2 and "Olga is locked for 5 minutes" in err
    code, _, err = run("order", "pay", with_users, "10", "--user", "Olga", pin=OWNER_PIN)  # even the right PIN
    assert code == 2 and "Too many wrong PINs for Olga" in err
    assert [h["kind"] for h in history(run, with_users)] == ["create"]  # nothing happened


def test_read_only_commands_need_no_pin(run, with_users):
    code, out, _ = run("orders", "list", "--json")
    assert code == 0 and json.loads(out)[0]["number"] == with_users
    assert run("order", "show", with_users)[0] == 0
    assert run("config", "get", "shop.name")[0] == 0
    assert run("users", "list")[0] == 0


def test_settings_and_secrets_are_the_owners(run, with_users):
    code, _, err = run("config", "set", "shop.name", "Piotr's", "--user", "Piotr", pin=PACKER_PIN)
    assert code == 6 and "Piotr (packer) cannot change settings" in err
    code, _out, err = run("config", "set", "shop.name", "Olga's", "--user", "Olga", pin=OWNER_PIN)
    assert code == 0, err
    code, _, err = run("credentials", "delete", "nowhere.key", "--user", "Piotr", pin=PACKER_PIN)
    assert code == 6 and "cannot delete carrier secrets" in err
    code, _, err = run("demo", "--orders", "3", "--user", "Piotr", pin=PACKER_PIN)
    assert code == 6 and "cannot fill the database with demo orders" in err


def test_secrets_without_a_database_create_none(tmp_path, capsys):
    missing = tmp_path / "nowhere.sqlite3"
    assert cli.main(["credentials", "delete", "nowhere.key", "--db", str(missing)]) == 0
    assert not missing.exists()


def test_users_commands_take_the_owner_pin_from_the_environment(run, with_users):
    code, out, err = run("users", "add", "Ann", "--as", "clerk", stdin="5678\n", pin=OWNER_PIN)
    assert code == 0 and "added Ann" in out, err
    code, _, err = run("users", "off", "Ann", "--user", "Piotr", pin=PACKER_PIN)
    assert code == 6 and "No owner account" in err  # --user names the approving owner


def test_without_users_everything_is_as_before(run, order):
    code, _, err = run("order", "move", order, "confirmed", "--user", "solo")
    assert code == 0, err
    last = history(run, order)[-1]
    assert (last["actor"], last["role"]) == ("solo", "owner")
    code, _, err = run("order", "move", order, "assembling", "--user", "helper", "--role", "packer")
    assert code == 0, err
    assert history(run, order)[-1]["role"] == "packer"
    assert run("config", "set", "shop.name", "Solo")[0] == 0


def test_pin_from_the_environment_end_to_end(path, with_users):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ORDERDESK_USER": "Olga", "ORDERDESK_PIN": OWNER_PIN}
    argv = [sys.executable, "-m", "orderdesk", "--db", str(path), "order", "move", with_users, "confirmed"]
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT, stdin=subprocess.DEVNULL)  # fmt: skip
    assert done.returncode == 0, done.stderr
    del env["ORDERDESK_PIN"]
    again = subprocess.run([*argv[:-1], "assembling"], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT, stdin=subprocess.DEVNULL)  # fmt: skip
    assert again.returncode == 2 and "Olga must give a PIN" in again.stderr


def test_pin_asked_in_a_terminal(path, with_users):
    """Standard input on a terminal: getpass asks, nothing echoes, history names the user."""
    import pty
    import select
    import time

    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ORDERDESK_USER": "Olga"}
    env.pop("ORDERDESK_PIN", None)
    argv = [sys.executable, "-m", "orderdesk", "--db", str(path), "order", "move", with_users, "confirmed"]
    proc = subprocess.Popen(argv, stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True, start_new_session=True)  # fmt: skip
    os.close(slave)
    asked = b""
    try:
        # getpass flushes the terminal before it asks: type the PIN only once the prompt is out.
        deadline = time.monotonic() + 60
        while b"PIN for Olga:" not in asked and time.monotonic() < deadline:
            if select.select([proc.stderr], [], [], 0.5)[0]:
                asked += os.read(proc.stderr.fileno(), 200) or b"(eof)"
        os.write(master, f"{OWNER_PIN}\n".encode())
        out, err = proc.communicate(timeout=60)
    finally:
        os.close(master)
    err = asked.decode() + err
    assert proc.returncode == 0, err
    assert "PIN for Olga:" in err and OWNER_PIN not in out + err
    shown = subprocess.run([*argv[:5], "order", "show", with_users, "--json"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL)  # fmt: skip
    assert json.loads(shown.stdout)["history"][-1]["actor"] == "Olga"


@pytest.fixture
def on_the_shelf(path, with_users):
    """The order ready for pickup; returns (number, its real pickup code)."""
    from orderdesk.db import Database
    from orderdesk.domain import Actor
    from orderdesk.workflow import MoveRequest, Role, Status

    database = Database.open(path)
    service = OrderService(database)
    owner = Actor("Olga", Role.OWNER)
    number = make_order(service, payment="on_pickup", delivery="pickup_shop")
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED, Status.READY_FOR_PICKUP):
        order = service.move(number, MoveRequest(status), owner)
    database.dispose()
    return number, order.pickup_code


def test_cli_wrong_pickup_codes_are_counted_and_lock_like_the_counter(run, on_the_shelf):
    from tests.unit.services.stations_data import CLERK_PIN

    number, real = on_the_shelf
    wrong = "000000" if real != "000000" else "111111"
    for k in range(1, 5):
        code, _, err = run("order", "move", number, "collected", "--pickup-code", wrong, "--paid", "1", "--user", "Chen", pin=CLERK_PIN)  # fmt: skip
        assert code == 4 and f"({k} of 5 tries)" in err and err.count("\n") == 1
    code, _, err = run("order", "move", number, "collected", "--pickup-code", wrong, "--user", "Chen", pin=CLERK_PIN)
    assert code == 6 and "now locked after 5 wrong codes" in err
    # Locked: even the right code is refused until the owner lifts the lock.
    code, _, err = run("order", "move", number, "collected", "--pickup-code", real, "--user", "Chen", pin=CLERK_PIN)
    assert code == 6 and "locked after too many wrong codes" in err
    code, out, _ = run("order", "show", number, "--json")
    shown = json.loads(out)
    assert shown["status"] == "ready_for_pickup" and shown["pickup_failures"] == 5
    assert any(h["kind"] == "pickup_locked" for h in shown["holds"] if not h["resolved_at"])


def test_order_show_hides_the_pickup_code_unless_the_owner_signs_in(run, on_the_shelf):
    from tests.unit.services.stations_data import CLERK_PIN

    number, real = on_the_shelf
    code, out, _ = run("order", "show", number)
    assert code == 0 and real not in out and "code ******  shelf" in out and "--reveal-code" in out
    code, out, _ = run("order", "show", number, "--json")
    assert json.loads(out)["pickup_code"] == "******"
    code, _, err = run("order", "show", number, "--reveal-code", "--user", "Chen", pin=CLERK_PIN)
    assert code == 6 and "Only the owner may see a pickup code" in err
    code, out, _ = run("order", "show", number, "--reveal-code", "--user", "Olga", pin=OWNER_PIN)
    assert code == 0 and f"code {real}  shelf" in out
