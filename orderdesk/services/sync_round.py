"""The whole sync round, as ``orderdesk sync`` and the window's background sync both run it.

Tracking first (cards move), then the customer-message round (the moves just queued their
notifications), then housekeeping: delivered/collected orders complete after N days (seed 003).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from orderdesk.db import Database
from orderdesk.i18n import _
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.orders import OrderService
from orderdesk.services.sync import SyncSummary, TrackingSync
from orderdesk.settings import Settings


@dataclass
class RoundResult:
    tracking: SyncSummary
    messages: dict | None = None  # the message round's counts (None: skipped)
    auto_completed: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """No shipment could be synced at all (e.g. every carrier refused the credentials)."""
        t = self.tracking
        return bool(t.errors) and t.polled == 0 and t.shipments > 0

    def lines(self) -> list[str]:
        out = self.tracking.lines()
        if self.auto_completed:
            out.append(_("Completed automatically: {n}").format(n=", ".join(self.auto_completed)))
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
) -> RoundResult:
    """One round; ``registry`` is closed afterwards only when this function made it."""
    own = registry is None
    registry = registry or CarrierRegistry(settings)
    try:
        summary = TrackingSync(db, orders, registry, settings=settings).run_round(progress=progress, carriers=carriers)
    finally:
        if own:
            registry.close()
    result = RoundResult(summary)
    if messages:
        result.messages = (message_round or _default_message_round)(db)
    result.auto_completed = orders.auto_complete(settings.get("workflow.auto_complete_days"))
    return result


def _default_message_round(db: Database) -> dict:
    from orderdesk.services.messaging import run_outbox_once

    return run_outbox_once(db).as_dict()
