"""The template editor's check against real orders: which orders in the status that sends a
template's message (``rules.statuses_sending``) it could not be sent to as it stands, because a
placeholder has no value for them, and whether the template's fallback text would go out instead."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from orderdesk.db import Database
from orderdesk.models import CustomerRow, OrderRow
from orderdesk.services.messaging.config import session_getter
from orderdesk.services.messaging.outbox import order_context
from orderdesk.services.messaging.rules import statuses_sending
from orderdesk.services.messaging.templates import Template, fallbacks_for, missing_values, with_fallback

CHECKED = 500  # the newest such orders in the template's language: enough to show the pattern


@dataclass(frozen=True)
class HeldBack:
    number: str
    missing: tuple[str, ...]  # placeholders without a value, in the order used
    fallback: bool  # True: the fallback text goes out instead; False: the message would wait
    shipped: bool = False  # the fallback is the shipped one: the template has none of its own


def held_back_orders(db: Database, template: Template, limit: int = CHECKED) -> list[HeldBack]:
    """Orders in the status that sends ``template``'s message, of customers writing its language,
    that the template misses a value for (a "shipped" text is checked against shipped orders, not
    against new ones that have no tracking number yet)."""
    statuses = [st.value for st in statuses_sending(template.event)]
    found: list[HeldBack] = []
    shipped = fallbacks_for(template)[1]
    with db.session() as s:
        get = session_getter(s)
        rows = s.scalars(
            select(OrderRow)
            .join(CustomerRow, OrderRow.customer_id == CustomerRow.id)
            .where(OrderRow.status.in_(statuses), CustomerRow.language == template.language)
            .order_by(OrderRow.id.desc())
            .limit(limit)
        ).all()
        for row in rows:
            context = order_context(s, row, template.language, get)
            missing = missing_values(template, context)
            if missing:
                _used, still = with_fallback(template, context)
                found.append(HeldBack(row.number, tuple(missing), fallback=not still, shipped=shipped and not still))
    return found
