"""Input limits that hold the same on SQLite and PostgreSQL, checked before anything is saved.

SQLite stores a 10,000-character string in a VARCHAR(300) column and a 2**62 quantity in an
INTEGER one; PostgreSQL refuses both half-way through a transaction. So the service checks
every text against the length its column declares (read from the models, so the two never
drift apart) and every number against the range of a PostgreSQL ``integer``.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime

from orderdesk.errors import ValidationError
from orderdesk.i18n import _

# PostgreSQL ``integer``: every *_minor, quantity and weight column.
INT32_MAX = 2**31 - 1
# One amount (a price, a payment, a fee) in minor units: 10 million in a two-digit currency.
# An order total is the sum of several, so each one stays well inside INT32_MAX.
MAX_AMOUNT_MINOR = 1_000_000_000
MAX_QUANTITY = 100_000  # of one line
MAX_WEIGHT_G = 1_000_000  # 1 t: no parcel weighs more
MAX_NOTES = 10_000  # characters of a free text stored in a TEXT column
MIN_YEAR = 2000  # order dates before this are typing mistakes (26 for 2026), not old orders


def column_length(column) -> int | None:
    """The declared VARCHAR length of a model column (``OrderRow.city``), None for TEXT."""
    return getattr(column.property.columns[0].type, "length", None)


def check_text(value: str, field: str, max_length: int | None, key: str | None = None) -> None:
    """Refuse a text that PostgreSQL would refuse (NUL) or that does not fit its column.

    ``field`` is the name shown to the person; ``key`` the form field to mark (``field`` if None)."""
    key = key or field
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: bytes that were not UTF-8
        raise ValidationError(_("{f} is not valid text (UTF-8); retype it.").format(f=field), field=key) from None
    if "\x00" in value:
        raise ValidationError(_("{f} contains a NUL character; remove it.").format(f=field), field=key)
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in value):
        raise ValidationError(
            _("{f} contains a control character; retype it without special characters.").format(f=field), field=key
        )
    if max_length is not None and len(value) > max_length:
        raise ValidationError(
            _("{f} is {n} characters long; at most {m} fit.").format(f=field, n=len(value), m=max_length),
            field=key,
        )


def check_column(value: str, field: str, column, key: str | None = None) -> None:
    check_text(value, field, column_length(column), key)


def check_number(value: int, field: str, *, low: int = 0, high: int = INT32_MAX, key: str | None = None) -> None:
    key = key or field
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(_("{f} must be a whole number.").format(f=field), field=key)
    if not low <= value <= high:
        raise ValidationError(
            _("{f} is {v}; it must be between {lo} and {hi}.").format(f=field, v=value, lo=low, hi=high), field=key
        )


def check_year(when: datetime, field: str, now: datetime) -> None:
    """A date the shop could really have: from MIN_YEAR to next year."""
    if not MIN_YEAR <= when.year <= now.year + 1:
        raise ValidationError(
            _("{f} is in the year {y}; give a date between {lo} and {hi}.").format(
                f=field, y=when.year, lo=MIN_YEAR, hi=now.year + 1
            ),
            field=field,
        )
