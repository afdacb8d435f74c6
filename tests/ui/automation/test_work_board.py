"""The board's work markers and filters: Priority and Assign to in the card menu, priority cards
first with their marker, "My orders", and late orders in Needs attention with a "Late" marker."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from orderdesk.domain import Actor
from orderdesk.models import OrderRow, utcnow
from orderdesk.services.users import UserService
from orderdesk.workflow import Role, Status
from tests.ui.conftest import make_order, wait_idle


def numbers(window, status: Status) -> list[str]:
    model = window.column_model(status)
    return [model.summary(i).number for i in model.ids]


def menu_action(menu, name: str):
    for action in menu.actions():
        if action.objectName() == name or (action.menu() and action.menu().objectName() == name):
            return action
    raise AssertionError(f"no {name} in the card menu")


def test_priority_from_the_card_menu_puts_the_card_first_with_its_marker(make_window, stocked, qtbot, runner):
    older, newer = make_order(stocked), make_order(stocked)
    window = make_window()
    assert numbers(window, Status.NEW) == [newer, older]
    model = window.column_model(Status.NEW)
    old_id = next(i for i in model.ids if model.summary(i).number == older)
    menu = window.board.build_menu(Status.NEW, [old_id])
    priority = menu_action(menu, "togglePriority")
    assert priority.isCheckable() and not priority.isChecked()
    priority.trigger()
    qtbot.waitUntil(lambda: numbers(window, Status.NEW) == [older, newer], timeout=5000)
    assert window.column_model(Status.NEW).summary(old_id).priority
    assert stocked.get(older).priority
    assert menu_action(window.board.build_menu(Status.NEW, [old_id]), "togglePriority").isChecked()
    # The marker is painted: the priority card's pixels differ from the same card without it.
    view = window.board.columns[Status.NEW].view
    first = view.grab(view.visualRect(model.index(0))).toImage()
    stocked.set_priority(older, False, Actor("Olga (owner)"))
    window.refresh()
    qtbot.waitUntil(lambda: numbers(window, Status.NEW) == [newer, older], timeout=5000)
    model = window.column_model(Status.NEW)
    plain = view.grab(view.visualRect(model.index(1))).toImage()
    assert first.size() == plain.size() and first != plain  # the same card, without the marker
    wait_idle(qtbot, runner)


def test_assign_from_the_card_menu_and_the_my_orders_filter(make_window, stocked, qtbot, runner, db):
    users = UserService(db)
    users.create_user("Olga", Role.OWNER, "1234")
    users.create_user("Piotr", Role.PACKER, "5678", Actor("Olga", Role.OWNER))
    mine, other = make_order(stocked), make_order(stocked)
    window = make_window()
    wait_idle(qtbot, runner)  # the people to assign to are read in the background
    model = window.column_model(Status.NEW)
    mine_id = next(i for i in model.ids if model.summary(i).number == mine)
    assign = menu_action(window.board.build_menu(Status.NEW, [mine_id]), "assignMenu").menu()
    assert [a.text() for a in assign.actions() if a.text()] == ["Olga", "Piotr", "Nobody"]
    next(a for a in assign.actions() if a.text() == "Piotr").trigger()
    qtbot.waitUntil(lambda: window.column_model(Status.NEW).summary(mine_id).assigned_to == "Piotr", timeout=5000)

    window.act_as(Actor("Piotr", Role.PACKER))
    window.filter_bar.mine.setChecked(True)
    qtbot.waitUntil(lambda: numbers(window, Status.NEW) == [mine], timeout=5000)
    window.act_as(Actor("Olga", Role.OWNER))  # another person signs in: their own (none)
    qtbot.waitUntil(lambda: numbers(window, Status.NEW) == [], timeout=5000)
    window.filter_bar.mine.setChecked(False)
    qtbot.waitUntil(lambda: set(numbers(window, Status.NEW)) == {mine, other}, timeout=5000)
    wait_idle(qtbot, runner)


def test_late_orders_show_a_marker_and_are_in_needs_attention(make_window, stocked, qtbot, runner, db):
    from orderdesk.settings import Settings
    from orderdesk.wiring import declare_all_settings

    declare_all_settings()
    Settings(db).set("automation.late_hours", "24")
    late, fresh = make_order(stocked), make_order(stocked)
    with db.session(write=True) as s:
        s.execute(
            update(OrderRow)
            .where(OrderRow.number == late)
            .values(status_changed_at=utcnow() - timedelta(hours=30))
            .execution_options(synchronize_session=False)
        )
    window = make_window()
    assert window.delegate.late_targets[Status.NEW] == 24
    window.filter_bar.attention.setChecked(True)
    qtbot.waitUntil(lambda: numbers(window, Status.NEW) == [late], timeout=5000)
    window.filter_bar.attention.setChecked(False)
    qtbot.waitUntil(lambda: set(numbers(window, Status.NEW)) == {late, fresh}, timeout=5000)
    wait_idle(qtbot, runner)


def test_order_window_sets_priority_and_the_person_with_history(qtbot, stocked, runner, db):
    from orderdesk.ui.order_details.window import OrderDetailsWindow

    users = UserService(db)
    users.create_user("Olga", Role.OWNER, "1234")
    users.create_user("Piotr", Role.PACKER, "5678", Actor("Olga", Role.OWNER))
    number = make_order(stocked)
    owner = Actor("Olga", Role.OWNER)
    window = OrderDetailsWindow(stocked, runner, stocked.get(number).id, lambda: owner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None and window.work_strip.assignee.count() == 3, timeout=5000)
    strip = window.work_strip
    assert not strip.priority.isChecked() and strip.assignee.currentData() == ""
    changed = []
    window.changed.connect(lambda: changed.append(1))
    strip.priority.click()
    qtbot.waitUntil(lambda: window.detail.priority, timeout=5000)
    strip.assignee.setCurrentIndex(strip.assignee.findData("Piotr"))
    strip.assignee.activated.emit(strip.assignee.currentIndex())
    qtbot.waitUntil(lambda: window.detail.assigned_to == "Piotr", timeout=5000)
    detail = stocked.get(number)
    assert detail.priority and detail.assigned_to == "Piotr" and len(changed) == 2
    kinds = [(h.kind, h.to_value, h.actor) for h in detail.history if h.kind in ("priority", "assign")]
    assert kinds == [("priority", "on", "Olga"), ("assign", "Piotr", "Olga")]
    texts = [window.history_model.index(r, 2).data() for r in range(window.history_model.rowCount())]
    assert any("Assigned to Piotr" in (t or "") for t in texts)
    wait_idle(qtbot, runner)


def test_mark_delayed_from_the_card_menu_holds_the_order_and_tells_the_customer(
    make_window, stocked, qtbot, runner, db
):
    number = make_order(stocked)
    window = make_window()
    model = window.column_model(Status.NEW)
    order_id = model.ids[0]
    window.work_menu.ask_delay_reason = lambda: "supplier is late"
    menu_action(window.board.build_menu(Status.NEW, [order_id]), "markDelayed").trigger()
    qtbot.waitUntil(lambda: bool(window.column_model(Status.NEW).summary(order_id).holds), timeout=5000)
    assert window.column_model(Status.NEW).summary(order_id).holds[0][0] == "delayed"
    detail = stocked.get(number)
    assert [(h.kind, h.reason) for h in detail.active_holds] == [("delayed", "supplier is late")]
    # (the customer's "delay" message on such a hold: test_customer_messages.py, with the app's listeners)
    window.work_menu.ask_delay_reason = lambda: None  # cancelled: nothing more happens
    menu_action(window.board.build_menu(Status.NEW, [order_id]), "markDelayed").trigger()
    wait_idle(qtbot, runner)
    assert len(stocked.get(number).active_holds) == 1
