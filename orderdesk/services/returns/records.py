"""Plain objects a return is read as (rows never leave a session)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from orderdesk.models import ReturnRefundRow, ReturnRow
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
    refund: Refund | None = None
    exchange_order: str = ""

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
    """What a refund would be, before it is recorded: the window shows it to be edited."""

    lines_minor: int
    shipping_minor: int
    already_refunded_minor: int
    paid_minor: int
    currency: str

    @property
    def amount(self) -> Money:
        return Money(self.lines_minor + self.shipping_minor, self.currency)

    @property
    def refundable(self) -> Money:
        return Money(max(self.paid_minor - self.already_refunded_minor, 0), self.currency)


def to_return(row: ReturnRow, refund: ReturnRefundRow | None, exchange_order: str = "") -> Return:
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
    money = (
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
        if refund is not None
        else None
    )
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
        refund=money,
        exchange_order=exchange_order,
    )
