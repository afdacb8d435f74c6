"""Refunds: computed from the received lines and the shop's shipping rule, editable with a
reason, never more than was paid across all the order's refunds, never recorded twice.

The order's row is locked first (a no-op UPDATE), so two desks refunding two returns of one
order add up against the same total; the refund's idempotency key (one per return) is unique in
SQL, so the same return pressed twice at once is recorded once.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from orderdesk import domain
from orderdesk.errors import ConflictError, ValidationError
from orderdesk.i18n import _
from orderdesk.limits import MAX_NOTES, check_text
from orderdesk.models import ReturnRefundRow, ReturnRow
from orderdesk.money import Money
from orderdesk.services.returns.base import ReturnServiceBase
from orderdesk.services.returns.kinds import (
    MANUAL_REFUND_METHODS,
    REFUND_SHIPPING,
    ReturnStatus,
    ShippingRefund,
)
from orderdesk.services.returns.notices import notify
from orderdesk.services.returns.records import RefundQuote, Return, to_return
from orderdesk.settings import Settings
from orderdesk.workflow import MoveRequest, PaymentMethod, Status

SETTLED = frozenset({ReturnStatus.REFUNDED.value, ReturnStatus.EXCHANGED.value, ReturnStatus.CLOSED.value})


def refund_key(number: str) -> str:
    """The idempotency key of a return's refund: one refund per return, ever."""
    return f"refund:{number}"


