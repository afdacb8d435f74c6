"""Holds: flags on an order that block forward moves until someone resolves them."""

from __future__ import annotations

from orderdesk import domain, repository
from orderdesk.errors import PermissionDenied, ValidationError
from orderdesk.i18n import _
from orderdesk.models import utcnow
from orderdesk.services.orders.base import OrderServiceBase
from orderdesk.services.orders.events import HoldAdded
from orderdesk.services.orders.rows import enum_value, refresh
from orderdesk.services.stock import allocation
from orderdesk.workflow import Hold, Role, Status


class HoldsMixin(OrderServiceBase):
    # ------------------------------------------------------------------ holds, payments, shipments
    def add_hold(
        self, number: str, kind: Hold | str, reason: str, actor: domain.Actor, details: dict | None = None
    ) -> domain.HoldInfo:
        kind = enum_value(Hold, kind, "hold")
        if not reason.strip():
            raise ValidationError(_("Say why the order is put on hold."), field="reason")
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            hold = self._add_hold(s, row, kind, reason.strip(), actor, details or {})
            refresh(row)
            s.flush()
            event = HoldAdded(row.id, row.number, kind, hold.id, reason.strip(), actor)
            for listener in self.listeners:
                listener(s, event)
            return repository.to_hold(hold)

    def resolve_hold(self, number: str, kind: Hold | str, actor: domain.Actor, reason: str = "") -> domain.OrderDetail:
        kind = enum_value(Hold, kind, "hold")
        if kind is Hold.PICKUP_LOCKED and actor.role is not Role.OWNER:
            raise PermissionDenied(_("Only the owner can unlock a pickup."))
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            active = [h for h in row.holds if h.kind == kind.value and h.resolved_at is None]
            if not active:
                raise ValidationError(_("Order {n} has no '{k}' hold.").format(n=number, k=kind.value))
            if kind is Hold.OUT_OF_STOCK and Status(row.status) == Status.ASSEMBLING:
                _reserved, short = allocation.reserve_lines(s, row, actor.name, "hold resolved")
                if short:
                    missing = ", ".join(f"{sku} ({n})" for sku, n in short.items())
                    raise ValidationError(
                        _("Still not enough stock for order {n}: {m}. Receive stock first.").format(n=number, m=missing)
                    )
            for hold in active:
                hold.resolved_at, hold.resolved_by = utcnow(), actor.name
            if kind is Hold.PICKUP_LOCKED:
                row.pickup_failures = 0
            self._history(s, row, actor, "hold", from_value=kind.value, to_value="resolved", reason=reason)
            refresh(row)
            s.flush()
            return self._detail(s, row, True)
