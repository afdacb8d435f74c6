"""Setting up notifications: the checks behind the settings screen, the rules and the outbox counts.

The desktop settings dialog and the template editor call these (the CLI has ``orderdesk config``),
so a wrong value is refused here with the field it belongs to, whichever screen sent it.
Secrets never pass through here: they go to the OS keyring through ``Credentials``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from orderdesk.db import Database
from orderdesk.errors import ValidationError
from orderdesk.i18n import LANGUAGES, _
from orderdesk.models import OutboxRow
from orderdesk.services.credentials import secure_base_url
from orderdesk.services.messaging import smsapi, smsru, smtp_email, twilio
from orderdesk.services.messaging.config import SMS_GATEWAYS, P, parse_quiet_hours
from orderdesk.services.messaging.outbox import MANAGER_ALERT
from orderdesk.services.messaging.rules import Rules
from orderdesk.services.messaging.store import template_in
from orderdesk.services.messaging.templates import CHANNELS, EVENTS, Template, default_template
from orderdesk.settings import OPTIONS, Settings

# gateway -> the keyring name of its secret (the gateways read them by these names).
GATEWAY_SECRETS: dict[str, str] = {
    "twilio": twilio.SECRET_NAME,
    "smsru": smsru.SECRET_NAME,
    "smsapi": smsapi.SECRET_NAME,
    "smtp": smtp_email.SECRET_NAME,
}
SMTP_SECURITY = ("starttls", "tls", "none")
PROBLEM_STATUSES = ("failed", "unknown")


def messaging_keys() -> list[str]:
    """Every declared messaging setting (secrets are never among them)."""
    return sorted(k for k in OPTIONS if k.startswith(P))


def check_settings(values: Mapping[str, Any]) -> dict[str, Any]:
    """Parse and check messaging settings; ``ValidationError(field=key)`` names the first bad one."""
    parsed: dict[str, Any] = {}
    for key, value in values.items():
        if not key.startswith(P) or key not in OPTIONS:
            raise ValidationError(_("'{k}' is not a notification setting.").format(k=key), field=key)
        option = OPTIONS[key]
        value = option.parse(value) if isinstance(value, str) and option.type is not str else value
        if option.type is str:
            value = str(value).strip()
        if option.type is int and value < 0:
            raise ValidationError(_("'{k}' cannot be negative.").format(k=key), field=key)
        parsed[key] = value
    if P + "quiet_hours" in parsed:
        parse_quiet_hours(parsed[P + "quiet_hours"])
    zone = parsed.get(P + "timezone", "")
    if zone:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(
                _("Unknown time zone '{z}'; write e.g. Europe/Warsaw, or leave it empty.").format(z=zone),
                field=P + "timezone",
            ) from None
    if parsed.get(P + "sms_gateway", "twilio") not in SMS_GATEWAYS:
        raise ValidationError(
            _("Unknown SMS gateway '{g}'; use twilio, smsru or smsapi.").format(g=parsed[P + "sms_gateway"]),
            field=P + "sms_gateway",
        )
    if parsed.get(P + "smtp.security", "starttls") not in SMTP_SECURITY:
        raise ValidationError(_("SMTP security is starttls, tls or none."), field=P + "smtp.security")
    port = parsed.get(P + "smtp.port", 587)
    if not 0 < port < 65536:
        raise ValidationError(_("An SMTP port is a number from 1 to 65535."), field=P + "smtp.port")
    for key, value in parsed.items():
        if key.endswith(".base_url"):
            try:
                secure_base_url(value)
            except ValidationError as exc:
                raise ValidationError(str(exc), field=key) from None
    return parsed


def save_settings(settings: Settings, values: Mapping[str, Any]) -> dict[str, Any]:
    """Check everything first, then store: a refused value leaves all settings as they were."""
    parsed = check_settings(values)
    for key, value in parsed.items():
        settings.set(key, value)
    return parsed


def load_rules(settings: Settings) -> dict[str, dict[str, list[str]]]:
    return Rules.from_setting(settings.get(P + "rules")).table


def save_rules(settings: Settings, table: Mapping[str, Mapping[str, list[str]]]) -> str:
    """Store the rules (checked first); empty channel lists stay, they switch an event off."""
    text = Rules(table).to_json()
    settings.set(P + "rules", text)
    return text


def problem_counts(db: Database) -> dict[str, int]:
    """How many messages failed or wait for a person's check (the status bar shows them)."""
    with db.session() as s:
        rows = s.execute(
            select(OutboxRow.status, func.count())
            .where(OutboxRow.status.in_(PROBLEM_STATUSES))
            .group_by(OutboxRow.status)
        ).all()
    counts = dict.fromkeys(PROBLEM_STATUSES, 0)
    counts.update({status: n for status, n in rows})
    return counts


def manager_alert_problems(db: Database) -> int:
    """How many of those problems are alerts to the manager (e.g. a payment failed) that did not
    reach them: the status bar says so, since nobody else would notice."""
    with db.session() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(OutboxRow)
                .where(OutboxRow.status.in_(PROBLEM_STATUSES), OutboxRow.kind == MANAGER_ALERT)
            )
            or 0
        )


def editor_templates(db: Database) -> dict[tuple[str, str, str], tuple[Template, bool]]:
    """Every template the editor lists, (event, channel, language) -> (template, edited by the shop)."""
    with db.session() as s:
        out = {}
        for event in EVENTS:
            for channel in CHANNELS:
                for language in LANGUAGES:
                    template = template_in(s, event, channel, language)
                    out[(event, channel, language)] = (template, template != default_template(event, channel, language))
        return out
