"""Settings the reports read (declared once, shown by ``orderdesk config list``)."""

from __future__ import annotations

from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.settings import declare


def _hours(value: int) -> int:
    if not 1 <= value <= 24 * 30:
        raise ValidationError(_("Use a number of hours from 1 to 720."), field="reports.promise_hours")
    return value


def _days(value: int) -> int:
    if not 1 <= value <= 365:
        raise ValidationError(_("Use a number of days from 1 to 365."), field="reports.pickup_overdue_days")
    return value


PROMISE_HOURS = declare(
    "reports.promise_hours",
    int,
    48,
    "hours after payment (or confirmation, when paid on delivery) within which an order is handed over",
    _hours,
    low=1,
    high=720,
)
PICKUP_OVERDUE_DAYS = declare(
    "reports.pickup_overdue_days",
    int,
    5,
    "days on the pickup shelf after which the customer is called",
    _days,
    low=1,
    high=365,
)
