"""Colours and short texts for cards, chosen to stay readable on light and dark palettes.

Each status has a hue; the actual colour is derived from the palette's window lightness so
that a stripe or badge has enough contrast in either theme.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QColor, QPalette

from orderdesk.i18n import current_language
from orderdesk.money import format_money
from orderdesk.workflow import Status

STATUS_HUES: dict[Status, int] = {
    Status.NEW: 210,
    Status.CONFIRMED: 190,
    Status.AWAITING_PAYMENT: 35,
    Status.PAID: 140,
    Status.ASSEMBLING: 270,
    Status.PACKED: 250,
    Status.READY_FOR_PICKUP: 320,
    Status.SHIPPED: 170,
    Status.IN_TRANSIT: 160,
    Status.DELIVERED: 120,
    Status.COLLECTED: 100,
    Status.COMPLETED: 0,  # grey (saturation 0)
    Status.CANCELLED: 0,
    Status.RETURN_REQUESTED: 20,
    Status.RETURNED: 15,
    Status.REFUNDED: 300,
}
GREY_STATUSES = frozenset({Status.COMPLETED, Status.CANCELLED})

# payment_state -> hue (None: neutral grey)
PAYMENT_HUES: dict[str, int | None] = {
    "paid": 130,
    "partly_paid": 45,
    "unpaid": 0,
    "on_delivery": 210,
    "refund_due": 280,
    "refunded": None,
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_color(status: Status, palette: QPalette) -> QColor:
    """A strong accent (stripe, header) for a status."""
    hue = STATUS_HUES.get(status, 0)
    sat = 0 if status in GREY_STATUSES else 150
    return QColor.fromHsl(hue, sat, 150 if is_dark(palette) else 110)


def badge_colors(hue: int | None, palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of a small pill; text contrast ≥ 4.5:1 in both themes."""
    sat = 0 if hue is None else 170
    hue = hue or 0
    if is_dark(palette):
        return QColor.fromHsl(hue, sat, 60), QColor.fromHsl(hue, min(sat, 120), 215)
    return QColor.fromHsl(hue, sat, 225), QColor.fromHsl(hue, sat, 60)


def danger_colors(palette: QPalette) -> tuple[QColor, QColor]:
    return badge_colors(355, palette)


def money_text(minor: int, currency: str, locale: str | None = None) -> str:
    """'1,224.99 PLN' / '1 224,99 PLN': the app's one money format (orderdesk.money.format_money),
    by default in the interface language, so the board, the order window and the forms agree."""
    return format_money(minor, currency, locale or current_language())


def age_text(since: datetime, now: datetime | None = None) -> tuple[int, str]:
    """(seconds, compact text like '5m', '3h', '2d') for how long a card has waited."""
    now = now or datetime.now(UTC)
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    seconds = max(int((now - since).total_seconds()), 0)
    if seconds < 3600:
        return seconds, f"{seconds // 60}m"
    if seconds < 86400:
        return seconds, f"{seconds // 3600}h"
    return seconds, f"{seconds // 86400}d"
