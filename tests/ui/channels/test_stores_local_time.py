"""Channels → Stores… shows the last round and the retries' "since" in local time, as the order
window does; `orderdesk channels list` stays in UTC and says so."""

from __future__ import annotations

import dataclasses
import time
from datetime import datetime

import pytest

from orderdesk.services.channels import registry
from orderdesk.ui.channels.stores import StoreRow, StoresDialog
from tests.integration.test_cli import run
from tests.ui.conftest import wait_idle


@pytest.fixture
def warsaw(monkeypatch):
    """Local time is Warsaw's (UTC+2 in July) for the test, the PC's own zone after it."""
    monkeypatch.setenv("TZ", "Europe/Warsaw")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_stores_window_shows_local_times(qtbot, service, runner, warsaw):
    channel = registry.add_channel(service.db, "woocommerce", "shop", "http://127.0.0.1:1")
    dialog = StoresDialog(service, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.stores.rowCount() == 1, timeout=5000)
    assert dialog.stores.item(0, 2).text() == "never synced"
    synced = dataclasses.replace(channel, last_sync_at=datetime(2026, 7, 1, 10, 5))  # stored as naive UTC
    retry = {"5102": {"error": "bad total", "attempts": 2, "since": "2026-07-01T09:30:00"}}
    dialog.show_stores([StoreRow(synced, retry)])
    assert dialog.stores.item(0, 2).text() == "2026-07-01 12:05"
    assert dialog.retries.item(0, 4).text() == "2026-07-01 11:30"
    dialog.show_stores([StoreRow(synced, {"5102": {"since": "garbled"}})])  # never a traceback
    assert dialog.retries.item(0, 4).text() == "garbled"
    wait_idle(qtbot, runner)


def test_channels_list_says_its_times_are_utc(tmp_path):
    from orderdesk.db import Database
    from orderdesk.models import ChannelRow

    path = tmp_path / "desk.sqlite3"
    run("channels", "add", "woocommerce", "shop", "--url", "http://127.0.0.1:1", db=path)
    db = Database.open(path)
    with db.session(write=True) as s:
        s.query(ChannelRow).update({"last_sync_at": datetime(2026, 7, 1, 10, 5)})
    db.dispose()
    out = run("channels", "list", db=path, env={"TZ": "Europe/Warsaw"}).stdout
    assert "2026-07-01 10:05 UTC" in out, out
