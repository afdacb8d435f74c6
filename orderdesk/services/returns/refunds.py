"""Refunds: computed from the received lines and the shop's shipping rule, editable with a
reason, never more than was paid across all the order's refunds, never recorded twice.

A return is refunded at once or in parts (``rest_later``: part now, the rest later; the return is
*Partly refunded* meanwhile and shows what remains). The order's row is locked first (a no-op
UPDATE), so two desks refunding returns of one order add up against the same total. Each part has
its own idempotency key, unique in SQL: ``refund:R-…`` for the first, ``refund:R-…:2`` for the
second…; a desk that read the return with n refunds passes n back (``expected_refunds``), so the
same part pressed twice — on one desk or two — is recorded once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from orderdesk import domain
from orderdesk.errors import ConflictError, ValidationError
from orderdesk.i18n import _
from orderdesk.limits import MAX_NOTES, check_text
from orderdesk.models_extra import ReturnRefundRow, ReturnRow
from orderdesk.money import Money
from orderdesk.services.returns.base import ReturnServiceBase
from orderdesk.services.returns.kinds import (
    MANUAL_REFUND_METHODS,
    REFUND_SHIPPING,
    REFUNDABLE,
    ReturnStatus,
    ShippingRefund,
)
from orderdesk.services.returns.notices import notify
from orderdesk.services.returns.records import RefundQuote, Return, to_return
from orderdesk.settings import Settings
from orderdesk.workflow import MoveRequest, PaymentMethod, Status


def refund_key(number: str, part: int = 1) -> str:
    """The idempotency key of a return's refund (``part`` 2, 3… for the later parts)."""
    return f"refund:{number}" if part == 1 else f"refund:{number}:{part}"


def store_refund_id(number: str, part: int = 1) -> str:
    """The desk's id of a refund in the store's push (its marker): one push per part."""
    return number if part == 1 else f"{number}/{part}"


@dataclass(frozen=True)
class _Ask:
    """What the desk asked for: an amount (None: the computed one), why, and whether it is a part."""

    amount: Money | None
    reason: str
    include_shipping: bool | None
    rest_later: bool
    expected_refunds: int | None


