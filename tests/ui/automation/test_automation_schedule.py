"""The window runs the automation rules on their own schedule (automation.round_minutes), on the
task runner, apart from the tracking sync."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from orderdesk.models import AutomationFiringRow, OrderRow
from tests.factories import make_order
from tests.ui.conftest import wait_idle


def test_the_window_runs_a_round_and_follows_the_interval(qtbot, make_window, stocked, db, runner):
    window = make_window()
    schedule = window.automation.schedule
    assert schedule.interval_ms == 15 * 60_000
    window.settings.set("automation.late_hours", 1)
    window.settings.set("automation.round_minutes", 5)
    number = make_order(stocked)
    with db.session(write=True) as s:
        s.scalar(select(OrderRow).where(OrderRow.number == number)).status_changed_at -= timedelta(hours=2)
    assert schedule.run_now()
    qtbot.waitUntil(lambda: schedule.rounds == 1, timeout=10_000)
    assert schedule.last_lines == [f"late: {number}"]
    assert schedule.interval_ms == 5 * 60_000
    with db.session() as s:
        assert s.query(AutomationFiringRow).filter(AutomationFiringRow.rule == "late").count() == 1
    assert schedule.run_now()  # within the interval: nothing more
    qtbot.waitUntil(lambda: not schedule.running, timeout=10_000)
    assert schedule.rounds == 1
    wait_idle(qtbot, runner)


def test_the_round_minutes_are_set_in_the_automation_window(qtbot, make_window, runner):
    window = make_window()
    dialog = window.automation.open()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    assert dialog.numbers["automation.round_minutes"].value() == 15
    dialog.numbers["automation.round_minutes"].setValue(30)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert window.settings.get("automation.round_minutes") == 30
    wait_idle(qtbot, runner)
