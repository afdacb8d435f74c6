from __future__ import annotations

from decimal import Decimal

import pytest

from orderdesk.errors import ValidationError
from orderdesk.money import Money, format_money


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
        Money.parse("1.0051", "PLN")
    with pytest.raises(ValidationError, match="not an amount"):
        Money.parse("abc", "PLN")
    with pytest.raises(ValidationError, match="currency code"):
        Money(1, "złoty")


def test_one_money_format_per_language_everywhere():
    """The board, the order window, the documents and the CLI write money alike: the language's
    grouping and decimal sign, then the ISO code, kept with its amount by a no-break space."""
    assert Money(12900, "PLN").format("en") == "129.00\u00a0PLN"
    assert Money(12900, "PLN").format("pl") == "129,00\u00a0PLN"
    assert Money(122499, "PLN").format("ru") == "1\u00a0224,99\u00a0PLN"
    assert Money(12900, "CNY").format("zh") == "129.00\u00a0CNY"
    assert Money(-29890, "USD").format("en") == "-298.90\u00a0USD"
    assert Money(500, "JPY").format("en") == "500\u00a0JPY"
    assert format_money(12900, "PLN", "pl") == Money(12900, "PLN").format("pl")


def test_board_window_and_documents_share_the_format():
    from orderdesk.services.documents.common import money as document_money

    class _Order:
        currency = "PLN"

    assert document_money(_Order(), 12900, "pl") == "129,00\u00a0PLN"  # type: ignore[arg-type]


def test_text_messages_get_ordinary_spaces_to_stay_in_gsm7():
    assert Money(123450, "PLN").format_plain("en") == "1,234.50 PLN"
    assert Money(123450, "PLN").format_plain("pl") == "1 234,50 PLN"


@pytest.mark.parametrize("text", ["Infinity", "-inf", "NaN", "sNaN", "1e100000", "0x10", "1_000", "12.5.0", ""])
def test_parse_refuses_what_is_not_a_finite_amount(text):
    with pytest.raises(ValidationError, match="not an amount"):
        Money.parse(text, "PLN")


@pytest.mark.parametrize("text", ["12345678901234567890", "10000000.01", "-99999999999"])
def test_parse_refuses_amounts_that_do_not_fit_the_database(text):
    with pytest.raises(ValidationError, match="too much for one amount"):
        Money.parse(text, "PLN")


@pytest.mark.parametrize("text", ["1,000", "1.000", "12,345"])
def test_a_thousands_separator_or_decimal_sign_is_asked_not_guessed(text):
    with pytest.raises(ValidationError, match="ambiguous"):
        Money.parse(text, "PLN")
    assert Money.parse(text.replace(",", "."), "KWD").minor > 0  # three-digit currencies have no doubt


def test_parse_keeps_both_decimal_signs_and_exact_decimals():
    from decimal import Decimal

    assert Money.parse("12,50", "PLN") == Money.parse("12.50", "PLN") == Money(1250, "PLN")
    assert Money.parse(Decimal("1E+2"), "PLN") == Money(10000, "PLN")
    assert Money.parse(" 1 250,00 ", "PLN") == Money(125000, "PLN")


def test_without_a_locale_money_is_written_in_the_service_language():
    from orderdesk.i18n import language_scope

    with language_scope("pl"):
        assert Money(122499, "PLN").format() == "1\u00a0224,99\u00a0PLN"
    with language_scope("en"):
        assert Money(122499, "PLN").format() == "1,224.99\u00a0PLN"
