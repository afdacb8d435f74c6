"""Fixtures for the station UI tests."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items):
    # The offscreen platform says this about every top-level window; it is not our warning.
    for item in items:
        if "tests/ui/stations" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture
def shop(db, service):
    """Products and the three users (owner, packer, clerk) in a real migrated database."""
    from orderdesk.services.users import SCANNER_MAX_GAP_MS
    from orderdesk.settings import Settings
    from tests.unit.services.stations_data import add_products, add_users

    add_products(service)
    users = add_users(db)
    # Test machines are shared and busy: give a burst more slack than a real bench needs.
    Settings(db).set(SCANNER_MAX_GAP_MS.key, 80)
    return users


class StationDriver:
    """Drives a station like a person: a scanner burst, slow typing, function keys."""

    def __init__(self, qtbot, station) -> None:
        self.qtbot = qtbot
        self.station = station

    def focus(self):
        from PySide6.QtWidgets import QApplication

        return QApplication.focusWidget() or self.station

    def scan(self, text: str) -> None:
        """A scanner burst: keys a fraction of a millisecond apart, then Enter."""
        from PySide6.QtCore import Qt

        target = self.focus()
        self.qtbot.keyClicks(target, text)
        self.qtbot.keyClick(target, Qt.Key.Key_Return)

    def type(self, text: str, enter: bool = True, gap_ms: int = 180) -> None:
        """A person typing: one key every ``gap_ms``."""
        from PySide6.QtCore import Qt

        for ch in text:
            self.qtbot.keyClick(self.focus(), ch)
            self.qtbot.wait(gap_ms)
        if enter:
            self.qtbot.keyClick(self.focus(), Qt.Key.Key_Return)

    def key(self, key) -> None:
        self.qtbot.keyClick(self.focus(), key)

    def sign_in(self, name: str, pin: str) -> None:
        station = self.station
        lock = station.lock_page
        self.qtbot.waitUntil(lambda: lock.users.count() > 0)
        names = [lock.users.item(i).data(256) for i in range(lock.users.count())]
        lock.users.setCurrentRow(names.index(name))
        self.type(pin)
        self.qtbot.waitUntil(lambda: not station.locked)

    def wait_idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.station.busy and self.station.runner.active == 0, timeout=10_000)

    def banner(self) -> tuple[str, str]:
        return self.station.banner.state, self.station.banner.text()
