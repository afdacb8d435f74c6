"""Asking for a return: chosen lines and quantities of a delivered order, each with a reason.

Refused, with nothing changed: an order whose items never reached the customer, a SKU that is
not on the order, more units than were delivered (counting the order's earlier returns).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from orderdesk import domain
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.limits import MAX_NOTES, check_text
from orderdesk.models import utcnow
from orderdesk.models_extra import ReturnLineRow, ReturnRow
from orderdesk.services import counters
from orderdesk.services.orders.reading import status_label as order_status_label
from orderdesk.services.returns.base import ReturnServiceBase
from orderdesk.services.returns.kinds import (
    CLOSABLE,
    OPEN_STATUSES,
    RETURNABLE_ORDER_STATUSES,
    ReturnReason,
    ReturnStatus,
    parse_reason,
)
from orderdesk.services.returns.notices import notify
from orderdesk.services.returns.records import Return, to_return
from orderdesk.workflow import MoveRequest, Status


@dataclass(frozen=True)
class ReturnRequestLine:
    """One line of a return being asked for."""

    sku: str
    quantity: int
    reason: ReturnReason | str = ReturnReason.OTHER
    note: str = ""


class CreatingMixin(ReturnServiceBase):
    def create_return(
        self, order_number: str, lines: Sequence[ReturnRequestLine], actor: domain.Actor, note: str = ""
    ) -> Return:
        """Open a return of ``lines`` of an order; a return of everything that is left also moves
        the order to Return requested (the order workflow's whole-order return)."""
        if not lines:
            raise ValidationError(_("Choose at least one line to return."), field="lines")
        check_text(note, _("note"), MAX_NOTES, "note")
        with self._unit() as s:
            order = self.orders._row(s, order_number)
            if Status(order.status) not in RETURNABLE_ORDER_STATUSES:
                raise ValidationError(
                    _(
                        "Order {n} has not reached the customer (it is {s}): only a delivered or collected order "
                        "can be returned."
                    ).format(n=order.number, s=order_status_label(order.status)),
                    field="order",
                )
            self._lock_order(s, order.id)  # two desks returning the same units: the second one is refused
            taken = self._returned_by_line(s, order.id)
            number = counters.next_return_number(s, utcnow().year)
            row = ReturnRow(
                number=number,
                order_id=order.id,
                status=ReturnStatus.REQUESTED.value,
                note=note,
                created_by=actor.name,
            )
            for want in lines:
                row.lines.extend(self._take(order, want, taken))
            s.add(row)
            s.flush()
            summary = ", ".join(f"{line.sku}×{line.quantity}" for line in row.lines)
            created = self._order_history(
                s,
                order,
                actor,
                "return",
                to_value=number,
                reason=note,
                details={"return": number, "lines": {line.sku: line.quantity for line in row.lines}, "text": summary},
            )
            if self._whole_order_returned(s, order) and Status(order.status) is not Status.RETURN_REQUESTED:
                self.orders.move(
                    order.number,
                    MoveRequest(Status.RETURN_REQUESTED, reason=_("return {r} of every item").format(r=number)),
                    actor,
                )
            notify(s, order, "return_requested", created, number)
            return to_return(row, [])

    def _take(self, order, want: ReturnRequestLine, taken: dict[int, int]) -> list[ReturnLineRow]:
        sku = want.sku.strip()
        reason = parse_reason(want.reason) if isinstance(want.reason, str) else want.reason
        check_text(want.note, _("note"), MAX_NOTES, "note")
        if not isinstance(want.quantity, int) or isinstance(want.quantity, bool) or want.quantity <= 0:
            raise ValidationError(_("Return at least one of {sku}.").format(sku=sku), field="quantity")
        matching = [line for line in order.lines if line.sku == sku]
        if not matching:
            raise ValidationError(
                _("{sku} is not on order {n}: check the SKU (the order has {skus}).").format(
                    sku=sku, n=order.number, skus=", ".join(line.sku for line in order.lines)
                ),
                field="sku",
            )
        left = {line.id: line.quantity - taken.get(line.id, 0) for line in matching}
        if want.quantity > sum(left.values()):
            delivered = sum(line.quantity for line in matching)
            raise ValidationError(
                _(
                    "Order {n} has {d} of {sku} and {t} already returned: at most {a} more can be returned, not {q}."
                ).format(
                    n=order.number,
                    d=delivered,
                    sku=sku,
                    t=delivered - sum(left.values()),
                    a=sum(left.values()),
                    q=want.quantity,
                ),
                field="quantity",
            )
        out, need = [], want.quantity
        for line in matching:  # the same SKU on two lines: fill them in order
            part = min(need, left[line.id])
            if part <= 0:
                continue
            out.append(
                ReturnLineRow(
                    order_line_id=line.id,
                    sku=sku,
                    quantity=part,
                    unit_price_minor=line.unit_price_minor,
                    reason=reason.value,
                    note=want.note,
                )
            )
            taken[line.id] = taken.get(line.id, 0) + part
            need -= part
            if need == 0:
                break
        return out

    def accept(self, number: str, actor: domain.Actor, note: str = "") -> Return:
        """The desk says yes: the slip goes to the customer and the parcel is awaited."""
        return self._decide(number, actor, ReturnStatus.AWAITING_PARCEL, note)

    def reject(self, number: str, actor: domain.Actor, reason: str) -> Return:
        """The desk says no (with a reason); the quantities can be asked for again later."""
        if not reason.strip():
            raise ValidationError(_("Say why the return is rejected: a reason is required."), field="reason")
        return self._decide(number, actor, ReturnStatus.REJECTED, reason)

    def close(self, number: str, actor: domain.Actor, reason: str) -> Return:
        """Close a return that needs nothing more (kept without a refund, settled otherwise)."""
        if not reason.strip():
            raise ValidationError(_("Say why the return is closed: a reason is required."), field="reason")
        check_text(reason, _("reason"), MAX_NOTES, "reason")
        with self._unit() as s:
            row = self._return(s, number)
            # Two desks closing an order's last two returns: one after the other, so one moves the order.
            self._lock_order(s, row.order_id)
            if row.status in (ReturnStatus.CLOSED, ReturnStatus.REJECTED):
                raise ValidationError(
                    _("Return {n} is {s} already.").format(n=row.number, s=row.status.replace("_", " ")),
                    field="status",
                )
            if row.status not in CLOSABLE:
                raise ValidationError(
                    _("Return {n} is {s}: it is settled, there is nothing to close.").format(
                        n=row.number, s=row.status.replace("_", " ")
                    ),
                    field="status",
                )
            before = row.status
            self._set_status(row, ReturnStatus.CLOSED)
            s.flush()
            kept = self._kept_minor(s, row.order)
            details: dict = {"return": row.number}
            if kept is not None and kept > 0 and row.order.refund_due:
                # The last open return closed short: the shop keeps the rest, so no refund is due any
                # more, and the order stays Returned (a move to Refunded would refund the rest in the store).
                row.order.refund_due = False
                details["kept_minor"] = kept
            self._order_history(
                s, row.order, actor, "return", from_value=before, to_value=ReturnStatus.CLOSED.value, reason=reason,
                details=details,
            )  # fmt: skip
            s.flush()
            if kept is not None and kept <= 0:
                # Its last open return is settled: the order's own move (history, message, store push).
                self.orders.move(
                    row.order.number,
                    MoveRequest(Status.REFUNDED, reason=_("return {r} closed").format(r=row.number)),
                    actor,
                )
            return to_return(row, self._refunds(s, row))

    def _decide(self, number: str, actor: domain.Actor, to: ReturnStatus, reason: str) -> Return:
        check_text(reason, _("reason"), MAX_NOTES, "reason")
        with self._unit() as s:
            row = self._return(s, number)
            if ReturnStatus(row.status) not in OPEN_STATUSES or (
                to is ReturnStatus.AWAITING_PARCEL and row.status == to.value
            ):
                raise ValidationError(
                    _("Return {n} is {s} already; it can no longer be accepted or rejected.").format(
                        n=row.number, s=row.status.replace("_", " ")
                    ),
                    field="status",
                )
            before = row.status
            self._set_status(row, to)
            entry = self._order_history(
                s,
                row.order,
                actor,
                "return",
                from_value=before,
                to_value=to.value,
                reason=reason,
                details={"return": row.number},
            )
            order = row.order
            if to is ReturnStatus.REJECTED:  # the customer reads the desk's reason
                notify(s, order, "return_rejected", entry, row.number, extra={"return_reason": reason.strip()})
            else:
                notify(s, order, "return_accepted", entry, row.number)
            if to is ReturnStatus.REJECTED and Status(order.status) is Status.RETURN_REQUESTED:
                s.flush()
                if not self._whole_order_returned(s, order):
                    # The whole-order return was declined (the workflow's owner correction back to Completed).
                    self.orders.move(order.number, MoveRequest(Status.COMPLETED, reason=reason), actor)
            return to_return(row, self._refunds(s, row))
