"""The stock ledger: each change of a counter and its movement row, in the caller's transaction.

Counters change in one SQL statement (``SET on_hand = on_hand + :q ... RETURNING``), never by
reading a value into Python and writing it back: two PCs on PostgreSQL or two processes on SQLite
each add their own units, and a reservation's "is there enough?" is part of the same statement,
so it is decided against the row as it is when the row lock is held.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from orderdesk.errors import NotFound, ValidationError
from orderdesk.i18n import _
from orderdesk.models import ProductRow, StockMovementRow, utcnow
from orderdesk.services.channels.stock_push import queue_stock_push
from orderdesk.services.stock.kinds import MovementKind, deltas

PRODUCTS = ProductRow.__table__
MOVEMENTS = StockMovementRow.__table__


@dataclass(frozen=True)
class Counters:
    on_hand: int
    reserved: int

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


@dataclass(frozen=True)
class Movement:
    id: int
    product_id: int
    kind: MovementKind
    quantity: int
    on_hand_after: int
    reserved_after: int
    at: object
    actor: str
    reason: str
    order_id: int | None
    document: str
    order_number: str = ""


# Built once (a batch of moves consumes hundreds of lines): the counters moved by (d_on, d_res) in one statement.
_MOVE = (
    update(PRODUCTS)
    .where(PRODUCTS.c.id == bindparam("product_id"))
    .values(
        stock_on_hand=PRODUCTS.c.stock_on_hand + bindparam("d_on"), reserved=PRODUCTS.c.reserved + bindparam("d_res")
    )
    .returning(PRODUCTS.c.stock_on_hand, PRODUCTS.c.reserved)
)
_MOVE_KEEP_POSITIVE = _MOVE.where(PRODUCTS.c.stock_on_hand + bindparam("d_on") >= 0)


def record(
    s: Session,
    product_id: int,
    kind: MovementKind,
    quantity: int,
    *,
    actor: str,
    reason: str = "",
    order_id: int | None = None,
    document: str = "",
    keep_on_hand_positive: bool = False,
) -> Counters:
    """Move the counters by one movement and write its ledger row; returns the counters after it.

    ``keep_on_hand_positive`` refuses (ValidationError, nothing changes) a movement that would
    leave fewer than zero on hand: a hand correction cannot take away what is not there.
    """
    d_on, d_res = deltas(kind, quantity)
    stmt = _MOVE_KEEP_POSITIVE if keep_on_hand_positive and d_on < 0 else _MOVE
    row = s.execute(stmt, {"product_id": product_id, "d_on": d_on, "d_res": d_res}).one_or_none()
    if row is None:
        now = counters(s, product_id)  # raises NotFound for a product that is not there
        raise ValidationError(
            _("Only {n} on hand: the stock cannot go below zero.").format(n=now.on_hand), field="quantity"
        )
    after = Counters(row[0], row[1])
    _write(s, product_id, kind, quantity, after, actor, reason, order_id, document)
    return after


# Built once: a batch of moves reserves and consumes hundreds of lines, and building a statement
# cost more than running it.
_RESERVE = (
    update(PRODUCTS)
    .where(
        PRODUCTS.c.id == bindparam("product_id"),
        PRODUCTS.c.stock_on_hand - PRODUCTS.c.reserved >= bindparam("quantity"),
    )
    .values(reserved=PRODUCTS.c.reserved + bindparam("quantity"))
    .returning(PRODUCTS.c.stock_on_hand, PRODUCTS.c.reserved)
)
_INSERT_MOVEMENT = insert(MOVEMENTS)


def reserve(s: Session, product_id: int, quantity: int, *, actor: str, order_id: int | None, reason: str = "") -> bool:
    """Set ``quantity`` aside if that many are available (on hand minus reserved); False changes nothing."""
    row = s.execute(_RESERVE, {"product_id": product_id, "quantity": quantity}).one_or_none()
    if row is None:
        return False
    _write(s, product_id, MovementKind.RESERVED, quantity, Counters(row[0], row[1]), actor, reason, order_id, "")
    return True


def count(
    s: Session, product_id: int, counted: int, *, actor: str, reason: str = "", document: str = ""
) -> tuple[int, Counters]:
    """A stocktake: on hand becomes ``counted``; returns (difference, counters after).

    The row is locked first (a no-op UPDATE), so the difference is taken against a value no one
    else can change before this transaction ends.
    """
    if counted < 0:
        raise ValidationError(_("A count cannot be negative."), field="quantity")
    now = _lock(s, product_id)
    difference = counted - now.on_hand
    if difference == 0:
        return 0, now
    return difference, record(
        s, product_id, MovementKind.COUNTED, difference, actor=actor, reason=reason, document=document
    )


def counters(s: Session, product_id: int) -> Counters:
    row = s.execute(
        select(PRODUCTS.c.stock_on_hand, PRODUCTS.c.reserved).where(PRODUCTS.c.id == product_id)
    ).one_or_none()
    if row is None:
        raise NotFound(_("Product #{i} does not exist.").format(i=product_id))
    return Counters(row[0], row[1])


def _lock(s: Session, product_id: int) -> Counters:
    row = s.execute(
        update(PRODUCTS)
        .where(PRODUCTS.c.id == product_id)
        .values(stock_on_hand=PRODUCTS.c.stock_on_hand)
        .returning(PRODUCTS.c.stock_on_hand, PRODUCTS.c.reserved)
    ).one_or_none()
    if row is None:
        raise NotFound(_("Product #{i} does not exist.").format(i=product_id))
    return Counters(row[0], row[1])


def _write(
    s: Session,
    product_id: int,
    kind: MovementKind,
    quantity: int,
    after: Counters,
    actor: str,
    reason: str,
    order_id: int | None,
    document: str,
) -> None:
    s.execute(
        _INSERT_MOVEMENT,
        {
            "product_id": product_id,
            "kind": MovementKind(kind).value,
            "quantity": quantity,
            "on_hand_after": after.on_hand,
            "reserved_after": after.reserved,
            "at": utcnow(),
            "actor": actor[:100],
            "reason": reason,
            "order_id": order_id,
            "document": document[:100],
        },
    )
    # The stores that take the desk's stock hear of it, from this same transaction (the outbox).
    queue_stock_push(s, product_id)
    # A product already loaded in this session shows the new counters without being marked changed.
    loaded = s.identity_map.get(identity_key(ProductRow, product_id))
    if loaded is not None:
        set_committed_value(loaded, "stock_on_hand", after.on_hand)
        set_committed_value(loaded, "reserved", after.reserved)
