"""Reading orders: ORM rows in, plain ``domain`` objects out."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, Select, String, and_, bindparam, column, func, or_, select, table, text
from sqlalchemy.orm import Session

from orderdesk import domain
from orderdesk.hold_reasons import render_reason
from orderdesk.models import (
    ChannelRow,
    CustomerRow,
    HistoryRow,
    HoldRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    ShipmentRow,
)
from orderdesk.money import Money
from orderdesk.search import fts_expression, index_key, query_terms
from orderdesk.workflow import PaymentMethod, Status


def to_customer(row: CustomerRow) -> domain.Customer:
    return domain.Customer(
        id=row.id,
        name=row.name,
        phone=row.phone,
        email=row.email,
        language=row.language,
        sms_opt_out=row.sms_opt_out,
        email_opt_out=row.email_opt_out,
        phone_invalid=row.phone_invalid,
        vip=bool(row.vip),
    )


def to_product(row: ProductRow) -> domain.Product:
    return domain.Product(
        id=row.id,
        sku=row.sku,
        name=row.name,
        price=Money(row.price_minor, row.currency),
        barcode=row.barcode,
        weight_g=row.weight_g,
        stock_on_hand=row.stock_on_hand,
        reserved=row.reserved,
        bin_location=row.bin_location,
        barcodes=tuple(b.code for b in row.barcodes),
        supplier=row.supplier or "",
        reorder_point=row.reorder_point or 0,
        reorder_quantity=row.reorder_quantity or 0,
        archived=bool(row.archived),
    )


def to_line(row: OrderLineRow, currency: str) -> domain.OrderLine:
    product = row.product
    return domain.OrderLine(
        id=row.id,
        sku=row.sku,
        name=row.name,
        quantity=row.quantity,
        unit_price=Money(row.unit_price_minor, currency),
        weight_g=row.weight_g,
        barcode=product.barcode if product else "",
        bin_location=product.bin_location if product else "",
        reserved=row.reserved,
    )


def to_hold(row: HoldRow) -> domain.HoldInfo:
    return domain.HoldInfo(
        id=row.id,
        kind=row.kind,
        reason=render_reason(row.reason, row.details),  # the app's own reasons in the reader's language
        created_at=row.created_at,
        created_by=row.created_by,
        resolved_at=row.resolved_at,
        resolved_by=row.resolved_by,
    )


def to_shipment(row: ShipmentRow) -> domain.Shipment:
    return domain.Shipment(
        id=row.id,
        carrier=row.carrier,
        service=row.service,
        tracking_number=row.tracking_number,
        status=row.status,
        created_at=row.created_at,
        external_id=row.external_id,
        label_path=row.label_path,
        label_format=row.label_format,
        last_synced_at=row.last_synced_at,
        cancelled=row.cancelled,
        return_number=str((row.details or {}).get("return_number") or "")
        if (row.details or {}).get("direction") == "return"
        else "",
    )


def to_history(row: HistoryRow) -> domain.HistoryEntry:
    return domain.HistoryEntry(
        id=row.id,
        at=row.at,
        actor=row.actor,
        role=row.role,
        kind=row.kind,
        from_value=row.from_value,
        to_value=row.to_value,
        reason=row.reason,
        details=dict(row.details or {}),
    )


def to_detail(row: OrderRow, history: Sequence[HistoryRow] = ()) -> domain.OrderDetail:
    return domain.OrderDetail(
        id=row.id,
        number=row.number,
        status=Status(row.status),
        version=row.version,
        external_id=row.external_id,
        source=row.source,
        created_at=row.created_at,
        status_changed_at=row.status_changed_at,
        customer=to_customer(row.customer),
        address=domain.Address(
            recipient=row.recipient,
            line1=row.address_line1,
            line2=row.address_line2,
            city=row.city,
            postcode=row.postcode,
            region=row.region,
            country=row.country,
        ),
        delivery_method=row.delivery_method,
        pickup_point_code=row.pickup_point_code,
        payment_method=PaymentMethod(row.payment_method),
        currency=row.currency,
        shipping_fee_minor=row.shipping_fee_minor,
        amount_paid_minor=row.amount_paid_minor,
        refund_due=row.refund_due,
        lines=tuple(to_line(line, row.currency) for line in row.lines),
        holds=tuple(to_hold(h) for h in row.holds),
        shipments=tuple(to_shipment(s) for s in row.shipments),
        history=tuple(to_history(h) for h in history),
        notes=row.notes,
        pickup_code=row.pickup_code,
        shelf_slot=row.shelf_slot,
        pickup_failures=row.pickup_failures,
        channel=to_channel_info(row),
        priority=bool(row.priority),
        assigned_to=row.assigned_to or "",
    )


def to_channel_info(row: OrderRow) -> domain.ChannelInfo | None:
    if row.channel_id is None or row.channel is None:
        return None
    return domain.ChannelInfo(
        name=row.channel.name,
        kind=row.channel.kind,
        external_id=row.external_id,
        external_number=row.external_number,
        store_status=row.store_status,
    )


# Ids per IN (...) list: well under SQLite's bound-parameter limit and a short PostgreSQL plan.
BATCH_KEYS = 500


@dataclass(frozen=True)
class OrderFilter:
    """What the board, the list and the CLI filter on; every field optional."""

    statuses: tuple[Status, ...] = ()
    search: str = ""
    holds_only: bool = False
    delivery_methods: tuple[str, ...] = ()
    payment_methods: tuple[str, ...] = ()
    unpaid_only: bool = False
    paid_only: bool = False  # paid in full (nothing left to collect)
    created_from: datetime | None = None
    created_to: datetime | None = None
    assigned_to: str = ""  # "My orders": only the orders assigned to this person
    # With holds_only ("Needs attention"): also the orders waiting in a status since before its
    # moment here (the late rule, workflow.late_targets): ((status, moment), ...).
    late_since: tuple[tuple[Status, datetime], ...] = ()


_SUMMARY_COLUMNS = (
    OrderRow.id,
    OrderRow.number,
    OrderRow.status,
    OrderRow.version,
    OrderRow.customer_name,
    OrderRow.total_minor,
    OrderRow.amount_paid_minor,
    OrderRow.currency,
    OrderRow.item_count,
    OrderRow.created_at,
    OrderRow.status_changed_at,
    OrderRow.payment_method,
    OrderRow.delivery_method,
    OrderRow.tracking_number,
    OrderRow.hold_count,
    OrderRow.external_id,
    OrderRow.refund_due,
    OrderRow.channel_id,
    OrderRow.store_status,
    OrderRow.priority,
    OrderRow.assigned_to,
)


def apply_filter(
    stmt: Select, flt: OrderFilter, *, sqlite: bool, scan: bool = False, terms: Sequence[Any] | None = None
) -> Select:
    """Add the filter's conditions to ``stmt``.

    ``scan``: match search terms by reading the rows the other conditions select (the board's
    few thousand active orders) instead of the full-text index, whose matches for a short
    fragment span every order ever stored.
    ``terms``: with ``scan``, the search terms to match instead of the filter's (bound parameters
    of a statement built once and run for every keystroke, ``first_ids_by_status``).
    """
    if flt.statuses:
        stmt = stmt.where(OrderRow.status.in_([str(s) for s in flt.statuses]))
    if flt.holds_only and flt.late_since:
        late = [
            and_(OrderRow.status == Status(st).value, OrderRow.status_changed_at <= since)
            for st, since in flt.late_since
        ]
        stmt = stmt.where(or_(OrderRow.hold_count > 0, *late))
    elif flt.holds_only:
        stmt = stmt.where(OrderRow.hold_count > 0)
    if flt.delivery_methods:
        stmt = stmt.where(OrderRow.delivery_method.in_(flt.delivery_methods))
    if flt.payment_methods:
        stmt = stmt.where(OrderRow.payment_method.in_(flt.payment_methods))
    if flt.unpaid_only:
        stmt = stmt.where(OrderRow.amount_paid_minor < OrderRow.total_minor)
    if flt.paid_only:
        stmt = stmt.where(OrderRow.amount_paid_minor >= OrderRow.total_minor)
    if flt.created_from:
        stmt = stmt.where(OrderRow.created_at >= flt.created_from)
    if flt.created_to:
        stmt = stmt.where(OrderRow.created_at < flt.created_to)
    if flt.assigned_to:
        stmt = stmt.where(OrderRow.assigned_to == flt.assigned_to)
    if terms is None or not scan:
        terms = query_terms(flt.search)
    if terms and scan and sqlite:
        # search_text and the terms are both folded: a plain substring test, no lower() per row.
        for term in terms:
            stmt = stmt.where(func.instr(OrderRow.search_text, term) > 0)
    elif terms and sqlite:
        long_terms = [t for t in terms if len(t) >= 3]
        if long_terms:
            fts = text("SELECT rowid FROM orders_fts WHERE orders_fts MATCH :fts").bindparams(
                fts=fts_expression(long_terms)
            )
            stmt = stmt.where(OrderRow.id.in_(fts.columns(column("rowid", Integer))))
        for term in [t for t in terms if len(t) < 3]:
            stmt = stmt.where(func.instr(OrderRow.search_text, term) > 0)
    elif terms:
        # PostgreSQL: one LIKE on the query's most telling fragment goes through the trigram index
        # (migration 0006_pg_trgm); every term is then checked as a plain substring. Giving the
        # index all the terms' trigrams ("anna", "example", ".pl") made it read the posting lists
        # of trigrams that half the orders have. Both sides are folded, so no lower() per row.
        key = None if scan else index_key(terms)  # a scan's terms may be parameters, not text
        if key:
            stmt = stmt.where(OrderRow.search_text.like(f"%{key}%"))
        for term in terms:
            stmt = stmt.where(func.strpos(OrderRow.search_text, term) > 0)
    return stmt


# The SQLite full-text index over ``orders.search_text`` (trigram FTS5, rowid = orders.id).
_FTS = table("orders_fts", column("rowid", Integer))
# Trigram rarity is judged on a sample of the orders: SAMPLE_SPANS runs of SAMPLE_SPAN ids spread
# over all of them (identifiers grow with the id, so the newest orders alone would misjudge them).
SAMPLE_SPANS = 8
SAMPLE_SPAN = 1_000
_trigram_counts: dict[str, int] = {}  # trigram -> matches in the sample (only steers the plan)
# One statement of a fixed shape (prepared once): FTS5 seeks to each span by rowid.
_SAMPLE_COUNT = text(
    "SELECT "
    + " + ".join(
        f"(SELECT count(*) FROM orders_fts WHERE orders_fts MATCH :g AND rowid > :lo{n} AND rowid <= :hi{n})"
        for n in range(SAMPLE_SPANS)
    )
)


def _trigrams(term: str) -> list[str]:
    """The term's trigrams, every third one and the last: enough to find its rare parts."""
    grams = [term[i : i + 3] for i in range(0, len(term) - 2, 3)]
    if len(term) % 3:
        grams.append(term[-3:])
    return grams


