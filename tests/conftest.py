"""Shared fixtures: a real, migrated SQLite file per test and an order service over it."""

from __future__ import annotations

import gc
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Commands the tests run as programs start warm, as a shop's do (orderdesk.warm); the helpers
# they start stop a minute after the last test instead of ten.
os.environ.setdefault("ORDERDESK_WARM_IDLE", "60")


@pytest.fixture(scope="session", autouse=True)
def _garbage_collected_on_the_main_thread():
    """As the app does (orderdesk/ui/heap.py): no automatic collection, which would run on any
    thread and could destroy a window test's Qt objects on a worker (a deadlock with the GUI
    thread). Collections run between tests here and from a GUI-thread timer in window tests."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    from orderdesk.ui.heap import generation_due

    generation = generation_due()
    if generation is not None:
        gc.collect(generation)


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
