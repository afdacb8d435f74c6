"""The store outbox's one writer: a push row added in the caller's transaction, once per key."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from orderdesk.models import ChannelRow, OrderRow, utcnow


def queue_push(s: Session, channel: ChannelRow, row: OrderRow | None, kind: str, payload: dict, key: str) -> bool:
    """Add one push row (in the caller's transaction) unless its key is queued already."""
    # Imported here: the order services import this module, and most of their changes queue nothing.
    from orderdesk.models_extra import StorePushRow

    if s.scalar(select(StorePushRow.id).where(StorePushRow.idempotency_key == key)) is not None:
        return False
    if row is not None:
        payload = {**payload, "external_id": row.external_id}
    s.add(
        StorePushRow(
            channel_id=channel.id,
            order_id=row.id if row is not None else None,
            kind=kind,
            payload=payload,
            idempotency_key=key,
            status="pending",
            attempts=0,
            claimed_by="",
            outcome_unknown=False,
            last_error="",
            created_at=utcnow(),
        )
    )
    s.flush()
    return True
