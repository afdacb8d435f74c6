"""The automation round on its own schedule (the desk window's timer), apart from the carriers'
and stores' syncs: a sync that fails or is not set up never holds the rules back.

Several desks each run the timer; a round is skipped when any PC finished one less than
``automation.round_minutes`` ago, so the rules run about once per interval however many desks
are open (the firings are claimed once anyway, engine.claim_firing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from orderdesk.models import utcnow
from orderdesk.services.automation import rules
from orderdesk.services.automation.engine import Automation, AutomationResult
from orderdesk.settings import Settings


@dataclass
class ScheduledRound:
    result: AutomationResult | None  # None: not due (a round finished within the interval)
    minutes: int  # the interval now set: the window's timer follows a change
    last: datetime | None = None  # when the last round finished (naive UTC)


def last_round_at(settings: Settings) -> datetime | None:
    text = str(settings.get(rules.LAST_ROUND.key) or "")
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def run_scheduled_round(orders, *, clock: Callable[[], datetime] = utcnow) -> ScheduledRound:
    """One round of the rules when due; ``orders``: the window's order service."""
    settings = Settings(orders.db)
    minutes = int(settings.get(rules.ROUND_MINUTES.key) or 15)
    now = clock()
    last = last_round_at(settings)
    # Due a little early (a tenth of a minute): the desks' timers drift against each other.
    if last is not None and now - last < timedelta(minutes=minutes) - timedelta(seconds=6):
        return ScheduledRound(None, minutes, last)
    result = Automation(orders, clock=clock).run_round()
    if result.ran:
        settings.set(rules.LAST_ROUND.key, clock().isoformat())
    return ScheduledRound(result, minutes, last)
