"""Phone numbers to E.164 with the shop's default country (the ``phonenumbers`` library knows every plan)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8192)  # an import checks each number two or three times
def normalize_phone(raw: str, default_country: str = "PL") -> tuple[str, bool]:
    """Return (E.164 or the trimmed input, valid?). An empty number is valid: it is simply absent."""
    text = (raw or "").strip()
    if not text:
        return "", True
    import phonenumbers  # here: its metadata is large and only a typed or imported number needs it

    try:
        parsed = phonenumbers.parse(text, default_country.upper() or None)
    except phonenumbers.NumberParseException:
        return text, False
    if not phonenumbers.is_valid_number(parsed):
        return text, False
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), True
