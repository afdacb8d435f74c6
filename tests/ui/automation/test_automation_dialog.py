"""Orders → Automation…: the rules' settings load, save with their ranges, and the dry run lists
what the next round would do without changing anything."""

from __future__ import annotations

from orderdesk.workflow import Status
from tests.factories import make_order
from tests.ui.conftest import wait_idle


def test_automation_settings_save_and_dry_run_lists_without_changing(qtbot, make_window, stocked, runner):
    window = make_window()
    number = make_order(stocked, paid=100_000)
    dialog = window.automation.open()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    assert dialog.numbers["messaging.payment_reminder_hours"].value() == 24
    dialog.auto_confirm.setChecked(True)
    dialog.numbers["automation.cancel_unpaid_days"].setValue(7)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert window.settings.get("automation.auto_confirm") is True
    assert window.settings.get("automation.cancel_unpaid_days") == 7

    dialog = window.automation.open()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    dialog.run_preview()
    qtbot.waitUntil(lambda: any(number in dialog.preview.item(i).text() for i in range(dialog.preview.count())),
                    timeout=10000)  # fmt: skip
    assert stocked.get(number).status is Status.NEW  # looking changed nothing
    dialog.reject()
    wait_idle(qtbot, runner)


def test_priority_rules_are_set_in_the_automation_window(qtbot, make_window, stocked, runner):
    window = make_window()
    dialog = window.automation.open()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    dialog.express["own_courier"].setChecked(True)
    dialog.vip.setText("+48 600 123 456")
    dialog.numbers["automation.priority_total_over"].setValue(500)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert window.settings.get("automation.priority_delivery_methods") == "own_courier"
    assert window.settings.get("automation.priority_total_over") == 500
    assert stocked.get(make_order(stocked)).priority  # the factory's customer is that VIP phone
    dialog = window.automation.open()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    assert dialog.express["own_courier"].isChecked() and not dialog.express["carrier"].isChecked()
    assert dialog.vip.text() == "+48 600 123 456"
    dialog.reject()
    wait_idle(qtbot, runner)


def test_late_targets_per_status_are_checked_and_saved(qtbot, make_window, runner):
    window = make_window()
    dialog = window.automation.open()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    dialog.late_by_status.setText("new=four")
    dialog.save()
    assert "new=4, packed=24" in dialog.error.text() and dialog.isVisible()  # said what to write; nothing saved
    dialog.late_by_status.setText("new=4, packed=24")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert window.settings.get("automation.late_hours_by_status") == "new=4, packed=24"
    wait_idle(qtbot, runner)


def test_who_needs_a_call_is_set_in_the_automation_window(qtbot, make_window, stocked, runner):
    window = make_window()
    dialog = window.automation.open()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    dialog.call_first.setChecked(True)
    dialog.call_phones.setText("+48 600 999 888")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert window.settings.get("automation.call_first_orders") is True
    assert window.settings.get("automation.call_phones") == "+48 600 999 888"
    dialog = window.automation.open()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    assert dialog.call_first.isChecked() and dialog.call_phones.text() == "+48 600 999 888"
    dialog.reject()
    wait_idle(qtbot, runner)
