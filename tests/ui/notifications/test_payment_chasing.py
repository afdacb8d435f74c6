"""Payment chasing: a failed payment puts a ``payment_failed`` hold (shown under "Needs
attention") and tells the manager by e-mail; an alert that cannot reach the manager is counted
and named in the Messages status-bar indicator."""

from __future__ import annotations

from orderdesk.domain import Actor
from orderdesk.models import CustomerRow
from orderdesk.services.messaging.chasing import payment_failed
from orderdesk.workflow import Role, Status
from tests.integration.messaging.test_msg_pipeline import move, order
from tests.ui.conftest import wait_idle

PAYMENTS = Actor("payments", Role.SYSTEM)


def card_names(window) -> list[str]:
    model = window.column_model(Status.NEW)
    return [model.summary(i).customer_name for i in model.ids]


def test_a_failed_payment_needs_attention_and_a_lost_manager_alert_shows_in_the_status_bar(
    qtbot, make_window, gateway_secrets, notify, runner
):
    notify.settings.set("messaging.manager_email", "bounce-boss@example.com")  # the mail server refuses it
    held = order(notify, name="Held Person", payment="prepaid_online")
    order(notify, name="Other Person", phone="+48 601 000 002", email="other@example.pl")
    payment_failed(notify.service, held, "card declined", PAYMENTS)
    window = make_window()
    window.filter_bar.attention.setChecked(True)
    qtbot.waitUntil(lambda: card_names(window) == ["Held Person"], timeout=5000)
    model = window.column_model(Status.NEW)
    assert model.summary(model.ids[0]).holds == (("payment_failed", "card declined"),)

    controller = window.notifications
    with qtbot.waitSignal(controller.round_finished, timeout=10_000) as blocker:
        controller.kick_now()
    assert blocker.args[0].manager_problems == 1
    (alert,) = [m for m in notify.rows(held) if m.kind == "manager_alert"]
    assert alert.status == "failed" and "550" in alert.last_error
    assert controller.problems.text() == "✉ 1 failed, 0 to check (manager alerts: 1)"
    assert not controller.problems.isHidden()

    outbox = controller.open_outbox()  # where the indicator sends the person: the alert is on top
    qtbot.waitUntil(lambda: outbox.model.rowCount() >= 1, timeout=5000)
    first = outbox.model.messages()[0]
    assert first.id == alert.id
    assert outbox.model.index(0, outbox.model.columns.index("event")).data() == "Alert to the manager"
    wait_idle(qtbot, runner)


def test_the_manager_is_told_even_when_the_customer_opted_out_or_hit_the_daily_limit(notify):
    """The customer's opt-out and daily cap protect the customer, not the shop's own alerts."""
    notify.settings.set("messaging.manager_email", "boss@example.com")
    notify.settings.set("messaging.max_per_order_per_day", 1)
    number = order(notify, payment="prepaid_online")
    move(notify, number, "confirmed")
    sender = notify.sender(max_per_order_per_day=1)
    sender.run_once()  # the customer's one message of the day
    with notify.db.session(write=True) as s:
        s.query(CustomerRow).update({"email_opt_out": True})
    payment_failed(notify.service, number, "card declined", PAYMENTS)
    sender.run_once()
    assert [to for to, _subject, _body in notify.emails()] == ["anna@example.pl", "boss@example.com"]
    (alert,) = [m for m in notify.rows(number) if m.kind == "manager_alert"]
    assert alert.status == "sent"
    assert notify.service.get(number).customer.email_opt_out  # the customer's choice is left as it was
