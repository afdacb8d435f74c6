"""Input limits that hold the same on SQLite and PostgreSQL, checked before anything is saved.

SQLite stores a 10,000-character string in a VARCHAR(300) column and a 2**62 quantity in an
INTEGER one; PostgreSQL refuses both half-way through a transaction. So the service checks
every text against the length its column declares (read from the models, so the two never
drift apart) and every number against the range of a PostgreSQL ``integer``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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


_LENGTHS: dict[int, int | None] = {}  # id of a model attribute -> its length: an import checks ~20 per row

# Unicode's "Cc" (control) characters except tab, newline and carriage return: C0, DEL and C1.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def column_length(column) -> int | None:
    """The declared VARCHAR length of a model column (``OrderRow.city``), None for TEXT."""
    key = id(column)  # model attributes live as long as the process; their == builds SQL, so no dict key
    if key not in _LENGTHS:
        _LENGTHS[key] = getattr(column.property.columns[0].type, "length", None)
    return _LENGTHS[key]


def text_fits(value: str, max_length: int | None) -> bool:
    """What ``check_text`` accepts, without naming the field: the cheap test an import runs per value."""
    if max_length is not None and len(value) > max_length:
        return False
    if _CONTROL.search(value):  # NUL included
        return False
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
    return True


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
    if _CONTROL.search(value):
        raise ValidationError(
            _("{f} contains a control character; retype it without special characters.").format(f=field), field=key
        )
    if max_length is not None and len(value) > max_length:
        raise ValidationError(
            _("{f} is {n} characters long; at most {m} fit.").format(f=field, n=len(value), m=max_length),
            field=key,
        )


def check_column(value: str, field: str | Callable[[], str], column, key: str | None = None) -> None:
    """``field``: the name shown, or a function that makes it (called only when the value is refused)."""
    length = column_length(column)
    if callable(field):
        if text_fits(value, length):
            return
        field = field()
    check_text(value, field, length, key)


def check_number(
    value: int, field: str | Callable[[], str], *, low: int = 0, high: int = INT32_MAX, key: str | None = None
) -> None:
    """``field``: the name shown, or a function that makes it (called only when the value is refused)."""
    if type(value) is int and low <= value <= high:
        return
    if callable(field):
        field = field()
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
