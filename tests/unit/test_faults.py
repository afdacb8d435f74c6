"""Unexpected errors reach the log and the screen as type, place and ids: never SQL parameters,
names, phones or e-mails."""

from __future__ import annotations

import argparse
import logging

import pytest
from sqlalchemy import text

from orderdesk.faults import explain_database_error, log_unexpected, safe_message, safe_traceback

SECRET_NAME = "Zofia Wóźniak-Secretowa"
PHONE = "+48600999111"


def _integrity_error(db):
    with pytest.raises(Exception) as raised, db.session(write=True) as s:
        s.execute(text("CREATE TABLE IF NOT EXISTS t (name TEXT UNIQUE, phone TEXT)"))
        s.execute(text("INSERT INTO t VALUES (:n, :p)"), {"n": SECRET_NAME, "p": PHONE})
        s.execute(text("INSERT INTO t VALUES (:n, :p)"), {"n": SECRET_NAME, "p": PHONE})
    return raised.value


def test_the_drivers_first_line_only(db):
    exc = _integrity_error(db)
    assert SECRET_NAME in str(exc)  # SQLAlchemy's own text carries the parameters...
    assert safe_message(exc) == "UNIQUE constraint failed: t.name"  # ...ours does not
    assert explain_database_error(exc, "x") is None  # a bug, not a fault of the file


def test_the_log_has_type_place_and_ids_not_the_data(db, caplog):
    exc = _integrity_error(db)
    logger = logging.getLogger("orderdesk.test")
    with caplog.at_level(logging.ERROR, logger="orderdesk.test"):
        log_unexpected(logger, exc, "saving", order="2026-000042")
    logged = caplog.text
    assert "IntegrityError" in logged and "order=2026-000042" in logged and "test_faults.py" in logged
    assert SECRET_NAME not in logged and PHONE not in logged  # frames show code lines, never values
    assert SECRET_NAME not in safe_traceback(exc)


def test_the_cli_prints_one_line_and_logs_without_the_data(db, tmp_path, monkeypatch, capsys):
    from orderdesk.cli.unexpected import handle

    monkeypatch.setenv("ORDERDESK_DATA_DIR", str(tmp_path / "data"))
    exc = _integrity_error(db)
    args = argparse.Namespace(command="order", number="2026-000042", db=str(tmp_path / "x.sqlite3"))
    assert handle(args, exc) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: Something went wrong (IntegrityError at ") and len(err.splitlines()) == 1
    assert SECRET_NAME not in err
    log_text = (tmp_path / "data" / "logs" / "orderdesk-cli.log").read_text(encoding="utf-8")
    assert "number=2026-000042" in log_text and SECRET_NAME not in log_text and PHONE not in log_text
