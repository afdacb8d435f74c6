"""Money as integer minor units with a currency code; never floats."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from orderdesk.errors import ValidationError
from orderdesk.i18n import _, current_language
from orderdesk.limits import MAX_AMOUNT_MINOR
from orderdesk.money_cldr import CURRENCY_DIGITS, NUMBER_SYMBOLS

if TYPE_CHECKING:
    from babel import Locale

# Digits with at most one decimal sign ('.' or ','), an optional sign in front.
_AMOUNT = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def minor_digits(currency: str) -> int:
    """Digits after the decimal point for a currency (RUB 2, JPY 0...), from CLDR."""
    return CURRENCY_DIGITS.get(currency.upper(), 2)


@dataclass(frozen=True, order=True)
class Money:
    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be an int of minor units")
        if len(self.currency) != 3 or not self.currency.isalpha():
            raise ValidationError(f"'{self.currency}' is not a currency code; use three letters such as PLN.")
        object.__setattr__(self, "currency", self.currency.upper())

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def parse(cls, text: str | int | Decimal, currency: str) -> Money:
        """Parse '12.50', '12,50' or a Decimal in major units; refuse sub-minor precision, what is
        not a finite amount, what does not fit the database, and '1,000' / '1.000' (one thousand
        or one? ask rather than guess)."""
        if isinstance(text, Decimal | int) and not isinstance(text, bool):
            value = Decimal(text)
        else:
            raw = str(text).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
            digits_after = raw.rsplit(",", 1)[-1] if "," in raw else raw.rsplit(".", 1)[-1] if "." in raw else ""
            if (
                raw.count(",") + raw.count(".") == 1
                and len(digits_after) == 3
                and digits_after.isdigit()
                and minor_digits(currency) != 3
            ):
                raise ValidationError(
                    _(
                        "'{t}' is ambiguous: is '{s}' a thousands separator or the decimal sign? "
                        "Write the amount without grouping, like 1000.00."
                    ).format(t=text, s=raw[-4])
                )
            if not _AMOUNT.match(raw):
                raise ValidationError(_("'{t}' is not an amount; write it like 12.50.").format(t=text))
            value = Decimal(raw.replace(",", "."))
        return cls.from_decimal(value, currency, shown=str(text))

    @classmethod
    def from_decimal(cls, value: Decimal, currency: str, *, shown: str = "") -> Money:
        """An exact decimal amount in major units, checked to be finite, in range and not sub-minor."""
        shown = shown or str(value)
        if not value.is_finite():
            raise ValidationError(_("'{t}' is not an amount; write it like 12.50.").format(t=shown))
        digits = minor_digits(currency)
        limit = Decimal(MAX_AMOUNT_MINOR).scaleb(-digits)
        if abs(value) > limit:
            raise ValidationError(
                _("'{t}' is more than {m} {c}, too much for one amount.").format(t=shown, m=limit, c=currency.upper())
            )
        scaled = value.scaleb(digits)
        if scaled != scaled.to_integral_value():
            raise ValidationError(
                _("'{t}' has more than {d} decimal places for {c}.").format(t=shown, d=digits, c=currency.upper())
            )
        return cls(int(scaled), currency)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError("can only combine Money with Money")
        if other.currency != self.currency:
            raise ValidationError(f"Cannot combine {self.currency} with {other.currency}.")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __mul__(self, quantity: int) -> Money:
        if not isinstance(quantity, int):
            raise TypeError("Money can only be multiplied by a whole quantity")
        return Money(self.minor * quantity, self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __bool__(self) -> bool:
        return self.minor != 0

    @property
    def decimal(self) -> Decimal:
        return (Decimal(self.minor) / (Decimal(10) ** minor_digits(self.currency))).quantize(
            Decimal(1).scaleb(-minor_digits(self.currency)), rounding=ROUND_HALF_UP
        )

    def format(self, locale: str | None = None) -> str:
        """The one way money is written in ``locale`` (default: the service language, so the CLI
        with ``ORDERDESK_LANG`` and the refusals match the window): see :func:`format_money`."""
        return format_money(self.minor, self.currency, locale or current_language())

    def format_plain(self, locale: str | None = None) -> str:
        """The same text with ordinary spaces, for SMS: a no-break space is outside GSM-7 and
        would double the price of an English message."""
        return self.format(locale).replace("\u00a0", " ").replace("\u202f", " ")

    def __str__(self) -> str:
        return f"{self.decimal} {self.currency}"


# One money format per language, everywhere (board, order window, documents, messages, CLI):
# the language's digit grouping and decimal sign, then the ISO code, which reads the same in
# every language ("1,224.99 PLN", "1 224,99 PLN"). A no-break space keeps the code with its
# amount when a line wraps.
_PATTERN = "#,##0.00\u00a0¤¤"


@lru_cache(maxsize=32)
def _locale(name: str) -> Locale:
    from babel import Locale  # only for a locale outside NUMBER_SYMBOLS

    return Locale.parse(name)


# A batch of 1,000 packing slips formats ~8,000 amounts and a board repaints many cards while
# scrolling, most of them the same prices and fees: Babel's work is done once per amount,
# currency and language.
@lru_cache(maxsize=8192)
def format_money(minor: int, currency: str, locale: str = "en") -> str:
    """``minor`` units of ``currency`` written as ``locale`` writes money (en, ru, pl, zh...)."""
    money = Money(minor, currency)
    symbols = NUMBER_SYMBOLS.get(locale or "en")
    if symbols is None:
        return _format_with_babel(money, locale)
    # What Babel writes for _PATTERN with the currency's own digits, for the app's languages
    # (checked against Babel in the tests): sign, groups of three, decimals, no-break space, code.
    decimal_sign, group, minus = symbols
    digits = minor_digits(money.currency)
    whole, fraction = divmod(abs(money.minor), 10**digits)
    text = f"{whole:,}".replace(",", group)
    if digits:
        text = f"{text}{decimal_sign}{fraction:0{digits}d}"
    return f"{minus if money.minor < 0 else ''}{text}\u00a0{money.currency}"


def _format_with_babel(money: Money, locale: str) -> str:
    from babel.numbers import format_currency  # Babel's CLDR data loads only for such a locale

    return format_currency(money.decimal, money.currency, format=_PATTERN, locale=_locale(locale), currency_digits=True)
