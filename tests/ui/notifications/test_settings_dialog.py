"""Notification settings: secrets only in the keyring, a clear message without one, checked
settings, and "Send test message" reaching the fake gateway."""

from __future__ import annotations

import secrets
import sqlite3

from PySide6.QtCore import Qt

from orderdesk.services.messaging.config import P
from orderdesk.settings import Settings
from tests.ui.conftest import wait_idle

LEFT = Qt.MouseButton.LeftButton


def open_dialog(qtbot, make_window, keyring_ready=True):
    window = make_window()
    dialog = window.notifications.open_settings()
    dialog.ask_unsaved = lambda: "discard"  # a failing test must not leave a question box open
    qtbot.waitUntil(dialog.isEnabled)
    if keyring_ready:
        qtbot.waitUntil(lambda: dialog.keyring_ok, timeout=5000)
    return window, dialog


def test_secrets_go_to_the_keyring_and_never_to_the_database(qtbot, make_window, keyring, db, runner, tmp_path):
    _window, dialog = open_dialog(qtbot, make_window)
    field = dialog.secrets["twilio.auth_token"]
    assert field.state.text() == "not set" and not field.delete.isEnabled()
    token = "tok-" + secrets.token_hex(16)
    field.edit.setText(token)
    dialog.fields[P + "twilio.from"].setText("+15005550006")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_note.text() == "Saved.")
    qtbot.waitUntil(lambda: field.state.text() == "✓ in the keyring")
    assert keyring.get("twilio.auth_token") == token  # read back from the real keyring
    assert field.edit.text() == ""  # not kept in the window either
    assert Settings(db).get(P + "twilio.from") == "+15005550006"
    wait_idle(qtbot, runner)
    for path in tmp_path.rglob("*"):  # the database, its WAL, the settings file: nowhere on disk here
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path
    with sqlite3.connect(tmp_path / "orderdesk.sqlite3") as con:
        assert not [row for row in con.execute("select key, value from settings") if token in row[1]]

    qtbot.mouseClick(field.delete, LEFT)
    qtbot.waitUntil(lambda: field.state.text() == "not set")
    assert keyring.get("twilio.auth_token") is None


def test_without_a_keyring_the_credentials_message_is_shown(qtbot, db, runner):
    from keyring.backends.fail import Keyring as NoKeyring

    from orderdesk.services.credentials import Credentials
    from orderdesk.ui.notifications.settings_dialog import NotificationSettingsDialog

    dialog = NotificationSettingsDialog(db, runner, credentials=Credentials(backend=NoKeyring()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.keyring_note.isVisible())
    assert "No secure keyring is available" in dialog.keyring_note.text()
    assert all(not f.edit.isEnabled() for f in dialog.secrets.values())
    assert dialog.secrets["smtp.password"].state.text() == "keyring unavailable"


def test_a_bad_setting_is_refused_under_its_field_and_nothing_is_stored(qtbot, make_window, keyring, db):
    _window, dialog = open_dialog(qtbot, make_window)
    dialog.fields[P + "quiet_hours"].setText("late evening")
    dialog.fields[P + "max_per_order_per_day"].setValue(2)
    dialog.save()
    error = dialog.errors[P + "quiet_hours"]
    qtbot.waitUntil(lambda: not error.isHidden())
    assert "21:00-08:00" in error.text()
    assert dialog.tabs.currentIndex() == 2  # the page with the field is shown
    assert Settings(db).get(P + "max_per_order_per_day") == 5  # all or nothing


def test_send_test_message_reaches_the_fake_gateway_with_the_keyring_secret(qtbot, make_window, keyring, notify):
    _window, dialog = open_dialog(qtbot, make_window)
    from tests.fakes import twilio as fake

    dialog.secrets["twilio.auth_token"].edit.setText(fake.AUTH_TOKEN)
    dialog.test_to.setText("600 123 456")  # the shop's default country makes it +48
    qtbot.mouseClick(dialog.test_button, LEFT)
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("Sent."), timeout=10_000)
    (sms,) = notify.twilio_fake.received
    assert sms["to"] == "+48600123456" and "Sklep Ola" in sms["body"]
    assert dialog.last_test.gateway_id in dialog.test_result.text()  # the gateway's own answer

    dialog.test_to.setText("12")
    qtbot.mouseClick(dialog.test_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.errors["to"].isHidden(), timeout=10_000)
    assert "not a valid phone number" in dialog.errors["to"].text()

    keyring.delete("twilio.auth_token")
    dialog.test_to.setText("+48 600 123 457")
    qtbot.mouseClick(dialog.test_button, LEFT)
    qtbot.waitUntil(lambda: "'twilio.auth_token' is not set" in dialog.test_result.text(), timeout=10_000)
    assert len(notify.twilio_fake.received) == 1


def test_send_test_email_through_the_real_smtp_server(qtbot, make_window, keyring, notify):
    _window, dialog = open_dialog(qtbot, make_window)
    dialog.secrets["smtp.password"].edit.setText("smtp-secret")
    dialog.test_channel.setCurrentIndex(dialog.test_channel.findData("email"))
    dialog.test_to.setText("owner@example.com")
    qtbot.mouseClick(dialog.test_button, LEFT)
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("Sent."), timeout=10_000)
    assert [rcpts for _f, rcpts, _m in notify.smtp.messages] == [["owner@example.com"]]


def test_closing_with_unsaved_changes_asks_save_discard_or_cancel(qtbot, make_window, keyring, db, runner):
    window, dialog = open_dialog(qtbot, make_window)
    asked = []
    dialog.ask_unsaved = lambda: asked.append("close") or "cancel"
    dialog.close()  # nothing changed: closes without a question
    assert not dialog.isVisible() and asked == []

    dialog = window.notifications.open_settings()
    qtbot.waitUntil(dialog.isEnabled)
    dialog.ask_unsaved = lambda: asked.append("cancel") or "cancel"
    dialog.fields[P + "max_per_order_per_day"].setValue(3)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape, Close and the title bar's X all ask
    assert asked == ["cancel"] and dialog.isVisible()
    window.close()  # the main window stays open too while the person keeps the changes
    assert window.isVisible() and asked == ["cancel", "cancel"]

    dialog.ask_unsaved = lambda: asked.append("discard") or "discard"
    dialog.close()
    assert not dialog.isVisible() and asked[-1] == "discard"
    assert Settings(db).get(P + "max_per_order_per_day") == 5  # discarded: nothing stored

    dialog = window.notifications.open_settings()
    qtbot.waitUntil(dialog.isEnabled)
    assert dialog.fields[P + "max_per_order_per_day"].value() == 5
    dialog.secrets["smtp.password"].edit.setText("typed-not-saved")  # a typed secret is a change too
    dialog.fields[P + "max_per_order_per_day"].setValue(3)
    dialog.ask_unsaved = lambda: asked.append("save") or "save"
    dialog.close()
    assert asked[-1] == "save"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)  # closes once stored
    assert Settings(db).get(P + "max_per_order_per_day") == 3
    assert keyring.get("smtp.password") == "typed-not-saved"

    dialog = window.notifications.open_settings()
    qtbot.waitUntil(dialog.isEnabled)
    dialog.fields[P + "quiet_hours"].setText("late evening")  # refused when saved: stays open with the reason
    dialog.ask_unsaved = lambda: "save"
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.errors[P + "quiet_hours"].isHidden(), timeout=5000)
    assert dialog.isVisible()
    dialog.ask_unsaved = lambda: "discard"
    wait_idle(qtbot, runner)
