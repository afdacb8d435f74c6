"""From a status change to a message on the (fake) gateway: outbox in the same transaction,
rules and templates in four languages, quiet hours, daily cap, opt-outs, fallback, errors."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from orderdesk.domain import Actor, Customer
from orderdesk.models import CustomerRow, HistoryRow, OptOutEventRow, OrderRow, OutboxRow
from orderdesk.services.orders import NewLine, NewOrder
from orderdesk.workflow import MoveRequest, Role, Status
from tests.factories import OWNER, stock_products


def order(notify, *, name="Anna Kowalska", phone="+48 600 123 456", email="anna@example.pl", language="pl",
          payment="cash_on_delivery", delivery="carrier") -> str:  # fmt: skip
    stock_products(notify.service)
    new = NewOrder(customer=Customer(None, name, phone=phone, email=email, language=language),
                   lines=[NewLine("MUG-1", 1)], delivery_method=delivery, payment_method=payment, currency="PLN",
                   shipping_fee_minor=1500)  # fmt: skip
    from orderdesk.domain import Address

    new = NewOrder(**{**new.__dict__, "address": Address(name, "ul. Długa 5", "", "Kraków", "30-001", "", "PL")})
    return notify.service.create_order(new, OWNER).number


def move(notify, number, to, **kw):
    return notify.service.move(number, MoveRequest(Status(to), **kw), OWNER)


def ship(notify, number, tracking="TRK123456PL"):
    move(notify, number, "confirmed")
    move(notify, number, "assembling")
    move(notify, number, "packed")
    notify.service.add_shipment(number, carrier="inpost", tracking_number=tracking, actor=OWNER)
    move(notify, number, "shipped")


def test_outbox_row_is_written_with_the_status_change(notify):
    number = order(notify)
    move(notify, number, "confirmed")
    (row,) = notify.rows()
    assert (row.channel, row.kind, row.status, row.recipient) == ("email", "confirmed", "pending", "anna@example.pl")
    with notify.db.session() as s:
        key = s.query(OutboxRow.idempotency_key).one()[0]
        history = s.query(HistoryRow).filter(HistoryRow.kind == "status").order_by(HistoryRow.id.desc()).first()
    assert key == f"o{row.order_id}:h{history.id}:email"


def test_a_failed_move_leaves_no_outbox_row(notify):
    from orderdesk.errors import MoveRefused

    number = order(notify)

    def explode(session, event):
        raise RuntimeError("later listener failed")

    notify.service.listeners.append(explode)
    with pytest.raises(RuntimeError):
        move(notify, number, "confirmed")
    assert notify.rows() == [] and notify.service.get(number).status is Status.NEW
    notify.service.listeners.pop()
    with pytest.raises(MoveRefused):
        move(notify, number, "shipped")
    assert notify.rows() == []


def test_shipped_sends_sms_and_email_with_tracking_then_delivery_is_polled(notify):
    number = order(notify)
    ship(notify, number)
    sender = notify.sender()
    stats = sender.run_once()
    assert stats.sent == 3 and stats.failed == 0  # confirmed e-mail, shipped SMS + e-mail
    (sms,) = notify.twilio_fake.received
    assert sms["to"] == "+48600123456" and "TRK123456PL" in sms["body"] and "inpost.pl" in sms["body"]
    assert sms["body"].startswith("Sklep Ola: zamówienie")
    subjects = [subject for _to, subject, _body in notify.emails()]
    assert subjects == [f"Zamówienie {number} potwierdzone", f"Zamówienie {number} nadane"]
    sms_row = next(r for r in notify.rows() if r.channel == "sms")
    assert sms_row.status == "sent" and sms_row.gateway == "twilio" and sms_row.gateway_id.startswith("SM")
    assert sms_row.encoding == "UCS-2" and sms_row.parts == 2  # Polish diacritics + link: 2 UCS-2 parts
    sender.run_once()  # twilio fake: queued -> sent
    sender.run_once()  # -> delivered
    assert next(r for r in notify.rows() if r.channel == "sms").status == "delivered"
    sender.run_once()
    assert len(notify.twilio_fake.received) == 1 and len(notify.smtp.messages) == 2  # exactly once
    history = [h for h in notify.service.get(number).history if h.kind == "notification"]
    assert [h.to_value for h in history].count("sent") == 3


@pytest.mark.parametrize(
    ("language", "sms_text", "subject"),
    [
        ("en", "order {n} has been cancelled", "Order {n} cancelled"),
        ("ru", "заказ {n} отменён", "Заказ {n} отменён"),
        ("pl", "zamówienie {n} zostało anulowane", "Zamówienie {n} anulowane"),
        ("zh", "订单 {n} 已取消", "订单 {n} 已取消"),
    ],
)
def test_templates_in_four_languages(notify, language, sms_text, subject):
    number = order(notify, language=language, name="Иван 王")
    move(notify, number, "cancelled", reason="customer asked")
    notify.sender().run_once()
    (sms,) = notify.twilio_fake.received
    assert sms_text.format(n=number) in sms["body"]
    ((_to, got_subject, body),) = notify.emails()
    assert got_subject == subject.format(n=number) and "Иван 王" in body


def test_quiet_hours_hold_sms_until_morning_but_not_email(notify):
    number = order(notify)
    ship(notify, number)
    notify.now = datetime(2026, 11, 22, 22, 30)  # UTC; quiet hours set in UTC below
    stats = notify.sender(
        quiet_hours=(datetime(1, 1, 1, 21).time(), datetime(1, 1, 1, 8).time()), timezone="UTC"
    ).run_once()
    assert stats.held == 1 and len(notify.smtp.messages) == 2 and notify.twilio_fake.received == []
    held = next(r for r in notify.rows() if r.channel == "sms")
    assert held.status == "held" and held.next_attempt_at == datetime(2026, 11, 23, 8, 0)
    notify.now = datetime(2026, 11, 23, 8, 1)
    notify.sender(quiet_hours=(datetime(1, 1, 1, 21).time(), datetime(1, 1, 1, 8).time()), timezone="UTC").run_once()
    assert len(notify.twilio_fake.received) == 1


def test_at_most_n_messages_per_order_per_day(notify):
    number = order(notify)
    ship(notify, number)  # 3 messages
    stats = notify.sender(max_per_order_per_day=2).run_once()
    assert stats.sent == 2 and stats.held == 1
    held = [r for r in notify.rows() if r.status == "held"]
    assert len(held) == 1 and "limit" in held[0].last_error


def test_opt_out_skips_the_channel_and_falls_back(notify):
    number = order(notify)
    with notify.db.session(write=True) as s:
        s.query(CustomerRow).update({CustomerRow.sms_opt_out: True})
    ship(notify, number)
    move(notify, number, "delivered")  # an SMS-only event: falls back to e-mail
    notify.sender().run_once()
    assert notify.twilio_fake.received == []
    assert [subject for _t, subject, _b in notify.emails()][-1] == f"Zamówienie {number} dostarczone"
    reasons = [h.reason for h in notify.service.get(number).history if h.to_value == "skipped"]
    assert any("opted out of SMS" in r for r in reasons)


def test_gateway_unsubscribed_answer_turns_opt_out_on_and_falls_back(notify):
    number = order(notify)
    notify.twilio_fake.unsubscribed.add("+48600123456")
    ship(notify, number)
    move(notify, number, "delivered")
    notify.now = datetime(2026, 3, 5, 14, 30)  # the opt-out is dated by the sender's clock
    notify.sender().run_once()  # delivered SMS fails 21610 -> e-mail fallback queued
    notify.sender().run_once()
    with notify.db.session() as s:
        assert s.query(CustomerRow.sms_opt_out).scalar() is True
        # Dated once, by the gateway that said so, although both SMS met the opt-out.
        events = [(e.channel, e.opted_out, e.at, e.gateway, e.actor) for e in s.query(OptOutEventRow)]
        assert events == [("sms", True, datetime(2026, 3, 5, 14, 30), "twilio", "")]
    failed = [r for r in notify.rows() if r.status == "failed"]
    # The shipped SMS met the gateway's 21610; the delivered one was then stopped by the opt-out.
    assert len(failed) == 2 and "21610" in failed[0].last_error and "opted out" in failed[1].last_error
    assert [subject for _t, subject, _b in notify.emails()][-1] == f"Zamówienie {number} dostarczone"


def test_invalid_phone_is_flagged_and_not_sent(notify):
    number = order(notify, phone="12")
    ship(notify, number)
    notify.sender().run_once()
    assert notify.twilio_fake.received == []
    detail = notify.service.get(number)
    assert detail.customer.phone_invalid
    assert any("invalid phone number" in h.reason for h in detail.history if h.kind == "notification")


def test_temporary_errors_retry_with_backoff_and_send_once(notify):
    number = order(notify)
    ship(notify, number)
    notify.twilio_fake.fail_next(
        "http", 429, {"code": 20429, "message": "Too Many Requests", "more_info": "", "status": 429}
    )
    notify.now = datetime(2026, 11, 22, 12, 0)
    stats = notify.sender().run_once()
    assert stats.retried == 1
    row = next(r for r in notify.rows() if r.channel == "sms")
    assert row.status == "pending" and row.next_attempt_at > notify.now and "20429" in row.last_error
    notify.sender().run_once()
    assert notify.twilio_fake.received == []  # not due yet
    notify.now += timedelta(hours=1)
    notify.sender().run_once()
    assert len(notify.twilio_fake.received) == 1
    assert next(r for r in notify.rows() if r.channel == "sms").attempts == 2


def test_permanent_error_stops_with_reason(notify):
    number = order(notify)
    notify.twilio_fake.not_mobile.add("+48600123456")
    ship(notify, number)
    notify.sender().run_once()
    row = next(r for r in notify.rows() if r.channel == "sms")
    assert row.status == "failed" and "21614" in row.last_error and row.attempts == 1


def test_timeout_after_sending_is_reconciled_not_resent(notify):
    number = order(notify)
    ship(notify, number)
    notify.twilio_fake.fail_next("hang", seconds=1.5)
    sender = notify.sender()
    for gw in sender.gateways.values():
        gw.timeout = 0.5
    sender.run_once()
    assert len(notify.twilio_fake.received) == 1
    assert next(r for r in notify.rows() if r.channel == "sms").status == "sending"
    notify.sender().run_once()  # lease over: asks Twilio, finds it
    row = next(r for r in notify.rows() if r.channel == "sms")
    assert row.status in ("sent", "delivered") and row.gateway_id == notify.twilio_fake.received[0]["sid"]
    assert len(notify.twilio_fake.received) == 1


def test_uncertain_send_on_a_gateway_without_lookup_becomes_unknown(db, smtp_server):
    from orderdesk.services.messaging.config import SenderConfig
    from orderdesk.services.messaging.outbox import list_messages, resend
    from orderdesk.services.messaging.sender import OutboxSender
    from orderdesk.services.messaging.smsru import SmsRuGateway
    from tests.fakes.smsru import API_ID, FakeSmsRu

    with db.session(write=True) as s:
        s.add(OutboxRow(channel="sms", kind="test", recipient="+79255070602", idempotency_key="k1",
                        payload={"body": "Тест"}, status="pending", attempts=0, last_error="", gateway="", gateway_id=""))  # fmt: skip
    with FakeSmsRu() as fake:
        fake.fail_next("hang", seconds=1.5)
        gw = SmsRuGateway(get_secret=lambda n: API_ID, base_url=fake.url, timeout=0.5)
        sender = OutboxSender(
            db, {"smsru": gw}, config=SenderConfig(quiet_hours=None, payment_reminder_hours=0), sms_gateway="smsru"
        )
        stats = sender.run_once()
        (msg,) = list_messages(db)
        assert stats.unknown == 1 and msg.status == "unknown" and "check" in msg.last_error
        sender.run_once()
        assert len(fake.received) == 1
        new_id = resend(db, msg.id, "Olga")  # a deliberate new message
        sender.run_once()
        assert len(fake.received) == 2 and {m.id for m in list_messages(db, status="sent")} == {new_id}


def test_payment_reminder_after_n_hours_once(notify):
    number = order(notify, payment="prepaid_online")
    move(notify, number, "confirmed")
    move(notify, number, "awaiting_payment")
    notify.sender(payment_reminder_hours=24).run_once()
    assert sum("Płatność" in s or "płatność" in s for _t, s, _b in notify.emails()) == 1  # the payment link itself
    notify.now = datetime.now() + timedelta(hours=25)
    for _ in range(2):
        notify.sender(payment_reminder_hours=24, max_per_order_per_day=10).run_once()
    reminders = [r for r in notify.rows() if r.kind == "payment_reminder"]
    assert {r.channel for r in reminders} == {"sms", "email"} and len(reminders) == 2
    assert any(f"https://pay.example/{number}" in m["body"] for m in notify.twilio_fake.received)


def test_payment_failed_hold_tells_the_manager(notify):
    from orderdesk.services.messaging.chasing import payment_failed

    notify.settings.set("messaging.manager_email", "boss@example.com")
    number = order(notify, payment="prepaid_online")
    payment_failed(notify.service, number, "card declined", Actor("payments", Role.SYSTEM))
    payment_failed(notify.service, number, "card declined", Actor("payments", Role.SYSTEM))
    assert [h.kind for h in notify.service.get(number).active_holds] == ["payment_failed"]
    notify.sender().run_once()
    ((to, subject, body),) = notify.emails()
    assert to == "boss@example.com" and number in subject and "card declined" in body


def test_custom_template_is_used_and_bad_ones_refused(notify):
    from orderdesk.errors import ValidationError
    from orderdesk.services.messaging.store import TemplateStore
    from orderdesk.services.messaging.templates import Template

    store = TemplateStore(notify.db)
    with pytest.raises(ValidationError, match="Unknown placeholder"):
        store.save(Template("confirmed", "email", "pl", "Hej {imie}", "Temat"))
    with pytest.raises(ValidationError, match="empty"):
        store.save(Template("confirmed", "sms", "pl", "   "))
    store.save(
        Template("confirmed", "email", "pl", "Hej {customer_name}, {order_number} OK", "Potwierdzenie {order_number}")
    )
    number = order(notify)
    move(notify, number, "confirmed")
    notify.sender().run_once()
    ((_to, subject, body),) = notify.emails()
    assert subject == f"Potwierdzenie {number}" and body.strip() == f"Hej Anna Kowalska, {number} OK"


def test_preferred_channel(notify):
    from orderdesk.services.messaging.store import PreferenceStore

    number = order(notify)
    with notify.db.session() as s:
        customer_id = s.query(OrderRow.customer_id).scalar()
    PreferenceStore(notify.db).set_preferred_channel(customer_id, "sms")
    ship(notify, number)
    assert {r.channel for r in notify.rows() if r.kind == "shipped"} == {"sms"}


def test_undelivered_report_fails_the_sms_and_falls_back_to_email(notify):
    number = order(notify)
    notify.twilio_fake.undeliverable.add("+48600123456")
    ship(notify, number)
    move(notify, number, "delivered")  # SMS-only event with e-mail as fallback
    sender = notify.sender()
    for _ in range(4):  # send, then the fake's report goes queued -> sent -> undelivered
        sender.run_once()
    delivered_sms = next(r for r in notify.rows() if r.kind == "delivered" and r.channel == "sms")
    assert delivered_sms.status == "failed" and "30003" in delivered_sms.last_error
    assert [subject for _t, subject, _b in notify.emails()][-1] == f"Zamówienie {number} dostarczone"


@pytest.mark.parametrize("gateway", ["smsru", "smsapi"])
def test_russian_and_polish_gateways_send_poll_and_honour_stop_lists(notify, gateway):
    from orderdesk.services.messaging.config import SenderConfig
    from orderdesk.services.messaging.sender import OutboxSender
    from orderdesk.services.messaging.smsapi import SmsApiGateway
    from orderdesk.services.messaging.smsru import SmsRuGateway
    from tests.fakes import smsapi as smsapi_fake
    from tests.fakes import smsru as smsru_fake

    fake = (smsru_fake.FakeSmsRu() if gateway == "smsru" else smsapi_fake.FakeSmsApi()).start()
    try:
        if gateway == "smsru":
            gw = SmsRuGateway(get_secret=lambda n: smsru_fake.API_ID, base_url=fake.url, timeout=5)
        else:
            gw = SmsApiGateway(get_secret=lambda n: smsapi_fake.TOKEN, base_url=fake.url, timeout=5)
        sender = OutboxSender(notify.db, {gateway: gw}, config=SenderConfig(quiet_hours=None, payment_reminder_hours=0),
                              sms_gateway=gateway, poll_interval=0)  # fmt: skip
        first = order(notify, name="Иван Петров", phone="+7 925 507-06-02", language="ru")
        ship(notify, first)
        for _ in range(3):
            sender.run_once()
        (received,) = fake.received
        assert received["to"] == "79255070602" and received["body"].startswith("Sklep Ola: заказ")
        assert next(r for r in notify.rows(first) if r.channel == "sms").status == "delivered"
        if gateway == "smsru":  # SMS.ru reports a stop-listed number: the opt-out is turned on
            fake.stop_list.add("79255070602")
            move(notify, first, "delivered")
            sender.run_once()
            with notify.db.session() as s:
                assert s.query(CustomerRow.sms_opt_out).scalar() is True
            assert (
                "209" in next(r for r in notify.rows(first) if r.kind == "delivered" and r.channel == "sms").last_error
            )
    finally:
        fake.stop()


def test_missing_secret_keeps_the_message_waiting_with_the_reason(db, fake_twilio):
    from orderdesk.errors import ConfigurationError
    from orderdesk.services.messaging.config import SenderConfig
    from orderdesk.services.messaging.outbox import list_messages
    from orderdesk.services.messaging.sender import OutboxSender
    from orderdesk.services.messaging.twilio import TwilioGateway

    def no_secret(name):
        raise ConfigurationError(f"No secret '{name}' in the keyring: orderdesk credentials set {name}")

    with db.session(write=True) as s:
        s.add(OutboxRow(channel="sms", kind="test", recipient="+48600123456", idempotency_key="k", payload={"body": "x"},
                        status="pending", attempts=0, last_error="", gateway="", gateway_id=""))  # fmt: skip
    gw = TwilioGateway(account_sid=fake_twilio.account_sid, from_number="+15005550006", get_secret=no_secret,
                       base_url=fake_twilio.url + "/2010-04-01")  # fmt: skip
    OutboxSender(
        db, {"twilio": gw}, config=SenderConfig(quiet_hours=None, payment_reminder_hours=0), sms_gateway="twilio"
    ).run_once()
    (msg,) = list_messages(db)
    assert msg.status == "pending" and "keyring" in msg.last_error and fake_twilio.received == []


def test_ready_for_pickup_email_carries_the_pickup_qr_code_that_the_counter_reads(notify, tmp_path):
    """The e-mail shows the code as a QR image (decoded here with zbar); the SMS has it in words."""
    import subprocess

    from orderdesk.services.scancodes import Kind, classify
    from tests.support.components import require_tool

    zbarimg = require_tool("zbarimg", "zbar-tools")
    number = order(notify, payment="on_pickup", delivery="pickup_shop")
    for status in ("confirmed", "assembling", "packed", "ready_for_pickup"):
        move(notify, number, status)
    code = notify.service.get(number).pickup_code
    stats = notify.sender().run_once()
    assert stats.failed == 0
    (sms,) = notify.twilio_fake.received
    assert code in sms["body"]
    mail = notify.smtp.messages[-1][2]
    assert code in mail.get_body(preferencelist=("plain",)).get_content()
    html = mail.get_body(preferencelist=("html",))
    (image,) = [part for part in mail.walk() if part.get_content_type() == "image/png"]
    assert f"cid:{image['Content-ID'][1:-1]}" in html.get_content()
    png = tmp_path / "qr.png"
    png.write_bytes(image.get_content())
    decoded = subprocess.run([zbarimg, "-q", "--raw", str(png)], capture_output=True, text=True, check=True)
    scanned = classify(decoded.stdout.strip())
    assert (scanned.kind, scanned.value, scanned.pickup_code) == (Kind.PICKUP, number, code)


def test_a_payment_failed_hold_from_any_path_alerts_the_manager_in_its_transaction(notify):
    """The CLI's `order hold N payment_failed` and the window's hold go through add_hold: the
    alert is written with the hold, or neither is."""
    notify.settings.set("messaging.manager_email", "boss@example.com")
    number = order(notify, payment="bank_transfer")
    notify.service.add_hold(number, "payment_failed", "transfer returned by the bank", Actor("Olga", Role.OWNER))
    alerts = [r for r in notify.rows() if r.kind == "manager_alert"]
    assert len(alerts) == 1 and alerts[0].recipient == "boss@example.com"
    notify.service.add_hold(number, "address_problem", "no flat number", Actor("Olga", Role.OWNER))
    assert len([r for r in notify.rows() if r.kind == "manager_alert"]) == 1  # other holds alert nobody

    def explode(session, event):
        raise RuntimeError("disk full")

    other = order(notify, payment="bank_transfer")
    notify.service.listeners.append(explode)
    with pytest.raises(RuntimeError):
        notify.service.add_hold(other, "payment_failed", "card declined", Actor("Olga", Role.OWNER))
    notify.service.listeners.pop()
    assert not notify.service.get(other).active_holds
    assert len([r for r in notify.rows() if r.kind == "manager_alert"]) == 1
