"""Message templates per event x channel x language, with checked placeholders.

A template is plain text with ``{placeholder}`` fields (``{{`` for a literal brace). Only the
names in ``PLACEHOLDERS`` are allowed and no format specs or attribute access, so a typo is
refused when the template is saved (``validate``), never discovered at send time, and a
template can never reach into Python objects.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass

from orderdesk.errors import ValidationError
from orderdesk.i18n import LANGUAGES, N_, _
from orderdesk.services.messaging import default_templates
from orderdesk.services.messaging.segments import SmsInfo, analyse
from orderdesk.workflow import Status, label

CHANNELS = ("sms", "email")

# name -> what it stands for (shown in the editor's placeholder list; translate with _ there).
PLACEHOLDERS: dict[str, str] = {
    "order_number": N_("Order number, e.g. 2026-000123"),
    "customer_name": N_("Customer's name"),
    "total": N_("Order total with currency"),
    "amount_due": N_("Amount still to pay"),
    "tracking_number": N_("Carrier tracking number"),
    "tracking_url": N_("Tracking page link"),
    "pickup_code": N_("Code the customer gives at pickup"),
    "pickup_address": N_("Where to collect the order"),
    "eta": N_("Expected delivery date"),
    "payment_link": N_("Link to pay online"),
    "shop_name": N_("The shop's name"),
    "status": N_("The order's new status, in the customer's language"),
    "return_number": N_("Return number, e.g. R-2026-00001"),
    "refund_amount": N_("Amount refunded with currency"),
    "return_reason": N_("Why the shop declined a return, in the shop's words"),
    "exchange_order": N_("The replacement order of an exchange"),
    "answer_by": N_("The date the shop answers a complaint by"),
    "decision": N_("The decision on a complaint, in the customer's language"),
    "decision_text": N_("The shop's words on a complaint's decision"),
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
    # Sent instead of ``body`` when a placeholder of the body has no value for the order (no
    # payment link, no tracking page); "" = no fallback: the message waits until the value exists.
    # Several texts separated by a line "---" are tried in turn: the first that can be filled goes.
    fallback: str = ""

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
    for field_name, text in (("body", template.body), ("subject", template.subject), ("fallback", template.fallback)):
        for name in placeholders_in(text):
            if name not in PLACEHOLDERS:
                raise ValidationError(
                    _("Unknown placeholder {{{n}}}. Allowed: {allowed}.").format(
                        n=name, allowed=", ".join("{" + p + "}" for p in PLACEHOLDERS)
                    ),
                    field=field_name,
                )


# What to do when a placeholder has no value for an order: the message waits with this advice
# instead of going out with a hole ("pay here: ", "Dear ,").
MISSING_ADVICE: dict[str, str] = {
    "payment_link": N_("no payment link: set messaging.payment_link (Messages → Notification settings)"),
    "tracking_url": N_("no tracking page: set messaging.tracking_url for this carrier"),
    "tracking_number": N_("no tracking number yet: buy the label or enter the courier's number"),
    "customer_name": N_("the customer has no name: add it in the order window"),
    "pickup_code": N_("no pickup code yet: the order gets one when it is ready for pickup"),
    "pickup_address": N_("no pickup address: set shop.address or the order's pickup point"),
    "eta": N_("no expected delivery date from the carrier yet"),
    "shop_name": N_("the shop has no name: set shop.name"),
}


def missing_values(template: Template, context: Mapping[str, object]) -> list[str]:
    """Placeholders the template uses that have no value for this order, in the order used."""
    missing: list[str] = []
    for text in (template.body, template.subject):
        for name in placeholders_in(text):
            value = context.get(name)
            if (value is None or not str(value).strip()) and name not in missing:
                missing.append(name)
    return missing


_SEPARATOR = re.compile(r"^[ \t]*---[ \t]*$", re.MULTILINE)


def fallback_texts(fallback: str) -> list[str]:
    """The fallback's alternatives in the order they are tried (a line "---" separates them)."""
    return [part.strip("\n") for part in _SEPARATOR.split(fallback) if part.strip()]


def fallbacks_for(template: Template) -> tuple[list[str], bool]:
    """The fallback texts tried for ``template`` and whether they are the shipped ones: its own,
    or, when it has none (a shop's copy saved before templates had fallbacks), the shipped
    fallback of its event, channel and language, so the shop's text with a hole gets the shipped
    wording rather than waiting (docs/automation.md, messages never go out with a gap)."""
    own = fallback_texts(template.fallback)
    if own or template.event not in default_templates.DEFAULTS or template.language not in LANGUAGES:
        return own, False
    shipped = default_templates.default_fallback(template.event, template.channel, template.language)
    return fallback_texts(shipped), True


