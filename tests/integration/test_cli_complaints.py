"""``orderdesk complaint``: create, list, show and decide end to end in a subprocess; refusals
are one line with the README's exit codes."""

from __future__ import annotations

import json

import pytest

from tests.integration.test_cli import run


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    db = tmp_path_factory.mktemp("complaints") / "shop.sqlite3"
    run("demo", "--orders", "5", db=db)
    number = json.loads(run("orders", "list", "--json", db=db).stdout)[0]["number"]
    return db, number


def test_create_list_show_decide(shop):
    db, number = shop
    made = json.loads(run("complaint", "create", number, "--claim", "Kubek pęknięty", "--ask", "replacement",
                          "--json", db=db).stdout)  # fmt: skip
    assert made["order"] == number and made["decision"] == "" and made["due_on"]
    listed = run("complaint", "list", "--open", db=db).stdout
    assert f"#{made['id']}" in listed and "Kubek pęknięty" in listed and "left" in listed
    decided = run("complaint", "decide", str(made["id"]), "--decision", "partly", "--text", "Zwrot 50%", db=db)
    assert "answered: partly" in decided.stdout
    shown = run("complaint", "show", str(made["id"]), db=db).stdout
    assert "Zwrot 50%" in shown and "cli-tester" in shown
    assert json.loads(run("complaint", "list", "--open", "--json", db=db).stdout) == []
    history = run("order", "show", number, db=db).stdout
    assert "Kubek pęknięty" in history and "Zwrot 50%" in history


def test_refusals_are_one_line_with_exit_codes(shop):
    db, number = shop
    empty = run("complaint", "create", number, "--claim", " ", "--ask", "refund", db=db, check=False)
    assert empty.returncode == 2 and empty.stderr.startswith("error: ") and len(empty.stderr.strip().splitlines()) == 1
    missing = run("complaint", "create", "1999-000001", "--claim", "x", "--ask", "refund", db=db, check=False)
    assert missing.returncode == 3 and "Traceback" not in missing.stderr
    unknown = run("complaint", "show", "999", db=db, check=False)
    assert unknown.returncode == 3 and "No complaint #999" in unknown.stderr
    made = json.loads(run("complaint", "create", number, "--claim", "x", "--ask", "repair", "--json", db=db).stdout)
    run("complaint", "decide", str(made["id"]), "--decision", "rejected", "--text", "No defect.", db=db)
    again = run("complaint", "decide", str(made["id"]), "--decision", "accepted", "--text", "ok", db=db, check=False)
    assert again.returncode == 2 and "already decided" in again.stderr
