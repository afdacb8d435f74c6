"""Creating many new orders at once: a file import, a web store's first sync.

The same checks and the same rows as ``OrderService.create_order`` (its ``_validate_new`` and
``_build_order`` do the work), but per chunk of orders: the products and the customers they
name are looked up in one query each, the order numbers are taken as one block, the rows go in
with one flush and the "create" history entries with one insert, all in one transaction.
An order that is refused gets its own error and the others go in; should the database refuse
the chunk as a whole, it is done again order by order so the error lands on the right one.

An order that arrives needing a hold (a store order with an unknown SKU, a total that does not
add up, a plugin status) goes in with the others: its holds, their history entries and the
priority rules' flag are written in the same statements, with the ids the one-by-one path would
give them, and the service's listeners hear of its holds and its creation in that transaction
as they do from ``create_order``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.exc import SQLAlchemyError

from orderdesk.bulk import orders_indexed_after, stays_set_after
from orderdesk.domain import Actor
from orderdesk.errors import OrderDeskError
from orderdesk.faults import explain_database_error
from orderdesk.i18n import _
from orderdesk.limits import MAX_NOTES, check_text
from orderdesk.models import CustomerRow, HistoryRow, HoldRow, OrderLineRow, OrderRow, ProductRow, utcnow
from orderdesk.phones import normalize_phone
from orderdesk.search import build_search_text
from orderdesk.services import counters
from orderdesk.services.insert_many import insert_many
from orderdesk.services.orders import CustomerIndex, HoldAdded, NewOrder, OrderService
from orderdesk.services.orders.creating import RULES_ACTOR
from orderdesk.services.orders.events import OrderCreated, OrderEvent
from orderdesk.services.orders.priority import rule_reason as priority_reason
from orderdesk.services.row_ids import new_ids
from orderdesk.workflow import Hold, Status

log = logging.getLogger(__name__)

CHUNK = 500  # orders per transaction: an interrupted import loses at most this much work


@dataclass(frozen=True)
class Created:
    """One order of the batch: its number, or why it was refused."""

    number: str = ""
    # An ``IntegrityError`` when the database's unique index refused it (a store order that
    # another desk imported a moment ago).
    # Any other refusal by the database is a ``SQLAlchemyError`` of its own.
    error: OrderDeskError | SQLAlchemyError | None = None


def create_orders(service: OrderService, news: Sequence[NewOrder], actor: Actor) -> list[Created]:
    """Create ``news`` (in order, numbers in that order); one ``Created`` per order, same order."""
    results: list[Created] = []
    for start in range(0, len(news), CHUNK):
        results += _chunk(service, news[start : start + CHUNK], actor)
    return results


def _chunk(service: OrderService, news: Sequence[NewOrder], actor: Actor) -> list[Created]:
    results: list[Created | None] = [None] * len(news)
    checked = []
    for i, new in enumerate(news):
        try:
            checked.append((i, new, *service._validate_new(new)))
            for _kind, reason, _details in new.holds:  # as ``_history`` checks it one by one
                check_text(reason, _("reason"), MAX_NOTES, "reason")
        except OrderDeskError as exc:
            if checked and checked[-1][0] == i:
                checked.pop()
            results[i] = Created(error=exc)
    if not checked:
        return [r or Created() for r in results]
    try:
        with service.db.session(write=True) as s, s.no_autoflush:
            products = _products(s, [new for _i, new, *_rest in checked])
            known = _customers(s, service, [new for _i, new, *_rest in checked])
            made = []
            for i, new, delivery, payment, currency in checked:
                try:
                    row = service._build_order(
                        s, new, delivery, payment, currency, number=_later, products=products, known=known, plain=True
                    )
                except OrderDeskError as exc:
                    results[i] = Created(error=exc)
                    continue
                # The rules read the customer as this order left it (a later one may change it).
                row.priority_why = priority_reason(s, row, service.config.default_country)
                made.append((i, new, row))
            # Known customers' new contact details are written before the counter is taken, in the
            # order ``create_order`` takes those locks (customer, then counter): two desks importing
            # the same shop, one in bulk and one order by order, would otherwise deadlock on PostgreSQL.
            s.flush()
            _number(s, [row for _i, _new, row in made])
            events = _write(s, actor, made)
            for event in events:  # the held orders' holds and creation, as ``create_order`` tells them
                for listener in service.listeners:
                    listener(s, event)
            numbered = [(i, row.number) for i, _new, row in made]
    except (SQLAlchemyError, OrderDeskError):
        # The database refused the chunk: one order at a time, each in its own transaction.
        log.info("bulk create fell back to one order at a time", exc_info=True)
        for i, new, *_rest in checked:
            if results[i] is None:
                try:
                    results[i] = Created(number=service.create_order(new, actor).number)
                except (OrderDeskError, SQLAlchemyError) as exc:  # that order only: the others go in
                    if explain_database_error(exc, "") is not None:
                        raise  # a full disk, a read-only or locked database: no order can go in
                    results[i] = Created(error=exc)
        return [r or Created() for r in results]
    for i, number in numbered:
        results[i] = Created(number=number)
    return [r or Created() for r in results]


def _write(s, actor: Actor, made: Sequence[tuple[int, NewOrder, OrderRow]]) -> list[OrderEvent]:
    """Insert the new customers, orders, lines, holds and history with one executemany each.

    The rows were built by the service's own code as plain objects (``plain_rows``) and are
    written with Core: the ORM's instrumented objects and unit of work cost more than everything
    else together, and SQLite cannot batch its INSERT ... RETURNING. Ids come first (in the write
    transaction: SQLite's lock, PostgreSQL's sequences), so every row is written whole in one
    statement per table. History ids follow each order's own sequence (created, flagged by a
    priority rule, put on hold), as the one-by-one path numbers them.

    Returns the events the listeners are told: a held order's ``HoldAdded`` and ``OrderCreated``.
    """
    if not made:
        return []
    orders = [row for _i, _new, row in made]
    customers = list({id(row.customer): row.customer for row in orders if row.customer.id is None}.values())
    for table_rows, model in ((customers, CustomerRow), (orders, OrderRow)):
        for obj, new_id in zip(table_rows, new_ids(s, model, len(table_rows)), strict=True):
            obj.id = new_id
    lines = []
    for row in orders:
        row.customer_id = row.customer.id
        for line in row.lines:
            line.order_id = row.id
            line.product_id = line.product.id if line.product is not None else None
            lines.append(line)
    entries, holds, held = _history_and_holds(actor, made)
    history_ids = iter(new_ids(s, HistoryRow, len(entries)))
    for entry in entries:
        entry["id"] = next(history_ids)
    hold_ids = iter(new_ids(s, HoldRow, len(holds)))
    for hold in holds:
        hold["id"] = next(hold_ids)
    # SQLite: the search index and the history's stays are filled once for the batch, not by a
    # trigger statement per row (orderdesk/bulk.py says why).
    execute = s.connection().exec_driver_sql
    sqlite = s.connection().dialect.name == "sqlite"
    with (
        orders_indexed_after(execute, [row.id for row in orders]) if sqlite else nullcontext(),
        stays_set_after(execute) if sqlite else nullcontext(),
    ):
        for model, objs in ((CustomerRow, customers), (OrderRow, orders), (OrderLineRow, lines)):
            insert_many(s, model.__table__, [_column_values(obj, model.__table__) for obj in objs])
        insert_many(s, HistoryRow.__table__, entries)
        insert_many(s, HoldRow.__table__, holds)
    # The written rows stay out of the session (nothing cascades them in: no backrefs from the
    # customers or products they point at), so the ORM never writes them a second time.
    events: list[OrderEvent] = []
    for row, created, its_holds in held:
        events += [HoldAdded(row.id, row.number, Hold(h["kind"]), h["id"], h["reason"], actor) for h in its_holds]
        events.append(OrderCreated(row.id, row.number, created["id"], actor))
    return events


def _history_and_holds(actor: Actor, made: Sequence[tuple[int, NewOrder, OrderRow]]):
    """Each order's history entries in the one-by-one path's order, its holds, and the held ones."""
    entries: list[dict] = []
    holds: list[dict] = []
    held: list[tuple[OrderRow, dict, list[dict]]] = []

    def entry(row, who: Actor, kind: str, from_value: str, to_value: str, reason: str, details: dict, at) -> dict:
        values = {"order_id": row.id, "at": at, "actor": who.name, "role": who.role.value, "kind": kind,
                  "from_value": from_value, "to_value": to_value, "reason": reason, "details": details}  # fmt: skip
        entries.append(values)
        return values

    for _i, new, row in made:
        created = entry(row, actor, "create", "", str(Status.NEW), new.source, {}, row.created_at)
        why = row.priority_why
        if why:  # flagged as it is stored, as ``create_order`` does
            row.priority = True
            reason = _("rule priority: {w}").format(w=why)
            entry(row, RULES_ACTOR, "priority", "off", "on", reason, {}, row.created_at)
        its_holds: list[dict] = []
        for kind, reason, details in new.holds:
            kind = Hold(kind).value
            if any(h["kind"] == kind for h in its_holds):
                continue  # one open hold of a kind is enough (``_add_hold``)
            now = utcnow()
            hold = {"order_id": row.id, "kind": kind, "reason": reason, "details": dict(details),
                    "created_by": actor.name, "created_at": now, "resolved_at": None, "resolved_by": ""}  # fmt: skip
            its_holds.append(hold)
            entry(row, actor, "hold", "", kind, reason, dict(details), now)
        row.hold_count = len(its_holds)  # what ``rows.refresh`` counts once the holds are in
        # The version the ORM's counter reaches one by one: one step per hold and one for the flag.
        row.version = 1 + len(its_holds) + (1 if why else 0)
        if its_holds:
            holds += its_holds
            held.append((row, created, its_holds))
    return entries, holds, held


def _column_values(obj, table) -> dict:
    """A new row's column values, the columns' Python defaults where it has none."""
    state = obj.__dict__
    values = {}
    for key, primary, default in _columns(table):
        value = state.get(key)
        if value is None:
            if primary:
                continue  # the database numbers it (order lines)
            if default is not None:
                value = _call_default(default.arg) if default.is_callable else default.arg
        values[key] = value
    return values


_COLUMNS: dict[str, tuple] = {}


def _columns(table) -> tuple:
    """(key, primary key?, Python default) of each column: looked up once, used for every row."""
    if table.name not in _COLUMNS:
        _COLUMNS[table.name] = tuple((c.key, c.primary_key, c.default) for c in table.columns)
    return _COLUMNS[table.name]


def _call_default(fn):
    try:
        return fn(None)  # SQLAlchemy hands a context to the defaults it wraps
    except TypeError:
        return fn()


def _products(s, news: Sequence[NewOrder]) -> dict[str, ProductRow | None]:
    skus = sorted({line.sku.strip() for new in news for line in new.lines})
    found: dict[str, ProductRow | None] = dict.fromkeys(skus)
    for start in range(0, len(skus), 500):
        for product in s.scalars(select(ProductRow).where(ProductRow.sku.in_(skus[start : start + 500]))):
            found[product.sku] = product
    return found


def _customers(s, service: OrderService, news: Sequence[NewOrder]) -> CustomerIndex:
    """The customers these orders may belong to, by valid phone and by e-mail (the lowest id first)."""
    phones, emails = set(), set()
    for new in news:
        phone, valid = normalize_phone(new.customer.phone, service.config.default_country)
        if phone and valid:
            phones.add(phone)
        if new.customer.email.strip():
            emails.add(new.customer.email.strip().lower())
    known = CustomerIndex()
    phone_list, email_list = sorted(phones), sorted(emails)
    for start in range(0, max(len(phone_list), len(email_list)), 400):
        some_phones, some_emails = phone_list[start : start + 400], email_list[start : start + 400]
        stmt = select(CustomerRow).where(or_(CustomerRow.phone.in_(some_phones), CustomerRow.email.in_(some_emails)))
        for row in s.scalars(stmt.order_by(CustomerRow.id)):
            known.add(row)
    return known


def _later(_year: int) -> str:
    return ""  # numbered by ``_number`` once the chunk's refusals are known: no gaps in the numbers


def _number(s, rows: Sequence[OrderRow]) -> None:
    """Give the accepted orders their numbers, one block per year, in the order they came."""
    by_year: dict[int, list[OrderRow]] = {}
    for row in rows:
        by_year.setdefault(row.created_at.year, []).append(row)
    for year, of_year in by_year.items():
        for row, number in zip(of_year, counters.order_number_block(s, year, len(of_year)), strict=True):
            row.number = number
            # The number leads the search text; the rest stays as it was when the order was built
            # (a later order of the chunk may change the customer: this order keeps what it had).
            row.search_text = " | ".join(part for part in (build_search_text([number]), row.search_text) if part)
