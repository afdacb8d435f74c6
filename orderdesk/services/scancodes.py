"""What a scanned or typed code is: an order, a pickup QR code, or a product code.

Our documents print the order number (Code 128 and QR, e.g. ``2026-000123``); the pickup
QR code in the customer's message carries ``ODPICKUP:<number>:<code>``. Product codes are
EAN-13/EAN-8/UPC-A (check digit verified, so a misread digit is caught) or any Code 128 text
(a SKU or a shop barcode).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from orderdesk.i18n import _

ORDER_NUMBER = re.compile(r"^\d{4}-\d{6}$")
PICKUP_PREFIX = "ODPICKUP:"
PICKUP_QR = re.compile(r"^ODPICKUP:(\d{4}-\d{6}):(\d{6})$")
PICKUP_CODE = re.compile(r"^\d{6}$")


class Kind(StrEnum):
    ORDER = "order"
    PICKUP = "pickup"  # order number and pickup code from the customer's QR code
    ITEM = "item"
    INVALID = "invalid"


@dataclass(frozen=True)
class Code:
    kind: Kind
    value: str  # order number, or the product code
    pickup_code: str = ""
    problem: str = ""  # why it is INVALID


def pickup_qr_payload(number: str, code: str) -> str:
    """The text of the pickup QR code sent to the customer (notifications use this)."""
    return f"{PICKUP_PREFIX}{number}:{code}"


def gtin_check_ok(digits: str) -> bool:
    """EAN-8, UPC-A (12), EAN-13 and GTIN-14: the last digit checks the others."""
    if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
        return False
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def classify(text: str) -> Code:
    value = (text or "").strip()
    if not value:
        return Code(Kind.INVALID, value, problem=_("Nothing was read."))
    if ORDER_NUMBER.match(value):
        return Code(Kind.ORDER, value)
    upper = value.upper()
    if upper.startswith(PICKUP_PREFIX):
        match = PICKUP_QR.match(upper)
        if not match:
            return Code(Kind.INVALID, value, problem=_("The pickup QR code was not read completely."))
        return Code(Kind.PICKUP, match.group(1), pickup_code=match.group(2))
    if value.isdigit() and len(value) in (8, 12, 13, 14) and not gtin_check_ok(value):
        return Code(Kind.INVALID, value, problem=_("The barcode {c} was misread (check digit).").format(c=value))
    return Code(Kind.ITEM, value)


def same_product_code(scanned: str, barcode: str, sku: str) -> bool:
    """Does a scanned product code name this line? Barcode first, then the SKU (any case)."""
    s = scanned.strip()
    if barcode:
        b = barcode.strip()
        # UPC-A printed as EAN-13 with a leading zero, and the other way round.
        if s == b or (s.isdigit() and b.isdigit() and s.lstrip("0") == b.lstrip("0") and abs(len(s) - len(b)) == 1):
            return True
    return bool(sku) and s.casefold() == sku.strip().casefold()
