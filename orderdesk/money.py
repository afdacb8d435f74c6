"""Money as integer minor units with a currency code; never floats."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from babel.numbers import format_currency, get_currency_precision

from orderdesk.errors import ValidationError


def minor_digits(currency: str) -> int:
    """Digits after the decimal point for a currency (RUB 2, JPY 0...), from CLDR."""
    return get_currency_precision(currency.upper())


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
        """Parse '12.50', '12,50' or a Decimal in major units; refuse sub-minor precision."""
        raw = str(text).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            value = Decimal(raw)
        except InvalidOperation:
            raise ValidationError(f"'{text}' is not an amount; write it like 12.50.") from None
        digits = minor_digits(currency)
        scaled = value * (Decimal(10) ** digits)
        if scaled != scaled.to_integral_value():
            raise ValidationError(f"'{text}' has more than {digits} decimal places for {currency.upper()}.")
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

    def format(self, locale: str = "en") -> str:
        """The one way money is written in ``locale``: see :func:`format_money`."""
        return format_money(self.minor, self.currency, locale)

    def format_plain(self, locale: str = "en") -> str:
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


@lru_cache(maxsize=4096)
def format_money(minor: int, currency: str, locale: str = "en") -> str:
    """``minor`` units of ``currency`` written as ``locale`` writes money (en, ru, pl, zh...).

    Cached: Babel costs tens of µs and a board repaints many cards while scrolling.
    """
    money = Money(minor, currency)
    return format_currency(money.decimal, money.currency, format=_PATTERN, locale=locale or "en", currency_digits=True)