class RefundsMixin(ReturnServiceBase):
    def quote_refund(self, number: str, *, include_shipping: bool | None = None) -> RefundQuote:
        """What the refund of a return comes to now (for the window to show and edit)."""
        rule = ShippingRefund(Settings(self.db).get(REFUND_SHIPPING.key))
        with self.db.session() as s:
            row = self._return(s, number)
            return self._quote(s, row, rule, include_shipping)

    def _quote(self, s: Session, row: ReturnRow, rule: ShippingRefund, include_shipping: bool | None) -> RefundQuote:
        order = row.order
        lines_minor = sum(line.unit_price_minor * line.received for line in row.lines)
        refunded = s.execute(
            select(
                func.coalesce(func.sum(ReturnRefundRow.amount_minor), 0),
                func.coalesce(func.sum(ReturnRefundRow.shipping_minor), 0),
            ).where(ReturnRefundRow.order_id == order.id)
        ).one()
        if include_shipping is None:
            include_shipping = rule is ShippingRefund.ALWAYS or (
                rule is ShippingRefund.WHOLE_ORDER and self._whole_order_returned(s, order)
            )
        # The shipping cost is given back once per order, whichever return carries it.
        shipping = max(order.shipping_fee_minor - int(refunded[1]), 0) if include_shipping else 0
        return RefundQuote(lines_minor, shipping, int(refunded[0]), order.amount_paid_minor, order.currency)

    @staticmethod
    def _queue_store_refund(s: Session, row: ReturnRow, refund: ReturnRefundRow) -> bool:
        """The store's refund push, in this transaction, before any order move: the store listener
        then counts it and does not refund the same money again for the whole order."""
        from orderdesk.services.channels.refunds import RefundLine, queue_refund_push

        lines = [
            RefundLine(line.sku, line.received, line.unit_price_minor * line.received)
            for line in row.lines
            if line.received
        ]
        return queue_refund_push(
            s, row.order_id, row.number, refund.amount_minor, refund.reason or row.number, lines, refund.api_refund
        )

    @staticmethod
    def _all_settled(s: Session, order_id: int) -> bool:
        """Every return of the order that counts is refunded, exchanged or closed: nothing more is owed."""
        statuses = s.scalars(
            select(ReturnRow.status).where(
                ReturnRow.order_id == order_id, ReturnRow.status != ReturnStatus.REJECTED.value
            )
        ).all()
        return bool(statuses) and all(st in SETTLED for st in statuses)

    def refund(
        self,
        number: str,
        actor: domain.Actor,
        *,
        amount: Money | None = None,
        reason: str = "",
        include_shipping: bool | None = None,
    ) -> Return:
        """Record the refund of a received return (partial or full). ``amount`` replaces the
        computed figure and then needs a reason. Cash on delivery and bank transfer refunds are
        paid back by hand (``api_refund`` false); a store order also queues the store's refund."""
        from orderdesk.services.users import require_role

        require_role(actor, action=_("refund a return"))
        check_text(reason, _("reason"), MAX_NOTES, "reason")
        rule = ShippingRefund(Settings(self.db).get(REFUND_SHIPPING.key))
        try:
            with self._unit() as s:
                return self._refund_in(s, number, actor, amount, reason.strip(), include_shipping, rule)
        except IntegrityError:
            # The other desk's refund of this return committed first: the unique key kept it to one.
            raise ConflictError(
                _("Return {n} was refunded a moment ago on another desk; it is not refunded twice.").format(n=number)
            ) from None

    def _refund_in(
        self,
        s: Session,
        number: str,
        actor: domain.Actor,
        amount: Money | None,
        reason: str,
        include_shipping: bool | None,
        rule: ShippingRefund,
    ) -> Return:
        row = self._return(s, number)
        order = row.order
        self._lock_order(s, order.id)  # refunds of its returns are judged one after another
        if self._refund(s, row) is not None:
            raise ValidationError(
                _("Return {n} is refunded already; a refund is never recorded twice.").format(n=row.number),
                field="refund",
            )
        if row.status not in (ReturnStatus.RECEIVED, ReturnStatus.AWAITING_PARCEL, ReturnStatus.REQUESTED):
            raise ValidationError(
                _("Return {n} is {s}: there is nothing to refund.").format(
                    n=row.number, s=row.status.replace("_", " ")
                ),
                field="status",
            )
        if not any(line.received for line in row.lines):
            raise ValidationError(
                _("Nothing of return {n} has arrived yet: receive the items first.").format(n=row.number),
                field="status",
            )
        quote = self._quote(s, row, rule, include_shipping)
        minor = quote.amount.minor
        if amount is not None:
            if amount.currency != order.currency:
                raise ValidationError(
                    _("Order {n} is in {c}, not {d}.").format(n=order.number, c=order.currency, d=amount.currency),
                    field="amount",
                )
            if amount.minor <= 0:
                raise ValidationError(_("Enter an amount greater than zero."), field="amount")
            if amount.minor != minor and not reason:
                raise ValidationError(
                    _("The refund of return {n} comes to {q}; say why it is {a} instead.").format(
                        n=row.number, q=quote.amount.format(), a=amount.format()
                    ),
                    field="reason",
                )
            minor = amount.minor
        if minor <= 0:
            raise ValidationError(_("Return {n} has nothing to refund.").format(n=row.number), field="amount")
        left = quote.refundable.minor
        if minor > left:
            raise ValidationError(
                _(
                    "{a} is more than can be refunded on order {o}: {p} was paid and {r} refunded already, "
                    "so at most {left}."
                ).format(
                    a=Money(minor, order.currency).format(),
                    o=order.number,
                    p=Money(quote.paid_minor, order.currency).format(),
                    r=Money(quote.already_refunded_minor, order.currency).format(),
                    left=quote.refundable.format(),
                ),
                field="amount",
            )
        method = PaymentMethod(order.payment_method)
        shipping = min(quote.shipping_minor, minor)
        refund = ReturnRefundRow(
            return_id=row.id,
            order_id=order.id,
            idempotency_key=refund_key(row.number),
            amount_minor=minor,
            lines_minor=quote.lines_minor,
            shipping_minor=shipping,
            currency=order.currency,
            payment_method=method.value,
            api_refund=method not in MANUAL_REFUND_METHODS,
            # A store order's refund goes back to the store by the store's refund push.
            push_status="",  # "queued" below once the store refund push is written
            reason=reason,
            created_by=actor.name,
        )
        s.add(refund)
        s.flush()
        if order.channel_id is not None:
            refund.push_status = "queued" if self._queue_store_refund(s, row, refund) else ""
        before = row.status
        self._set_status(row, ReturnStatus.REFUNDED)
        entry = self._order_history(
            s,
            order,
            actor,
            "refund",
            from_value=before,
            to_value=str(Money(minor, order.currency)),
            reason=reason,
            details={
                "return": row.number,
                "minor": minor,
                "shipping_minor": shipping,
                "payment_method": method.value,
                "manual": not refund.api_refund,
            },
        )
        if Status(order.status) is Status.RETURNED and (
            quote.already_refunded_minor + minor >= order.amount_paid_minor or self._all_settled(s, order.id)
        ):
            # The order's own "refunded" message tells the customer; no second one for the return.
            self.orders.move(
                order.number, MoveRequest(Status.REFUNDED, reason=_("refund of return {r}").format(r=row.number)), actor
            )
        else:
            notify(s, order, "refund_sent", entry, row.number, minor)
        return to_return(row, refund)
