"""Messaging settings (declared once, stored in the settings table) and the gateway factory.

Secrets are never settings: gateways get them through ``get_secret`` (the OS keyring, via
``orderdesk.services.credentials``), by these names: twilio.auth_token, smsru.api_id,
smsapi.token, smtp.password.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from orderdesk.errors import ConfigurationError, ValidationError
from orderdesk.i18n import _
from orderdesk.models import SettingRow
from orderdesk.services.credentials import secret_address_setting, secret_getter_for, secure_base_url
from orderdesk.services.messaging import endpoints
from orderdesk.settings import OPTIONS, declare

if TYPE_CHECKING:
    from orderdesk.services.messaging.gateways import Gateway, GetSecret

P = "messaging."
declare(P + "enabled", bool, True, "Send customer notifications (SMS and e-mail)")
declare(P + "sms_gateway", str, "twilio", "SMS gateway: twilio, smsru or smsapi")
declare(P + "quiet_hours", str, "21:00-08:00", "No SMS in these local hours (held until the end); empty for none")
declare(P + "timezone", str, "", "Time zone for quiet hours (e.g. Europe/Warsaw); empty for this PC's zone")
declare(
    P + "max_per_order_per_day",
    int,
    5,
    "At most this many messages to one order's customer in 24 hours",
    low=0,
    high=100,
)
declare(P + "fallback", bool, True, "Try the other channel when one fails permanently")
declare(
    P + "payment_reminder_hours",
    int,
    24,
    "Remind about an unpaid order after this many hours (0 = never)",
    low=0,
    high=720,
)
declare(P + "manager_email", str, "", "Where alerts for the manager go (payment failures); empty for none")
declare(P + "payment_link", str, "", "Payment page link; may use {order_number}")
declare(P + "tracking_url", str, "", "Tracking page link for carriers without a known one; may use {tracking_number}")
declare(P + "rules", str, "", "Which events notify on which channels, as JSON (empty = built-in rules)")
declare(P + "max_attempts", int, 8, "Give a message up after this many temporary failures", low=1, high=100)
declare(P + "twilio.base_url", str, endpoints.TWILIO_BASE_URL, "Twilio API base URL", secure_base_url)
declare(P + "twilio.account_sid", str, "", "Twilio account SID (AC...)")
declare(P + "twilio.from", str, "", "Twilio sender number (E.164) or alphanumeric ID")
declare(P + "twilio.messaging_service_sid", str, "", "Twilio Messaging Service SID (MG...), instead of a From number")
declare(P + "smsru.base_url", str, endpoints.SMSRU_BASE_URL, "SMS.ru API base URL", secure_base_url)
declare(P + "smsru.sender", str, "", "SMS.ru approved sender name")
declare(
    P + "smsapi.base_url",
    str,
    endpoints.SMSAPI_BASE_URL,
    "SMSAPI base URL (api.smsapi.com outside Poland)",
    secure_base_url,
)
declare(P + "smsapi.sender", str, "", "SMSAPI sender name")
declare(P + "smtp.host", str, "", "SMTP server host name")
declare(P + "smtp.port", int, 587, "SMTP port (587 STARTTLS, 465 TLS)", low=1, high=65535)
declare(P + "smtp.security", str, "starttls", "starttls, tls or none")
declare(P + "smtp.username", str, "", "SMTP login user (the password is kept in the keyring)")
declare(P + "smtp.from", str, "", "Sender address of customer e-mails")

SMS_GATEWAYS = ("twilio", "smsru", "smsapi")

# Secrets follow their host: each is only sent to the address in its setting (see services/credentials).
for _secret, _setting in (
    (endpoints.TWILIO_SECRET, P + "twilio.base_url"),
    (endpoints.SMSRU_SECRET, P + "smsru.base_url"),
    (endpoints.SMSAPI_SECRET, P + "smsapi.base_url"),
):
    secret_address_setting(_secret, _setting)
secret_address_setting(
    endpoints.SMTP_SECRET, P + "smtp.host", secure=lambda get: get(P + "smtp.security") in ("tls", "starttls")
)

Getter = Callable[[str], Any]


def session_getter(s: Session, stored: dict[str, str] | None = None) -> Getter:
    """Read settings inside an existing session (the listener runs inside the move's transaction).

    The first read takes every stored setting in one query: a status change asks for about seven,
    most of them never set (the default), and each absent key would otherwise be a query of its own.
    ``stored``: the settings table as the caller has just read it in this session (no query then).
    """

    def get(key: str) -> Any:
        nonlocal stored
        if stored is None:
            stored = {key: value for key, value in s.execute(select(SettingRow.key, SettingRow.value))}
        value = stored.get(key)
        return json.loads(value) if value is not None else OPTIONS[key].default

    return get


def parse_quiet_hours(text: str) -> tuple[time, time] | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        start, end = (time.fromisoformat(part.strip()) for part in text.split("-"))
    except ValueError:
        raise ValidationError(
            _("Quiet hours look like 21:00-08:00, not '{t}'.").format(t=text), field=P + "quiet_hours"
        ) from None
    return start, end


@dataclass(frozen=True)
class SenderConfig:
    enabled: bool = True
    quiet_hours: tuple[time, time] | None = (time(21, 0), time(8, 0))
    timezone: str = ""
    max_per_order_per_day: int = 5
    fallback: bool = True
    max_attempts: int = 8
    payment_reminder_hours: int = 24
    manager_email: str = ""

    @classmethod
    def from_settings(cls, get: Getter) -> SenderConfig:
        return cls(
            enabled=bool(get(P + "enabled")),
            quiet_hours=parse_quiet_hours(get(P + "quiet_hours")),
            timezone=get(P + "timezone"),
            max_per_order_per_day=int(get(P + "max_per_order_per_day")),
            fallback=bool(get(P + "fallback")),
            max_attempts=int(get(P + "max_attempts")),
            payment_reminder_hours=int(get(P + "payment_reminder_hours")),
            manager_email=get(P + "manager_email"),
        )


def build_sms_gateway(get: Getter, get_secret: GetSecret, name: str | None = None) -> Gateway:
    from orderdesk.services.messaging import smsapi, smsru, twilio  # with their HTTP library: only to send

    name = name or get(P + "sms_gateway")
    if name == "twilio":
        sid = get(P + "twilio.account_sid")
        if not sid:
            raise ConfigurationError(
                _("Set the Twilio account SID: orderdesk config set messaging.twilio.account_sid AC...")
            )
        url = get(P + "twilio.base_url")
        return twilio.TwilioGateway(
            account_sid=sid, from_number=get(P + "twilio.from"), messaging_service_sid=get(P + "twilio.messaging_service_sid"),
            get_secret=secret_getter_for(get_secret, url), base_url=url,
        )  # fmt: skip
    if name == "smsru":
        url = get(P + "smsru.base_url")
        return smsru.SmsRuGateway(
            get_secret=secret_getter_for(get_secret, url), sender=get(P + "smsru.sender"), base_url=url
        )
    if name == "smsapi":
        url = get(P + "smsapi.base_url")
        return smsapi.SmsApiGateway(
            get_secret=secret_getter_for(get_secret, url), sender=get(P + "smsapi.sender"), base_url=url
        )
    raise ConfigurationError(_("Unknown SMS gateway '{g}'; use twilio, smsru or smsapi.").format(g=name))


def build_email_gateway(get: Getter, get_secret: GetSecret) -> Gateway:
    from orderdesk.services.messaging.smtp_email import SmtpGateway

    host, sender = get(P + "smtp.host"), get(P + "smtp.from")
    if not host or not sender:
        raise ConfigurationError(
            _("Set the SMTP server and sender: orderdesk config set messaging.smtp.host / messaging.smtp.from")
        )
    security = get(P + "smtp.security")
    return SmtpGateway(
        host=host, port=int(get(P + "smtp.port")), security=security, username=get(P + "smtp.username"),
        from_address=sender, get_secret=secret_getter_for(get_secret, host, secure=security in ("tls", "starttls")),
    )  # fmt: skip


def build_gateways(get: Getter, get_secret: GetSecret) -> dict[str, Gateway]:
    """Every configured gateway, by name (twilio/smsru/smsapi/smtp); unconfigured ones are left out."""
    gateways: dict[str, Gateway] = {}
    for name in SMS_GATEWAYS:
        try:
            gateways[name] = build_sms_gateway(get, get_secret, name)
        except ConfigurationError:
            continue
    try:
        gateways["smtp"] = build_email_gateway(get, get_secret)
    except ConfigurationError:
        pass
    return gateways
