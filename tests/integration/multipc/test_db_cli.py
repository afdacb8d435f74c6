"""``orderdesk db backup|restore|init-server`` as a person meets them: one line each, no password."""

from __future__ import annotations

import io
import json

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from orderdesk import cli
from orderdesk.db import Database
from orderdesk.demo import bulk_orders


def _run(capsys, monkeypatch, *argv: str, stdin: str = ""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_backup_and_restore_from_the_command_line(tmp_path, capsys, monkeypatch):
    path = tmp_path / "shop.sqlite3"
    db = Database.open(path)
    bulk_orders(db, 12, active=4)
    db.dispose()
    code, out, err = _run(capsys, monkeypatch, "db", "backup", "--db", str(path), "--json")
    assert code == 0, err
    saved = json.loads(out)["backup"]
    db = Database.open(path)
    bulk_orders(db, 3, active=3)
    db.dispose()
    code, out, err = _run(capsys, monkeypatch, "db", "restore", saved, "--db", str(path))
    assert code == 0, err
    assert out.startswith("Restored from") and "before-restore" in out
    code, out, err = _run(capsys, monkeypatch, "orders", "list", "--db", str(path), "--limit", "100")
    assert out.count("\n") == 12
    code, _out, err = _run(capsys, monkeypatch, "db", "restore", str(tmp_path / "nope.sqlite3"), "--db", str(path))
    assert code == 2 and err.count("\n") == 1 and "There is no backup file" in err


def test_init_server_prints_the_sql_without_any_password(capsys, monkeypatch):
    code, out, err = _run(capsys, monkeypatch, "db", "init-server", "--lan", "192.168.7.0/24", "--host", "10.0.0.5")
    assert code == 0, err
    assert "CREATE ROLE orderdesk LOGIN;" in out and "\\password orderdesk" in out and "pg_trgm" in out
    assert "host    orderdesk    orderdesk    192.168.7.0/24    scram-sha-256" in out
    assert "postgresql+psycopg://orderdesk@10.0.0.5:5432/orderdesk" in out
    code, _, err = _run(capsys, monkeypatch, "db", "init-server", "--lan", "0.0.0.0/0")
    assert code == 2 and "LAN only" in err
    code, _, err = _run(capsys, monkeypatch, "db", "init-server", "--db-user", "Robert'); DROP")
    assert code == 2 and "cannot be a PostgreSQL name" in err


def test_init_server_run_creates_the_role_and_database(pg_server, capsys, monkeypatch):
    secret = "Sh0p-database-pw"
    code, out, err = _run(capsys, monkeypatch, "db", "init-server", "--run", "--admin-url", pg_server,
                          "--db-user", "shopdesk", "--db-name", "shopdb", stdin=secret + "\n")  # fmt: skip
    assert code == 0, err
    assert secret not in out + err and "Role shopdesk and database shopdb are ready." in out
    url = make_url(pg_server).set(username="shopdesk", password=secret, database="shopdb")
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT current_user")).scalar() == "shopdesk"
        assert conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).scalar() == 1
    engine.dispose()
    db = Database.open(url.render_as_string(hide_password=False))  # the new owner can migrate it
    assert not db.needs_upgrade()
    db.dispose()
    # Run again: the password is changed, nothing fails.
    code, _, err = _run(capsys, monkeypatch, "db", "init-server", "--run", "--admin-url", pg_server,
                        "--db-user", "shopdesk", "--db-name", "shopdb", stdin="another-password\n")  # fmt: skip
    assert code == 0, err


def test_db_connect_tests_then_remembers_the_server_for_this_pc(pg_server, capsys, monkeypatch):
    from orderdesk.db import data_dir, resolve_url
    from orderdesk.services import server_connection as sc
    from orderdesk.services.credentials import Credentials
    from tests.support.components import require_keyring
    from tests.support.pg_fixtures import fresh_pg_database

    require_keyring()
    url = make_url(fresh_pg_database(pg_server))
    try:
        code, out, err = _run(capsys, monkeypatch, "db", "connect", "127.0.0.1", "--port", "1", "--db-name", url.database,
                              stdin="Pw-for-desks\n")  # fmt: skip
        assert code == 7 and err.count("\n") == 1 and "No database server answers" in err
        assert not (data_dir() / sc.CHOICE_FILE).exists()
        code, out, err = _run(capsys, monkeypatch, "db", "connect", "127.0.0.1", "--port", str(url.port),
                              "--db-name", url.database, stdin="Pw-for-desks\n")  # fmt: skip
        assert code == 0, err
        assert "Connected to PostgreSQL" in out and "Pw-for-desks" not in out + err
        assert make_url(resolve_url()).database == url.database
        code, out, err = _run(capsys, monkeypatch, "orders", "list")  # no --db: this PC's server
        assert code == 0 and "No orders match" in err
    finally:
        Credentials().delete(sc.SECRET)


def test_backup_on_postgres_without_pg_dump_is_one_line_exit_7_and_leaves_no_file(pg_server, tmp_path, capsys,
                                                                                   monkeypatch):  # fmt: skip
    from orderdesk.services import backups
    from tests.support.pg_fixtures import fresh_pg_database

    url = fresh_pg_database(pg_server)
    Database.open(url).dispose()
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no pg_dump on PATH…
    monkeypatch.setattr(backups, "TOOL_FOLDERS", (str(tmp_path / "postgresql" / "*" / "bin"),))  # …nor installed
    monkeypatch.setenv("ORDERDESK_DATA_DIR", str(tmp_path / "data"))
    for where in (["--to", str(tmp_path / "usb")], []):  # a folder named, and the default one
        code, out, err = _run(capsys, monkeypatch, "db", "backup", "--db", url, *where)
        assert code == 7, err  # configuration: the README's exit code table
        assert err.count("\n") == 1 and "'pg_dump' was not found" in err and "postgresql-client" in err
        assert "Traceback" not in err and out == ""
    made = [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix in (".pgdump", ".partial")]
    assert made == [] and not (tmp_path / "usb").exists()


def test_pg_dump_off_path_is_taken_from_the_newest_installed_version(tmp_path, monkeypatch):
    from orderdesk.services import backups

    for version in ("9.6", "16", "15"):
        tool = tmp_path / "postgresql" / version / "bin" / "pg_dump"
        tool.parent.mkdir(parents=True)
        tool.write_text("#!/bin/sh\n")
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    monkeypatch.setattr(backups, "TOOL_FOLDERS", (str(tmp_path / "postgresql" / "*" / "bin"),))
    assert backups._pg_tool("pg_dump") == str(tmp_path / "postgresql" / "16" / "bin" / "pg_dump")
