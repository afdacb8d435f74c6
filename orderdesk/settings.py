"""Shop-wide settings: each declared once with its type, default and help, stored in the database.

Secrets never go here (they live in the OS keyring, see services/credentials). Per-PC choices
(window geometry, the bench's printers) are kept by the UI in QSettings instead.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from orderdesk.db import Database
from orderdesk.errors import ValidationError
from orderdesk.i18n import LANGUAGES, _
from orderdesk.models import SettingRow


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    help: str
    check: Callable[[Any], Any] | None = None  # normalises a value or raises ValidationError
    low: int | None = None  # the range of a number setting, declared with it
    high: int | None = None

    def parse(self, text: str) -> Any:
        value = self.in_range(self._parse(text))
        return self.check(value) if self.check is not None else value

    def in_range(self, value: Any) -> Any:
        """A number inside the declared range, or ValidationError saying what range."""
        if self.type is not int or isinstance(value, bool) or not isinstance(value, int):
            return value
        if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
            raise ValidationError(
                _("'{k}' takes a number from {lo} to {hi}, not {v}.").format(
                    k=self.key,
                    lo=self.low if self.low is not None else "…",
                    hi=self.high if self.high is not None else "…",
                    v=value,
                ),
                field=self.key,
            )
        return value

    def _parse(self, text: str) -> Any:
        if self.type is bool:
            lowered = text.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise ValidationError(_("'{k}' takes yes or no, not '{v}'.").format(k=self.key, v=text), field=self.key)
        if self.type is int:
            try:
                if len(text.strip()) > 12:  # no setting counts that high; int() of 5000 digits is an error of its own
                    raise ValueError(text)
                return int(text)
            except ValueError:
                raise ValidationError(
                    _("'{k}' takes a whole number, not '{v}'.").format(k=self.key, v=text), field=self.key
                ) from None
        return str(text)


OPTIONS: dict[str, Option] = {}


def declare(
    key: str,
    type_: type,
    default: Any,
    help: str,
    check: Callable[[Any], Any] | None = None,
    *,
    low: int | None = None,
    high: int | None = None,
) -> Option:
    """Declare a setting once; modules that own a setting declare it at import time. A number
    setting declares its range (``low``..``high``), so `config set` and every window refuse the same."""
    option = Option(key, type_, default, help, check, low, high)
    existing = OPTIONS.get(key)
    if existing is not None and existing != option:
        raise RuntimeError(f"setting {key} declared twice differently")
    OPTIONS[key] = option
    return option


def _shop_name(value: str) -> str:
    if not value.strip():
        raise ValidationError(_("The shop needs a name."), field="shop.name")
    return value.strip()


def _country(value: str) -> str:
    import phonenumbers

    code = value.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(
            _("'{v}' is not a country code: use two letters, such as PL, DE, US or CN.").format(v=value),
            field="shop.country",
        )
    return code


def _currency(value: str) -> str:
    from babel.numbers import list_currencies

    code = value.strip().upper()
    if code not in list_currencies():
        raise ValidationError(
            _("'{v}' is not a currency code: use three letters, such as PLN, EUR, USD or CNY.").format(v=value),
            field="shop.currency",
        )
    return code


def _email(value: str) -> str:
    text = value.strip()
    if text and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text):
        raise ValidationError(
            _("'{v}' is not an e-mail address (name@example.com).").format(v=value), field="shop.email"
        )
    return text


def _language(value: str) -> str:
    code = value.strip().lower()
    if code not in LANGUAGES:
        raise ValidationError(
            _("'{v}' is not a language of ours: use en, ru, pl or zh.").format(v=value), field="shop.language"
        )
    return code


declare("shop.name", str, "My Shop", "Shop name printed on documents and messages", _shop_name)
declare("shop.address", str, "", "Shop address (sender on labels), lines separated by '|'")
declare("shop.phone", str, "", "Shop phone number")
declare("shop.email", str, "", "Shop e-mail address", _email)
declare("shop.country", str, "PL", "Default country for phone numbers and addresses (ISO code)", _country)
declare("shop.currency", str, "PLN", "Default currency of new orders", _currency)
declare("shop.language", str, "en", "Language of the shop's documents: en, ru, pl or zh", _language)
declare(
    "workflow.auto_complete_days",
    int,
    14,
    "Days after delivery or collection before an order completes by itself (0 = never)",
    low=0,
    high=365,
)
declare("workflow.pickup_days", int, 7, "Days a parcel waits for pickup before it is listed for return", low=1, high=90)


class Settings:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def option(key: str) -> Option:
        try:
            return OPTIONS[key]
        except KeyError:
            # A typo gets the near names; the whole list (60 keys on one line) helped nobody.
            import difflib  # only to suggest a key for a typo

            near = difflib.get_close_matches(key, OPTIONS, n=3, cutoff=0.8)
            if near:
                message = _("Unknown setting '{k}'. Did you mean {m}?").format(k=key, m=" or ".join(near))
            else:
                message = _("Unknown setting '{k}'. 'orderdesk config list' shows every setting.").format(k=key)
            raise ValidationError(message, field=key) from None

    @classmethod
    def check(cls, key: str, value: str) -> Any:
        """The value as it would be stored, or ValidationError saying what to enter (no database)."""
        return cls.option(key).parse(value)

    def get(self, key: str) -> Any:
        option = self.option(key)
        with self.db.session() as s:
            row = s.get(SettingRow, key)
            return json.loads(row.value) if row is not None else option.default

    def set(self, key: str, value: Any) -> Any:
        option = self.option(key)
        parsed = option.parse(value) if isinstance(value, str) else value
        if not isinstance(parsed, option.type):
            raise ValidationError(_("'{k}' takes a {t}.").format(k=key, t=option.type.__name__), field=key)
        parsed = option.in_range(parsed)
        with self.db.session(write=True) as s:
            row = s.get(SettingRow, key)
            if row is None:
                s.add(SettingRow(key=key, value=json.dumps(parsed)))
            else:
                row.value = json.dumps(parsed)
        return parsed

    def all(self) -> dict[str, Any]:
        with self.db.session() as s:
            stored = {row.key: json.loads(row.value) for row in s.query(SettingRow)}
        return {key: stored.get(key, option.default) for key, option in sorted(OPTIONS.items())}
