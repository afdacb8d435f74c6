"""Accept / Reject… / Close… in the order window's Returns tab: enabled by the return's state,
the service run off the GUI thread, a refusal shown in the banner."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from orderdesk.services.returns import ReceivedLine, ReturnRequestLine, ReturnService
from orderdesk.workflow import Status
from tests.factories import OWNER
from tests.ui.conftest import wait_idle
from tests.ui.returns.test_returns_ui import open_details
from tests.unit.services.returns.helpers import delivered_order


def _enabled(tab) -> tuple[bool, bool, bool]:
    d = tab.decisions
    return d.accept_button.isEnabled(), d.reject_button.isEnabled(), d.close_button.isEnabled()


def _select(qtbot, tab, number: str) -> None:
    row = next(r for r in range(tab.model.rowCount()) if tab.model.key(r) == number)
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    assert tab.selected_number() == number


def _answer(qtbot, tab, text: str) -> None:
    """Type the reason into the question the button opened and press OK."""
    qtbot.waitUntil(lambda: tab.decisions.reason_dialog is not None and tab.decisions.reason_dialog.isVisible())
    dialog = tab.decisions.reason_dialog
    dialog.setTextValue(text)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_accept_then_reject_with_a_reason_off_the_gui_thread(qtbot, service, runner):
    number = delivered_order(service)
    returns = ReturnService(service)
    r = returns.create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER).number
    window = open_details(qtbot, service, runner, number)
    tab = window.returns_tab
    _select(qtbot, tab, r)
    assert _enabled(tab) == (True, True, True)
    assert not tab.refund_button.isEnabled() and not tab.exchange_button.isEnabled()  # nothing has arrived
    threads = []
    accept = tab.returns.accept
    tab.returns.accept = lambda *a, **kw: threads.append(threading.current_thread()) or accept(*a, **kw)
    qtbot.mouseClick(tab.decisions.accept_button, Qt.MouseButton.LeftButton)
    assert _enabled(tab) == (False, False, False)  # one decision at a time
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: tab.statuses.get(r) == "awaiting_parcel")
    assert threads and threads[0] is not threading.main_thread()
    assert f"Return {r} accepted." in window.banner.text()
    _select(qtbot, tab, r)
    assert _enabled(tab) == (False, True, True)  # accepted already: no second Accept
    qtbot.mouseClick(tab.decisions.reject_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, tab, "  opened and used  ")
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: tab.statuses.get(r) == "rejected")
    assert tab.model.index(0, 1).data() == "Rejected" and _enabled(tab) == (False, False, False)
    assert service.get(number).history[-1].reason == "opened and used"


def test_close_needs_a_reason_and_a_settled_return_allows_no_decision(qtbot, service, runner):
    number = delivered_order(service)
    returns = ReturnService(service)
    kept = returns.create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER).number
    returns.receive(kept, [ReceivedLine("MUG-1", 1, "write-off")], OWNER)
    paid = returns.create_return(number, [ReturnRequestLine("TEA-2", 1, "other")], OWNER).number
    returns.receive(paid, [ReceivedLine("TEA-2", 1, "restock")], OWNER)
    returns.refund(paid, OWNER)
    window = open_details(qtbot, service, runner, number)
    tab = window.returns_tab
    _select(qtbot, tab, paid)
    assert _enabled(tab) == (False, False, False) and not tab.refund_button.isEnabled()
    _select(qtbot, tab, kept)
    assert _enabled(tab) == (False, False, True) and tab.refund_button.isEnabled()
    qtbot.mouseClick(tab.decisions.close_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, tab, "")
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: "a reason is required" in window.banner.text())
    assert returns.get(kept).status == "received" and _enabled(tab) == (False, False, True)
    qtbot.mouseClick(tab.decisions.close_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, tab, "broken in transit, written off; the carrier pays")
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: tab.statuses.get(kept) == "closed")
    assert service.get(number).status != Status.REFUNDED and f"Return {kept} closed." in window.banner.text()


def test_another_desk_decided_first_the_refusal_is_one_line(qtbot, service, runner):
    number = delivered_order(service)
    returns = ReturnService(service)
    r = returns.create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER).number
    window = open_details(qtbot, service, runner, number)
    tab = window.returns_tab
    _select(qtbot, tab, r)
    returns.reject(r, OWNER, "declined by phone")  # on another desk, after this window read it
    qtbot.mouseClick(tab.decisions.accept_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: "can no longer be accepted" in window.banner.text())
    assert returns.get(r).status == "rejected"
