"""The whole sync round, as ``orderdesk sync`` and the window's background sync both run it.

Tracking first (cards move), then the customer-message round (the moves just queued their
notifications), then, for ``orderdesk sync``, the automation rules (auto-complete among them);
the window runs those on their own schedule (services/automation/schedule.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from orderdesk.db import Database
from orderdesk.i18n import _
from orderdesk.models import utcnow
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.leases import lease
from orderdesk.services.orders import OrderService
from orderdesk.services.sync import SyncSummary, TrackingSync, round_due
from orderdesk.settings import Settings

log = logging.getLogger(__name__)

LAST_ROUND = "carriers.last_sync_round_at"
SYNC_LEASE = "carrier-sync"
RENEW_SECONDS = 60


@dataclass
class RoundResult:
    tracking: SyncSummary
    messages: dict | None = None  # the message round's counts (None: skipped)
    auto_completed: list[str] = field(default_factory=list)  # by the automation's auto-complete rule
    automation: list[str] = field(default_factory=list)  # what the automation rules did (one line each)
    skipped_since: datetime | None = None  # not run: another PC (or the CLI) ran one then, within the interval
    busy_elsewhere: bool = False  # not run: another PC (or the CLI) is running one right now

    @property
    def failed(self) -> bool:
        """No shipment could be synced at all (e.g. every carrier refused the credentials)."""
        t = self.tracking
        return bool(t.errors) and t.polled == 0 and t.shipments > 0

    def lines(self) -> list[str]:
        if self.busy_elsewhere:
            return [_("Not run: another PC is running a sync round right now.")]
        if self.skipped_since is not None:
            return [_("Not run: a round finished at {t} UTC, within the sync interval.").format(t=self.skipped_since)]
        out = self.tracking.lines()
        out += self.automation  # auto-complete's orders among them, once
        if self.messages is not None:
            counts = ", ".join(f"{k} {v}" for k, v in self.messages.items() if k != "errors")
            out.append(_("Messages: {m}").format(m=counts))
            out += [f"! {e}" for e in self.messages.get("errors") or []]
        return out


def run_sync_round(
    db: Database,
    orders: OrderService,
    settings: Settings,
    *,
    registry: CarrierRegistry | None = None,
    progress: Callable[[int, int], None] | None = None,
    carriers: Iterable[str] | None = None,
    messages: bool = True,
    message_round: Callable[[Database], dict] | None = None,
    skip_if_fresh: bool = False,
    automation: bool = True,
) -> RoundResult:
    """One round; ``registry`` is closed afterwards only when this function made it.

    ``skip_if_fresh`` (the window's schedule): when any PC or the CLI finished a round less than
    ``carriers.sync_interval_minutes`` ago, do nothing, so several desks do not multiply the
    requests to the carriers. A round asked for by hand always runs.

    ``automation``: run the automation rules too (``orderdesk sync``), also when the tracking
    part fails; the window runs them on their own schedule instead (automation/schedule.py).
    """
    if skip_if_fresh:
        last = last_round_at(settings)
        if last is not None and not round_due(last, int(settings.get("carriers.sync_interval_minutes"))):
            return RoundResult(SyncSummary(), skipped_since=last)
    # One round at a time across PCs: two desks starting together must not both ask the carriers.
    with lease(db, SYNC_LEASE) as held:
        if held is None:
            return RoundResult(SyncSummary(), busy_elsewhere=True)
        own = registry is None
        registry = registry or CarrierRegistry(settings)
        renew_at = [time.monotonic() + RENEW_SECONDS]

        def progress_and_renew(done: int, total: int) -> None:
            if time.monotonic() >= renew_at[0]:  # a long round keeps its lease (SQLite's expires)
                held.renew()
                renew_at[0] = time.monotonic() + RENEW_SECONDS
            if progress:
                progress(done, total)

        try:
            summary = TrackingSync(db, orders, registry, settings=settings).run_round(
                progress=progress_and_renew, carriers=carriers
            )
        except Exception:
            if automation:  # the rules do not wait for the carriers
                _rules_despite(orders)
            raise
        finally:
            if own:
                registry.close()
        result = RoundResult(summary)
        if messages:
            result.messages = (message_round or _default_message_round)(db)
        if automation:
            result.automation, result.auto_completed = _automation_round(orders)
        settings.set(LAST_ROUND, utcnow().isoformat())
        return result


def last_round_at(settings: Settings) -> datetime | None:
    """When the last round finished (naive UTC), or None when none has run or the value is unreadable."""
    text = str(settings.get(LAST_ROUND) or "")
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _automation_round(orders: OrderService) -> tuple[list[str], list[str]]:
    """The automation rules (their own lease: once across PCs): what they did, one line each,
    and the orders auto-complete completed."""
    from orderdesk.services.automation import Automation

    result = Automation(orders).run_round()
    done = [a.number for a in result.actions if a.rule == "auto-complete"]
    return [f"{a.rule}: {a.number} — {a.what}" for a in result.actions], done


def _rules_despite(orders: OrderService) -> None:
    """The automation round after a failed tracking part; its own failure only goes to the log,
    the tracking failure is what the caller reports."""
    try:
        _automation_round(orders)
    except Exception:
        log.exception("automation round after a failed tracking sync")


def _default_message_round(db: Database) -> dict:
    from orderdesk.services.messaging import run_outbox_once

    return run_outbox_once(db).as_dict()
