"""The Complaints list window (Orders → Complaints…) and the order window's Complaints tab:
the model passes Qt's model tester, open complaints are sorted by their answer date, overdue
ones are red, and recording and deciding go through the service on the task runner."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from orderdesk.services.complaints import ComplaintService
from orderdesk.ui.complaints.model import OVERDUE, ComplaintsModel
from orderdesk.wiring import declare_all_settings
from tests.factories import OWNER
from tests.ui.conftest import make_order, wait_idle


def _complaints(stocked):
    declare_all_settings()
    a, b = make_order(stocked), make_order(stocked)
    old = ComplaintService(stocked, clock=lambda: datetime(2020, 1, 1))  # long overdue
    late = old.create(a, "Kubek pęknięty", "replacement", OWNER)
    fresh = ComplaintService(stocked).create(b, "Wrong colour", "refund", OWNER)
    return a, b, late, fresh


def test_model_passes_the_model_tester_and_marks_overdue_red(qtmodeltester, stocked):
    _a, _b, late, fresh = _complaints(stocked)
    model = ComplaintsModel()
    service = ComplaintService(stocked)
    model.set_complaints(service.list(), date.today())
    qtmodeltester.check(model)
    assert [model.complaint(r).id for r in range(model.rowCount())] == [late.id, fresh.id]
    state = model.index(0, 5)
    assert "OVERDUE" in model.data(state)
    assert QColor(model.data(state, Qt.ItemDataRole.ForegroundRole).color()) == OVERDUE
    assert model.data(model.index(1, 5), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 5), Qt.ItemDataRole.FontRole).bold()
    assert model.overdue_count() == 1


def test_list_window_from_the_orders_menu_decides_and_opens_the_order(qtbot, make_window, stocked, runner):
    a, _b, late, fresh = _complaints(stocked)
    window = make_window()
    listing = window.complaints.open()
    qtbot.waitUntil(lambda: listing.panel.model.rowCount() == 2, timeout=5000)
    assert "1 overdue" in listing.panel.summary.text()
    listing.panel.table.selectRow(0)
    assert listing.panel.selected().id == late.id and listing.panel.decide_button.isEnabled()
    listing.panel.ask_decision = lambda c: ("accepted", "Wyślemy nowy kubek.")
    listing.panel.decide()
    qtbot.waitUntil(lambda: listing.panel.model.rowCount() == 1, timeout=5000)  # only open ones by default
    assert listing.panel.model.complaint(0).id == fresh.id
    assert ComplaintService(stocked).get(late.id).decision == "accepted"
    listing.open_only.setChecked(False)
    qtbot.waitUntil(lambda: listing.panel.model.rowCount() == 2, timeout=5000)
    listing.panel.table.selectRow(1)
    assert not listing.panel.decide_button.isEnabled()  # decided already
    listing.panel.table.setFocus()
    qtbot.keyClick(listing.panel.table, Qt.Key.Key_Return)  # the keyboard opens the order
    qtbot.waitUntil(lambda: stocked.get(a).id in window._windows, timeout=5000)
    wait_idle(qtbot, runner)


def test_order_window_tab_records_a_complaint_and_shows_refusals(qtbot, stocked, runner):
    from orderdesk.ui.order_details import OrderDetailsWindow

    declare_all_settings()
    number = make_order(stocked)
    window = OrderDetailsWindow(stocked, runner, stocked.get(number).id, lambda: OWNER)
    qtbot.addWidget(window)
    window.show()
    tab = window.complaints_tab
    qtbot.waitUntil(lambda: tab.number == number, timeout=5000)
    tab.ask_new = lambda: ("Wachlarz rozdarty", "refund", "")
    tab.new_complaint()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Complaints (1)"
    qtbot.waitUntil(lambda: any(h.reason == "Wachlarz rozdarty" for h in window.detail.history), timeout=5000)
    tab.ask_new = lambda: ("  ", "refund", "")
    tab.new_complaint()
    qtbot.waitUntil(lambda: not tab.message.isHidden(), timeout=5000)
    assert "claim" in tab.message.text()
    assert tab.model.rowCount() == 1
    tab.table.selectRow(0)
    tab.ask_decision = lambda c: ("rejected", "")
    tab.decide()
    qtbot.waitUntil(lambda: "Write the decision" in tab.message.text(), timeout=5000)
    wait_idle(qtbot, runner)
    window.close()


def test_an_older_read_finishing_late_does_not_replace_the_newer_one(qtbot, stocked, runner):
    import time

    from orderdesk.ui.complaints.panel import ComplaintsPanel

    _a, _b, late, fresh = _complaints(stocked)
    service = ComplaintService(stocked)
    panel = ComplaintsPanel(service, runner, lambda: OWNER)
    qtbot.addWidget(panel)

    def slow_open_only():
        time.sleep(0.4)
        return service.list(open_only=True)[:1]

    panel.load(slow_open_only)
    panel.load(service.list)
    wait_idle(qtbot, runner)
    assert [panel.model.complaint(r).id for r in range(panel.model.rowCount())] == [late.id, fresh.id]


def test_return_parcel_button_records_it_and_the_delivery_tab_names_it(qtbot, stocked, runner):
    from orderdesk.ui.order_details import OrderDetailsWindow
    from orderdesk.workflow import MoveRequest, Status
    from tests.factories import make_return, packed_order

    number = packed_order(stocked, delivery="own_courier")
    stocked.add_shipment(number, carrier="own_courier", tracking_number="OD1", actor=OWNER)
    for status in (Status.SHIPPED, Status.DELIVERED):
        stocked.move(number, MoveRequest(status), OWNER)
    rn = make_return(stocked, number)
    window = OrderDetailsWindow(stocked, runner, stocked.get(number).id, lambda: OWNER)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    window.ask_return_parcel = lambda: ("inpost", "6200001", "R-2026-99999")
    window.return_parcel_button.click()
    qtbot.waitUntil(lambda: "No return R-2026-99999" in window.banner.text(), timeout=5000)
    window.ask_return_parcel = lambda: ("inpost", "", rn)
    window.return_parcel_button.click()
    qtbot.waitUntil(lambda: "tracking number" in window.banner.text(), timeout=5000)
    window.ask_return_parcel = lambda: ("inpost", "6200001", rn)
    window.return_parcel_button.click()
    qtbot.waitUntil(lambda: window.shipments_model.rowCount() == 2, timeout=5000)
    model = window.shipments_model
    assert model.data(model.index(1, 1)) == f"return parcel {rn}"
    assert model.data(model.index(0, 2)) == "OD1"
    assert "OD1" in window.detail.tracking_number
    wait_idle(qtbot, runner)
    window.close()


def test_rules_dialog_refuses_a_bad_rule_and_saves_a_good_one(qtbot, service, runner):
    from orderdesk.settings import Settings
    from orderdesk.ui.complaints import ComplaintsWindow

    declare_all_settings()
    listing = ComplaintsWindow(ComplaintService(service), runner, lambda: OWNER)
    qtbot.addWidget(listing)
    dialog = listing.open_rules()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    assert dialog.answer_days.text() == "PL=14, RU=10, CN=7, *=14" and dialog.remind.value() == 3
    dialog.answer_days.setText("PL=14")
    dialog.save()
    assert "default for other countries" in dialog.error.text() and dialog.isVisible()
    dialog.answer_days.setText("pl=14, RU:repair=45, *=21")
    dialog.remind.setValue(5)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    settings = Settings(service.db)
    assert settings.get("complaints.answer_days") == "PL=14, RU:repair=45, *=21"
    assert settings.get("complaints.remind_days_before") == 5
    wait_idle(qtbot, runner)
