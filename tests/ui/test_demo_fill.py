"""``orderdesk --demo`` on a new demo database: the window is up at once, a dialog counts the
demo orders as they are made off the GUI thread, and the board shows them when they are done."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QProgressDialog


def test_the_window_fills_with_demo_orders_behind_a_progress_dialog(qtbot, make_window, runner, db, service):
    from orderdesk.ui.demo_fill import DemoFiller

    window = make_window()
    assert sum(m.total for m in window.board.models.values()) == 0
    failures: list[BaseException] = []
    seen: list[int] = []
    filler = DemoFiller(window, runner, db, 12, window.refresh, failures.append)
    dialog = window.findChild(QProgressDialog)
    assert dialog is filler.dialog and dialog.isVisible()  # the GUI thread is free: the dialog is up
    # While it counts: a modal dialog's setValue runs the event loop, so the last tick can see the
    # work end and the dialog close (a closed progress dialog resets its value to -1).
    filler.timer.timeout.connect(lambda: None if filler.finished else seen.append(dialog.value()))
    qtbot.waitUntil(lambda: filler.finished, timeout=30_000)
    assert not failures
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: sum(m.total for m in window.board.models.values()) > 0, timeout=5_000)
    assert len(service.list_orders(limit=100)) == 12
    assert all(b >= a for a, b in pairwise(seen))  # the count only goes up


def test_a_failure_is_shown_not_swallowed(qtbot, make_window, runner, db, monkeypatch):
    from orderdesk import demo
    from orderdesk.errors import ValidationError
    from orderdesk.ui.demo_fill import DemoFiller

    def broken(*_args, **_kwargs):
        raise ValidationError("the demo database is read-only")

    monkeypatch.setattr(demo, "create_demo", broken)
    window = make_window()
    failures: list[BaseException] = []
    filler = DemoFiller(window, runner, db, 5, window.refresh, failures.append)
    qtbot.waitUntil(lambda: filler.finished, timeout=10_000)
    assert [str(f) for f in failures] == ["the demo database is read-only"]
    assert not filler.dialog.isVisible()
