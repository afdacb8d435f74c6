from __future__ import annotations

from decimal import Decimal

import pytest

from orderdesk.errors import ValidationError
from orderdesk.money import Money


def test_parse_and_format():
    assert Money.parse("12.50", "pln") == Money(1250, "PLN")
    assert Money.parse("12,5", "PLN").minor == 1250
    assert Money.parse("1 299,99", "RUB").minor == 129999
    assert Money.parse("500", "JPY").minor == 500  # no minor unit
    assert Money(1250, "PLN").decimal == Decimal("12.50")
    assert "12,50" in Money(1250, "PLN").format("pl")
    assert Money(129999, "RUB").format("ru").replace("\u00a0", " ").startswith("1 299,99")


def test_arithmetic_is_exact_integers():
    total = sum((Money(10, "PLN") for _ in range(10)), Money.zero("PLN"))
    assert total == Money(100, "PLN")
    assert Money(333, "PLN") * 3 == Money(999, "PLN")
    assert Money(500, "PLN") - Money(501, "PLN") == Money(-1, "PLN")


def test_refuses_mixing_currencies_floats_and_fractions():
    with pytest.raises(ValidationError, match="Cannot combine"):
        Money(1, "PLN") + Money(1, "EUR")
    with pytest.raises(TypeError):
        Money(1.5, "PLN")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="decimal places"):
        Money.parse("1.005", "PLN")
    with pytest.raises(ValidationError, match="not an amount"):
        Money.parse("abc", "PLN")
    with pytest.raises(ValidationError, match="currency code"):
        Money(1, "złoty")


def test_a_currency_code_is_set_apart_from_the_digits():
    assert Money(29890, "PLN").format("en") == "PLN 298.90"
    assert Money(-29890, "PLN").format("en") == "-PLN 298.90"
    assert Money(29890, "USD").format("en") == "$298.90"
    assert Money(29890, "USD").format("zh") == "US$298.90"
    assert Money(29890, "PLN").format("pl") == "298,90\u00a0zł"
