"""Carrier settings dialog: secrets into the keyring only, base URLs as settings, Test connection."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from orderdesk.services.carriers import cdek
from orderdesk.settings import Settings
from tests.ui.carriers.conftest import SECRETS, base_urls


def open_dialog(qtbot, window):
    dialog = window.carriers.open_settings()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    return dialog


def use_custom_url(dialog, carrier: str, url: str) -> None:
    page = dialog.pages[carrier]
    page.url_choice.setCurrentIndex(page.url_choice.count() - 1)  # "Custom"
    assert not page.url.isReadOnly()
    page.url.setText(url)


def test_menu_has_settings_and_sync_actions(make_window):
    window = make_window()
    ui = window.carriers
    assert ui.menu.title().replace("&", "") == "Carriers"
    names = [a.objectName() for a in ui.menu.actions() if a.objectName()]
    assert names == ["carrierSettings", "buyLabel", "syncTracking"]
    assert ui.sync_action.shortcut().toString() == "Ctrl+Shift+T"
    assert not ui.sync.scheduled  # tests' windows do not poll: no background round


def test_saved_secrets_go_to_the_keyring_not_the_database(qtbot, make_window, db, fakes, keyring_ready, tmp_path):
    window = make_window()
    dialog = open_dialog(qtbot, window)
    page = dialog.pages["easypost"]
    assert "not set" in page.secret_state.text().lower()
    url = base_urls(fakes)["easypost"]
    use_custom_url(dialog, "easypost", url)
    page.secrets["easypost.api_key"].setText(SECRETS["easypost.api_key"])
    cdek_page = dialog.pages["cdek"]
    cdek_page.url_choice.setCurrentIndex(cdek_page.url_choice.findData(cdek.SANDBOX_URL))
    assert cdek_page.url.text() == cdek.SANDBOX_URL and cdek_page.url.isReadOnly()
    dialog.general["carriers.sync_interval_minutes"].setValue(7)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert page.secrets["easypost.api_key"].text() == ""  # not kept in the widget

    settings = Settings(db)
    assert settings.get("carriers.easypost.base_url") == url
    assert settings.get("carriers.cdek.base_url") == cdek.SANDBOX_URL
    assert settings.get("carriers.sync_interval_minutes") == 7
    with db.session() as s:  # only what changed was written: untouched defaults stay defaults
        from orderdesk.models import SettingRow

        assert s.get(SettingRow, "carriers.inpost.base_url") is None
    assert keyring_ready.get("easypost.api_key") == SECRETS["easypost.api_key"]
    secret = SECRETS["easypost.api_key"].encode()
    assert all(secret not in str(v).encode() for v in settings.all().values())
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("orderdesk.sqlite3*"))
    assert stored and secret not in stored

    again = open_dialog(qtbot, window)
    assert "keyring" in again.pages["easypost"].secrets["easypost.api_key"].placeholderText()
    assert again.pages["easypost"].url.text() == url
    again.reject()


@pytest.mark.parametrize(("key", "ok"), [(SECRETS["easypost.api_key"], True), ("EZTKwrong", False)])
def test_test_connection_with_good_and_bad_key(qtbot, make_window, fakes, keyring_ready, key, ok):
    window = make_window()
    dialog = open_dialog(qtbot, window)
    use_custom_url(dialog, "easypost", base_urls(fakes)["easypost"])
    page = dialog.pages["easypost"]
    page.secrets["easypost.api_key"].setText(key)
    page.test_button.click()
    assert not page.test_button.isEnabled()  # running in the background
    qtbot.waitUntil(lambda: dialog.tests_running == 0, timeout=10_000)
    text = page.test_result.text()
    if ok:
        assert text.startswith("✔") and "EasyPost: connected" in text
    else:
        assert text.startswith("✘"), text
        assert "refused" in text.lower() or "key" in text.lower(), text
        assert "connected" not in text
    # Testing saves nothing: the form's secret never reached the keyring.
    assert keyring_ready.get("easypost.api_key") is None
    dialog.reject()


def test_cdek_test_connection_refused_secret(qtbot, make_window, fakes, keyring_ready):
    window = make_window()
    dialog = open_dialog(qtbot, window)
    use_custom_url(dialog, "cdek", base_urls(fakes)["cdek"])
    page = dialog.pages["cdek"]
    page.secrets["cdek.client_id"].setText("test-client")
    page.secrets["cdek.client_secret"].setText("not-the-secret")
    page.test_button.click()
    qtbot.waitUntil(lambda: dialog.tests_running == 0, timeout=10_000)
    assert page.test_result.text().startswith("✘")
    page.secrets["cdek.client_secret"].setText(SECRETS["cdek.client_secret"])
    page.test_button.click()
    qtbot.waitUntil(lambda: dialog.tests_running == 0, timeout=10_000)
    assert page.test_result.text().startswith("✔ CDEK: connected"), page.test_result.text()
    dialog.reject()


def test_missing_keyring_backend_says_how_to_fix_it(qtbot, make_window):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        window = make_window()
        dialog = open_dialog(qtbot, window)
        assert "No secure keyring" in dialog.keyring_state.text()
        assert "gnome-keyring" in dialog.keyring_state.text() or "Keychain" in dialog.keyring_state.text()
        assert not dialog.pages["easypost"].secrets["easypost.api_key"].isEnabled()
        dialog.reject()
    finally:
        keyring.set_keyring(previous)


def test_bad_url_is_refused_before_saving(qtbot, make_window, db):
    window = make_window()
    dialog = open_dialog(qtbot, window)
    use_custom_url(dialog, "inpost", "localhost:8082")
    dialog.save()
    assert "http" in dialog.form_error.text()
    assert Settings(db).get("carriers.inpost.base_url").startswith("https://")
    dialog.reject()
