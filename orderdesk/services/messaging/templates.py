"""Message templates per event x channel x language, with checked placeholders.

A template is plain text with ``{placeholder}`` fields (``{{`` for a literal brace). Only the
names in ``PLACEHOLDERS`` are allowed and no format specs or attribute access, so a typo is
refused when the template is saved (``validate``), never discovered at send time, and a
template can never reach into Python objects.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from orderdesk.errors import ValidationError
from orderdesk.i18n import LANGUAGES, _
from orderdesk.services.messaging import default_templates
from orderdesk.services.messaging.segments import SmsInfo, analyse

CHANNELS = ("sms", "email")

# name -> what it stands for (shown in the editor's placeholder list).
PLACEHOLDERS: dict[str, str] = {
    "order_number": "Order number, e.g. A-1042",
    "customer_name": "Customer's name",
    "total": "Order total with currency",
    "amount_due": "Amount still to pay",
    "tracking_number": "Carrier tracking number",
    "tracking_url": "Tracking page link",
    "pickup_code": "Code the customer gives at pickup",
    "pickup_address": "Where to collect the order",
    "eta": "Expected delivery date",
    "payment_link": "Link to pay online",
    "shop_name": "The shop's name",
    "status": "The order's new status, in the customer's language",
}

EVENTS: tuple[str, ...] = tuple(default_templates.DEFAULTS)

_formatter = string.Formatter()


@dataclass(frozen=True)
class Template:
    event: str
    channel: str
    language: str
    body: str
    subject: str = ""  # e-mail only

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.event, self.channel, self.language)


@dataclass(frozen=True)
class Rendered:
    body: str
    subject: str = ""

    @property
    def sms(self) -> SmsInfo:
        return analyse(self.body)


def placeholders_in(text: str) -> list[str]:
    """Placeholder names used in ``text``; raises ``ValidationError`` on malformed braces."""
    try:
        parsed = list(_formatter.parse(text))
    except ValueError as exc:
        raise ValidationError(
            _("The template has an unmatched brace ({e}). Write {{{{ or }}}} for a literal brace.").format(e=exc),
            field="body",
        ) from None
    names = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion:
            raise ValidationError(
                _("Placeholder {{{n}}} may not have a format or conversion; write just {{{n}}}.").format(n=name),
                field="body",
            )
        names.append(name)
    return names


def validate(template: Template) -> None:
    """Refuse an empty template, an unknown event/channel/language or an unknown placeholder."""
    if template.event not in EVENTS:
        raise ValidationError(_("Unknown message event '{e}'.").format(e=template.event), field="event")
    if template.channel not in CHANNELS:
        raise ValidationError(_("Unknown channel '{c}'; use sms or email.").format(c=template.channel), field="channel")
    if template.language not in LANGUAGES:
        raise ValidationError(
            _("Unknown language '{lang}'; use one of {all}.").format(lang=template.language, all=", ".join(LANGUAGES)),
            field="language",
        )
    if not template.body.strip():
        raise ValidationError(_("The message text is empty; write the text the customer receives."), field="body")
    if template.channel == "email" and not template.subject.strip():
        raise ValidationError(_("An e-mail template needs a subject."), field="subject")
    for field_name, text in (("body", template.body), ("subject", template.subject)):
        for name in placeholders_in(text):
            if name not in PLACEHOLDERS:
                raise ValidationError(
                    _("Unknown placeholder {{{n}}}. Allowed: {allowed}.").format(
                        n=name, allowed=", ".join("{" + p + "}" for p in PLACEHOLDERS)
                    ),
                    field=field_name,
                )


def render(template: Template, context: Mapping[str, object]) -> Rendered:
    """Fill the placeholders; a value the order does not have (no tracking yet) becomes empty."""
    values = {name: "" if context.get(name) is None else str(context.get(name)) for name in PLACEHOLDERS}
    body = template.body.format_map(values)
    subject = template.subject.format_map(values) if template.subject else ""
    if template.channel == "sms":
        body = " ".join(body.split())  # one line, no double spaces left by empty placeholders
    return Rendered(body=body.strip() if template.channel == "sms" else body, subject=subject.strip())


def default_template(event: str, channel: str, language: str) -> Template:
    if event not in default_templates.DEFAULTS:
        raise ValidationError(_("Unknown message event '{e}'.").format(e=event), field="event")
    lang = language if language in LANGUAGES else "en"
    sms, subject = default_templates.DEFAULTS[event][lang]
    if channel == "sms":
        return Template(event, "sms", lang, sms)
    return Template(event, "email", lang, default_templates.default_email_body(event, lang), subject)


def all_defaults() -> list[Template]:
    return [default_template(e, c, lang) for e in EVENTS for c in CHANNELS for lang in LANGUAGES]
