"""A message whose placeholder has no value waits with the reason instead of going out with a
gap ("pay here: ", "tracking number OC123456:"), and goes once the value exists."""

from __future__ import annotations

from datetime import datetime, timedelta

from orderdesk.models import HistoryRow
from orderdesk.services.messaging.templates import MISSING_ADVICE, Template, missing_values
from tests.integration.messaging.test_msg_pipeline import move, order


def test_missing_values_are_found_in_body_and_subject():
    t = Template("payment_reminder", "email", "en", "Pay at {payment_link}", "Order {order_number} for {customer_name}")
    assert missing_values(t, {"payment_link": "", "order_number": "1", "customer_name": " "}) == [
        "payment_link",
        "customer_name",
    ]
    assert set(MISSING_ADVICE) <= {
        "payment_link", "tracking_url", "tracking_number", "customer_name", "pickup_code", "pickup_address", "eta",
        "shop_name",
    }  # fmt: skip


def test_a_reminder_without_payment_link_waits_then_goes_when_the_link_is_set(notify):
    notify.settings.set("messaging.payment_link", "")
    number = order(notify, payment="prepaid_online")
    move(notify, number, "confirmed")
    move(notify, number, "awaiting_payment")
    notify.now = datetime.now() + timedelta(hours=25)
    notify.sender(payment_reminder_hours=24, max_per_order_per_day=10).run_once()
    waiting = [r for r in notify.rows() if r.status == "incomplete"]
    assert waiting, [(r.kind, r.status) for r in notify.rows()]
    assert all("messaging.payment_link" in r.last_error for r in waiting)
    assert not any("pay" in m["body"].lower() and m["body"].rstrip().endswith(":") for m in notify.twilio_fake.received)
    with notify.db.session() as s:
        notes = s.query(HistoryRow).filter(HistoryRow.kind == "notification", HistoryRow.to_value == "incomplete").all()
        assert notes and "payment_link" in notes[0].reason
    sent_before = len(notify.twilio_fake.received)

    notify.settings.set("messaging.payment_link", "https://pay.example/{order_number}")
    notify.sender(payment_reminder_hours=24, max_per_order_per_day=10).run_once()
    assert not [r for r in notify.rows() if r.status == "incomplete"]
    new = notify.twilio_fake.received[sent_before:]
    assert any(f"https://pay.example/{number}" in m["body"] for m in new)
