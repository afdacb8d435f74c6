"""The checks behind the notification settings screen and the template editor's lists."""

from __future__ import annotations

import json

import pytest

from orderdesk.errors import ValidationError
from orderdesk.services.messaging.admin import (
    check_settings,
    editor_templates,
    load_rules,
    problem_counts,
    save_rules,
    save_settings,
)
from orderdesk.services.messaging.store import TemplateStore
from orderdesk.services.messaging.templates import EVENTS, Template
from orderdesk.settings import Settings


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("messaging.quiet_hours", "night", "21:00-08:00"),
        ("messaging.timezone", "Mars/Olympus", "Unknown time zone"),
        ("messaging.sms_gateway", "carrier-pigeon", "twilio, smsru or smsapi"),
        ("messaging.smtp.security", "ssl", "starttls, tls or none"),
        ("messaging.smtp.port", 70000, "1 to 65535"),
        ("messaging.max_per_order_per_day", -1, "negative"),
        ("messaging.twilio.base_url", "api.twilio.com", "https://"),
        ("shop.name", "x", "not a notification setting"),
        ("messaging.twilio.auth_token", "secret", "not a notification setting"),  # secrets are never settings
    ],
)
def test_bad_values_are_refused_with_their_field(key, value, says):
    with pytest.raises(ValidationError) as err:
        check_settings({key: value})
    assert says in str(err.value) and err.value.field == key


def test_save_is_all_or_nothing(db):
    settings = Settings(db)
    with pytest.raises(ValidationError):
        save_settings(settings, {"messaging.max_per_order_per_day": 2, "messaging.quiet_hours": "nope"})
    assert settings.get("messaging.max_per_order_per_day") == 5
    save_settings(settings, {"messaging.max_per_order_per_day": "2", "messaging.timezone": " Europe/Warsaw "})
    assert (
        settings.get("messaging.max_per_order_per_day") == 2 and settings.get("messaging.timezone") == "Europe/Warsaw"
    )


def test_rules_round_trip_and_refuse_unknown_channels(db):
    settings = Settings(db)
    table = load_rules(settings)
    table["delivered"] = {"*": ["sms"], "pickup_shop": []}
    save_rules(settings, table)
    assert json.loads(settings.get("messaging.rules"))["delivered"] == {"*": ["sms"], "pickup_shop": []}
    with pytest.raises(ValidationError):
        save_rules(settings, {"delivered": {"*": ["pigeon"]}})


def test_editor_lists_every_template_and_marks_the_shops_own(db):
    TemplateStore(db).save(Template("paid", "sms", "pl", "Opłacone {order_number}"))
    templates = editor_templates(db)
    assert len(templates) == len(EVENTS) * 2 * 4  # every event, SMS and e-mail, four languages
    assert templates[("paid", "sms", "pl")] == (Template("paid", "sms", "pl", "Opłacone {order_number}"), True)
    assert templates[("paid", "sms", "en")][1] is False


def test_problem_counts_on_an_empty_outbox(db):
    assert problem_counts(db) == {"failed": 0, "unknown": 0}
