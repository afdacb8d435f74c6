"""What the order service tells its listeners, inside the transaction of the change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from orderdesk import domain
from orderdesk.workflow import Hold, Status


@dataclass(frozen=True)
class StatusChanged:
    """Given to listeners inside the move's transaction (e.g. to write an outbox row)."""

    order_id: int
    number: str
    from_status: Status
    to_status: Status
    history_id: int
    actor: domain.Actor
    reason: str = ""


@dataclass(frozen=True)
class HoldAdded:
    """Given to listeners inside the transaction that puts an order on hold (e.g. to alert the manager)."""

    order_id: int
    number: str
    kind: Hold
    hold_id: int
    reason: str
    actor: domain.Actor


@dataclass(frozen=True)
class PaymentRecorded:
    """Given to listeners inside the transaction that records a payment (e.g. to tell the web store)."""

    order_id: int
    number: str
    amount_minor: int
    history_id: int
    actor: domain.Actor


@dataclass(frozen=True)
class OrderCreated:
    """Given to listeners inside the transaction that stores a new order (e.g. a rule that
    confirms an order needing no call, or the "received" message)."""

    order_id: int
    number: str
    history_id: int
    actor: domain.Actor


OrderEvent = StatusChanged | HoldAdded | PaymentRecorded | OrderCreated
Listener = Callable[[Session, OrderEvent], None]
