"""Each gateway client against its strict fake (or a real SMTP server): success, the vendor's
error bodies, temporary vs permanent vs uncertain failures, lookup and delivery status."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from orderdesk.services.messaging.gateways import OutgoingMessage, PermanentError, TemporaryError, UncertainError
from orderdesk.services.messaging.smsapi import SmsApiGateway
from orderdesk.services.messaging.smsru import SmsRuGateway
from orderdesk.services.messaging.smtp_email import SmtpGateway
from orderdesk.services.messaging.twilio import TwilioGateway
from tests.fakes import smsapi as smsapi_fake
from tests.fakes import smsru as smsru_fake
from tests.fakes import twilio as twilio_fake

SMS_RU = OutgoingMessage("sms", "+79255070602", "Магазин: заказ A-1 передан в доставку.", reference="order:1:h5:sms")
SMS_PL = OutgoingMessage("sms", "+48500100200", "Sklep: zamówienie A-1 nadane.", reference="order:1:h6:sms")
SMS_EN = OutgoingMessage("sms", "+15558675310", "Shop: order A-1 shipped.", reference="order:1:h7:sms")


def twilio(fake, token=twilio_fake.AUTH_TOKEN, timeout=5.0):
    return TwilioGateway(
        account_sid=fake.account_sid,
        from_number=twilio_fake.FROM_NUMBER,
        get_secret=lambda name: token,
        base_url=fake.url + "/2010-04-01",
        timeout=timeout,
    )


def smsru(fake, api_id=smsru_fake.API_ID):
    return SmsRuGateway(get_secret=lambda name: api_id, base_url=fake.url, timeout=5.0)


def smsapi(fake, token=smsapi_fake.TOKEN):
    return SmsApiGateway(get_secret=lambda name: token, base_url=fake.url, timeout=5.0)


# -- Twilio
def test_twilio_send_and_delivery_status(fake_twilio):
    gw = twilio(fake_twilio)
    result = gw.send(SMS_EN)
    assert result.gateway_id.startswith("SM") and result.parts == 1
    assert fake_twilio.received == [
        {"sid": result.gateway_id, "to": "+15558675310", "body": SMS_EN.body, "from": "+15005550006"}
    ]
    assert gw.fetch_status(result.gateway_id).status == "sent"
    assert gw.fetch_status(result.gateway_id).status == "delivered"


def test_twilio_undelivered_reports_error(fake_twilio):
    fake_twilio.undeliverable.add(SMS_EN.to)
    gw = twilio(fake_twilio)
    sid = gw.send(SMS_EN).gateway_id
    gw.fetch_status(sid)
    status = gw.fetch_status(sid)
    assert status.status == "failed" and "30003" in status.error


def test_twilio_bad_credentials_are_permanent(fake_twilio):
    with pytest.raises(PermanentError, match="20003"):
        twilio(fake_twilio, token="wrong").send(SMS_EN)


def test_twilio_unsubscribed_and_invalid_number(fake_twilio):
    fake_twilio.unsubscribed.add(SMS_EN.to)
    with pytest.raises(PermanentError) as err:
        twilio(fake_twilio).send(SMS_EN)
    assert err.value.unsubscribed and err.value.code == 21610
    with pytest.raises(PermanentError) as err:
        twilio(fake_twilio).send(OutgoingMessage("sms", "12345", "x"))
    assert err.value.invalid_recipient and err.value.code == 21211


def test_twilio_429_is_temporary_and_500_uncertain(fake_twilio):
    fake_twilio.fail_next("http", 429, {"code": 20429, "message": "Too Many Requests", "more_info": "", "status": 429})
    with pytest.raises(TemporaryError):
        twilio(fake_twilio).send(SMS_EN)
    fake_twilio.fail_next(
        "http", 500, {"code": 20500, "message": "Internal Server Error", "more_info": "", "status": 500}
    )
    with pytest.raises(UncertainError):
        twilio(fake_twilio).send(SMS_EN)
    assert fake_twilio.received == []


def test_twilio_timeout_after_accepting_is_uncertain_and_lookup_finds_it(fake_twilio):
    since = datetime.now(UTC)
    fake_twilio.fail_next("hang", seconds=2.0)
    gw = twilio(fake_twilio, timeout=0.5)
    with pytest.raises(UncertainError):
        gw.send(SMS_EN)
    assert len(fake_twilio.received) == 1  # it did go out
    found = twilio(fake_twilio).lookup(SMS_EN, since, frozenset())
    assert found is not None and found.gateway_id == fake_twilio.received[0]["sid"]
    # Already recorded on another outbox row: not ours.
    assert twilio(fake_twilio).lookup(SMS_EN, since, frozenset({found.gateway_id})) is None


def test_twilio_dropped_before_processing_and_lookup_finds_nothing(fake_twilio):
    since = datetime.now(UTC)
    fake_twilio.fail_next("drop_before")
    with pytest.raises(UncertainError):
        twilio(fake_twilio).send(SMS_EN)
    assert twilio(fake_twilio).lookup(SMS_EN, since, frozenset()) is None


def test_twilio_connection_refused_is_temporary():
    gw = TwilioGateway(
        account_sid=twilio_fake.ACCOUNT_SID,
        from_number="+15005550006",
        get_secret=lambda n: "x",
        base_url="http://127.0.0.1:9/2010-04-01",
        timeout=2,
    )
    with pytest.raises(TemporaryError):
        gw.send(SMS_EN)


def test_twilio_fake_refuses_requests_outside_the_spec(fake_twilio):
    import requests

    r = requests.post(
        f"{fake_twilio.url}/2010-04-01/Accounts/{fake_twilio.account_sid}/Messages.json",
        data={"To": "+15558675310", "From": "+15005550006", "Body": "x", "body": "typo"},
        auth=(fake_twilio.account_sid, twilio_fake.AUTH_TOKEN),
        timeout=5,
    )
    assert r.status_code == 400 and "schema" in r.json()["message"]


def test_twilio_lookup_pages_through_many_messages(fake_twilio):
    gw = twilio(fake_twilio)
    since = datetime.now(UTC)
    target = gw.send(SMS_EN).gateway_id
    for i in range(120):
        gw.send(OutgoingMessage("sms", SMS_EN.to, f"other {i}"))
    assert gw.lookup(SMS_EN, since, frozenset()).gateway_id == target


# -- SMS.ru
def test_smsru_send_and_status(fake_smsru):
    gw = smsru(fake_smsru)
    result = gw.send(SMS_RU)
    assert fake_smsru.received[0]["to"] == "79255070602" and fake_smsru.received[0]["body"] == SMS_RU.body
    assert gw.fetch_status(result.gateway_id).status == "sent"
    assert gw.fetch_status(result.gateway_id).status == "delivered"
    assert gw.fetch_status("999999-999999").status == "failed"


@pytest.mark.parametrize(
    ("setup", "expected", "flag"),
    [
        (lambda f: f.stop_list.add("79255070602"), PermanentError, "unsubscribed"),
        (lambda f: f.no_route.add("79255070602"), PermanentError, "invalid_recipient"),
        (
            lambda f: f.fail_next(
                "http", 200, {"status": "ERROR", "status_code": 220, "status_text": "Сервис временно недоступен"}
            ),
            TemporaryError,
            None,
        ),
        (
            lambda f: f.fail_next(
                "http", 200, {"status": "ERROR", "status_code": 201, "status_text": "Не хватает средств"}
            ),
            TemporaryError,
            None,
        ),
        (lambda f: f.fail_next("garbage"), TemporaryError, None),
    ],
)
def test_smsru_http200_error_bodies(fake_smsru, setup, expected, flag):
    setup(fake_smsru)
    with pytest.raises(expected) as err:
        smsru(fake_smsru).send(SMS_RU)
    if flag:
        assert getattr(err.value, flag)
    assert fake_smsru.received == []


def test_smsru_bad_api_id(fake_smsru):
    with pytest.raises(PermanentError, match="api_id"):
        smsru(fake_smsru, api_id="wrong").send(SMS_RU)


def test_smsru_has_no_lookup(fake_smsru):
    assert not smsru(fake_smsru).supports_lookup


# -- SMSAPI
def test_smsapi_send_status_and_idx(fake_smsapi):
    gw = smsapi(fake_smsapi)
    result = gw.send(SMS_PL)
    rec = fake_smsapi.received[0]
    assert rec["to"] == "48500100200" and rec["body"] == SMS_PL.body and rec["idx"]
    assert gw.fetch_status(result.gateway_id).status == "sent"
    assert gw.fetch_status(result.gateway_id).status == "delivered"
    with pytest.raises(PermanentError):  # same idempotency key: refused by the gateway
        gw.send(SMS_PL)
    assert len(fake_smsapi.received) == 1


def test_smsapi_errors(fake_smsapi):
    with pytest.raises(PermanentError) as err:
        smsapi(fake_smsapi).send(OutgoingMessage("sms", "+12", "x", reference="a"))
    assert err.value.invalid_recipient and err.value.code == 13
    with pytest.raises(PermanentError, match="token"):
        smsapi(fake_smsapi, token="bad").send(SMS_PL)
    fake_smsapi.fail_next("http", 200, {"error": 103, "message": "Not enough points"})
    with pytest.raises(TemporaryError):
        smsapi(fake_smsapi).send(SMS_PL)


# -- SMTP (a real aiosmtpd server)
def smtp(server, password="smtp-secret", user="shop"):
    return SmtpGateway(
        host="127.0.0.1",
        port=server.port,
        security="none",
        username=user,
        from_address="shop@example.com",
        get_secret=lambda n: password,
        timeout=5,
    )


def test_smtp_delivers_utf8_mail(smtp_server):
    msg = OutgoingMessage(
        "email",
        "anna@example.com",
        "Здравствуйте!\n订单 A-1 已发货 — zamówienie",
        subject="Заказ A-1 отправлен",
        reference="order:1:h5:email",
    )
    result = smtp(smtp_server).send(msg)
    ((_sender, rcpts, mail),) = smtp_server.messages
    assert rcpts == ["anna@example.com"] and mail["Subject"] == "Заказ A-1 отправлен"
    assert "订单 A-1 已发货" in mail.get_content() and mail["Message-ID"] == result.gateway_id


def test_smtp_sends_an_outbox_attachment_byte_for_byte(smtp_server):
    """A file an outbox row carries (the return label) arrives as an attachment under the text."""
    import base64

    from orderdesk.services.messaging.sender import attachments_of

    pdf = b"%PDF-1.4\n" + bytes(range(256)) + b"\n%%EOF\n"
    payload = {"attachments": [{"name": "R-2026-00001-label.pdf", "type": "application/pdf",
                                "b64": base64.b64encode(pdf).decode()}, {"name": "broken"}]}  # fmt: skip
    files = attachments_of(payload)
    assert [(n, t) for n, t, _d in files] == [("R-2026-00001-label.pdf", "application/pdf")]  # the broken one left out
    msg = OutgoingMessage("email", "anna@example.com", "Etykieta zwrotna w załączniku.", subject="Zwrot",
                          reference="o1:h9:email", attachments=files)  # fmt: skip
    smtp(smtp_server).send(msg)
    ((_sender, _rcpts, mail),) = smtp_server.messages
    assert "Etykieta zwrotna" in mail.get_body(("plain",)).get_content()
    (part,) = list(mail.iter_attachments())
    assert part.get_filename() == "R-2026-00001-label.pdf" and part.get_content_type() == "application/pdf"
    assert part.get_content() == pdf


def test_smtp_errors(smtp_server):
    with pytest.raises(PermanentError, match="login"):
        smtp(smtp_server, password="wrong").send(OutgoingMessage("email", "a@example.com", "x", subject="s"))
    with pytest.raises(PermanentError) as err:
        smtp(smtp_server).send(OutgoingMessage("email", "bounce@example.com", "x", subject="s"))
    assert err.value.invalid_recipient
    with pytest.raises(TemporaryError):
        smtp(smtp_server).send(OutgoingMessage("email", "later@example.com", "x", subject="s"))
    with pytest.raises(TemporaryError):
        SmtpGateway(host="127.0.0.1", port=9, security="none", from_address="s@example.com", timeout=2).send(
            OutgoingMessage("email", "a@example.com", "x", subject="s")
        )
    assert smtp_server.messages == []


def test_smtp_starttls_and_implicit_tls_with_login(tls_smtp_server):
    import ssl

    server = tls_smtp_server
    context = ssl.create_default_context(cafile=server.cafile)
    gw = SmtpGateway(host="127.0.0.1", port=server.port, security=server.security, username="shop", from_address="shop@example.com",
                     get_secret=lambda n: "smtp-secret", timeout=5, ssl_context=context)  # fmt: skip
    gw.send(
        OutgoingMessage(
            "email", "jan@example.pl", "Zamówienie nadane", subject="Zamówienie 1 nadane", reference="o1:h2:email"
        )
    )
    ((_sender, rcpts, mail),) = server.messages
    assert rcpts == ["jan@example.pl"] and mail["Subject"] == "Zamówienie 1 nadane"
    # A certificate we do not trust is refused, not silently accepted.
    untrusting = SmtpGateway(host="127.0.0.1", port=server.port, security=server.security, username="shop",
                             from_address="shop@example.com", get_secret=lambda n: "smtp-secret", timeout=5)  # fmt: skip
    with pytest.raises(TemporaryError):
        untrusting.send(OutgoingMessage("email", "jan@example.pl", "x", subject="s"))
    assert len(server.messages) == 1


def test_each_test_mail_has_its_own_message_id(db, smtp_server):
    # Mail services hide a message whose Message-ID they have seen: a second test must arrive too.
    from orderdesk.services.messaging.service import send_test

    first = send_test(db, "email", "owner@example.com", gateway=smtp(smtp_server))
    second = send_test(db, "email", "owner@example.com", gateway=smtp(smtp_server))
    ids = [mail["Message-ID"] for _sender, _rcpts, mail in smtp_server.messages]
    assert len(ids) == 2 and ids[0] != ids[1]
    assert {first.gateway_id, second.gateway_id} == set(ids)
    assert all("owner" not in i for i in ids)  # the address is not part of the id


@pytest.mark.parametrize(("language", "greeting"), [("ru", "Здравствуйте!"), ("pl", "Dzień dobry,"), ("en", "Hello,")])
def test_the_test_mail_has_no_hole_where_the_name_would_be(db, smtp_server, language, greeting):
    # It goes to the owner: greeted without a name, never "Здравствуйте, !".
    from orderdesk.services.messaging.service import send_test
    from orderdesk.settings import Settings
    from orderdesk.wiring import declare_all_settings

    declare_all_settings()
    Settings(db).set("shop.language", language)
    send_test(db, "email", "owner@example.com", gateway=smtp(smtp_server))
    ((_sender, _rcpts, mail),) = smtp_server.messages
    part = mail.get_body(("plain",)) if mail.is_multipart() else mail
    text = part.get_content()
    assert text.splitlines()[0] == greeting and ", !" not in text and "{" not in text
