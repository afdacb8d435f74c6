"""Money is written without Babel for the app's languages: the result must be Babel's, exactly.

``orderdesk.money_cldr`` holds the CLDR facts copied from Babel; these tests compare each one
(and the formatted text) with Babel itself, so a Babel upgrade that changes one fails here.
"""

from __future__ import annotations

import pytest
from babel import Locale
from babel.core import get_global
from babel.numbers import format_currency, get_currency_precision, list_currencies

from orderdesk.i18n import LANGUAGES
from orderdesk.money import _PATTERN, Money, format_money, minor_digits
from orderdesk.money_cldr import CURRENCY_DIGITS, NUMBER_SYMBOLS

CODES = sorted(set(list_currencies()) | set(get_global("currency_fractions")) - {"DEFAULT"})
AMOUNTS = (0, 1, -1, 5, 99, 100, 1250, -1250, 99999, 100000, 123456789, -987654321, 10**15 + 7)


def _babel(minor: int, currency: str, locale: str) -> str:
    money = Money(minor, currency)
    return format_currency(
        money.decimal, money.currency, format=_PATTERN, locale=Locale.parse(locale), currency_digits=True
    )


def test_the_currency_digits_are_babels_for_every_currency_it_knows():
    wrong = {code: get_currency_precision(code) for code in CODES if minor_digits(code) != get_currency_precision(code)}
    expected = {code: get_currency_precision(code) for code in CODES if get_currency_precision(code) != 2}
    assert not wrong, f"CLDR changed: CURRENCY_DIGITS should be {expected}"
    assert minor_digits("xyz") == get_currency_precision("XYZ") == 2  # an unknown code: the default
    assert set(CURRENCY_DIGITS) <= set(CODES)


def test_the_number_symbols_are_babels_for_every_app_language():
    assert set(NUMBER_SYMBOLS) == set(LANGUAGES)
    for language in LANGUAGES:
        symbols = Locale.parse(language).number_symbols["latn"]
        assert NUMBER_SYMBOLS[language] == (symbols["decimal"], symbols["group"], symbols["minusSign"]), language


@pytest.mark.parametrize("language", LANGUAGES)
def test_money_is_written_as_babel_writes_it(language):
    format_money.cache_clear()
    for code in CODES:
        for minor in AMOUNTS:
            assert format_money(minor, code, language) == _babel(minor, code, language), (minor, code, language)


def test_another_locale_is_written_by_babel():
    format_money.cache_clear()
    assert format_money(123456, "EUR", "de") == _babel(123456, "EUR", "de") == "1.234,56\u00a0EUR"
    assert format_money(-123456, "EUR", "fr_FR") == _babel(-123456, "EUR", "fr_FR")


def test_a_bad_currency_code_is_still_refused():
    from orderdesk.errors import ValidationError

    with pytest.raises(ValidationError):
        format_money(100, "P1N", "en")
