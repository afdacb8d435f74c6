"""Templates: placeholders checked at save time, rendering, shipped defaults; rules."""

from __future__ import annotations

import pytest

from orderdesk.errors import ValidationError
from orderdesk.i18n import LANGUAGES
from orderdesk.services.messaging.rules import Rules
from orderdesk.services.messaging.templates import (
    CHANNELS,
    EVENTS,
    Template,
    all_defaults,
    default_template,
    placeholders_in,
    render,
    validate,
)
from orderdesk.workflow import Status


def test_every_default_is_valid_in_all_four_languages():
    defaults = all_defaults()
    assert len(defaults) == len(EVENTS) * len(CHANNELS) * len(LANGUAGES)
    for template in defaults:
        validate(template)
    assert {t.language for t in defaults} == {"en", "ru", "pl", "zh"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Order {order_nr}", "Unknown placeholder {order_nr}"),
        ("Order {order_number!r}", "format or conversion"),
        ("Order {order_number:>10}", "format or conversion"),
        ("Order {order_number.__class__}", "Unknown placeholder"),
        ("Order {order_number", "unmatched brace"),
        ("   ", "empty"),
    ],
)
def test_bad_templates_are_refused_with_a_clear_message(body, message):
    with pytest.raises(ValidationError, match=message) as err:
        validate(Template("shipped", "sms", "en", body))
    assert err.value.field == "body"


def test_email_needs_a_subject_and_subject_placeholders_are_checked():
    with pytest.raises(ValidationError, match="subject"):
        validate(Template("shipped", "email", "en", "Hi"))
    with pytest.raises(ValidationError, match=r"Unknown placeholder \{nope\}") as err:
        validate(Template("shipped", "email", "en", "Hi", "Order {nope}"))
    assert err.value.field == "subject"


def test_literal_braces_and_render():
    template = Template("shipped", "sms", "en", "{{VIP}} {customer_name}: {tracking_number}  {tracking_url}")
    assert placeholders_in(template.body) == ["customer_name", "tracking_number", "tracking_url"]
    rendered = render(template, {"customer_name": "Anna", "tracking_number": "X1"})
    assert rendered.body == "{VIP} Anna: X1"  # a missing value leaves no double space
    assert rendered.sms.encoding == "GSM-7"


def test_unknown_language_falls_back_to_english():
    assert default_template("paid", "sms", "de").language == "en"


def test_rules_per_delivery_method_and_validation():
    rules = Rules({"shipped": {"*": ["sms", "email"], "own_courier": ["sms"]}})
    assert rules.channels_for("shipped", "carrier") == ["sms", "email"]
    assert rules.channels_for("shipped", "own_courier") == ["sms"]
    assert rules.channels_for("paid", "carrier") == []
    with pytest.raises(ValidationError, match="channel"):
        Rules({"shipped": {"*": ["pigeon"]}})
    with pytest.raises(ValidationError, match="event"):
        Rules.from_setting('{"teleported": {"*": ["sms"]}}')
    with pytest.raises(ValidationError, match="JSON"):
        Rules.from_setting("{nope")
    assert Rules.from_setting("").channels_for("ready_for_pickup", "pickup_shop") == ["sms", "email"]


def test_status_changes_map_to_events():
    assert Rules.event_for(Status.DELIVERED, Status.COMPLETED) == "review_request"
    assert Rules.event_for(Status.PACKED, Status.SHIPPED) == "shipped"
    assert Rules.event_for(Status.SHIPPED, Status.PACKED) is None  # owner's correction: not news
    assert Rules.event_for(Status.CONFIRMED, Status.ASSEMBLING) is None


def test_preview_for_the_editor_shows_length_encoding_and_parts():
    from orderdesk.services.messaging.templates import preview

    info = preview(default_template("shipped", "sms", "ru")).sms
    assert info.encoding == "UCS-2" and info.parts == 2
    assert preview(default_template("paid", "sms", "en")).sms.encoding == "GSM-7"
    with pytest.raises(ValidationError):
        preview(Template("paid", "sms", "en", "{oops}"))


def test_preview_shows_amounts_in_the_shops_currency():
    from orderdesk.services.messaging.templates import default_template, preview

    # The app's one money format, with ordinary spaces so an English SMS stays in GSM-7.
    assert "1,234.50 PLN" in preview(default_template("confirmed", "sms", "en"), "PLN").body
    assert "1 234,50 PLN" in preview(default_template("confirmed", "sms", "pl"), "PLN").body
    assert "$1,234.50" in preview(default_template("confirmed", "sms", "en")).body  # no shop currency yet


def test_preview_uses_the_shops_name():
    from orderdesk.services.messaging.templates import default_template, preview

    body = preview(default_template("confirmed", "sms", "pl"), "PLN", "Sklep u Olgi").body
    assert body.startswith("Sklep u Olgi:") and "Shop" not in body
    assert "{shop_name}" not in preview(default_template("confirmed", "sms", "pl")).body  # no name: a sample one
