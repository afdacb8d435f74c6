"""The order's Messages tab, the global Outbox and the background round, against the fake Twilio
and a real SMTP server, with the secrets in the real keyring."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from sqlalchemy import select

from orderdesk.models import OptOutEventRow, OutboxRow
from orderdesk.services.messaging import run_outbox_once
from orderdesk.services.messaging.outbox import list_messages
from orderdesk.ui.notifications.messages_model import ID_ROLE
from tests.integration.messaging.test_msg_pipeline import move, order, ship
from tests.ui.conftest import wait_idle

LEFT = Qt.MouseButton.LeftButton


def order_id(notify, number: str) -> int:
    return notify.service.get(number).id


def test_background_round_delivers_a_queued_message_off_the_gui_thread(qtbot, make_window, gateway_secrets, notify):
    number = order(notify)
    move(notify, number, "confirmed")  # queues the confirmation e-mail
    assert [m.status for m in notify.rows()] == ["pending"]
    window = make_window()
    controller = window.notifications
    assert not controller.sender.active  # tests start it themselves (start=False)
    threads = []

    def counted_round(db, get_secret):
        threads.append(threading.current_thread())
        return run_outbox_once(db, get_secret)

    controller.sender._round_fn = counted_round
    with qtbot.waitSignal(controller.round_finished, timeout=10_000) as blocker:
        controller.start()
    assert blocker.args[0].stats.sent == 1
    assert threads and threading.main_thread() not in threads  # a worker, never the GUI thread
    ((_from, rcpts, mail),) = notify.smtp.messages
    assert rcpts == ["anna@example.pl"] and number in mail["Subject"]
    assert [m.status for m in notify.rows()] == ["sent"]
    assert controller.problems.isHidden()
    controller.stop()


def test_failures_show_in_the_status_bar(qtbot, make_window, gateway_secrets, notify):
    notify.settings.set("messaging.fallback", False)
    number = order(notify, email="bounce@example.pl")
    move(notify, number, "confirmed")
    window = make_window()
    controller = window.notifications
    with qtbot.waitSignal(controller.round_finished, timeout=10_000):
        controller.kick_now()
    assert [m.status for m in notify.rows()] == ["failed"]
    assert controller.problems.text() == "✉ 1 failed, 0 to check" and not controller.problems.isHidden()
    assert "1 failed" in window.message.text()


def test_resend_from_the_order_tab_sends_exactly_one_new_message(
    qtbot, qtmodeltester, make_window, gateway_secrets, notify, runner
):
    number = order(notify)
    move(notify, number, "confirmed")
    window = make_window()
    controller = window.notifications
    with qtbot.waitSignal(controller.round_finished, timeout=10_000):
        controller.start()
    assert len(notify.smtp.messages) == 1

    window.open_order(order_id(notify, number))
    details = window._windows[order_id(notify, number)]
    log = details.message_log
    qtbot.waitUntil(lambda: log.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(log.model)
    tab = details.tabs.indexOf(log)
    assert details.tabs.tabText(tab) == "Messages (1)"
    assert "sent" in log.model.index(0, log.model.columns.index("status")).data()
    assert log.model.index(0, log.model.columns.index("gateway_id")).data().startswith("smtp")

    assert log.select(log.model.index(0, 0).data(ID_ROLE))
    asked = []
    log.confirm = lambda text: asked.append(text) or True
    with qtbot.waitSignal(controller.round_finished, timeout=10_000):
        qtbot.mouseClick(log.resend_button, LEFT)
    assert len(asked) == 1 and "anna@example.pl" in asked[0]
    qtbot.waitUntil(lambda: log.model.rowCount() == 2, timeout=5000)
    qtmodeltester.check(log.model)
    assert len(notify.smtp.messages) == 2  # exactly one new message went out
    with qtbot.waitSignal(controller.round_finished, timeout=10_000):
        controller.kick_now()
    assert len(notify.smtp.messages) == 2  # and never again
    qtbot.waitUntil(lambda: any("resent by" in e.reason for e in notify.service.get(number).history), timeout=5000)
    history = details.history_model  # the window reloaded: the resend is in the order's story on screen
    qtbot.waitUntil(lambda: any("resent by" in history.index(r, 3).data() for r in range(history.rowCount())))
    controller.stop()
    wait_idle(qtbot, runner)


def test_outbox_lists_failures_and_unknown_first_and_retries_a_failed_one(
    qtbot, qtmodeltester, make_window, gateway_secrets, notify, db
):
    notify.settings.set("messaging.fallback", False)
    good = order(notify, name="Good Customer")
    move(notify, good, "confirmed")
    bad = order(notify, name="Bounce Customer", email="bounce@example.pl")
    move(notify, bad, "confirmed")
    third = order(notify, name="Third Customer", email="third@example.pl")
    move(notify, third, "confirmed")
    run_outbox_once(db, gateway_secrets.require)
    with db.session(write=True) as s:  # the sender died mid-send on a gateway that cannot be asked
        row = s.query(OutboxRow).filter(OutboxRow.recipient == "third@example.pl").one()
        row.status, row.last_error = "unknown", "Unknown — check: the sender stopped."
    window = make_window()
    window.findChild(type(window.notifications.outbox_action), "openOutbox").trigger()
    outbox = window.notifications.outbox
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 3, timeout=5000)
    qtmodeltester.check(outbox.model)
    statuses = [m.status for m in outbox.model.messages()]
    assert statuses == ["failed", "unknown", "sent"]
    status_col = outbox.model.columns.index("status")
    assert outbox.model.index(1, status_col).data() == "unknown — check"
    assert "550" in outbox.model.index(0, outbox.model.columns.index("error")).data()
    assert outbox.count.text() == "3 messages"

    outbox.status.setCurrentIndex(outbox.status.findData("failed"))
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 1, timeout=5000)
    assert outbox.model.messages()[0].order_number == bad

    failed = outbox.model.messages()[0]
    outbox.select(failed.id)
    assert outbox.resend_button.isEnabled() and not outbox.arrived_button.isEnabled()
    outbox.confirm = lambda _text: True
    qtbot.mouseClick(outbox.resend_button, LEFT)
    outbox.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 4, timeout=5000)
    assert [m.status for m in list_messages(db)] == ["failed", "unknown", "pending", "sent"]

    unknown = next(m for m in outbox.model.messages() if m.status == "unknown")
    outbox.select(unknown.id)
    assert outbox.arrived_button.isEnabled()
    qtbot.mouseClick(outbox.arrived_button, LEFT)
    qtbot.waitUntil(lambda: "unknown" not in [m.status for m in outbox.model.messages()], timeout=5000)


def test_customer_choices_on_the_order_tab_are_stored_and_used(qtbot, make_window, notify, runner):
    from orderdesk.services.messaging.store import PreferenceStore

    number = order(notify)
    move(notify, number, "confirmed")
    window = make_window()
    window.open_order(order_id(notify, number))
    details = window._windows[order_id(notify, number)]
    log = details.message_log
    qtbot.waitUntil(lambda: log.customer_id is not None and log.model.rowCount() == 1, timeout=5000)
    customer_id = log.customer_id
    log.sms_out.setChecked(True)
    log.preferred.setCurrentIndex(log.preferred.findData("email"))
    wait_idle(qtbot, runner)
    assert PreferenceStore(notify.db).get(customer_id) == "email"
    assert notify.service.get(number).customer.sms_opt_out is True
    with notify.db.session() as s:  # dated, with who ticked it, for the messages report
        ((channel, out, gateway, actor),) = s.execute(
            select(OptOutEventRow.channel, OptOutEventRow.opted_out, OptOutEventRow.gateway, OptOutEventRow.actor)
        ).all()
    assert (channel, out, gateway, actor) == ("sms", True, "", window.actor().name)

    move(notify, number, "cancelled", reason="customer asked")  # rules: SMS and e-mail; preferred: e-mail
    assert [m.channel for m in notify.rows(number)] == ["email", "email"]
    details.reload()
    qtbot.waitUntil(lambda: log.model.rowCount() == 2, timeout=5000)
    assert log.sms_out.isChecked() and log.preferred.currentData() == "email"


def test_a_filter_chosen_while_the_outbox_is_reading_is_not_lost(
    qtbot, make_window, gateway_secrets, notify, db, monkeypatch
):
    import orderdesk.ui.notifications.message_list as message_list

    notify.settings.set("messaging.fallback", False)
    for name, email in (("Good Customer", "good@example.pl"), ("Bounce Customer", "bounce@example.pl")):
        move(notify, order(notify, name=name, email=email), "confirmed")
    run_outbox_once(db, gateway_secrets.require)
    gate = threading.Event()

    def held_read(*args, **kwargs):  # the first read is still out when the person picks a filter
        gate.wait(10)
        return list_messages(*args, **kwargs)

    monkeypatch.setattr(message_list, "list_messages", held_read)
    window = make_window()
    window.findChild(type(window.notifications.outbox_action), "openOutbox").trigger()
    outbox = window.notifications.outbox
    outbox.status.setCurrentIndex(outbox.status.findData("failed"))
    gate.set()
    qtbot.waitUntil(lambda: [m.status for m in outbox.model.messages()] == ["failed"], timeout=5000)
    qtbot.wait(100)  # no late answer to the older question replaces it
    assert [m.status for m in outbox.model.messages()] == ["failed"]


def test_an_unknown_message_is_closed_from_the_order_tab_and_written_to_history(
    qtbot, qtmodeltester, make_window, gateway_secrets, notify, db
):
    number = order(notify)
    move(notify, number, "confirmed")
    run_outbox_once(db, gateway_secrets.require)
    move(notify, number, "cancelled", reason="customer asked")  # a second e-mail (and an SMS)
    with db.session(write=True) as s:  # the sender died mid-send on a gateway that cannot be asked
        row = s.query(OutboxRow).filter(OutboxRow.kind == "cancelled", OutboxRow.channel == "email").one()
        row.status, row.last_error = "unknown", "Unknown — check: the sender stopped."
        unknown_id = row.id
    window = make_window()
    window.open_order(order_id(notify, number))
    details = window._windows[order_id(notify, number)]
    log = details.message_log
    details.tabs.setCurrentWidget(log)
    qtbot.waitUntil(lambda: unknown_id in [m.id for m in log.model.messages()], timeout=5000)
    qtmodeltester.check(log.model)

    sent = next(m for m in log.model.messages() if m.status == "sent")
    log.select(sent.id)
    assert not log.arrived_button.isEnabled() and not log.not_arrived_button.isEnabled()
    assert log.select(unknown_id)
    assert log.arrived_button.isEnabled() and log.not_arrived_button.isEnabled()
    assert log.not_arrived_button.text() == "It did not arrive"
    qtbot.mouseClick(log.not_arrived_button, LEFT)
    assert not log.not_arrived_button.isEnabled()  # one answer per message, even before the write is back
    qtbot.waitUntil(lambda: log.model.message(log.model.row_of(unknown_id)).status == "failed", timeout=5000)
    message = log.model.message(log.model.row_of(unknown_id))
    assert "did not arrive" in message.last_error
    assert not log.arrived_button.isEnabled()  # closed: nothing more to check
    assert log.resend_button.isEnabled()  # what did not arrive can be sent again
    reason = f"EMAIL message #{unknown_id} checked by"
    assert any(reason in h.reason for h in notify.service.get(number).history)
    history = details.history_model  # and the order's story on screen shows it
    qtbot.waitUntil(lambda: any(reason in (history.index(r, 3).data() or "") for r in range(history.rowCount())))


def test_the_order_tab_shows_polled_delivery_reports_after_each_round(qtbot, make_window, notify, runner):
    delivered = order(notify, name="Anna Kowalska")
    ship(notify, delivered)
    lost = order(notify, name="Lost Phone", phone="+48 600 999 888", email="lost@example.pl")
    notify.twilio_fake.undeliverable.add("+48600999888")
    ship(notify, lost)
    window = make_window()
    controller = window.notifications
    controller.sender._round_fn = lambda _db, _get_secret: notify.sender().run_once()  # polls at once

    def round_() -> None:
        with qtbot.waitSignal(controller.round_finished, timeout=10_000):
            controller.kick_now()

    round_()  # sent; the reports come with the next rounds
    logs = {}
    for number in (delivered, lost):
        window.open_order(order_id(notify, number))
        logs[number] = window._windows[order_id(notify, number)].message_log
    shown = logs[lost]
    shown.details.tabs.setCurrentWidget(shown)  # the Messages tab is open on one order only
    hidden = logs[delivered]
    assert not hidden.isVisible()

    def sms(log):
        return next((m for m in log.model.messages() if m.channel == "sms"), None)

    for log in logs.values():
        qtbot.waitUntil(lambda log=log: sms(log) is not None and sms(log).status == "sent", timeout=5000)
    for _ in range(4):  # twilio: queued -> sent -> delivered (or undelivered), one step per poll
        round_()
        if sms(shown).status == "failed":
            break
    qtbot.waitUntil(lambda: sms(shown).status == "failed", timeout=5000)  # without reopening the order
    error = shown.model.index(shown.model.row_of(sms(shown).id), shown.model.columns.index("error")).data()
    assert "30003" in error  # the gateway's reason
    shown.select(sms(shown).id)
    assert "Last delivery report from the gateway: undelivered" in shown.detail.toPlainText()
    assert next(m for m in notify.rows(delivered) if m.channel == "sms").status == "delivered"
    assert sms(hidden).status == "sent"  # a hidden tab does not read on every round ...
    hidden.details.tabs.setCurrentWidget(hidden)  # ... but when it is shown
    qtbot.waitUntil(lambda: sms(hidden).status == "delivered", timeout=5000)
    status = hidden.model.index(hidden.model.row_of(sms(hidden).id), hidden.model.columns.index("status")).data()
    assert status == "delivered"
    wait_idle(qtbot, runner)
