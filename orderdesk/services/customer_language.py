"""The customer's language when an order does not give one: from the delivery country, else
from the phone's country code, else English. Messages and documents use it."""

from __future__ import annotations

from orderdesk.i18n import LANGUAGES

# ISO 3166 alpha-2 country → one of the app's languages (en, ru, pl, zh). Countries where
# Russian is the common second language read it better than English.
_BY_COUNTRY = {
    "PL": "pl",
    "RU": "ru", "BY": "ru", "KZ": "ru", "KG": "ru",
    "CN": "zh", "TW": "zh", "HK": "zh", "MO": "zh", "SG": "zh",
}  # fmt: skip

# Country names people type instead of the code.
_NAMES = {
    "poland": "PL", "polska": "PL", "russia": "RU", "россия": "RU", "рф": "RU", "russian federation": "RU",
    "belarus": "BY", "беларусь": "BY", "kazakhstan": "KZ", "казахстан": "KZ",
    "china": "CN", "中国": "CN", "中华人民共和国": "CN", "taiwan": "TW", "台湾": "TW", "hong kong": "HK", "香港": "HK",
}  # fmt: skip

# Phone country codes, longest first: +7 is Russia and Kazakhstan.
_BY_PHONE = (("+852", "zh"), ("+853", "zh"), ("+886", "zh"), ("+375", "ru"), ("+48", "pl"), ("+86", "zh"), ("+7", "ru"))


def guess_language(country: str = "", phone: str = "") -> str:
    """'pl' for an address in PL (or 'Polska'), 'ru' for +7 …; 'en' when nothing says otherwise."""
    code = country.strip()
    code = _NAMES.get(code.lower(), code.upper())
    if code in _BY_COUNTRY:
        return _BY_COUNTRY[code]
    if code:
        return "en"  # a known country that is not one of ours: English beats a guess from the phone
    digits = "+" + "".join(ch for ch in phone if ch.isdigit()) if phone.strip().startswith("+") else ""
    for prefix, language in _BY_PHONE:
        if digits.startswith(prefix):
            return language
    return "en"


def language_or_guess(language: str | None, country: str = "", phone: str = "") -> str:
    """``language`` when it is one of ours, else the guess."""
    value = (language or "").strip().lower()
    return value if value in LANGUAGES else guess_language(country, phone)
