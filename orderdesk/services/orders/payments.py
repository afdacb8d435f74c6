"""Payments recorded against an order (more than is due only when asked for)."""

from __future__ import annotations

from orderdesk import domain
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.limits import MAX_AMOUNT_MINOR, check_number
from orderdesk.money import Money
from orderdesk.services.orders.base import OrderServiceBase
from orderdesk.services.orders.events import PaymentRecorded
from orderdesk.services.orders.rows import refresh
from orderdesk.workflow import Role


class PaymentsMixin(OrderServiceBase):
    def record_payment(
        self,
        number: str,
        amount: Money,
        actor: domain.Actor,
        reason: str = "",
        *,
        allow_overpayment: bool = False,
    ) -> domain.OrderDetail:
        """Add a payment. More than is still due is refused unless ``allow_overpayment`` (the
        customer really paid more): a typo must not mark an order paid, real money must not be lost.

        Money is taken by the owner and at the counter (clerk); an overpayment is the owner's call."""
        from orderdesk.services.users import require_role

        require_role(actor, Role.CLERK, action=_("record a payment"))
        if allow_overpayment:
            require_role(actor, action=_("record an overpayment"))
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            if amount.currency != row.currency:
                raise ValidationError(
                    _("Order {n} is in {c}, not {d}.").format(n=number, c=row.currency, d=amount.currency)
                )
            if amount.minor <= 0:
                raise ValidationError(_("Enter an amount greater than zero."), field="amount")
            due = max(row.total_minor - row.amount_paid_minor, 0)
            if amount.minor > due and not allow_overpayment:
                raise ValidationError(
                    _(
                        "{amount} is more than the {due} still due on order {n}. Check the amount; "
                        "if the customer really paid more, record it as an overpayment."
                    ).format(amount=amount.format(), due=Money(due, row.currency).format(), n=number),
                    field="overpayment",
                )
            check_number(row.amount_paid_minor + amount.minor, _("amount paid"), low=0, high=MAX_AMOUNT_MINOR)
            row.amount_paid_minor += amount.minor
            details = {"minor": amount.minor}
            if amount.minor > due:
                details["overpaid_minor"] = amount.minor - due  # kept for the refund
            entry = self._history(s, row, actor, "payment", to_value=str(amount), reason=reason, details=details)
            refresh(row)
            s.flush()
            paid = PaymentRecorded(row.id, row.number, amount.minor, entry.id, actor)
            for listener in self.listeners:
                listener(s, paid)
            return self._detail(s, row, True)
