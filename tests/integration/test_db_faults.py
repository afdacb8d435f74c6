"""Every condition of the database file through the real CLI in a subprocess: one clear line with
the real cause and the README's exit code, never a traceback; read-only commands still work on a
read-only file. The read-only drive and the full disk are real (a read-only bind mount, a small
tmpfs) inside a private mount namespace, so nothing of the machine changes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.components import require

ROOT = Path(__file__).resolve().parents[2]
CONFIG = 7  # README: configuration problem


def cli(
    *args: str, db: str | Path, env: dict | None = None, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "ORDERDESK_USER": "fault-tester", **(env or {})}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "orderdesk", *args, "--db", str(db)],
        capture_output=True, text=True, env=full_env, timeout=120, cwd=ROOT,
    )  # fmt: skip


def one_clear_line(result: subprocess.CompletedProcess, code: int, *phrases: str) -> str:
    err = result.stderr.strip()
    assert result.returncode == code, (result.returncode, err)
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    assert err.startswith("error: "), err
    for phrase in phrases:
        assert phrase in err, (phrase, err)
    return err


@pytest.fixture(scope="module")
def good_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("faults") / "shop.sqlite3"
    result = cli("demo", "--orders", "12", db=path)
    assert result.returncode == 0, result.stderr
    return path


def _copy(good_db: Path, folder: Path, name: str = "shop.sqlite3") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    with sqlite3.connect(good_db) as src, sqlite3.connect(target) as dst:
        src.backup(dst)  # a consistent copy, WAL included
    return target


def _backups(path: Path) -> list[Path]:
    return list((path.parent / "backups").glob("*")) if (path.parent / "backups").exists() else []


@pytest.mark.parametrize(
    ("damage", "phrase"),
    [
        ("zeros", "file is not a database"),
        ("truncated", "database disk image is malformed"),
        ("text", "file is not a database"),
    ],
)
def test_damaged_files_say_so_and_point_at_the_backups(good_db, tmp_path, damage, phrase):
    path = _copy(good_db, tmp_path)
    data = path.read_bytes()
    if damage == "zeros":
        path.write_bytes(b"\0" * len(data))
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 3])
    else:
        path.write_text("external_id,customer_name\nA-1,Anna\n", encoding="utf-8")
    before = path.read_bytes()
    for command in (("orders", "list"), ("order", "show", "2026-000001")):
        one_clear_line(cli(*command, db=path), CONFIG, "is damaged", phrase, "backups folder")
    assert path.read_bytes() == before  # left exactly as it was


def test_a_database_from_a_newer_version_is_left_alone_without_a_backup_each_time(good_db, tmp_path):
    path = _copy(good_db, tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    for _ in range(3):
        one_clear_line(cli("orders", "list", db=path), CONFIG, "newer version of OrderDesk", "0099_future")
    assert _backups(path) == []


@pytest.mark.parametrize(
    ("url", "phrase"),
    [
        ("postgresql://shop:s3cret@[bad:5432/x", "Cannot use the database server"),
        ("postgresql://shop:s3cret@127.0.0.1:1/orderdesk", "Cannot use the database server"),
        ("postgresql://shop:s3cret@host:notaport/x", "The database URL is not valid"),
        ("mysql://shop@host/x", "Unsupported database 'mysql'"),
    ],
)
def test_an_invalid_database_url_is_one_line_without_the_password(url, phrase):
    err = one_clear_line(cli("orders", "list", db=url), CONFIG, phrase)
    assert "s3cret" not in err


def test_a_database_locked_longer_than_the_timeout(good_db, tmp_path):
    path = _copy(good_db, tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", (
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(60)\n"
        )],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        err = one_clear_line(
            cli(
                "order",
                "hold",
                "2026-000001",
                "delayed",
                "--reason",
                "x",
                db=path,
                env={"ORDERDESK_DB_LOCK_TIMEOUT": "1"},
            ),
            CONFIG,
            "is busy",
            "more than 1 seconds",
        )
        assert time.monotonic() - started < 30, err
    finally:
        holder.kill()
        holder.wait()
    show = cli("order", "show", "2026-000001", "--json", db=path)
    assert show.returncode == 0 and '"kind": "delayed"' not in show.stdout  # nothing was changed


def _namespace_prefix() -> tuple[str, ...]:
    """Run a shell in a private mount namespace (root, or an unprivileged user namespace)."""
    unshare = shutil.which("unshare")
    require(unshare is not None, "'unshare' (util-linux)")
    flags = ("--mount",) if os.geteuid() == 0 else ("--mount", "--map-root-user")
    probe = subprocess.run([unshare, *flags, "true"], capture_output=True)
    require(probe.returncode == 0, "a private mount namespace (unshare --mount)")
    return (unshare, *flags)


def _in_namespace(script: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "ORDERDESK_USER": "fault-tester", **(env or {})}
    return subprocess.run(
        [*_namespace_prefix(), "sh", "-c", script], capture_output=True, text=True, env=full_env, timeout=180, cwd=ROOT
    )


def test_a_read_only_file_reads_and_refuses_changes_as_read_only(good_db, tmp_path):
    folder = tmp_path / "ro"
    path = _copy(good_db, folder)
    od = f"{sys.executable} -m orderdesk"
    script = f"""
