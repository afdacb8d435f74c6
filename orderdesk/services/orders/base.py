"""What every part of the order service shares: the database, listeners, finding a row, history."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import Select, bindparam, insert, select
from sqlalchemy.orm import Session, joinedload

from orderdesk import domain, repository
from orderdesk.db import Database
from orderdesk.errors import ConflictError, NotFound
from orderdesk.i18n import _
from orderdesk.limits import MAX_NOTES, check_column, check_text
from orderdesk.models import HistoryRow, HoldRow, OrderRow, utcnow
from orderdesk.services.orders.events import Listener
from orderdesk.workflow import Hold


@cache
def _with_children() -> Select:
    """The order by number with its lines, holds, shipments and store: built once, so each move skips
    building the statement and its cache key (a move's CPU is mostly SQLAlchemy's)."""
    return (
        select(OrderRow)
        .where(OrderRow.number == bindparam("number"))
        .options(
            joinedload(OrderRow.lines),
            joinedload(OrderRow.holds),
            joinedload(OrderRow.shipments),
            # A store's order: the store pushes and the moved order's detail read its channel.
            joinedload(OrderRow.channel),
        )
    )


@dataclass
class ServiceConfig:
    default_country: str = "PL"
    shelf_slots: int = 200  # pickup shelf slots A001..; the lowest free one is given out


class OrderServiceBase:
    def __init__(self, db: Database, listeners: Iterable[Listener] = (), config: ServiceConfig | None = None) -> None:
        self.db = db
        self.listeners: list[Listener] = list(listeners)
        self.config = config or ServiceConfig()

    def record_history(
        self,
        number: str,
        kind: str,
        actor: domain.Actor,
        to_value: str = "",
        reason: str = "",
        details: dict | None = None,
    ) -> domain.HistoryEntry:
        """Log something that happened to an order (a print, a label, a message) in its history."""
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            return repository.to_history(
                self._history(s, row, actor, kind, to_value=to_value, reason=reason, details=details)
            )

    def record_history_many(
        self,
        numbers: Sequence[str],
        kind: str,
        actor: domain.Actor,
        to_value: str = "",
        reason: str = "",
        details: dict | None = None,
    ) -> int:
        """The same history entry for many orders (a batch print) in ONE transaction; returns how many.

        All or nothing: an unknown number raises NotFound and writes no entry.
        """
        wanted = list(dict.fromkeys(n.strip() for n in numbers))
        if not wanted:
            return 0
        at = utcnow()
        with self.db.session(write=True) as s:
            ids: dict[str, int] = {}
            for start in range(0, len(wanted), repository.BATCH_KEYS):
                chunk = wanted[start : start + repository.BATCH_KEYS]
                ids.update(
                    (n, i) for n, i in s.execute(select(OrderRow.number, OrderRow.id).where(OrderRow.number.in_(chunk)))
                )
            missing = next((n for n in wanted if n not in ids), None)
            if missing is not None:
                raise NotFound(_("No order {n}. Check the number and try again.").format(n=missing))
            base = {
                "at": at,
                "actor": actor.name,
                "role": actor.role.value,
                "kind": kind,
                "from_value": "",
                "to_value": str(to_value),
                "reason": reason,
            }
            s.execute(
                insert(HistoryRow), [{**base, "order_id": ids[n], "details": dict(details or {})} for n in wanted]
            )
        return len(wanted)

    # ------------------------------------------------------------------ internals
    def _row(self, s: Session, number: str, *, with_children: bool = False) -> OrderRow:
        """The order's row; ``with_children`` loads its lines, holds and shipments in the same query
        (a move reads all three, and an order has few of each, so the join stays small: three round
        trips fewer)."""
        wanted = number.strip().replace("\x00", "")
        if with_children:
            row = s.execute(_with_children(), {"number": wanted}).unique().scalar_one_or_none()
        else:
            row = s.scalar(select(OrderRow).where(OrderRow.number == wanted))
        if row is None:
            raise NotFound(_("No order {n}. Check the number and try again.").format(n=number))
        return row

    def _detail(self, s: Session, row: OrderRow, with_history: bool) -> domain.OrderDetail:
        history = (
            s.scalars(select(HistoryRow).where(HistoryRow.order_id == row.id).order_by(HistoryRow.id)).all()
            if with_history
            else ()
        )
        return repository.to_detail(row, history)

    @staticmethod
    def _check_version(row: OrderRow, expected: int | None) -> None:
        if expected is not None and row.version != expected:
            raise ConflictError(
                _(
                    "Order {n} was changed by someone else meanwhile. It has been reloaded: check it and try again."
                ).format(n=row.number)
            )

    def _history(
        self,
        s: Session,
        row: OrderRow,
        actor: domain.Actor,
        kind: str,
        *,
        from_value: str = "",
        to_value: str = "",
        reason: str = "",
        details: dict | None = None,
        at: datetime | None = None,
        flush: bool = True,
    ) -> HistoryRow:
        """A history row for ``row``; ``flush=False`` leaves it pending (a batch flushes once for all)."""
        # The person's name and the reason are typed by people: the same limits on every database.
        check_column(actor.name, _("user name"), HistoryRow.actor, "user")
        check_text(reason, _("reason"), MAX_NOTES, "reason")
        if row.id is None:
            s.flush()
        entry = HistoryRow(
            order_id=row.id,
            at=at or utcnow(),
            actor=actor.name,
            role=actor.role.value,
            kind=kind,
            from_value=str(from_value),
            to_value=str(to_value),
            reason=reason,
            details=details or {},
        )
        s.add(entry)
        if flush:
            s.flush()
        return entry

    def _add_hold(
        self,
        s: Session,
        row: OrderRow,
        kind: Hold,
        reason: str,
        actor: domain.Actor,
        details: dict,
        *,
        flush: bool = True,
    ) -> HoldRow:
        for hold in row.holds:
            if hold.kind == kind.value and hold.resolved_at is None:
                return hold  # already held for this; one flag is enough
        hold = HoldRow(kind=kind.value, reason=reason, details=details, created_by=actor.name, created_at=utcnow())
        row.holds.append(hold)
        self._history(s, row, actor, "hold", to_value=kind.value, reason=reason, details=details, flush=flush)
        return hold
