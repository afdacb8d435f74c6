"""No password is ever printed; a missing PostgreSQL driver is one clear line, not a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from orderdesk import cli
from orderdesk.db import Database, mask_url
from tests.support.pg_fixtures import fresh_pg_database

ROOT = Path(__file__).resolve().parents[3]
SECRET = "s3cret-Pa55"


def test_mask_url_hides_the_password_only():
    assert mask_url(f"postgresql+psycopg://shop:{SECRET}@db.lan:5432/shop") == (
        "postgresql+psycopg://shop:***@db.lan:5432/shop"
    )
    assert mask_url("sqlite:////tmp/x.sqlite3") == "sqlite:////tmp/x.sqlite3"
    assert SECRET not in mask_url(f"postgresql://shop:{SECRET}@")


def test_demo_and_bench_print_the_url_masked(pg_server, capsys, monkeypatch):
    url = make_url(fresh_pg_database(pg_server)).set(password=SECRET).render_as_string(hide_password=False)
    monkeypatch.delenv("ORDERDESK_PIN", raising=False)
    assert cli.main(["demo", "--orders", "3", "--db", url]) == 0
    out = capsys.readouterr()
    assert SECRET not in out.out + out.err and ":***@" in out.out
    assert cli.main(["demo", "--orders", "2", "--db", url, "--json"]) == 0
    out = capsys.readouterr()
    assert SECRET not in out.out + out.err and json.loads(out.out)["database"].endswith(":***@" + url.split("@")[1])
    db = Database.open(url)
    assert SECRET not in db.display_url
    db.dispose()


def test_missing_postgresql_driver_is_one_line_with_what_to_do(tmp_path):
    script = (
        "import sys; sys.modules['psycopg'] = None\n"  # as if the driver were not installed
        "from orderdesk.cli import main\n"
        f"sys.exit(main(['orders', 'list', '--db', 'postgresql://shop:{SECRET}@127.0.0.1:1/shop']))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 7, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "PostgreSQL driver is not installed" in done.stderr and "orderdesk[postgres]" in done.stderr
    assert SECRET not in done.stderr + done.stdout
