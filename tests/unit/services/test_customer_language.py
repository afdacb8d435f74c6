"""The customer's language, when an order does not give one, is guessed from the delivery country."""

from __future__ import annotations

import json

import pytest

from orderdesk.services.customer_language import guess_language, language_or_guess
from orderdesk.services.importers import import_file
from tests.factories import OWNER, stock_products
from tests.unit.services.test_importers import GOOD


@pytest.mark.parametrize(
    ("country", "phone", "language"),
    [
        ("PL", "", "pl"),
        ("pl", "", "pl"),
        ("Polska", "", "pl"),
        ("RU", "", "ru"),
        ("KZ", "", "ru"),
        ("Россия", "", "ru"),
        ("CN", "", "zh"),
        ("TW", "", "zh"),
        ("中国", "", "zh"),
        ("DE", "+48600123456", "en"),  # the address wins over the phone
        ("", "+48600123456", "pl"),
        ("", "+79161234567", "ru"),
        ("", "+8613800138000", "zh"),
        ("", "+4477009002", "en"),
        ("", "", "en"),
    ],
)
def test_guess_from_country_then_phone(country, phone, language):
    assert guess_language(country, phone) == language


def test_a_given_language_is_kept():
    assert language_or_guess("ru", "PL") == "ru"
    assert language_or_guess("", "PL") == "pl"
    assert language_or_guess("xx", "CN") == "zh"  # not one of ours: guessed


def test_an_imported_order_without_a_language_gets_the_address_country_s(service, tmp_path):
    stock_products(service)
    polish = {
        **GOOD,
        "external_id": "WEB-PL",
        "customer": {"name": "Anna Nowak", "phone": "", "email": "anna@example.pl"},
        "delivery": {
            "method": "carrier",
            "address": {"line1": "ul. Długa 5", "city": "Kraków", "postcode": "30-001", "country": "PL"},
        },
    }
    given = {**GOOD, "external_id": "WEB-RU"}  # says "ru" itself
    path = tmp_path / "orders.json"
    path.write_text(json.dumps({"orders": [polish, given]}, ensure_ascii=False), encoding="utf-8")
    report = import_file(service, path, OWNER)
    assert report.errors == []
    languages = {service.get(n).external_id: service.get(n).customer.language for n in report.imported}
    assert languages == {"WEB-PL": "pl", "WEB-RU": "ru"}
