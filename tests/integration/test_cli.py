"""The command line end to end, in a subprocess, against a temporary database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(
    *args: str, db: Path, stdin: str | None = None, check: bool = True, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ORDERDESK_USER": "cli-tester", **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "orderdesk", "--db", str(db), *args],
        capture_output=True, text=True, env=env, input=stdin, timeout=120, cwd=ROOT,
    )  # fmt: skip
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    out = run("demo", "--orders", "80", db=db)
    assert "Created 80 demo orders" in out.stdout
    return db


def test_list_filter_and_json(demo_db):
    listed = json.loads(run("orders", "list", "--json", "--limit", "500", db=demo_db).stdout)
    assert len(listed) == 80
    statuses = {o["status"] for o in listed}
    assert {"new", "completed"} <= statuses and len(statuses) >= 10
    new_only = json.loads(run("orders", "list", "--status", "new", "--json", db=demo_db).stdout)
    assert new_only and all(o["status"] == "new" for o in new_only)
    languages = "".join(o["customer_name"] for o in listed)
    assert any("\u0400" <= ch <= "\u04ff" for ch in languages)  # Cyrillic
    assert any("\u4e00" <= ch <= "\u9fff" for ch in languages)  # Chinese
    assert any(ch in "łśżźćńąęó" for ch in languages.lower())  # Polish
    someone = listed[0]
    found = json.loads(run("orders", "list", "--search", someone["number"], "--json", db=demo_db).stdout)
    assert [o["number"] for o in found] == [someone["number"]]


def test_show_move_and_refused_move(demo_db):
    new = json.loads(run("orders", "list", "--status", "new", "--json", db=demo_db).stdout)
    number = next(o["number"] for o in new if not o["holds"])
    refused = run("order", "move", number, "shipped", db=demo_db, check=False)
    assert refused.returncode == 4
    assert refused.stderr.startswith("error: ") and "cannot go from New to Handed to carrier" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    moved = run("order", "move", number, "confirmed", db=demo_db)
    assert "New → Confirmed" in moved.stdout
    shown = json.loads(run("order", "show", number, "--json", db=demo_db).stdout)
    assert shown["status"] == "confirmed"
    last = shown["history"][-1]
    assert (last["from_value"], last["to_value"], last["actor"]) == ("new", "confirmed", "cli-tester")
    text = run("order", "show", number, db=demo_db).stdout
    assert "History:" in text and "cli-tester · owner  New → Confirmed" in text  # in words, as the window says it
    assert "Order created: phone\n" in text or "Order created: web store\n" in text  # the source said once
    ru = run("order", "show", number, db=demo_db, env={"ORDERDESK_LANG": "ru"}).stdout
    assert "Новый → Подтверждён" in ru


def test_errors_are_one_line_with_exit_codes(demo_db, tmp_path):
    missing = run("order", "show", "2026-999999", db=demo_db, check=False)
    assert (
        missing.returncode == 3
        and missing.stderr.strip() == "error: No order 2026-999999. Check the number and try again."
    )
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    imported = run("import", str(bad), db=demo_db, check=False)
    assert imported.returncode == 2 and "Cannot read bad.json" in imported.stderr
    usage = run("order", "move", "x", "nowhere", db=demo_db, check=False)
    assert usage.returncode == 2 and "invalid choice" in usage.stderr


def test_import_dry_run_then_real(tmp_path):
    db = tmp_path / "import.sqlite3"
    orders = [
        {"external_id": "W-1", "customer": {"name": "王伟", "phone": "+86 138 1234 5678"},
         "delivery": {"method": "pickup_shop"}, "payment": {"method": "on_pickup", "currency": "CNY"},
         "lines": [{"sku": "TEA", "name": "龙井", "quantity": 1, "unit_price": "88.00"}]},
        {"external_id": "W-2", "customer": {"name": "Bad"}, "delivery": {"method": "pickup_shop"},
         "payment": {"method": "on_pickup", "currency": "CNY"}, "lines": []},
    ]  # fmt: skip
    path = tmp_path / "orders.json"
    path.write_text(json.dumps(orders, ensure_ascii=False), encoding="utf-8")
    dry = run("import", str(path), "--dry-run", db=db, check=False)
    assert (
        dry.returncode == 2
        and "would import 1" in dry.stdout
        and "order 2: An order needs at least one item." in dry.stderr
    )
    assert json.loads(run("orders", "list", "--json", db=db).stdout) == []
    real = run("import", str(path), db=db, check=False)
    assert "imported 1" in real.stdout
    listed = json.loads(run("orders", "list", "--json", db=db).stdout)
    assert [o["customer_name"] for o in listed] == ["王伟"] and listed[0]["total"]["amount"] == "88.00"


def test_db_and_config_commands(tmp_path):
    db = tmp_path / "c.sqlite3"
    assert "Database is at revision" in run("db", "upgrade", db=db).stdout
    assert run("db", "check", db=db).stdout.strip() == "Database OK"
    backup = tmp_path / "b.sqlite3"
    run("db", "backup", "--to", str(backup), db=db)
    assert backup.exists()
    run("config", "set", "shop.name", "Чайная лавка", db=db)
    assert run("config", "get", "shop.name", db=db).stdout.strip() == "Чайная лавка"
    bad = run("config", "set", "workflow.pickup_days", "soon", db=db, check=False)
    assert bad.returncode == 2 and "whole number" in bad.stderr
    bad = run("config", "set", "shop.country", "Poland", db=db, check=False)
    assert bad.returncode == 2 and "not a country code" in bad.stderr
    run("config", "set", "shop.country", "de", db=db)
    assert run("config", "get", "shop.country", db=db).stdout.strip() == "DE"
    unknown = run("config", "get", "shop.colour", db=db, check=False)
    assert unknown.returncode == 2 and "Unknown setting" in unknown.stderr


def test_database_url_from_the_environment(tmp_path):
    db = tmp_path / "env.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ORDERDESK_DATABASE_URL": f"sqlite:///{db}"}
    result = subprocess.run(
        [sys.executable, "-m", "orderdesk", "db", "upgrade"], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert result.returncode == 0 and db.exists()


def test_pay_refuses_more_than_is_due_unless_it_is_an_overpayment(demo_db):
    listed = json.loads(run("orders", "list", "--status", "awaiting_payment", "--json", db=demo_db).stdout)
    number = listed[0]["number"]
    refused = run("order", "pay", number, "9999", db=demo_db, check=False)
    assert refused.returncode == 2 and "--overpayment" in refused.stderr and "still due" in refused.stderr
    shown = json.loads(run("order", "show", number, "--json", db=demo_db).stdout)
    assert not any(h["kind"] == "payment" for h in shown["history"])  # nothing recorded
    paid = run("order", "pay", number, "9999", "--overpayment", "--reason", "paid twice by transfer", db=demo_db)
    assert "paid" in paid.stdout
    shown = json.loads(run("order", "show", number, "--json", db=demo_db).stdout)
    payment = next(h for h in shown["history"] if h["kind"] == "payment")
    assert payment["details"]["overpaid_minor"] > 0


def test_bench_prints_figures_and_leaves_no_scratch_database(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(scratch)}
    done = subprocess.run(
        [sys.executable, "-m", "orderdesk", "bench", "data", "--orders", "400", "--active", "50"],
        capture_output=True, text=True, env=env, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "target p95 ≤ 25 ms" in done.stdout and "target p95 ≤ 5 ms" in done.stdout
    assert list(scratch.iterdir()) == []


def test_bench_quick_prints_the_shop_figures_in_a_table(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(scratch)}
    done = subprocess.run(
        [sys.executable, "-m", "orderdesk", "bench", "search", "--quick"],
        capture_output=True, text=True, env=env, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    bytecode, header, *rows = done.stdout.splitlines()
    assert bytecode.startswith("bytecode: ")  # measured as an install runs: from compiled modules
    assert header.split() == ["what", "now", "target", "before"]
    assert any(r.startswith("search p95 by SKU, 20,000 orders") and r.rstrip().endswith("ms") for r in rows), rows
    assert list(scratch.iterdir()) == []  # the scratch folder went with the run


def test_the_store_benchmark_leaves_no_scratch_folder_behind(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(scratch), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_channels", "--orders", "20", "--pushes", "3", "--latency", "0"],
        capture_output=True, text=True, env=env, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "status pushes" in done.stdout
    assert list(scratch.iterdir()) == []  # its database and settings went with the run


def test_demo_keeps_to_its_own_file_and_never_mixes_with_real_orders(tmp_path, service):
    from tests.factories import make_order, stock_products

    data = tmp_path / "data"
    env = {
        **{k: v for k, v in os.environ.items() if k != "ORDERDESK_DATABASE_URL"},
        "PYTHONPATH": str(ROOT),
        "ORDERDESK_USER": "cli-tester",
        "ORDERDESK_DATA_DIR": str(data),
    }

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "orderdesk", *args], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT
        )

    # without --db: the demo's own file, never the shop's database
    made = cli("demo", "--orders", "5")
    assert made.returncode == 0, made.stderr
    assert "demo.sqlite3" in made.stdout and "orderdesk --demo" in made.stdout
    assert (data / "demo.sqlite3").exists() and not (data / "orderdesk.sqlite3").exists()
    again = cli("demo", "--orders", "3")  # more demo orders into the demo's file: no question
    assert again.returncode == 0, again.stderr

    # the shop's real database: one real order, refused with one line, nothing added
    stock_products(service)
    make_order(service)
    shop = tmp_path / "orderdesk.sqlite3"  # the ``db`` fixture's file
    refused = cli("--db", str(shop), "demo", "--orders", "5")
    assert refused.returncode == 2 and "--allow-real-orders" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
    listed = json.loads(cli("--db", str(shop), "orders", "list", "--json").stdout)
    assert len(listed) == 1
    forced = cli("--db", str(shop), "demo", "--orders", "2", "--allow-real-orders")
    assert forced.returncode == 0, forced.stderr
    assert len(json.loads(cli("--db", str(shop), "orders", "list", "--json").stdout)) == 3


def test_sync_with_no_carrier_set_up_is_one_configuration_line(tmp_path):
    """A fresh demo's shipments are with CDEK, InPost and EasyPost, none set up: not a list of
    failures but one line saying so and how, with exit code 7 (configuration)."""
    db = tmp_path / "fresh.sqlite3"
    run("demo", "--orders", "40", db=db)
    result = run("sync", "--no-messages", db=db, check=False, env={"ORDERDESK_DATA_DIR": str(tmp_path)})
    assert result.returncode == 7, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: carriers not set up: ")
    assert "Traceback" not in result.stderr
    assert "Carriers not set up:" in result.stdout and "Carrier settings" in result.stdout
