"""Reading one value of an imported file: amounts by the file's decimal convention, whole numbers,
texts and dates, each refused with a message that names where it is and what to write instead.

A CSV from Excel writes amounts the way the PC's region does: ``1 000,50`` in Poland, ``1,000.50``
in the USA. ``1,000`` alone is one thousand in one and one in the other, so the file's own
unambiguous amounts decide the convention, and when they do not, the amount is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.limits import check_year
from orderdesk.models import utcnow
from orderdesk.money import Money, minor_digits

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_NUMBER = re.compile(r"^[+-]?[\d.,]*\d[\d.,]*$")
_GROUPED = re.compile(r"^\d{1,3}(?:X\d{3})+$")


def decimal_sign_of(text: str) -> str | None:
    """',' or '.' when ``text`` shows which one is its decimal sign, else None (``1,000``, ``12``)."""
    raw = _SPACES.sub("", text)
    if not _NUMBER.match(raw):
        return None
    if "," in raw and "." in raw:
        return "," if raw.rfind(",") > raw.rfind(".") else "."
    for sign in ",.":
        if raw.count(sign) == 1 and len(raw.rsplit(sign, 1)[1]) != 3:
            return sign
    return None


def file_decimal_sign(values: Iterable[str]) -> str | None:
    """The decimal sign every unambiguous amount of a file agrees on; None when none shows it or they differ."""
    seen = {sign for v in values if (sign := decimal_sign_of(v))}
    return seen.pop() if len(seen) == 1 else None


_AMOUNTS: dict[tuple[str, str, str | None], Money] = {}  # a file's prices repeat: each text read once


def amount(value: object, currency: str, where: str, decimal_sign: str | None = None) -> Money:
    """An amount from a file cell or a JSON value, by the file's decimal sign when it is known."""
    if type(value) is not str:
        return _amount(value, currency, where, decimal_sign)
    key = (value, currency, decimal_sign)
    found = _AMOUNTS.get(key)
    if found is None:
        found = _amount(value, currency, where, decimal_sign)  # a refusal names its own row: never kept
        if len(_AMOUNTS) < 8192:
            _AMOUNTS[key] = found
    return found


def _amount(value: object, currency: str, where: str, decimal_sign: str | None) -> Money:
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        raise ValidationError(_("{w}: expected an amount like 12.50").format(w=where), field=where)
    if isinstance(value, int | Decimal):
        return _checked(lambda: Money.from_decimal(Decimal(value), currency, shown=str(value)), where)
    if isinstance(value, float):  # only when a caller parsed JSON without Decimal
        return _checked(lambda: Money.from_decimal(Decimal(repr(value)), currency), where)
    text = _SPACES.sub("", str(value))
    if not text:
        return Money.zero(currency)
    if not _NUMBER.match(text):
        raise ValidationError(_("{w}: '{v}' is not an amount; write it like 12.50.").format(w=where, v=value), where)
    own = decimal_sign_of(text)
    if own and decimal_sign and own != decimal_sign:
        raise ValidationError(
            _("{w}: '{v}' uses '{s}' as the decimal sign, the rest of the file '{f}'; write every amount the same way.")
            .format(w=where, v=value, s=own, f=decimal_sign),
            field=where,
        )  # fmt: skip
    sign = own or decimal_sign
    if sign is None and ("," in text or "." in text) and minor_digits(currency) != 3:
        raise ValidationError(
            _(
                "{w}: '{v}' is ambiguous: is the separator a thousands separator or the decimal sign? "
                "Write it like 1000.00 (or 1000,00)."
            ).format(w=where, v=value),
            field=where,
        )
    sign = sign or "."
    group = "." if sign == "," else ","
    whole, _sep, fraction = text.rpartition(sign) if sign in text else (text, "", "")
    digits = whole.lstrip("+-")
    if group in digits:
        if not _GROUPED.match(digits.replace(group, "X")):
            raise ValidationError(
                _("{w}: '{v}' is not an amount; write it like 12.50.").format(w=where, v=value), field=where
            )
        whole = whole.replace(group, "")
    if len(fraction) > minor_digits(currency):
        # '1,000' in a decimal-comma file is one with three decimals, never silently 1.00.
        raise ValidationError(
            _("{w}: '{v}' has more than {d} decimal places for {c}.").format(
                w=where, v=value, d=minor_digits(currency), c=currency.upper()
            ),
            field=where,
        )
    if sign in whole or group in fraction or sign in fraction:
        raise ValidationError(_("{w}: '{v}' is not an amount; write it like 12.50.").format(w=where, v=value), where)
    try:
        number = Decimal(f"{whole or '0'}.{fraction or '0'}")
    except InvalidOperation:
        raise ValidationError(
            _("{w}: '{v}' is not an amount; write it like 12.50.").format(w=where, v=value), field=where
        ) from None
    return _checked(lambda: Money.from_decimal(number, currency, shown=str(value)), where)


def _checked(make, where: str) -> Money:
    try:
        return make()
    except ValidationError as exc:
        raise ValidationError(f"{where}: {exc}", field=where) from None


def whole_number(value: object, where: str, *, low: int, high: int) -> int:
    """A count or a weight: a JSON integer or digits, inside [low, high]."""
    if isinstance(value, bool) or isinstance(value, dict | list) or value is None:
        raise ValidationError(_("{w}: expected a whole number").format(w=where), field=where)
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        if isinstance(value, Decimal):
            if not value.is_finite() or value != value.to_integral_value():
                raise ValidationError(_("{w}: '{v}' is not a whole number").format(w=where, v=value), field=where)
            text = str(int(value)) if abs(value) < 10**30 else text
        if not re.fullmatch(r"[+-]?\d{1,30}", text):
            raise ValidationError(_("{w}: '{v}' is not a whole number").format(w=where, v=_short(text)), field=where)
        number = int(text)
    if not low <= number <= high:
        raise ValidationError(
            _("{w}: {v} is out of range; it must be between {lo} and {hi}").format(
                w=where, v=_short(str(number)), lo=low, hi=high
            ),
            field=where,
        )
    return number


def text(record: dict, key: str) -> str:
    """A text field; a number is taken as written, an object or a list is refused."""
    value = record.get(key, "")
    if value is None:
        return ""
    if isinstance(value, dict | list):
        raise ValidationError(_("{k}: expected a text, not a list or an object").format(k=key), field=key)
    return str(value).strip()


def section(record: dict, key: str) -> dict:
    """A nested object such as ``customer``; anything else is refused with what was expected."""
    value = record.get(key)
    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        raise ValidationError(_("{k}: expected an object with its fields, not {t}").format(k=key, t=_kind(value)), key)
    return value


def items(record: dict, key: str) -> list:
    value = record.get(key)
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        raise ValidationError(_("{k}: expected a list, not {t}").format(k=key, t=_kind(value)), field=key)
    return value


def created_at(raw: str, now: datetime | None = None) -> datetime | None:
    """ISO 8601 to naive UTC (what every column stores): an offset keeps the instant."""
    if not raw:
        return None
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        raise ValidationError(
            _("created_at '{v}' is not a date like 2026-11-02T10:15:00").format(v=_short(raw)), field="created_at"
        ) from None
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    check_year(when, "created_at", now or utcnow())
    return when


def _kind(value: object) -> str:
    if isinstance(value, str):
        return _("the text '{v}'").format(v=_short(value))
    if isinstance(value, list):
        return _("a list")
    return _("the value {v}").format(v=_short(str(value)))


def _short(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
