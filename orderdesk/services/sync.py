"""One tracking sync round: poll every active shipment, store events, move cards, raise holds.

Network calls run in a bounded thread pool (each carrier's own rate limiter paces them);
every database write happens on the calling thread, one shipment at a time, so no ORM
object crosses threads and there is one writer. Carrier codes become milestones through
``status_maps`` tables; cards move only forward along shipped -> in transit -> delivered /
returned, with history saying the carrier did it (``Actor.system("carrier:<name>")``).

Mismatches (the carrier says one thing, the desk another) are never silently overwritten: the order gets a ``carrier_mismatch``
hold with the evidence (the carrier says delivered while the order is cancelled; the order is
delivered/completed while the carrier says otherwise); a parcel with no event for
``carriers.stall_days`` gets a ``delayed`` hold. A hold raised for some evidence is not raised
again for the same evidence after a person resolved it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, or_, select

from orderdesk.db import Database
from orderdesk.domain import Actor
from orderdesk.errors import ConfigurationError, ConflictError, MoveRefused, OrderDeskError
from orderdesk.hold_reasons import hold_reason
from orderdesk.i18n import _
from orderdesk.models import OrderRow, ShipmentRow, utcnow
from orderdesk.models_extra import TrackingEventRow
from orderdesk.services.carriers import status_maps
from orderdesk.services.carriers.base import CarrierAuthError, TrackingEvent, TrackingResult
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.carriers.status_maps import FINAL, Milestone
from orderdesk.services.orders import OrderService
from orderdesk.services.return_shipments import is_return
from orderdesk.settings import Settings
from orderdesk.workflow import Hold, MoveRequest, Status

log = logging.getLogger(__name__)

# The forward path a carrier may walk a card along, and the order in which it does.
PATH: tuple[Status, ...] = (Status.PACKED, Status.SHIPPED, Status.IN_TRANSIT, Status.DELIVERED)
MOVABLE_FROM: frozenset[Status] = frozenset({Status.PACKED, Status.SHIPPED, Status.IN_TRANSIT})
# "The order says delivered or done" while the customer has nothing: a status mismatch to check.
DONE: frozenset[Status] = frozenset({Status.DELIVERED, Status.COMPLETED})
MAX_AGE_DAYS = 120  # shipments older than this are not polled any more
# A label can be bought while the order is still assembled: the carrier may move faster than the desk.
BEHIND: frozenset[Status] = frozenset(
    {Status.NEW, Status.CONFIRMED, Status.AWAITING_PAYMENT, Status.PAID, Status.ASSEMBLING}
)


@dataclass(frozen=True)
class ActiveShipment:
    """What a worker needs to poll one shipment: plain values, safe across threads."""

    id: int
    order_id: int
    order_number: str
    order_status: Status
    carrier: str
    external_id: str
    tracking_number: str
    created_at: datetime
    last_event_at: datetime | None
    return_number: str = ""  # a parcel coming back: its events go to the history, the order stays


@dataclass
class SyncSummary:
    shipments: int = 0
    polled: int = 0
    new_events: int = 0
    moved: list[tuple[str, str, str]] = field(default_factory=list)  # (order, from, to)
    holds: list[tuple[str, str, str]] = field(default_factory=list)  # (order, kind, reason)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (order or "", carrier, message)
    blocked: list[tuple[str, str]] = field(default_factory=list)  # (order, why a move was refused)
    # Carriers with shipments but no settings or secrets yet: a setup step, not a failure.
    not_set_up: list[tuple[str, str]] = field(default_factory=list)  # (carrier, what to set)
    seconds: float = 0.0
    requests: int = 0

    def lines(self) -> list[str]:
        out = [
            _("{n} shipments polled of {t} in {s:.1f} s; {e} new tracking events.").format(
                n=self.polled, t=self.shipments, s=self.seconds, e=self.new_events
            )
        ]
        out += [_("{o}: {a} → {b}").format(o=o, a=a, b=b) for o, a, b in self.moved]
        out += [_("{o}: hold '{k}': {r}").format(o=o, k=k, r=r) for o, k, r in self.holds]
        out += [_("{o}: not moved: {w}").format(o=o, w=w) for o, w in self.blocked]
        out += [_("{o} ({c}): {m}").format(o=o or "-", c=c, m=m) for o, c, m in self.errors]
        if self.not_set_up:
            out.append(
                _("Carriers not set up: {c}. Set them up in Carriers → Carrier settings.").format(
                    c=", ".join(c for c, _m in self.not_set_up)
                )
            )
            out += [f"  {c}: {m}" for c, m in self.not_set_up]
        return out


def _naive(dt: datetime) -> datetime:
    return dt.astimezone(UTC).replace(tzinfo=None) if dt.tzinfo else dt


def round_due(last_round_at: datetime | None, interval_minutes: int, now: datetime | None = None) -> bool:
    """Whether the background schedule (``carriers.sync_interval_minutes``) wants a round now."""
    if last_round_at is None:
        return True
    return _naive(now or utcnow()) - _naive(last_round_at) >= timedelta(minutes=max(1, interval_minutes))


def freshness(last_synced_at: datetime | None, now: datetime | None = None) -> str:
    """'tracking updated 5 min ago' for a shipment card or the order's timeline."""
    if last_synced_at is None:
        return _("tracking not checked yet")
    now = now or utcnow()
    minutes = int((_naive(now) - _naive(last_synced_at)).total_seconds() // 60)
    if minutes < 1:
        return _("tracking updated just now")
    if minutes < 120:
        return _("tracking updated {m} min ago").format(m=minutes)
    if minutes < 48 * 60:
        return _("tracking updated {h} h ago").format(h=minutes // 60)
    return _("tracking updated {d} days ago").format(d=minutes // 1440)


class TrackingSync:
    def __init__(
        self,
        db: Database,
        orders: OrderService,
        registry: CarrierRegistry,
        *,
        settings: Settings | None = None,
        max_workers: int | None = None,
        stall_days: int | None = None,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.orders = orders
        self.registry = registry
        settings = settings or Settings(db)
        self.max_workers = max_workers or int(settings.get("carriers.sync_concurrency"))
        self.stall_days = stall_days if stall_days is not None else int(settings.get("carriers.stall_days"))
        self.now = now

    # ------------------------------------------------------------------------------ reading
    def active_shipments(self, carriers: Iterable[str] | None = None) -> list[ActiveShipment]:
        """Shipments whose tracking can still change: not cancelled, not final, not ancient."""
        tracked = [c for c in (carriers or ("cdek", "inpost", "easypost")) if c not in ("own_courier", "pickup")]
        final = [m.value for m in FINAL]
        cutoff = _naive(self.now()) - timedelta(days=MAX_AGE_DAYS)
        last_event = (
            select(TrackingEventRow.shipment_id, func.max(TrackingEventRow.at).label("last_at"))
            .group_by(TrackingEventRow.shipment_id)
            .subquery()
        )
        query = (
            select(ShipmentRow, OrderRow.number, OrderRow.status, last_event.c.last_at)
            .join(OrderRow, OrderRow.id == ShipmentRow.order_id)
            .outerjoin(last_event, last_event.c.shipment_id == ShipmentRow.id)
            .where(
                ShipmentRow.cancelled.is_(False),
                ShipmentRow.carrier.in_(tracked),
                # A final parcel is polled on while its order has not caught up (a hold blocked the
                # move, or the label was bought while assembling): the next round moves it along.
                or_(ShipmentRow.status.not_in(final), OrderRow.status.in_([x.value for x in BEHIND | MOVABLE_FROM])),
                ShipmentRow.created_at >= cutoff,
            )
            .order_by(ShipmentRow.last_synced_at.is_not(None), ShipmentRow.last_synced_at, ShipmentRow.id)
        )
        with self.db.session() as s:
            return [
                ActiveShipment(
                    sh.id,
                    sh.order_id,
                    number,
                    Status(status),
                    sh.carrier,
                    sh.external_id,
                    sh.tracking_number,
                    sh.created_at,
                    last_at,
                    str((sh.details or {}).get("return_number") or "") if is_return(sh.details) else "",
                )
                for sh, number, status, last_at in s.execute(query)
            ]

    # ------------------------------------------------------------------------------ a round
    def run_round(
        self,
        progress: Callable[[int, int], None] | None = None,
        carriers: Iterable[str] | None = None,
    ) -> SyncSummary:
        started = time.monotonic()
        summary = SyncSummary()
        shipments = self.active_shipments(carriers)
        summary.shipments = len(shipments)
        clients = {}
        for name in sorted({s.carrier for s in shipments}):
            try:
                clients[name] = self.registry.get(name)
            except ConfigurationError as exc:
                summary.not_set_up.append((name, str(exc)))
            except OrderDeskError as exc:
                summary.errors.append(("", name, str(exc)))
        queue = _interleave([s for s in shipments if s.carrier in clients])
        failed_carriers: set[str] = set()
        done = 0
        with ThreadPoolExecutor(max_workers=self.max_workers, thread_name_prefix="tracking") as pool:
            pending: dict[Future, ActiveShipment] = {}
            it = iter(queue)

            def submit_next() -> None:
                for ref in it:
                    if ref.carrier in failed_carriers:
                        continue
                    pending[pool.submit(clients[ref.carrier].track, ref.external_id, ref.tracking_number)] = ref
                    return

            # Keep a bounded number in flight; the rest wait in our queue, not in the pool.
            for _i in range(self.max_workers * 2):
                submit_next()
            while pending:
                finished, _rest = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    ref = pending.pop(future)
                    try:
                        result = future.result()
                    except CarrierAuthError as exc:
                        failed_carriers.add(ref.carrier)  # no point asking again with the same key
                        summary.errors.append((ref.order_number, ref.carrier, str(exc)))
                        self._record_error(ref, str(exc))
                    except OrderDeskError as exc:
                        summary.errors.append((ref.order_number, ref.carrier, str(exc)))
                        self._record_error(ref, str(exc))
                    else:
                        summary.polled += 1
                        try:
                            self.apply(ref, result, summary)
                        except ConflictError:
                            summary.blocked.append((ref.order_number, _("changed meanwhile; next round")))
                    done += 1
                    if progress:
                        progress(done, len(queue))
                    submit_next()
        for client in clients.values():
            stats = getattr(getattr(client, "http", None), "stats", None)
            if stats:
                summary.requests += stats.get("requests", 0)
        summary.seconds = time.monotonic() - started
        return summary

    def _record_error(self, ref: ActiveShipment, message: str) -> None:
        # Freshness is not advanced: the card shows how old its tracking really is.
        with self.db.session(write=True) as s:
            row = s.get(ShipmentRow, ref.id)
            if row is not None:
                row.details = {
                    **(row.details or {}),
                    "last_error": message[:300],
                    "last_error_at": utcnow().isoformat(),
                }

    # ------------------------------------------------------------------------------ applying
    def apply(self, ref: ActiveShipment, result: TrackingResult, summary: SyncSummary | None = None) -> None:
        """Store new events, then move the card and/or raise holds. Runs on the caller's thread."""
        summary = summary or SyncSummary()
        table = ref.carrier
        new_events = self._store_events(ref, result)
        summary.new_events += len(new_events)

        current = result.current_code or (result.latest.code if result.latest else "")
        current_map = status_maps.lookup(table, current) if current else None
        # The newest event that says where the parcel is (INFO/EXCEPTION do not).
        progress_map = None
        progress_event = None
        for event in reversed(result.events):
            mapping = status_maps.lookup(table, event.code)
            if status_maps.target_status(mapping) is not None or mapping.milestone in FINAL:
                progress_map, progress_event = mapping, event
                break
        if current_map is not None and (current_map.milestone in FINAL or status_maps.target_status(current_map)):
            progress_map = current_map
        latest_at = result.latest.at if result.latest else None

        with self.db.session(write=True) as s:
            row = s.get(ShipmentRow, ref.id)
            if row is not None:
                if progress_map is not None:
                    row.status = progress_map.milestone.value
                row.last_synced_at = utcnow()
                details = dict(row.details or {})
                details.pop("last_error", None)
                details.pop("last_error_at", None)
                if current:
                    details["carrier_status"] = current
                if latest_at:
                    details["last_event_at"] = _naive(latest_at).isoformat()
                row.details = details
            raised = set((row.details or {}).get("raised", [])) if row is not None else set()
            if ref.return_number:
                return  # its events went into the history with them (_store_events)

        actor = Actor.system(f"carrier:{ref.carrier}")
        order = self.orders.get(ref.order_number, with_history=False)
        status = Status(order.status)
        active_holds = {h.kind for h in order.active_holds}
        evidence_base = {"carrier": ref.carrier, "tracking_number": ref.tracking_number, "shipment_id": ref.id}
        new_raised: list[str] = []

        def hold(kind: Hold, coded: tuple[str, dict], key: str, evidence: dict) -> None:
            # ``coded``: hold_reasons.hold_reason(...), rendered in each reader's language.
            if key in raised or kind.value in active_holds:
                return
            reason, reason_details = coded
            details = {**evidence_base, **evidence, **reason_details}
            self.orders.add_hold(ref.order_number, kind, reason, actor, details=details)
            active_holds.add(kind.value)
            new_raised.append(key)
            summary.holds.append((ref.order_number, kind.value, reason))

        # 1. A problem the carrier reports now (wrong address, not delivered...) -> a hold. Only the
        #    newest event counts (an old problem since overtaken is history), and the "raised" keys
        #    make this safe to repeat after a crash between storing events and raising holds.
        latest = result.latest
        if latest is not None:
            mapping = status_maps.lookup(table, latest.code)
            if mapping.hold is not None and status in MOVABLE_FROM | DONE:
                reason = hold_reason(
                    "carrier_reports", c=ref.carrier, d=latest.description or latest.code, code=latest.code
                )
                hold(
                    mapping.hold,
                    reason,
                    f"{mapping.hold.value}:{latest.code}:{latest.at.isoformat()}",
                    _event_evidence(latest),
                )

        milestone = progress_map.milestone if progress_map else None
        target = status_maps.target_status(progress_map) if progress_map else None
        evidence = _event_evidence(progress_event) if progress_event else {"carrier_status": current}

        # 2. Mismatches (carrier and desk disagree): never overwrite, raise a hold with the evidence.
        if status is Status.CANCELLED and milestone is Milestone.DELIVERED:
            hold(
                Hold.CARRIER_MISMATCH,
                hold_reason("delivered_but_cancelled"),
                f"mismatch:cancelled-delivered:{current}",
                evidence,
            )
        elif milestone is Milestone.CANCELLED and status in MOVABLE_FROM | DONE:
            hold(
                Hold.CARRIER_MISMATCH,
                hold_reason("carrier_cancelled", s=status.value),
                f"mismatch:{status.value}-cancelled:{current}",
                evidence,
            )
        elif status in DONE and milestone is not None and milestone is not Milestone.DELIVERED and result.events:
            hold(
                Hold.CARRIER_MISMATCH,
                hold_reason("status_differs", s=status.value, c=current or milestone.value),
                f"mismatch:{status.value}-{current}",
                evidence,
            )
        # The carrier has the parcel, the desk still assembles it: say so rather than jump past packing.
        elif status in BEHIND and target is not None and target is not Status.RETURNED:
            hold(
                Hold.CARRIER_MISMATCH,
                hold_reason("carrier_ahead", c=ref.carrier, d=str(current or milestone), s=status.value),
                f"mismatch:{status.value}-{current}",
                evidence,
            )
        # 3. Move the card forward.
        elif status in MOVABLE_FROM and target is not None:
            for step in _steps(status, target):
                reason = _("{c}: {d}").format(
                    c=ref.carrier, d=(progress_event.description if progress_event else current) or current
                )
                try:
                    self.orders.move(ref.order_number, MoveRequest(step, reason=reason), actor)
                except MoveRefused as exc:
                    summary.blocked.append((ref.order_number, str(exc)))
                    break
                summary.moved.append((ref.order_number, status.value, step.value))
                status = step

        # 4. Stalled parcels.
        last_at = _naive(latest_at) if latest_at else ref.last_event_at or ref.created_at
        if (
            status in (Status.SHIPPED, Status.IN_TRANSIT)
            and (milestone is None or milestone not in FINAL)
            and _naive(self.now()) - last_at > timedelta(days=self.stall_days)
        ):
            days = (_naive(self.now()) - last_at).days
            hold(
                Hold.DELAYED,
                hold_reason("no_tracking_event", d=days, c=current),
                f"stalled:{last_at.isoformat()}",
                {"last_event_at": last_at.isoformat(), "carrier_status": current, "days": days},
            )

        if new_raised:
            with self.db.session(write=True) as s:
                row = s.get(ShipmentRow, ref.id)
                if row is not None:
                    details = dict(row.details or {})
                    details["raised"] = sorted(set(details.get("raised", [])) | set(new_raised))
                    row.details = details

    def _note_return_events(self, s, ref: ActiveShipment, events: list[TrackingEvent]) -> None:
        """A return parcel's new events, one history row each, in the round's transaction; its
        order is not moved and gets no carrier hold (those rules are for the parcel going out)."""
        from orderdesk.models import HistoryRow

        for event in events:
            milestone = status_maps.lookup(ref.carrier, event.code).milestone.value
            where = f" ({event.location})" if event.location else ""
            s.add(HistoryRow(order_id=ref.order_id, at=utcnow(), actor=f"carrier:{ref.carrier}", role="system",
                             kind="return parcel", from_value=ref.return_number, to_value=milestone[:100],
                             reason=_("Return parcel {t}: {d}{w}").format(t=ref.tracking_number, d=event.description or event.code, w=where),
                             details={"shipment_id": ref.id, "code": event.code, "at": _naive(event.at).isoformat()}))  # fmt: skip

    def _store_events(self, ref: ActiveShipment, result: TrackingResult) -> list[TrackingEvent]:
        """Insert events not stored yet; return them (oldest first)."""
        with self.db.session(write=True) as s:
            seen = {
                (at, code)
                for at, code in s.execute(
                    select(TrackingEventRow.at, TrackingEventRow.code).where(TrackingEventRow.shipment_id == ref.id)
                )
            }
            new = []
            for event in result.events:
                key = (_naive(event.at), event.code)
                if key in seen:
                    continue
                seen.add(key)
                mapping = status_maps.lookup(ref.carrier, event.code)
                s.add(
                    TrackingEventRow(
                        shipment_id=ref.id,
                        at=key[0],
                        code=event.code[:80],
                        description=event.description,
                        location=event.location[:200],
                        mapped_status=mapping.milestone.value,
                        raw=_jsonable(event.raw),
                    )
                )
                new.append(event)
            if ref.return_number:
                self._note_return_events(s, ref, new)
            return new


@dataclass(frozen=True)
class StoredEvent:
    """A tracking event as the order's timeline shows it (plain, thread-safe)."""

    shipment_id: int
    carrier: str
    tracking_number: str
    at: datetime  # naive UTC, like every stored timestamp
    code: str
    description: str
    location: str
    milestone: str


def tracking_events(db: Database, order_number: str) -> list[StoredEvent]:
    """Every stored tracking event of an order's shipments, oldest first (for the timeline)."""
    query = (
        select(TrackingEventRow, ShipmentRow.carrier, ShipmentRow.tracking_number)
        .join(ShipmentRow, ShipmentRow.id == TrackingEventRow.shipment_id)
        .join(OrderRow, OrderRow.id == ShipmentRow.order_id)
        .where(OrderRow.number == order_number)
        .order_by(TrackingEventRow.at, TrackingEventRow.id)
    )
    with db.session() as s:
        return [
            StoredEvent(e.shipment_id, carrier, tn, e.at, e.code, e.description, e.location, e.mapped_status)
            for e, carrier, tn in s.execute(query)
        ]


def _steps(current: Status, target: Status) -> list[Status]:
    """The forward moves from ``current`` to ``target`` (e.g. packed -> shipped -> in transit)."""
    if target is Status.RETURNED:
        if current is Status.PACKED:
            return []  # never handed over: nothing to return
        return [Status.RETURNED]
    if current not in PATH or target not in PATH:
        return []
    i, j = PATH.index(current), PATH.index(target)
    if j <= i:
        return []
    steps = list(PATH[i + 1 : j + 1])
    # shipped -> delivered is allowed directly; keep in transit only when it is the target.
    if Status.IN_TRANSIT in steps and target is Status.DELIVERED:
        steps.remove(Status.IN_TRANSIT)
    return steps


def _event_evidence(event: TrackingEvent) -> dict:
    return {
        "code": event.code,
        "description": event.description,
        "location": event.location,
        "at": event.at.isoformat(),
    }


def _interleave(items: list[ActiveShipment]) -> list[ActiveShipment]:
    """Round-robin by carrier so one slow or strict carrier does not starve the others."""
    by_carrier: dict[str, list[ActiveShipment]] = {}
    for item in items:
        by_carrier.setdefault(item.carrier, []).append(item)
    out: list[ActiveShipment] = []
    lists = list(by_carrier.values())
    for i in range(max((len(v) for v in lists), default=0)):
        out.extend(v[i] for v in lists if i < len(v))
    return out


def _jsonable(value):
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)
