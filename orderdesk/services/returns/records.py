"""Plain objects a return is read as (rows never leave a session)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from orderdesk.models_extra import ReturnRefundRow, ReturnRow
from orderdesk.money import Money


@dataclass(frozen=True)
class ReturnLine:
    sku: str
    name: str
    quantity: int
    unit_price: Money
    reason: str
    note: str = ""
    received: int = 0
    restocked: int = 0
    written_off: int = 0
    repair: int = 0
    state_note: str = ""

    @property
    def outstanding(self) -> int:
        return self.quantity - self.received


@dataclass(frozen=True)
class Refund:
    amount: Money
    lines_minor: int
    shipping_minor: int
    payment_method: str
    api_refund: bool
    push_status: str
    reason: str
    created_at: datetime
    created_by: str


@dataclass(frozen=True)
class Return:
    number: str
    order_number: str
    status: str
    created_at: datetime
    created_by: str
    note: str
    currency: str
    customer_language: str
    lines: list[ReturnLine] = field(default_factory=list)
    refunds: list[Refund] = field(default_factory=list)  # oldest first; several when refunded in parts
    exchange_order: str = ""
    refund_left_minor: int = 0  # what a partly refunded return still has to get back

    @property
    def refund(self) -> Refund | None:
        """The latest refund (the one just recorded), None before any."""
        return self.refunds[-1] if self.refunds else None

    @property
    def refunded(self) -> Money:
        """All refunded on this return so far."""
        return Money(sum(r.amount.minor for r in self.refunds), self.currency)

    @property
    def refund_left(self) -> Money:
        return Money(self.refund_left_minor, self.currency)

    @property
    def paid_back_by_hand(self) -> bool:
        """Its money goes back by hand (cash on delivery, bank transfer…), not through the payment."""
        return any(not r.api_refund for r in self.refunds)

    @property
    def value(self) -> Money:
        """What the returned items came to (unit price × quantity)."""
        return Money(sum(line.unit_price.minor * line.quantity for line in self.lines), self.currency)


@dataclass(frozen=True)
class ReturnableLine:
    """An order line as the Create return dialog offers it."""

    sku: str
    name: str
    delivered: int
    returned: int  # by the order's earlier returns that still count

    @property
    def left(self) -> int:
        return max(self.delivered - self.returned, 0)


@dataclass(frozen=True)
class RefundQuote:
    """What a refund would be, before it is recorded: the window shows it to be edited.
    ``lines_minor`` is what the received lines still have to get back (less what earlier parts
    of this return's refund gave); ``return_refunded_minor`` is those earlier parts."""

    lines_minor: int
    shipping_minor: int
    already_refunded_minor: int  # across the whole order
    paid_minor: int
    currency: str
    return_refunded_minor: int = 0
    refund_count: int = 0  # refunds of this return so far (a window passes it back: not twice)
    manual: bool = False  # paid back by hand (cash on delivery, bank transfer…)
    payment_method: str = ""

    @property
    def amount(self) -> Money:
        return Money(self.lines_minor + self.shipping_minor, self.currency)

    @property
    def refundable(self) -> Money:
        return Money(max(self.paid_minor - self.already_refunded_minor, 0), self.currency)


def to_return(
    row: ReturnRow, refunds: list[ReturnRefundRow], exchange_order: str = "", refund_left_minor: int = 0
) -> Return:
    order = row.order
    names = {line.id: line.name for line in order.lines}
    lines = [
        ReturnLine(
            sku=line.sku,
            name=names.get(line.order_line_id, ""),
            quantity=line.quantity,
            unit_price=Money(line.unit_price_minor, order.currency),
            reason=line.reason,
            note=line.note,
            received=line.received,
            restocked=line.restocked,
            written_off=line.written_off,
            repair=line.repair,
            state_note=line.state_note,
        )
        for line in row.lines
    ]
    money = [
        Refund(
            amount=Money(refund.amount_minor, refund.currency),
            lines_minor=refund.lines_minor,
            shipping_minor=refund.shipping_minor,
            payment_method=refund.payment_method,
            api_refund=refund.api_refund,
            push_status=refund.push_status,
            reason=refund.reason,
            created_at=refund.created_at,
            created_by=refund.created_by,
        )
        for refund in refunds
    ]
    return Return(
        number=row.number,
        order_number=order.number,
        status=row.status,
        created_at=row.created_at,
        created_by=row.created_by,
        note=row.note,
        currency=order.currency,
        customer_language=order.customer.language if order.customer else "en",
        lines=lines,
        refunds=money,
        exchange_order=exchange_order,
        refund_left_minor=refund_left_minor,
    )
