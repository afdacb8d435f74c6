"""A customer's opt-out of a channel, and its date: every path that turns an opt-out on or off
(a gateway's "unsubscribed", the order window, the command line) goes through ``set_opt_out_in``
so the messages report can count opt-outs by the day they happened (docs/reports.md)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from orderdesk.models import CustomerRow, OptOutEventRow, utcnow


def set_opt_out_in(
    s: Session,
    customer: CustomerRow,
    channel: str,
    opted_out: bool,
    *,
    at: datetime | None = None,
    gateway: str = "",
    actor: str = "",
) -> bool:
    """Turn ``channel``'s opt-out on or off; True when that changed it (and a dated row was
    written). Setting what is already set writes nothing: the first date stays."""
    attr = f"{channel}_opt_out"
    # Two PCs setting the same customer at once: on PostgreSQL the second waits on the row lock,
    # then reads the first one's value (already set: no second date). SQLite's write
    # transactions already run one at a time.
    s.execute(select(CustomerRow.id).where(CustomerRow.id == customer.id).with_for_update())
    s.refresh(customer, attribute_names=[attr])
    if bool(getattr(customer, attr)) == opted_out:
        return False
    setattr(customer, attr, opted_out)
    s.add(
        OptOutEventRow(
            customer_id=customer.id,
            channel=channel,
            opted_out=opted_out,
            at=at or utcnow(),
            gateway=gateway,
            actor=actor,
        )
    )
    return True
