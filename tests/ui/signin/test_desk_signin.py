"""The desk window on a shared PC: sign in with a PIN, act with the table's role, switch
user, lock by hand and after idle time; without users it behaves as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from orderdesk.domain import Actor
from orderdesk.ui.move_dialog import MoveInput
from orderdesk.ui.signin import LOCKED
from orderdesk.workflow import Role, Status
from tests.factories import make_order, stock_products
from tests.ui.conftest import wait_idle
from tests.unit.services.stations_data import OWNER_PIN, PACKER_PIN, add_users


@pytest.fixture
def shop(db, service):
    stock_products(service)
    number = make_order(service, payment="cash_on_delivery", name="Zofia Wiśniewska")
    add_users(db)  # Olga owner, Piotr packer, Chen clerk
    return service.get(number)


def sign_in(qtbot, window, name: str, pin: str) -> None:
    """As a person does it: ↓ in the PIN field until the name is chosen, the PIN, Enter."""
    page = window.signin.page
    qtbot.waitUntil(lambda: page.users.count() == 3)
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Down):  # the arrows stop at the ends: look both ways
        for _ in range(page.users.count()):
            if page.selected_name() == name:
                break
            qtbot.keyClick(page.pin, key)
    assert page.selected_name() == name
    qtbot.keyClicks(page.pin, pin)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)


def visible_texts(window) -> str:
    """Everything a person could read in the window and the windows it opened."""
    texts = [window.windowTitle()]
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            texts += [label.text() for label in top.findChildren(QLabel) if label.isVisible()]
    return "\n".join(texts)


def test_starts_locked_shows_no_orders_and_a_wrong_pin(qtbot, make_window, shop):
    window = make_window()
    session = window.signin
    assert session.is_locked and window.actor() == LOCKED
    assert not session.board_area.isVisible() and session.page.isVisible()
    assert shop.number not in visible_texts(window) and "Zofia" not in visible_texts(window)
    assert "active order" not in window.windowTitle()
    assert not window.menuBar().isEnabled()
    qtbot.keyClick(session.page.pin, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New order: off
    assert getattr(window, "_new_order_dialog", None) is None

    sign_in(qtbot, window, "Olga", "9999")
    qtbot.waitUntil(lambda: "Wrong PIN for Olga (4 tries left)" in session.page.message.text())
    assert session.is_locked and not session.board_area.isVisible()

    sign_in(qtbot, window, "Olga", OWNER_PIN)
    qtbot.waitUntil(lambda: not session.is_locked)
    assert window.actor() == Actor("Olga", Role.OWNER)
    assert session.board_area.isVisible() and window.menuBar().isEnabled()
    assert "Olga (owner)" in window.windowTitle() and session.user_label.text() == "Olga · owner"


def test_sign_in_arrows_stop_at_the_first_and_last_name(qtbot, make_window, shop):
    window = make_window()
    page = window.signin.page
    qtbot.waitUntil(lambda: page.users.count() == 3)
    last = page.users.item(2).data(Qt.ItemDataRole.UserRole)
    first = page.users.item(0).data(Qt.ItemDataRole.UserRole)
    for _ in range(4):
        qtbot.keyClick(page.pin, Qt.Key.Key_Down)
    assert page.selected_name() == last  # not round to the first (the owner)
    for _ in range(4):
        qtbot.keyClick(page.pin, Qt.Key.Key_Up)
    assert page.selected_name() == first


def test_a_packer_at_the_desk_cannot_cancel(qtbot, make_window, shop, service, runner):
    window = make_window()
    sign_in(qtbot, window, "Piotr", PACKER_PIN)
    qtbot.waitUntil(lambda: not window.signin.is_locked)
    assert window.actor() == Actor("Piotr", Role.PACKER)  # the role from the users table
    window.mover.ask = lambda *_args: MoveInput(reason="customer called")  # the reason dialog, answered
    window.move_orders([shop.id], Status.CANCELLED.value)
    qtbot.waitUntil(lambda: "A packer cannot move orders to Cancelled" in window.message.text())
    wait_idle(qtbot, runner)
    assert service.get(shop.number).status is Status.NEW


def test_switch_user_changes_who_history_names(qtbot, make_window, shop, service, runner):
    window = make_window()
    sign_in(qtbot, window, "Olga", OWNER_PIN)
    qtbot.waitUntil(lambda: not window.signin.is_locked)
    window.move_orders([shop.id], Status.CONFIRMED.value)
    qtbot.waitUntil(lambda: service.get(shop.number, with_history=False).status is Status.CONFIRMED)
    wait_idle(qtbot, runner)

    window.activateWindow()
    qtbot.keyClick(window.board, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)  # Switch user…
    qtbot.waitUntil(lambda: window.signin.is_locked)
    assert "Olga is signed out" in window.signin.page.message.text()
    sign_in(qtbot, window, "Piotr", PACKER_PIN)
    qtbot.waitUntil(lambda: not window.signin.is_locked)
    window.move_orders([shop.id], Status.ASSEMBLING.value)
    qtbot.waitUntil(lambda: service.get(shop.number, with_history=False).status is Status.ASSEMBLING)
    wait_idle(qtbot, runner)
    moves = [(h.to_value, h.actor, h.role) for h in service.get(shop.number).history if h.kind == "status"]
    assert moves[-2:] == [("confirmed", "Olga", "owner"), ("assembling", "Piotr", "packer")]


def test_locks_after_idle_time_and_hides_open_orders(qtbot, make_window, shop):
    window = make_window()
    session = window.signin
    sign_in(qtbot, window, "Olga", OWNER_PIN)
    qtbot.waitUntil(lambda: not session.is_locked)
    window.open_order(shop.id)
    details = window._windows[shop.id]
    qtbot.waitUntil(lambda: details.isVisible())
    session.set_idle_minutes(0.005)  # 300 ms
    qtbot.waitUntil(lambda: session.is_locked, timeout=5000)
    assert not details.isVisible() and not session.board_area.isVisible()
    assert window.actor() == LOCKED and "without input" in session.page.message.text()
    assert "Zofia" not in visible_texts(window) and shop.number not in visible_texts(window)
    session.set_idle_minutes(0)
    sign_in(qtbot, window, "Olga", OWNER_PIN)
    qtbot.waitUntil(lambda: not session.is_locked)
    assert details.isVisible()  # the work in progress comes back


def test_lock_ends_a_modal_dialog_and_does_not_bring_it_back(qtbot, make_window, shop):
    window = make_window()
    session = window.signin
    sign_in(qtbot, window, "Olga", OWNER_PIN)
    qtbot.waitUntil(lambda: not session.is_locked)
    box = QMessageBox(QMessageBox.Icon.Information, "OrderDesk", f"Order {shop.number}", parent=window)
    QTimer.singleShot(50, session.lock)  # the idle lock, while someone sits on a question
    box.exec()  # returns only because the lock ended it
    assert session.is_locked and not box.isVisible()
    sign_in(qtbot, window, "Olga", OWNER_PIN)
    qtbot.waitUntil(lambda: not session.is_locked)
    assert not box.isVisible()


def test_lock_key_locks(qtbot, make_window, shop):
    window = make_window()
    sign_in(qtbot, window, "Olga", OWNER_PIN)
    qtbot.waitUntil(lambda: not window.signin.is_locked)
    window.activateWindow()
    qtbot.keyClick(window.board, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.signin.is_locked)
    assert window.windowTitle() == "OrderDesk — locked"
    sign_in(qtbot, window, "Olga", OWNER_PIN)
    qtbot.waitUntil(lambda: not window.signin.is_locked)
    search = window.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "Zofia")
    qtbot.keyClick(search, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)  # a text field's key, still ours
    qtbot.waitUntil(lambda: window.signin.is_locked)


def test_without_users_there_is_no_sign_in(qtbot, make_window, service, owner):
    stock_products(service)
    make_order(service)
    window = make_window()
    assert window.signin is None and window.actor() == owner
    assert window.message.text() == "Single-user mode: add users with `orderdesk users add`"
    assert window.findChild(QLabel, "signedInUser") is None
    assert window.board.isVisible()


def test_settings_say_who_is_signed_in_instead_of_a_role_to_pick(qtbot, make_window, shop, runner, qsettings):
    window = make_window()
    sign_in(qtbot, window, "Piotr", PACKER_PIN)
    qtbot.waitUntil(lambda: not window.signin.is_locked)
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            QTimer.singleShot(20, look)
            return
        seen["who"] = dialog.findChild(QLabel, "signedIn").text()
        seen["role field shown"] = dialog.user_role.isVisible()
        dialog.accept()

    QTimer.singleShot(0, look)
    window.open_settings()
    assert "Piotr (packer)" in str(seen["who"]) and seen["role field shown"] is False
    assert qsettings.value("user/role", "owner") == "owner"  # nothing a packer could pick was stored
    wait_idle(qtbot, runner)
