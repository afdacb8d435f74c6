"""The order window's VIP box: ticked and saved, the customer is a VIP and the order priority."""

from __future__ import annotations

from orderdesk.domain import Actor
from orderdesk.workflow import Role
from tests.ui.conftest import make_order, wait_idle


def test_order_window_flags_the_customer_vip(qtbot, stocked, runner):
    from orderdesk.ui.order_details.window import OrderDetailsWindow

    number = make_order(stocked)
    window = OrderDetailsWindow(stocked, runner, stocked.get(number).id, lambda: Actor("Olga", Role.OWNER))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    assert not window.vip.isChecked() and not window.has_unsaved_edits()
    window.vip.click()
    assert window.collect_edit().vip is True
    window.save()
    qtbot.waitUntil(lambda: window.detail.customer.vip, timeout=5000)
    wait_idle(qtbot, runner)
    detail = stocked.get(number)
    assert detail.customer.vip and detail.priority
    assert window.vip.isChecked() and not window.has_unsaved_edits()
    # The customer's next order is priority by the rule, with no phone list set.
    assert stocked.get(make_order(stocked)).priority
