"""Shared fixtures: a real, migrated SQLite file per test and an order service over it."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    # Nothing a test does may touch the real user's data folder.
    monkeypatch.setenv("ORDERDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("ORDERDESK_DATABASE_URL", raising=False)


@pytest.fixture
def db(tmp_path):
    from orderdesk.db import Database

    database = Database.open(tmp_path / "orderdesk.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def service(db):
    from orderdesk.services.orders import OrderService

    return OrderService(db)


@pytest.fixture
def owner():
    from orderdesk.domain import Actor

    return Actor("Olga (owner)")
