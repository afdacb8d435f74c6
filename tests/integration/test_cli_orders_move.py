"""``orderdesk orders move STATUS NUMBER…``: many orders in one process, each by the same rules as
``order move``; refusals named with what to do, the rest still moved; numbers from standard input."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from orderdesk import cli
from orderdesk.cli import orders_move
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products


def _orders(service, count: int) -> list[str]:
    stock_products(service, stock=100)
    return [make_order(service) for _ in range(count)]


def test_moves_every_order_and_writes_each_ones_history(db, service, capsys, monkeypatch):
    monkeypatch.setattr(orders_move, "BLOCK", 2)  # three blocks: each its own transaction
    numbers = _orders(service, 5)
    assert cli.main(["--db", str(db.url), "--user", "Olga", "orders", "move", "confirmed", *numbers]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:5] == [f"{n}: → Confirmed" for n in numbers]
    assert out[5] == "Moved to Confirmed: 5 of 5."
    for number in numbers:
        order = service.get(number)
        assert order.status is Status.CONFIRMED
        assert [(e.kind, e.actor, e.details.get("to")) for e in order.history][-1][:2] == ("status", "Olga")


def test_a_refused_order_is_named_with_what_to_do_and_the_others_move(db, service, capsys):
    first, second, third = _orders(service, 3)
    service.move(second, MoveRequest(Status.CONFIRMED), OWNER)
    service.move(second, MoveRequest(Status.AWAITING_PAYMENT), OWNER)  # back to confirmed needs a reason
    code = cli.main(["--db", str(db.url), "orders", "move", "confirmed", first, second, "2026-999999", third])
    assert code == 4  # a move refused (and an unknown number): the refusal's code
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"{first}: → Confirmed", f"{third}: → Confirmed"]
    errors = captured.err.splitlines()
    assert errors[0].startswith(f"error: {second}: ") and errors[0].endswith(
        f'(this move needs --reason "TEXT": orderdesk order move {second} confirmed --reason "TEXT")'
    )
    assert errors[1] == "error: 2026-999999: No order 2026-999999. Check the number and try again."
    assert errors[2] == "Moved to Confirmed: 2 of 4."
    assert service.get(second).status is Status.AWAITING_PAYMENT  # refused: nothing changed
    assert "Traceback" not in captured.err


def test_only_unknown_numbers_exit_as_not_found(db, service, capsys):
    _orders(service, 1)
    assert cli.main(["--db", str(db.url), "orders", "move", "confirmed", "2026-999998", "2026-999999"]) == 3
    assert "Moved to Confirmed: 0 of 2." in capsys.readouterr().err


def test_json_gives_one_outcome_per_order(db, service, capsys):
    first, second = _orders(service, 2)
    assert cli.main(["--db", str(db.url), "--json", "orders", "move", "cancelled", first, second, first]) == 4
    outcomes = json.loads(capsys.readouterr().out)
    assert [o["number"] for o in outcomes] == [first, second]  # each number once
    assert all(not o["moved"] and o["kind"] == "MoveRefused" and "reason" in o["error"] for o in outcomes)
    assert cli.main(["--db", str(db.url), "--json", "orders", "move", "cancelled", first, "--reason", "asked"]) == 0
    (moved,) = json.loads(capsys.readouterr().out)
    assert moved["moved"] and moved["status"] == "cancelled" and moved["version"] > 1


def test_numbers_from_standard_input_in_a_real_process(db, service):
    numbers = _orders(service, 3)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "orderdesk", "--db", str(db.url), "orders", "move", "confirmed", "-"],
        input="\n".join(numbers[:2]) + "  " + numbers[2] + "\n",
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "Moved to Confirmed: 3 of 3."
    assert {service.get(n).status for n in numbers} == {Status.CONFIRMED}
    empty = subprocess.run(
        [sys.executable, "-m", "orderdesk", "--db", str(db.url), "orders", "move", "confirmed", "-"],
        input="\n", capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert empty.returncode == 2
    assert empty.stderr.strip() == (
        "error: No order numbers given: name them, or pass - and send them on standard input."
    )
