"""Template editor: live preview with SMS length/encoding/parts, refusing unknown placeholders
on save, warning about unsaved edits, and the rules table."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from orderdesk.services.messaging.segments import analyse
from orderdesk.services.messaging.store import TemplateStore
from tests.ui.conftest import wait_idle

LEFT = Qt.MouseButton.LeftButton


def open_editor(qtbot, make_window):
    window = make_window()
    editor = window.notifications.open_templates()
    qtbot.waitUntil(editor.isEnabled)
    editor.ask_unsaved = lambda: "discard"  # a failing test must not leave a question box open
    return window, editor


def test_unknown_placeholder_is_refused_when_saved_with_the_message_under_the_field(qtbot, make_window, db, runner):
    _window, editor = open_editor(qtbot, make_window)
    editor.select("shipped", "sms", "en")
    editor.body.setPlainText("Your parcel {tracking_nummer} is on its way")
    assert "{tracking_nummer}" in editor.preview_error.text()  # seen while typing already
    qtbot.mouseClick(editor.save_button, LEFT)
    qtbot.waitUntil(lambda: editor.body_error.isVisible())
    assert "Unknown placeholder {tracking_nummer}" in editor.body_error.text()
    wait_idle(qtbot, runner)
    assert not TemplateStore(db).is_customised("shipped", "sms", "en")  # nothing stored

    editor.body.setPlainText("Your parcel {tracking_number} is on its way: {tracking_url}")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.body_error.isHidden()
    assert TemplateStore(db).get("shipped", "sms", "en").body.startswith("Your parcel {tracking_number}")
    assert editor.state.text() == "The shop's own text."


def test_email_subject_with_unknown_placeholder_is_refused_under_the_subject(qtbot, make_window):
    _window, editor = open_editor(qtbot, make_window)
    editor.select("confirmed", "email", "pl")
    assert editor.subject.isVisible()
    editor.subject.setText("Zamówienie {numer}")
    qtbot.mouseClick(editor.save_button, LEFT)
    qtbot.waitUntil(lambda: editor.subject_error.isVisible())
    assert "{numer}" in editor.subject_error.text() and editor.body_error.isHidden()


def test_preview_shows_gsm7_or_ucs2_and_the_number_of_parts(qtbot, make_window):
    _window, editor = open_editor(qtbot, make_window)
    editor.select("confirmed", "sms", "en")
    assert "GSM-7" in editor.sms_info.text() and "1 SMS" in editor.sms_info.text()
    assert "2026-000123" in editor.preview.toPlainText()  # the sample order, not the placeholder
    assert "{order_number}" not in editor.preview.toPlainText()

    editor.select("confirmed", "sms", "ru")
    editor.body.setPlainText("{shop_name}: заказ {order_number} подтверждён.")
    info = analyse(editor.preview.toPlainText())
    assert info.encoding == "UCS-2" and info.parts == 1
    assert "UCS-2" in editor.sms_info.text() and "1 SMS" in editor.sms_info.text()
    assert "з" in editor.sms_info.text()  # says which characters forced UCS-2

    editor.body.setPlainText("{shop_name}: заказ {order_number} подтверждён. " + "Спасибо за покупку! " * 4)
    info = analyse(editor.preview.toPlainText())
    assert info.parts == 2 and info.units > 70
    assert f"{info.units} characters" in editor.sms_info.text() and "2 SMS parts" in editor.sms_info.text()

    editor.body.setPlainText("x" * 161)  # GSM-7: 160 fit one SMS, 161 need two parts of 153
    assert "GSM-7" in editor.sms_info.text() and "2 SMS parts" in editor.sms_info.text()


def test_preview_shows_the_shops_own_name(qtbot, make_window, db):
    from orderdesk.settings import Settings

    Settings(db).set("shop.name", "Sklep u Olgi")
    _window, editor = open_editor(qtbot, make_window)
    editor.select("confirmed", "sms", "pl")
    assert editor.preview.toPlainText().startswith("Sklep u Olgi:")
    editor.body.setPlainText("{shop_name} dziękuje za zamówienie {order_number}.")
    assert editor.preview.toPlainText() == "Sklep u Olgi dziękuje za zamówienie 2026-000123."


def test_unsaved_edits_are_asked_about_when_closing_or_switching(qtbot, make_window, db, runner):
    _window, editor = open_editor(qtbot, make_window)
    editor.select("paid", "sms", "en")
    editor.body.setPlainText("Paid, thank you {customer_name}!")
    asked = []
    editor.ask_unsaved = lambda: asked.append("close") or "cancel"
    editor.close()
    assert asked == ["close"] and editor.isVisible()  # cancel: stays open, text kept
    assert editor.body.toPlainText() == "Paid, thank you {customer_name}!"

    editor.ask_unsaved = lambda: asked.append("switch") or "cancel"
    editor.select("delivered", "sms", "en")
    assert asked[-1] == "switch" and editor.key == ("paid", "sms", "en")
    assert editor.current_key() == ("paid", "sms", "en")  # the list follows back

    editor.ask_unsaved = lambda: "save"
    editor.close()
    qtbot.waitUntil(lambda: not editor.isVisible())
    wait_idle(qtbot, runner)
    assert TemplateStore(db).get("paid", "sms", "en").body == "Paid, thank you {customer_name}!"


def test_rules_per_delivery_method_are_saved_as_json(qtbot, qtmodeltester, make_window, db, runner):
    from PySide6.QtCore import Qt

    from orderdesk.settings import Settings
    from orderdesk.ui.notifications.rules_model import RULE_EVENTS

    _window, editor = open_editor(qtbot, make_window)
    qtmodeltester.check(editor.rules)
    model = editor.rules
    row = RULE_EVENTS.index("confirmed")
    sms = model.index(row, 1)
    assert model.data(sms, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked  # built-in: e-mail only
    editor.method.setCurrentIndex(editor.method.findData("pickup_shop"))
    assert model.data(sms, Qt.ItemDataRole.ForegroundRole) is not None  # inherited from every method (grey)
    assert model.setData(sms, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(model)
    editor.save_rules()
    qtbot.waitUntil(lambda: editor.rules_state.text() == "Rules saved.")
    rules = json.loads(Settings(db).get("messaging.rules"))
    assert rules["confirmed"] == {"*": ["email"], "pickup_shop": ["sms", "email"]}
