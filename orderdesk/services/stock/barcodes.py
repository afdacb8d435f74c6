"""Barcode check digits: EAN-13, EAN-8 and UPC-A (GS1 "How to calculate a check digit").

Other symbologies a shop labels its own shelves with (Code 128 and the like: letters, other
lengths) have no check digit and are accepted as they are; a number of a GTIN length must add up.
"""

from __future__ import annotations

from orderdesk.errors import ValidationError
from orderdesk.i18n import _

GTIN_LENGTHS = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}


def check_digit(body: str) -> int:
    """The GS1 check digit for the digits before it: weights 3,1,3,… from the right."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def normalize(code: str) -> str:
    """What a scanner or a person typed, without spaces around and inside (some labels print groups)."""
    return "".join(code.split())


def validate(code: str, field: str = "barcode") -> str:
    """The code, cleaned; a ValidationError naming ``field`` if a GTIN's check digit is wrong."""
    code = normalize(code)
    if not code:
        return ""
    if len(code) > 64:
        raise ValidationError(_("A barcode has at most 64 characters."), field=field)
    if code.isdigit() and len(code) in GTIN_LENGTHS:
        expected = check_digit(code[:-1])
        if int(code[-1]) != expected:
            raise ValidationError(
                _("{c} is not a valid {kind} barcode: the last digit should be {d}. Check the number.").format(
                    c=code, kind=GTIN_LENGTHS[len(code)], d=expected
                ),
                field=field,
            )
    elif code.isdigit() and 8 < len(code) < 12:
        raise ValidationError(
            _("{c} has {n} digits: EAN-13 has 13, UPC-A 12, EAN-8 8. Check the number.").format(c=code, n=len(code)),
            field=field,
        )
    return code


def complete(body: str) -> str:
    """A GTIN with its check digit appended (demo data and tests)."""
    return body + str(check_digit(body))