class RefundsMixin(ReturnServiceBase):
    def quote_refund(self, number: str, *, include_shipping: bool | None = None) -> RefundQuote:
        """What the refund of a return comes to now (for the window to show and edit); after a
        part, what is left of it."""
        rule = ShippingRefund(Settings(self.db).get(REFUND_SHIPPING.key))
        with self.db.session() as s:
            row = self._return(s, number)
            return self._quote(s, row, rule, include_shipping)

    def _quote(self, s: Session, row: ReturnRow, rule: ShippingRefund, include_shipping: bool | None) -> RefundQuote:
        order = row.order
        earlier = self._refunds(s, row)
        here = sum(r.amount_minor for r in earlier)
        here_shipping = sum(r.shipping_minor for r in earlier)
        # The lines' part of the earlier parts: the shipping cost was counted first in each.
        lines_minor = max(sum(line.unit_price_minor * line.received for line in row.lines) - (here - here_shipping), 0)
        refunded = s.execute(
            select(
                func.coalesce(func.sum(ReturnRefundRow.amount_minor), 0),
                func.coalesce(func.sum(ReturnRefundRow.shipping_minor), 0),
            ).where(ReturnRefundRow.order_id == order.id)
        ).one()
        if include_shipping is None:
            include_shipping = (
                rule is ShippingRefund.ALWAYS
                or (rule is ShippingRefund.WHOLE_ORDER and self._whole_order_returned(s, order))
                or here_shipping > 0  # an earlier part of this return began giving it back
            )
        # The shipping cost is given back once per order, whichever return carries it.
        shipping = max(order.shipping_fee_minor - int(refunded[1]), 0) if include_shipping else 0
        manual = PaymentMethod(order.payment_method) in MANUAL_REFUND_METHODS
        return RefundQuote(
            lines_minor,
            shipping,
            int(refunded[0]),
            order.amount_paid_minor,
            order.currency,
            return_refunded_minor=here,
            refund_count=len(earlier),
            manual=manual,
            payment_method=order.payment_method,
        )

    def _left_minor(self, s: Session, row: ReturnRow) -> int:
        rule = ShippingRefund(Settings(self.db).get(REFUND_SHIPPING.key))
        quote = self._quote(s, row, rule, None)
        return min(quote.amount.minor, quote.refundable.minor)

    @staticmethod
    def _queue_store_refund(s: Session, row: ReturnRow, refund: ReturnRefundRow, part: int, whole: bool) -> bool:
        """The store's refund push, in this transaction, before any order move: the store listener
        then counts it and does not refund the same money again for the whole order. Only a
        return refunded in one go names its items: the store counts an item's refunded quantity
        once per refund, so the parts of a split refund carry money only."""
        from orderdesk.services.channels.refunds import RefundLine, queue_refund_push

        lines = [
            RefundLine(line.sku, line.received, line.unit_price_minor * line.received)
            for line in row.lines
            if line.received and whole
        ]
        return queue_refund_push(
            s,
            row.order_id,
            store_refund_id(row.number, part),
            refund.amount_minor,
            refund.reason or row.number,
            lines,
            refund.api_refund,
        )

    def refund(
        self,
        number: str,
        actor: domain.Actor,
        *,
        amount: Money | None = None,
        reason: str = "",
        include_shipping: bool | None = None,
        rest_later: bool = False,
        expected_refunds: int | None = None,
    ) -> Return:
        """Record the refund of a received return. ``amount`` replaces the computed figure and then
        needs a reason — unless ``rest_later``: then it is a part, and the return stays *Partly
        refunded* until the rest is refunded (or it is closed). ``expected_refunds``: how many
        refunds of this return the caller saw; another count means one was recorded meanwhile.
        Cash on delivery and bank transfer refunds are paid back by hand (``api_refund`` false);
        a store order also queues the store's refund."""
        from orderdesk.services.users import require_role

        require_role(actor, action=_("refund a return"))
        check_text(reason, _("reason"), MAX_NOTES, "reason")
        rule = ShippingRefund(Settings(self.db).get(REFUND_SHIPPING.key))
        ask = _Ask(amount, reason.strip(), include_shipping, rest_later, expected_refunds)
        try:
            with self._unit() as s:
                return self._refund_in(s, number, actor, ask, rule)
        except IntegrityError:
            # The other desk's refund of this return committed first: the unique key kept it to one.
            raise ConflictError(
                _("Return {n} was refunded a moment ago on another desk; it is not refunded twice.").format(n=number)
            ) from None

    def _refund_in(self, s: Session, number: str, actor: domain.Actor, ask: _Ask, rule: ShippingRefund) -> Return:
        row = self._return(s, number)
        order = row.order
        self._lock_order(s, order.id)  # refunds of its returns are judged one after another
        earlier = self._refunds(s, row)
        self._check_refundable(row, earlier, ask)
        quote = self._quote(s, row, rule, ask.include_shipping)
        minor = self._amount(row, quote, ask)
        part = len(earlier) + 1
        method = PaymentMethod(order.payment_method)
        shipping = min(quote.shipping_minor, minor)
        left = min(quote.amount.minor, quote.refundable.minor) - minor if ask.rest_later else 0
        refund = ReturnRefundRow(
            return_id=row.id,
            order_id=order.id,
            idempotency_key=refund_key(row.number, part),
            amount_minor=minor,
            lines_minor=quote.lines_minor,
            shipping_minor=shipping,
            currency=order.currency,
            payment_method=method.value,
            api_refund=method not in MANUAL_REFUND_METHODS,
            # A store order's refund goes back to the store by the store's refund push.
            push_status="",  # "queued" below once the store refund push is written
            reason=ask.reason,
            created_by=actor.name,
        )
        s.add(refund)
        s.flush()
        if order.channel_id is not None:
            whole = part == 1 and not ask.rest_later
            refund.push_status = "queued" if self._queue_store_refund(s, row, refund, part, whole) else ""
        before = row.status
        self._set_status(row, ReturnStatus.PARTLY_REFUNDED if ask.rest_later else ReturnStatus.REFUNDED)
        details = {
            "return": row.number,
            "minor": minor,
            "shipping_minor": shipping,
            "payment_method": method.value,
            "manual": not refund.api_refund,
        }
        if ask.rest_later or part > 1:
            details.update(part=part, left_minor=left)
        entry = self._order_history(
            s,
            order,
            actor,
            "refund",
            from_value=before,
            to_value=str(Money(minor, order.currency)),
            reason=ask.reason,
            details=details,
        )
        s.flush()
        if not ask.rest_later and self._settles_order(s, order):
            # The order's own "refunded" message tells the customer; no second one for the return.
            self.orders.move(
                order.number, MoveRequest(Status.REFUNDED, reason=_("refund of return {r}").format(r=row.number)), actor
            )
        else:
            notify(s, order, "refund_sent", entry, row.number, minor)
        return to_return(row, [*earlier, refund], refund_left_minor=left)

    @staticmethod
    def _check_refundable(row: ReturnRow, earlier: list[ReturnRefundRow], ask: _Ask) -> None:
        if ask.expected_refunds is not None and len(earlier) != ask.expected_refunds:
            done = Money(sum(r.amount_minor for r in earlier), row.order.currency)
            raise ConflictError(
                _(
                    "Return {n} got a refund on another desk meanwhile ({a} refunded now); look at it again "
                    "before refunding more."
                ).format(n=row.number, a=done.format())
            )
        if row.status != ReturnStatus.REFUNDED.value and row.status not in REFUNDABLE:
            raise ValidationError(
                _("Return {n} is {s}: there is nothing to refund.").format(
                    n=row.number, s=row.status.replace("_", " ")
                ),
                field="status",
            )
        if row.status == ReturnStatus.REFUNDED.value or (earlier and row.status != ReturnStatus.PARTLY_REFUNDED.value):
            raise ValidationError(
                _("Return {n} is refunded already; a refund is never recorded twice.").format(n=row.number),
                field="refund",
            )
        if not any(line.received for line in row.lines):
            raise ValidationError(
                _("Nothing of return {n} has arrived yet: receive the items first.").format(n=row.number),
                field="status",
            )

    @staticmethod
    def _amount(row: ReturnRow, quote: RefundQuote, ask: _Ask) -> int:
        """The amount to record now, checked against the computed one and what can be refunded."""
        order = row.order
        minor = quote.amount.minor
        if ask.amount is not None:
            amount = ask.amount
            if amount.currency != order.currency:
                raise ValidationError(
                    _("Order {n} is in {c}, not {d}.").format(n=order.number, c=order.currency, d=amount.currency),
                    field="amount",
                )
            if amount.minor <= 0:
                raise ValidationError(_("Enter an amount greater than zero."), field="amount")
            if amount.minor != minor and not ask.reason and not ask.rest_later:
                raise ValidationError(
                    _("The refund of return {n} comes to {q}; say why it is {a} instead.").format(
                        n=row.number, q=quote.amount.format(), a=amount.format()
                    ),
                    field="reason",
                )
            minor = amount.minor
        elif ask.rest_later:
            raise ValidationError(
                _("Say how much of {q} to refund now; the rest is refunded later.").format(q=quote.amount.format()),
                field="amount",
            )
        if minor <= 0:
            raise ValidationError(_("Return {n} has nothing to refund.").format(n=row.number), field="amount")
        if minor > quote.refundable.minor:
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
        if ask.rest_later and minor >= min(quote.amount.minor, quote.refundable.minor):
            raise ValidationError(
                _("{a} is all that is left to refund on return {n}: record it as the whole refund, not a part.").format(
                    a=Money(minor, order.currency).format(), n=row.number
                ),
                field="amount",
            )
        return minor
