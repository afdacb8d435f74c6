"""Two desks importing the same shop at the same moment, in separate processes (SQLite, PostgreSQL)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from orderdesk.db import Database
from orderdesk.models import OrderRow
from orderdesk.services.channels import registry
from tests.support import postgres
from tests.support.components import require

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def pg_url():
    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    with postgres.temporary_server() as url:
        yield url


def _race(url: str, woo, tmp_path: Path) -> list[dict]:
    db = Database.open(url)
    registry.add_channel(db, "woocommerce", "shop", woo.base_url)
    start = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.integration.channels.import_worker", url, woo.base_url, str(start)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    start.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    with db.session() as s:
        total = s.scalar(select(func.count()).select_from(OrderRow))
        distinct = s.scalar(select(func.count(func.distinct(OrderRow.external_id))))
        numbers = s.scalar(select(func.count(func.distinct(OrderRow.number))))
    db.dispose()
    assert total == distinct == numbers == 150
    assert sum(r["imported"] for r in results) == 150
    assert all(not r["failed"] for r in results)
    return results


def _seed(woo) -> None:
    for _ in range(150):
        woo.add_order()


def test_two_desks_at_once_on_sqlite(tmp_path, woo):
    _seed(woo)
    results = _race(f"sqlite:///{tmp_path / 'shared.sqlite3'}", woo, tmp_path)
    assert sum(r["already"] for r in results) + sum(r["imported"] for r in results) >= 150


def test_two_desks_at_once_on_postgres(tmp_path, woo, pg_url):
    _seed(woo)
    _race(pg_url, woo, tmp_path)
