"""No message with a hole: every shipped template, in every language and channel, rendered for
an order without the customer's name, the tracking number or page, or the payment link, either
goes out in a complete wording (its fallback) or waits, never "Hello ,", "Здравствуйте, !",
"Numer przesyłki OC123456:" or an empty link."""

from __future__ import annotations

import re

import pytest

from orderdesk.i18n import LANGUAGES
from orderdesk.services.messaging.templates import (
    CHANNELS,
    EVENTS,
    Template,
    default_template,
    fallback_texts,
    preview,
    render,
    sample_context,
    with_fallback,
)

GAPS = {
    "name": ("customer_name",),
    "tracking page": ("tracking_url",),
    "tracking": ("tracking_number", "tracking_url"),
    "payment link": ("payment_link",),
    "all": ("customer_name", "tracking_number", "tracking_url", "payment_link"),
}
# A payment request without a way to pay is no use: it waits (with what to set) until the link exists.
MAY_WAIT = {"payment_link"}


def holes(text: str) -> list[str]:
    found = []
    for pattern, what in (
        (r"[{}]", "a brace left"),
        (r",\s*[!,.]", "a comma before punctuation"),
        (r"\s,", "a space before a comma"),
        (r"\w \s*[!?]", "a space before ! or ?"),
        (r":\s*$", "a colon at the end"),
        (r":[ \t]*\n", "a colon at a line's end"),
        (r"https?://\s", "an empty link"),
        (r"\(\s*\)", "empty brackets"),
        (r"[ \t]{2,}", "a double space"),
    ):
        if re.search(pattern, text, re.MULTILINE):
            found.append(what)
    return found


CASES = [(e, c, lang) for e in EVENTS for c in CHANNELS for lang in LANGUAGES]


@pytest.mark.parametrize("gap", list(GAPS))
@pytest.mark.parametrize(("event", "channel", "language"), CASES)
def test_a_default_template_never_goes_out_with_a_hole(event, channel, language, gap):
    context = sample_context(language)
    for name in GAPS[gap]:
        context[name] = ""
    template, missing = with_fallback(default_template(event, channel, language), context)
    assert set(missing) <= MAY_WAIT, f"{event}/{channel}/{language} waits for {missing}"
    if missing:
        return  # it waits in the outbox with the reason; nothing is sent
    rendered = render(template, context)
    for text in (rendered.body, rendered.subject):
        assert not holes(text), f"{event}/{channel}/{language} without {gap}: {holes(text)}\n{text}"


@pytest.mark.parametrize(("event", "channel", "language"), CASES)
def test_the_full_text_and_every_fallback_is_whole_with_every_value(event, channel, language):
    context = sample_context(language)
    template = default_template(event, channel, language)
    for text in [template.body, *fallback_texts(template.fallback)]:
        rendered = render(Template(event, channel, language, text, template.subject), context)
        assert not holes(rendered.body) and not holes(rendered.subject), rendered.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_greeting_without_a_name_keeps_the_rest_of_the_message(language):
    context = sample_context(language)
    context["customer_name"] = ""
    template, missing = with_fallback(default_template("shipped", "email", language), context)
    body = render(template, context).body
    assert not missing and context["tracking_url"] in body and context["tracking_number"] in body
    assert (
        body.splitlines()[0] == {"en": "Hello,", "ru": "Здравствуйте!", "pl": "Dzień dobry,", "zh": "您好："}[language]
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_tracking_page_keeps_the_tracking_number(language):
    # an own-courier parcel: a number (OC123456) but no page to follow it on
    context = sample_context(language) | {"tracking_number": "OC123456", "tracking_url": ""}
    for event in ("shipped", "in_transit"):
        template, missing = with_fallback(default_template(event, "sms", language), context)
        body = render(template, context).body
        assert not missing and "OC123456" in body and not body.rstrip().endswith((":", "："))


def test_the_first_fallback_that_can_be_filled_goes():
    t = Template("shipped", "sms", "en", "A {tracking_number} {tracking_url}", fallback="B {tracking_number}\n---\nC")
    assert fallback_texts(t.fallback) == ["B {tracking_number}", "C"]
    assert with_fallback(t, {"tracking_number": "1", "tracking_url": ""})[0].body == "B {tracking_number}"
    assert with_fallback(t, {"tracking_number": "", "tracking_url": ""})[0].body == "C"
    assert with_fallback(t, {"tracking_number": "1", "tracking_url": "u"})[0].body == t.body


@pytest.mark.parametrize(("event", "channel", "language"), CASES)
def test_the_editor_preview_has_no_hole(event, channel, language):
    rendered = preview(default_template(event, channel, language), "PLN")
    assert not holes(rendered.body) and not holes(rendered.subject), rendered.body
