"""Wiring for callers (CLI, sync, UI): build the gateways from settings and the keyring, run a round."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from orderdesk.db import Database
from orderdesk.errors import ConfigurationError, ValidationError
from orderdesk.i18n import _
from orderdesk.phones import normalize_phone
from orderdesk.services.messaging.config import (
    P,
    build_email_gateway,
    build_gateways,
    build_sms_gateway,
    session_getter,
)
from orderdesk.services.messaging.gateways import Gateway, GatewayError, GetSecret, OutgoingMessage, SendResult
from orderdesk.services.messaging.sender import OutboxSender, RunStats
from orderdesk.services.messaging.templates import default_template, render, sample_context, with_fallback


def default_get_secret() -> GetSecret:
    """Secrets from the OS keyring, each checked to go to the host it was entered for."""
    from orderdesk.services.credentials import Credentials, KeyringSecrets

    # require: a missing secret is a clear "set it" message, never an empty password sent to a gateway.
    return KeyringSecrets(Credentials(service_prefix="orderdesk"))


def run_outbox_once(
    db: Database,
    get_secret: GetSecret | None = None,
    *,
    gateways: Mapping[str, Gateway] | None = None,
    limit: int = 100,
) -> RunStats:
    """One round: reconcile interrupted sends, queue payment reminders, send what is due, poll delivery."""
    if gateways is None:
        with db.session() as s:
            gateways = build_gateways(session_getter(s), get_secret or default_get_secret())
    return OutboxSender(db, gateways).run_once(limit)


def send_test(
    db: Database,
    channel: str,
    to: str,
    get_secret: GetSecret | None = None,
    *,
    gateway: Gateway | None = None,
    text: str = "",
) -> SendResult:
    """Send one test message now (not through the outbox: it is a deliberate check of the setup)."""
    with db.session() as s:
        get = session_getter(s)
        country = get("shop.country")
        # The address first: a typo is reported as such, not as a gateway problem.
        if channel == "sms":
            phone, valid = normalize_phone(to, country)
            if not valid or not phone:
                raise ValidationError(
                    _("'{p}' is not a valid phone number (default country {c}).").format(p=to, c=country), field="to"
                )
            to = phone
        elif "@" not in to:
            raise ValidationError(_("'{a}' is not an e-mail address.").format(a=to), field="to")
        if gateway is None:
            secret = get_secret or default_get_secret()
            gateway = build_sms_gateway(get, secret) if channel == "sms" else build_email_gateway(get, secret)
        language = get("shop.language")
        # Sample values, so the test never shows a hole; no customer's name: it goes to the
        # owner, greeted by the template's no-name fallback ("Hello,", not "Hello Anna").
        context = sample_context(language, get("shop.name"))
        context.pop("customer_name")
        template, _missing = with_fallback(default_template("test", channel, language), context)
        rendered = render(template, context)
    # A fresh reference per send: it becomes the Message-ID, and mail services hide a repeated one.
    reference = f"test:{channel}:{uuid.uuid4().hex}"
    message = OutgoingMessage(channel, to, text or rendered.body, rendered.subject, reference=reference)
    try:
        return gateway.send(message)
    except GatewayError as exc:
        raise ConfigurationError(_("The test message was not sent: {e}").format(e=exc)) from None


__all__ = ["P", "run_outbox_once", "send_test"]