def _rarest_trigrams(session: Session, terms: Sequence[str], per_term: int = 2) -> list[str]:
    """Each term's ``per_term`` rarest trigrams in the sample (counts cached for the process)."""
    unknown = sorted({g for t in terms for g in _trigrams(t)} - _trigram_counts.keys())
    if unknown:
        top = session.scalar(select(func.max(OrderRow.id))) or 0
        step = max(top // SAMPLE_SPANS, SAMPLE_SPAN)
        spans = {}
        for n in range(SAMPLE_SPANS):
            lo = max(top - step * (n + 1), 0)
            spans[f"lo{n}"], spans[f"hi{n}"] = lo, lo + SAMPLE_SPAN
        found = [session.scalar(_SAMPLE_COUNT, {"g": fts_expression([g]), **spans}) or 0 for g in unknown]
        if len(_trigram_counts) > 50_000:
            _trigram_counts.clear()  # a plain bound; the counts only steer the plan, never the result
        _trigram_counts.update(zip(unknown, found, strict=True))
    chosen: list[str] = []
    for term in terms:
        chosen += sorted(set(_trigrams(term)), key=lambda g: (_trigram_counts.get(g, 0), g))[:per_term]
    return list(dict.fromkeys(chosen))


def _top_matches(session: Session, flt: OrderFilter, limit: int, offset: int) -> list[int]:
    """Newest matches first, bounded: the full-text index is walked newest first and stops at ``limit``.

    The index is asked for the two rarest trigrams of each term (a phrase query over every
    trigram makes FTS5 read the huge lists of "000" or "tr0" in full: 80 ms at a million
    orders for one tracking number), and each candidate is checked against the whole term with
    a substring test on the folded text, so the result is the same as the phrase match.
    """
    terms = query_terms(flt.search)
    rare = _rarest_trigrams(session, [t for t in terms if len(t) >= 3])
    stmt = apply_filter(select(OrderRow.id), replace(flt, search=""), sqlite=True)
    stmt = stmt.join_from(OrderRow, _FTS, _FTS.c.rowid == OrderRow.id)
    stmt = stmt.where(text("orders_fts MATCH :fts").bindparams(fts=fts_expression(rare)))
    for term in terms:  # search_text and the terms are both folded
        stmt = stmt.where(func.instr(OrderRow.search_text, term) > 0)
    stmt = stmt.order_by(_FTS.c.rowid.desc()).limit(limit).offset(offset)
    return list(session.scalars(stmt))


def query_ids(
    session: Session, flt: OrderFilter, *, sqlite: bool, limit: int | None = None, offset: int = 0, scan: bool = False
) -> list[int]:
    """Ids of matching orders, newest first (the board fetches their rows lazily).

    A SQLite full-text search with a limit is a bounded top-k (``_top_matches``): its cost does
    not grow with how many orders match in all.
    """
    if sqlite and not scan and limit is not None and any(len(t) >= 3 for t in query_terms(flt.search)):
        return _top_matches(session, flt, limit, offset)
    stmt = apply_filter(select(OrderRow.id), flt, sqlite=sqlite, scan=scan)
    if len(flt.statuses) == 1:
        # One board column's next page: in the column's own order, priority orders first
        # (first_ids_by_status), walking the (status, priority, id) index.
        stmt = stmt.order_by(OrderRow.priority.desc(), OrderRow.id.desc())
    else:
        stmt = stmt.order_by(OrderRow.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    return list(session.scalars(stmt))


# Built once: a board keystroke reads ~150 cards, and building the statement and its cache key
# each time cost a third of reading them.
_SUMMARIES = select(*_SUMMARY_COLUMNS).where(OrderRow.id.in_(bindparam("ids", expanding=True)))
_STATUSES = {s.value: s for s in Status}  # a dict lookup, not an Enum call, per card
_PAYMENT_METHODS = {m.value: m for m in PaymentMethod}


def summaries(session: Session, ids: Sequence[int]) -> list[domain.OrderSummary]:
    """Cards for the given ids, in the same order; ids that vanished are left out."""
    if not ids:
        return []
    rows = {r.id: r for r in session.execute(_SUMMARIES, {"ids": list(ids)})}
    held = [i for i, r in rows.items() if r.hold_count]
    holds: dict[int, list[tuple[str, str]]] = defaultdict(list)
    if held:
        stmt = select(HoldRow.order_id, HoldRow.kind, HoldRow.reason, HoldRow.details).where(
            HoldRow.order_id.in_(held), HoldRow.resolved_at.is_(None)
        )
        for order_id, kind, reason, details in session.execute(stmt.order_by(HoldRow.id)):
            holds[order_id].append((kind, render_reason(reason, details)))
    channel_ids = {r.channel_id for r in rows.values() if r.channel_id}
    channels = (
        {
            cid: name
            for cid, name in session.execute(
                select(ChannelRow.id, ChannelRow.name).where(ChannelRow.id.in_(channel_ids))
            )
        }
        if channel_ids
        else {}
    )
    returns = _return_statuses(session, [i for i, r in rows.items() if r.status in _MAY_HAVE_RETURNS])
    # The carrier's word beside the store's on a web store's card (docs/channels.md, three statuses).
    carriers = _carrier_statuses(session, [i for i, r in rows.items() if r.channel_id and r.tracking_number])
    result = []
    for i in ids:
        r = rows.get(i)
        if r is None:
            continue
        total = Money(r.total_minor, r.currency)
        result.append(
            domain.OrderSummary(
                id=r.id,
                number=r.number,
                status=_STATUSES.get(r.status) or Status(r.status),
                version=r.version,
                customer_name=r.customer_name,
                total=total,
                amount_paid=total if r.amount_paid_minor == r.total_minor else Money(r.amount_paid_minor, r.currency),
                item_count=r.item_count,
                created_at=r.created_at,
                status_changed_at=r.status_changed_at,
                payment_method=_PAYMENT_METHODS.get(r.payment_method) or PaymentMethod(r.payment_method),
                delivery_method=r.delivery_method,
                tracking_number=r.tracking_number,
                holds=tuple(holds.get(i, ())),
                external_id=r.external_id,
                refund_due=r.refund_due,
                channel=channels.get(r.channel_id, "") if r.channel_id else "",
                store_status=r.store_status,
                priority=bool(r.priority),
                assigned_to=r.assigned_to or "",
                return_status=returns.get(i, ""),
                carrier_status=carriers.get(i, ""),
            )
        )
    return result


def _carrier_statuses(session: Session, order_ids: list[int]) -> dict[int, str]:
    """The newest live outgoing shipment's status (the carrier sync's milestone) per order."""
    if not order_ids:
        return {}
    found: dict[int, str] = {}
    rows = session.execute(
        select(ShipmentRow.order_id, ShipmentRow.status, ShipmentRow.details)
        .where(ShipmentRow.order_id.in_(order_ids), ShipmentRow.cancelled.is_(False))
        .order_by(ShipmentRow.id)
    )
    for order_id, status, details in rows:
        if not (isinstance(details, dict) and details.get("direction") == "return"):  # a return parcel
            found[order_id] = status or ""
    return found


# Only an order whose items reached the customer can have a return of its lines.
_MAY_HAVE_RETURNS = frozenset(
    s.value
    for s in (
        Status.DELIVERED,
        Status.COLLECTED,
        Status.COMPLETED,
        Status.RETURN_REQUESTED,
        Status.RETURNED,
        Status.REFUNDED,
    )
)


# The returns table as the cards read it (ReturnRow's columns): a plain table, so that listing
# orders does not map the returns' classes (models_extra, mapped on first use).
_RETURNS = table("returns", column("id", Integer), column("order_id", Integer), column("status", String))


def _return_statuses(session: Session, order_ids: list[int]) -> dict[int, str]:
    """The status of each order's newest return, for the cards (one query for the page)."""
    if not order_ids:
        return {}
    found: dict[int, str] = {}
    stmt = (
        select(_RETURNS.c.order_id, _RETURNS.c.status).where(_RETURNS.c.order_id.in_(order_ids)).order_by(_RETURNS.c.id)
    )
    for order_id, status in session.execute(stmt):
        found[order_id] = status
    return found
