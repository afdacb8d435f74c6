"""The automation rules' settings: each rule on or off, with its numbers (Settings → config)."""

from __future__ import annotations

from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.settings import declare
from orderdesk.workflow import late_targets

A = "automation."

AUTO_CONFIRM = declare(
    A + "auto_confirm", bool, False, "Confirm new orders that need no call: paid online, in stock, address complete"
)
AUTO_CONFIRM_MAX_TOTAL = declare(
    A + "auto_confirm_max_total",
    int,
    0,
    "Auto-confirm only orders up to this total, in whole currency units (0 = any total)",
    low=0,
    high=10**9,
)
CALL_FIRST_ORDERS = declare(
    A + "call_first_orders",
    bool,
    False,
    "A customer's first order needs a call before it is confirmed (auto-confirm leaves it to the owner)",
)
CALL_PHONES = declare(
    A + "call_phones",
    str,
    "",
    "Flagged phone numbers whose orders always need a call (e.g. parcels refused before), comma-separated",
)
SECOND_REMINDER_HOURS = declare(
    A + "payment_second_reminder_hours",
    int,
    72,
    "Hours awaiting payment before a second reminder (0 = none); the first follows messaging.payment_reminder_hours",
    low=0,
    high=24 * 90,
)
CANCEL_UNPAID_DAYS = declare(
    A + "cancel_unpaid_days",
    int,
    0,
    "Days awaiting payment after which the order is cancelled and the customer told; stock it holds is released (0 = never)",
    low=0,
    high=365,
)


def _late_overrides(text: str) -> str:
    try:
        late_targets(0, text)
    except ValueError as exc:
        raise ValidationError(
            _("'{p}' is not a status target: write them like new=4, packed=24 (hours).").format(p=exc),
            field=A + "late_hours_by_status",
        ) from None
    return text.strip()


LATE_BY_STATUS = declare(
    A + "late_hours_by_status",
    str,
    "",
    "Targets for single statuses, overriding automation.late_hours: e.g. new=4, packed=24 (hours; 0 = never)",
    _late_overrides,
)
LATE_HOURS = declare(
    A + "late_hours",
    int,
    48,
    "Hours an open order may wait in one status before it is reported late to the manager (0 = never)",
    low=0,
    high=24 * 90,
)
ROUND_MINUTES = declare(
    A + "round_minutes",
    int,
    15,
    "Minutes between the automation rounds the desk window runs, whatever the carriers' and stores' syncs do",
    low=1,
    high=24 * 60,
)
LAST_ROUND = declare(
    A + "last_round_at",
    str,
    "",
    "When the last scheduled automation round finished (UTC, any PC); the next waits for automation.round_minutes",
)