def with_fallback(template: Template, context: Mapping[str, object]) -> tuple[Template, list[str]]:
    """The template to send for this order and what it still misses: the template itself when
    every value is there; else the first of its fallback texts (``fallbacks_for``) that can be
    filled; else the template and the fewest values one of its texts still misses (the message
    waits for those: "no payment link", not also "no name" when a fallback greets without one)."""
    missing = missing_values(template, context)
    least = missing
    if missing:
        for text in fallbacks_for(template)[0]:
            fallback = Template(template.event, template.channel, template.language, text, template.subject)
            still = missing_values(fallback, context)
            if not still:
                return fallback, []
            if len(still) < len(least):
                least = still
    return template, least


def missing_reason(names: list[str]) -> str:
    """One line for the outbox and the order: why a message waits, and what to set."""
    advice = "; ".join(_(MISSING_ADVICE[n]) if n in MISSING_ADVICE else "{" + n + "}" for n in names)
    return _("Waiting, not sent with a gap: {advice}.").format(advice=advice)


def render(template: Template, context: Mapping[str, object]) -> Rendered:
    """Fill the placeholders; a value the order does not have (no tracking yet) becomes empty."""
    values = {name: "" if context.get(name) is None else str(context.get(name)) for name in PLACEHOLDERS}
    body = template.body.format_map(values)
    subject = template.subject.format_map(values) if template.subject else ""
    if template.channel == "sms":
        body = " ".join(body.split())  # one line, no double spaces left by empty placeholders
    return Rendered(body=body.strip() if template.channel == "sms" else body, subject=subject.strip())


# Believable values for the editor's live preview, per language (lengths close to real ones).
SAMPLE_CONTEXT: dict[str, dict[str, str]] = {
    lang: {
        "order_number": "2026-000123", "total": "1 234,50 zł" if lang == "pl" else "1 234,50 ₽" if lang == "ru" else "$1,234.50",
        "amount_due": "234,50 zł" if lang == "pl" else "234,50 ₽" if lang == "ru" else "$234.50",
        "tracking_number": "1234567890123", "tracking_url": "https://track.example/1234567890123",
        "pickup_code": "482913", "pickup_address": "ul. Długa 5, Kraków" if lang == "pl" else "ул. Тверская 1, Москва" if lang == "ru" else "1 Main St",
        "eta": "2026-11-25", "payment_link": "https://pay.example/2026-000123", "shop_name": "Shop",
        "customer_name": {"en": "Anna Smith", "ru": "Анна Смирнова", "pl": "Anna Kowalska", "zh": "王芳"}[lang],
        "status": label(Status.SHIPPED, lang), "answer_by": "2026-12-19",
        "return_number": "R-2026-00012", "exchange_order": "2026-000124",
        "refund_amount": "25,00 zł" if lang == "pl" else "250,00 ₽" if lang == "ru" else "$25.00",
        "return_reason": {"en": "the mug was used.", "ru": "кружкой пользовались.", "pl": "kubek był używany.",
                          "zh": "杯子已使用。"}[lang],
        "decision": {"en": "accepted", "ru": "удовлетворена", "pl": "uznana", "zh": "已受理"}[lang],
        "decision_text": {"en": "We will send a new mug.", "ru": "Мы отправим новую кружку.",
                          "pl": "Wyślemy nowy kubek.", "zh": "我们将寄出新的杯子。"}[lang],
    }
    for lang in LANGUAGES
}  # fmt: skip


def sample_context(language: str, shop_name: str = "") -> dict[str, str]:
    """Sample values for every placeholder in ``language`` (the editor's preview, the test
    message), so neither shows a hole; the shop's own name when given."""
    context = dict(SAMPLE_CONTEXT.get(language, SAMPLE_CONTEXT["en"]))
    if shop_name.strip():
        context["shop_name"] = shop_name
    return context


def preview(template: Template, currency: str = "", shop_name: str = "") -> Rendered:
    """What the editor shows while typing: validated, rendered with sample values.

    ``Rendered.sms`` gives the length, encoding (GSM-7 or UCS-2) and number of parts; a
    ``ValidationError`` says what to fix (shown under the field, the Save button stays off).
    With the shop's ``currency`` the sample amounts are in it, and with its ``shop_name`` (the
    ``shop.name`` setting) {shop_name} reads as the customer will read it.
    """
    validate(template)
    context = sample_context(template.language, shop_name)
    if currency:
        from orderdesk.money import Money

        try:
            context["total"] = Money(123450, currency).format_plain(template.language)
            context["amount_due"] = Money(23450, currency).format_plain(template.language)
        except ValueError:
            pass  # an unknown currency code: keep the sample amounts
    return render(template, context)


def default_template(event: str, channel: str, language: str) -> Template:
    if event not in default_templates.DEFAULTS:
        raise ValidationError(_("Unknown message event '{e}'.").format(e=event), field="event")
    lang = language if language in LANGUAGES else "en"
    sms, subject = default_templates.DEFAULTS[event][lang]
    fallback = default_templates.default_fallback(event, channel, lang)
    if channel == "sms":
        return Template(event, "sms", lang, sms, fallback=fallback)
    return Template(event, "email", lang, default_templates.default_email_body(event, lang), subject, fallback)


def all_defaults() -> list[Template]:
    return [default_template(e, c, lang) for e in EVENTS for c in CHANNELS for lang in LANGUAGES]
