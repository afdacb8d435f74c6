"""Rules that react to a change inside that change's own transaction (the order service's
listeners): a new order that needs no call, or a new order just paid in full, is confirmed at
once, and the customer's "confirmed" message is queued in the same commit.

The firing is claimed with the same (order, rule, step) row the scheduled round uses, so the
listener and the round never both confirm an order; a refused move rolls back to a savepoint
and the order simply waits (for the owner, or the next round).
"""

from __future__ import annotations

import json
import logging

from sqlalchemy.orm import Session

from orderdesk.errors import OrderDeskError
from orderdesk.i18n import _
from orderdesk.models import OrderRow, SettingRow
from orderdesk.services.automation import rules
from orderdesk.services.automation.engine import ACTOR, Automation, claim_firing, entered_status
from orderdesk.workflow import MoveRequest, Status

log = logging.getLogger(__name__)


def _setting(s: Session, key: str, default):
    cache = s.info.setdefault("automation_settings", {})  # an import stores thousands in one session
    if key not in cache:
        row = s.get(SettingRow, key)
        cache[key] = json.loads(row.value) if row is not None else default
    return cache[key]


class AutomationListener:
    """``OrderService`` listener: auto-confirm on creation and on payment, in the same transaction."""

    def __init__(self, service) -> None:  # service: orders.OrderService (its move_in)
        self.service = service

    def __call__(self, s: Session, event) -> None:
        kind = type(event).__name__
        if kind not in ("OrderCreated", "PaymentRecorded"):
            return
        if not _setting(s, rules.AUTO_CONFIRM.key, False):
            return
        row = s.get(OrderRow, event.order_id)
        if row is None or row.status != Status.NEW.value or row.hold_count:
            return
        limit = int(_setting(s, rules.AUTO_CONFIRM_MAX_TOTAL.key, 0) or 0)
        if Automation.needs_a_call(s, row, limit):
            return  # the owner calls; the round looks again later
        step = f"h{entered_status(s, row.id, Status.NEW)}"
        try:
            with s.begin_nested():
                if not claim_firing(s, row.id, "auto-confirm", step):
                    return
                what = _("confirmed: paid online, in stock, address complete")
                reason = _("rule auto-confirm: {w}").format(w=what)
                self.service.move_in(s, row, MoveRequest(Status.CONFIRMED, reason=reason), ACTOR)
        except OrderDeskError as exc:
            log.info("auto-confirm of order %s left for later: %s", row.id, type(exc).__name__)
