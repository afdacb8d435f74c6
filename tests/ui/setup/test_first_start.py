"""First start: the choice between this PC alone and the shop's server, and the server dialog
with its Test connection against a real PostgreSQL server; the password goes to the keyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from orderdesk.db import Database, data_dir, resolve_url
from orderdesk.services import server_connection as sc
from tests.support.components import require_keyring
from tests.support.pg_fixtures import fresh_pg_database, pg_server

__all__ = ["pg_server"]


def shots_dir(tmp_path: Path) -> Path:
    """Where screenshots go: ORDERDESK_SCREENSHOTS=docs remakes the ones in docs/."""
    return Path(os.environ.get("ORDERDESK_SCREENSHOTS") or tmp_path)


def test_first_start_offers_this_pc_or_the_server(qtbot, tmp_path):
    from orderdesk.ui.setup.first_start import FirstStartDialog

    assert sc.needs_first_start_choice()
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    shot = shots_dir(tmp_path) / "first-start-database.png"
    assert dialog.grab().save(str(shot)) and shot.stat().st_size > 5_000
    qtbot.mouseClick(dialog.local_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == sc.LOCAL and dialog.result() == dialog.DialogCode.Accepted


def test_this_pc_alone_is_remembered(qtbot):
    sc.save_local()
    assert not sc.needs_first_start_choice()
    assert resolve_url() == f"sqlite:///{data_dir() / 'orderdesk.sqlite3'}"


@pytest.fixture
def keyring_clean():
    require_keyring()
    from orderdesk.services.credentials import Credentials

    yield Credentials()
    Credentials().delete(sc.SECRET)


def test_server_dialog_tests_saves_and_the_app_then_opens_the_server(qtbot, runner, pg_server, keyring_clean, tmp_path):
    from orderdesk.ui.setup.first_start import ServerDialog

    url = make_url(fresh_pg_database(pg_server))
    dialog = ServerDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)  # no address yet
    assert "server's address" in dialog.outcome.text() and dialog.focusWidget() is dialog.host

    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.database.setText(url.database)
    dialog.user.setText(url.username)
    dialog.password.setText("Secret-pw-1")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No database server answers at 127.0.0.1:1" in dialog.outcome.text(), timeout=10_000)

    dialog.port.setValue(url.port)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.tested_ok, timeout=10_000)
    assert "Connected to PostgreSQL" in dialog.outcome.text() and "empty" in dialog.outcome.text()
    shot = shots_dir(tmp_path) / "server-dialog.png"
    assert dialog.grab().save(str(shot)) and shot.stat().st_size > 5_000

    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = (data_dir() / sc.CHOICE_FILE).read_text()
    assert "Secret-pw-1" not in saved and json.loads(saved)["server"]["port"] == url.port
    assert keyring_clean.get(sc.SECRET) == "Secret-pw-1"
    # Every program on this PC now opens the server: the window, the stations, the CLI.
    resolved = make_url(resolve_url())
    assert (resolved.host, resolved.port, resolved.database, resolved.password) == (
        "127.0.0.1",
        url.port,
        url.database,
        "Secret-pw-1",
    )
    db = Database.open(None)
    assert not db.is_sqlite and not db.needs_upgrade() and "Secret-pw-1" not in db.display_url
    db.dispose()


def test_the_desk_window_makes_the_daily_backup_off_the_gui_thread(qtbot, make_window, runner, db):
    from orderdesk.settings import Settings
    from tests.ui.conftest import wait_idle

    window = make_window()
    window.daily_backup.check()
    wait_idle(qtbot, runner)
    made = window.daily_backup.last_path
    assert made is not None and made.exists() and made.name.endswith("-daily.sqlite3")
    assert "Daily backup made" in window.message.text()
    window.daily_backup.last_path = None
    window.daily_backup.check()  # the same day: nothing more
    wait_idle(qtbot, runner)
    assert window.daily_backup.last_path is None and Settings(db).get("backup.last_daily_at")


def test_first_start_of_the_app_asks_then_opens_the_chosen_database(qapp, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from orderdesk.ui.setup.first_start import FirstStartDialog
    from tests.ui.test_app import run_app_until_loaded

    asked = []

    def choose_this_pc():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstStartDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, choose_this_pc)
            return
        asked.append(True)
        dialogs[0].local_button.click()

    QTimer.singleShot(50, choose_this_pc)
    seen = {}
    run_app_until_loaded(qapp, monkeypatch, None, lambda window: seen.update(sqlite=window.service.db.is_sqlite))
    assert asked and seen == {"sqlite": True}
    assert (data_dir() / "orderdesk.sqlite3").exists() and not sc.needs_first_start_choice()
