"""Exchanges: instead of money, a replacement order linked to the return, made by the normal
order creation service, so it is confirmed, reserves stock and is packed like any order."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from orderdesk import domain
from orderdesk.errors import MoveRefused, NotFound, ValidationError
from orderdesk.i18n import _
from orderdesk.models import OrderRow, ProductRow
from orderdesk.services.orders import NewLine, NewOrder
from orderdesk.services.returns.base import ReturnServiceBase
from orderdesk.services.returns.kinds import ReturnStatus
from orderdesk.services.returns.notices import notify
from orderdesk.services.returns.records import Return, to_return
from orderdesk.workflow import MoveRequest, Status


def parse_lines(text: str) -> list[tuple[str, int]]:
    """ "MUG-1:1, TEA-2:2" (commas, semicolons or spaces between items) as (SKU, quantity) pairs."""
    out = []
    for item in text.replace(";", ",").replace(" ", ",").split(","):
        if not item.strip():
            continue
        sku, sep, qty = item.strip().rpartition(":")
        if not sep or not sku or not qty.isdigit():
            raise ValidationError(_("'{i}' is not SKU:QTY (e.g. MUG-1:1).").format(i=item.strip()), field="lines")
        out.append((sku, int(qty)))
    return out


class ExchangesMixin(ReturnServiceBase):
    def exchange(self, number: str, lines: Sequence[tuple[str, int]], actor: domain.Actor) -> Return:
        """Make the replacement order for a received return: ``lines`` are (SKU, quantity). The
        returned items' value pays for it; any difference is left due on the new order."""
        if not lines:
            raise ValidationError(_("Choose at least one item to send instead."), field="lines")
        with self._unit() as s:
            row = self._return(s, number)
            if self._refunds(s, row):  # a part refunded too: the money is on its way back
                raise ValidationError(_("Return {n} was refunded; it cannot be exchanged too.").format(n=row.number))
            if row.status != ReturnStatus.RECEIVED.value:
                raise ValidationError(
                    _("Return {n} is {s}: an exchange is made once the items are back (Received).").format(
                        n=row.number, s=row.status.replace("_", " ")
                    ),
                    field="status",
                )
            order = row.order
            new_lines, total = [], 0
            for sku, quantity in lines:
                product = s.scalar(select(ProductRow).where(ProductRow.sku == sku.strip()))
                if product is None or product.archived:
                    raise NotFound(_("No product {sku} in the catalogue.").format(sku=sku))
                if quantity <= 0:
                    raise ValidationError(_("Send at least one of {sku}.").format(sku=sku), field="quantity")
                new_lines.append(NewLine(product.sku, quantity))
                total += product.price_minor * quantity
            credit = sum(line.unit_price_minor * line.received for line in row.lines)
            customer = order.customer
            new = NewOrder(
                customer=domain.Customer(customer.id, customer.name, customer.phone, customer.email, customer.language),
                lines=new_lines,
                delivery_method=order.delivery_method,
                payment_method=order.payment_method,
                currency=order.currency,
                address=domain.Address(
                    order.recipient,
                    order.address_line1,
                    order.address_line2,
                    order.city,
                    order.postcode,
                    order.region,
                    order.country,
                ),
                pickup_point_code=order.pickup_point_code,
                amount_paid_minor=min(credit, total),
                source=order.source,
                notes=_("Exchange for return {r} of order {o}").format(r=row.number, o=order.number),
            )
            replacement = self.orders.create_order(new, actor)
            for status in (Status.CONFIRMED, Status.ASSEMBLING):
                try:  # confirmed and stock reserved now when it can be; otherwise the desk sees why on the board
                    self.orders.move(replacement.number, MoveRequest(status), actor)
                except MoveRefused:
                    break
            new_row = s.scalar(select(OrderRow).where(OrderRow.number == replacement.number))
            row.exchange_order_id = new_row.id
            before = row.status
            self._set_status(row, ReturnStatus.EXCHANGED)
            details = {"return": row.number, "exchange_order": replacement.number, "credit_minor": credit}
            entry = self._order_history(
                s, order, actor, "exchange", from_value=before, to_value=replacement.number, details=details
            )
            notify(s, order, "return_exchanged", entry, row.number, extra={"exchange_order": replacement.number})
            self._order_history(
                s, new_row, actor, "exchange", to_value=row.number, reason=order.number, details=details
            )
            return to_return(row, [], replacement.number)
