"""Moving many orders at once (the demo's walk, a bulk job): the same plan and effects as ``move``,
in ONE transaction with one read of the orders and one write of their history.

Each move is planned by ``workflow.plan_move`` against its order as it is (the same guards as a
single move; a refusal changes nothing of that order and the others go on) and carried out by
``MovingMixin._apply_move``. The rows are written by one flush at the end instead of one or two
per move, and the listeners hear every ``StatusChanged`` after it, still inside the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.util import identity_key

from orderdesk import domain, repository
from orderdesk.errors import NotFound, OrderDeskError, ValidationError
from orderdesk.i18n import _
from orderdesk.models import HistoryRow, OrderRow
from orderdesk.services.channels.stock_push import stores_read_once
from orderdesk.services.orders.events import StatusChanged
from orderdesk.services.orders.moving import MovingMixin
from orderdesk.services.row_ids import new_ids
from orderdesk.workflow import MoveRequest


@dataclass(frozen=True)
class BatchMove:
    """One order's move in a batch; ``shipment`` as for ``move`` (``add_shipment``'s keywords, by the
    move's actor unless it names another), attached only if the move is made."""

    number: str
    request: MoveRequest
    actor: domain.Actor
    shipment: dict[str, Any] | None = None


@dataclass(frozen=True)
class MoveOutcome:
    """What became of one move: the order after it (without history), or why it was refused."""

    number: str
    order: domain.OrderDetail | None = None
    error: OrderDeskError | None = None


class BatchMovingMixin(MovingMixin):
    def move_many(self, moves: Sequence[BatchMove]) -> list[MoveOutcome]:
        """Make ``moves`` in one transaction; one ``MoveOutcome`` per move, in the same order.

        A move the workflow refuses (``MoveRefused``, ``PermissionDenied``, a stale version, an
        unknown number) is reported in its outcome and changes nothing; the others are made.
        An order may appear once per batch: its next move is planned against this one's result
        by the caller's next batch. A database error rolls the whole batch back and raises.
        """
        numbers = [m.number.strip() for m in moves]
        if len(set(numbers)) != len(numbers):
            raise ValidationError(_("Each order can be moved once per batch."), field="number")
        if not moves:
            return []
        with self.db.session(write=True) as s:
            rows = _rows(s, numbers)
            done: list[tuple[HistoryRow, StatusChanged]] = []
            outcomes: list[tuple[str, OrderRow | None, OrderDeskError | None]] = []
            # No flush before every query of a move (the stock ledger asks which stores take stock
            # pushes): what a move reads that an earlier move of the batch may have changed (the
            # free shelf slots) is flushed where it is read.
            with s.no_autoflush, stores_read_once(s):
                for move, number in zip(moves, numbers, strict=True):
                    row = rows.get(number)
                    try:
                        if row is None:
                            raise NotFound(_("No order {n}. Check the number and try again.").format(n=number))
                        done.append(self._batch_move(s, row, move))
                        outcomes.append((number, row, None))
                    except OrderDeskError as exc:
                        outcomes.append((number, None, exc))
            _number_new_history(s)
            s.flush()  # every moved order, history row and hold in one go
            for entry, event in done:
                self._announce(s, entry, event)
            return [
                MoveOutcome(number, repository.to_detail(row) if row is not None else None, error)
                for number, row, error in outcomes
            ]

    def _batch_move(self, s: Session, row: OrderRow, move: BatchMove) -> tuple[HistoryRow, StatusChanged]:
        # Every check comes before the first change: a refusal leaves the row as it was.
        self._check_version(row, move.request.expected_version)
        return self._apply_move(s, row, move.request, move.actor, flush=False, shipment=move.shipment)


def _rows(s: Session, numbers: Sequence[str]) -> dict[str, OrderRow]:
    """The orders with what a move reads (lines, holds, shipments), a few statements per 500.

    PostgreSQL: the orders are locked (``FOR UPDATE``, in id order) and read as they are once
    the lock is held, so a desk that moved one meanwhile is waited for and its move is seen: that
    order's move is then planned against it (refused if it no longer fits), not lost at the flush.
    SQLite: the write transaction holds the database's lock; an order the session already holds
    (a batch of batches: ``Database.batch``, the demo's rounds) is taken as it is, since the session
    wrote every change to it, with its lines, holds and shipments; an expired one is read again."""
    sqlite = s.get_bind().dialect.name == "sqlite"
    found: dict[str, OrderRow] = {}
    for start in range(0, len(numbers), repository.BATCH_KEYS):
        chunk = numbers[start : start + repository.BATCH_KEYS]
        missing = []
        for number, order_id in s.execute(select(OrderRow.number, OrderRow.id).where(OrderRow.number.in_(chunk))):
            held = s.identity_map.get(identity_key(OrderRow, order_id)) if sqlite else None
            if held is not None and not _LOADED_WITH.intersection(inspect(held).unloaded):
                found[number] = held
            else:
                missing.append(order_id)
        if missing:
            stmt = (
                select(OrderRow)
                .where(OrderRow.id.in_(missing))
                .options(selectinload(OrderRow.lines), selectinload(OrderRow.holds), selectinload(OrderRow.shipments))
            )
            if not sqlite:
                stmt = stmt.order_by(OrderRow.id).with_for_update(of=OrderRow).execution_options(populate_existing=True)
            found.update((row.number, row) for row in s.scalars(stmt))
    return found


_LOADED_WITH = frozenset({"lines", "holds", "shipments"})


def _number_new_history(s: Session) -> None:
    """The batch's new history rows get their ids in the order they were made (as the rows of a
    single move would be numbered), so the flush writes them all with one executemany."""
    pending = [obj for obj in s.new if isinstance(obj, HistoryRow) and obj.id is None]
    pending.sort(key=lambda obj: inspect(obj).insert_order)
    for obj, new_id in zip(pending, new_ids(s, HistoryRow, len(pending)), strict=True):
        obj.id = new_id