mount --bind {folder} {folder} || exit 99
mount -o remount,ro,bind {folder} || exit 99
{od} orders list --db {path} > {tmp_path}/list.out 2> {tmp_path}/list.err; echo $? > {tmp_path}/list.rc
{od} order show 2026-000001 --db {path} > /dev/null 2>> {tmp_path}/list.err; echo $? > {tmp_path}/show.rc
{od} order hold 2026-000001 delayed --reason x --db {path} 2> {tmp_path}/hold.err; echo $? > {tmp_path}/hold.rc
"""
    result = _in_namespace(script)
    assert result.returncode == 0, result.stderr
    read = lambda name: (tmp_path / name).read_text(encoding="utf-8").strip()  # noqa: E731
    assert read("list.rc") == "0" and read("show.rc") == "0", read("list.err")
    assert "2026-000001" in read("list.out")
    assert read("hold.rc") == str(CONFIG)
    err = read("hold.err")
    assert "is read-only" in err and "damaged" not in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_the_window_opens_a_read_only_database_and_shows_the_board(good_db, tmp_path):
    import json

    folder = tmp_path / "ro"
    path = _copy(good_db, folder)
    script = f"""
mount --bind {folder} {folder} || exit 99
mount -o remount,ro,bind {folder} || exit 99
{sys.executable} -m tests.support.open_window {path}
"""
    result = _in_namespace(script, env={"QT_QPA_PLATFORM": "offscreen", "ORDERDESK_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr[-2000:]
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["code"] == 0 and shown["boxes"] == [] and shown["cards"] > 0, shown  # no error box at all


def test_a_full_disk_is_said_and_what_was_imported_is_kept(good_db, tmp_path):
    import json

    folder = tmp_path / "small"
    folder.mkdir()
    orders = [
        {
            "external_id": f"F-{i}",
            "customer": {"name": "Anna Kowalska"},
            "delivery": {"method": "pickup_shop"},
            "payment": {"method": "on_pickup", "currency": "PLN"},
            "lines": [{"sku": f"S{i}", "name": "n" * 250, "quantity": 1, "unit_price": "1.00"}],
            "notes": "n" * 5000,
        }
        for i in range(400)
    ]
    (tmp_path / "big.json").write_text(json.dumps({"orders": orders}), encoding="utf-8")
    size_kb = good_db.stat().st_size // 1024 + 160
    od = f"{sys.executable} -m orderdesk"
    script = f"""
mount -t tmpfs -o size={size_kb}k tmpfs {folder} || exit 99
{sys.executable} -c "import sqlite3; s = sqlite3.connect('{good_db}'); d = sqlite3.connect('{folder}/shop.sqlite3'); s.backup(d)" || exit 98
{od} import {tmp_path}/big.json --db {folder}/shop.sqlite3 2> {tmp_path}/import.err; echo $? > {tmp_path}/import.rc
{od} orders list --search F- --limit 1000 --db {folder}/shop.sqlite3 > {tmp_path}/list.out 2>&1; echo $? > {tmp_path}/list.rc
"""
    result = _in_namespace(script)
    assert result.returncode == 0, result.stderr
    read = lambda name: (tmp_path / name).read_text(encoding="utf-8").strip()  # noqa: E731
    assert read("import.rc") == str(CONFIG), read("import.err")
    err = read("import.err")
    assert "is full" in err and "Run it again" in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert read("list.rc") == "0"
    imported = int(err.split(" orders were imported")[0].rsplit(" ", 1)[1])
    # Orders go in by batches, each in one transaction: a batch that does not fit is undone whole,
    # the batches before it stay (here the first batch already fills the disk, so it may be 0).
    assert read("list.out").count("\n") + 1 >= imported  # what got in is still there


@pytest.fixture(scope="module")
def pg_url():
    from tests.support import postgres

    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    with postgres.temporary_server() as url:
        yield url


def test_a_row_another_pc_keeps_locked_on_postgresql(pg_url):
    from sqlalchemy import text

    from orderdesk.db import Database
    from orderdesk.services.orders import OrderService
    from tests.factories import make_order, stock_products

    db = Database.open(pg_url)
    service = OrderService(db)
    stock_products(service)
    number = make_order(service)
    with db.engine.connect() as other_pc:
        other_pc.execute(text("SELECT id FROM orders WHERE number = :n FOR UPDATE"), {"n": number})
        started = time.monotonic()
        one_clear_line(
            cli("order", "hold", number, "delayed", "--reason", "x", db=pg_url, env={"ORDERDESK_DB_LOCK_TIMEOUT": "1"}),
            CONFIG,
            "is busy",
        )
        assert time.monotonic() - started < 30
        other_pc.rollback()
    assert service.get(number).active_holds == ()
    db.dispose()
