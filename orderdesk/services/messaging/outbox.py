"""Writing messages to the outbox, in the same transaction as the change that causes them.

``listener.NotificationListener`` calls ``enqueue_event`` inside the move's transaction, so the
status change and its outbox rows commit or roll back together. Each row carries an idempotency key per (order, history entry, channel),
unique in the table, so the same change can never queue the same message twice. The text is
rendered now, with the facts as they are at the change (the tracking number at "shipped").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import CompoundSelect, String, Text, bindparam, case, cast, func, literal, null, select, union_all
from sqlalchemy.orm import Session

from orderdesk.db import Database
from orderdesk.errors import NotFound, ValidationError
from orderdesk.i18n import LANGUAGES, _
from orderdesk.models import CustomerRow, HistoryRow, OrderRow, OutboxRow, SettingRow, utcnow
from orderdesk.money import Money
from orderdesk.phones import normalize_phone
from orderdesk.services.messaging.config import Getter, P, session_getter
from orderdesk.services.messaging.models import MessageTemplateRow, NotifyPreferenceRow
from orderdesk.services.messaging.rules import Rules
from orderdesk.services.messaging.segments import analyse
from orderdesk.services.messaging.store import template_in
from orderdesk.services.messaging.templates import Template, default_template, missing_reason, render, with_fallback
from orderdesk.services.scancodes import pickup_qr_payload
from orderdesk.workflow import DeliveryMethod, Status, label

ACTOR = "notifications"
# "incomplete": a placeholder had no value; the row waits (never sent with a gap) until the
# value exists, then the sender's round renders it again and it becomes "pending".
STATUSES = ("pending", "sending", "sent", "delivered", "failed", "unknown", "held", "incomplete")

# Public tracking pages by carrier; others use the messaging.tracking_url setting.
TRACKING_URLS = {
    "cdek": "https://www.cdek.ru/ru/tracking?order_id={tracking_number}",
    "inpost": "https://inpost.pl/sledzenie-przesylek?number={tracking_number}",
}


MANAGER_ALERT = "manager_alert"  # kind of an alert to the shop's manager (chasing.py), not to the customer


def key_for(order_id: int, source: str, channel: str) -> str:
    """The idempotency key: one message per (order, change, channel)."""
    return f"o{order_id}:{source}:{channel}"


@cache
def _prefetch_statement(with_customer: bool) -> CompoundSelect:
    """``Prefetched.read``'s statement, built once (building it and its cache key each time cost
    a move more CPU than running it)."""
    text_null, short_null = cast(null(), Text), cast(null(), String)
    parts = [
        select(literal("s"), SettingRow.key, SettingRow.value, short_null, text_null),
        select(
            literal("t"),
            MessageTemplateRow.channel,
            MessageTemplateRow.body,
            MessageTemplateRow.subject,
            MessageTemplateRow.fallback,
        ).where(MessageTemplateRow.event == bindparam("event"), MessageTemplateRow.language == bindparam("language")),
    ]
    if with_customer:
        parts.append(
            select(literal("p"), NotifyPreferenceRow.preferred_channel, text_null, short_null, text_null).where(
                NotifyPreferenceRow.customer_id == bindparam("customer_id")
            )
        )
    return union_all(*parts)


@dataclass
class Prefetched:
    """What one event's messages read from the database, in ONE statement: every stored setting,
    the customer's preferred channel and the shop's own templates of the event in the customer's
    language (a channel without one uses the shipped default, as ``template_in`` does)."""

    settings: dict[str, str]
    preferred: str
    templates: dict[str, Template]

    @classmethod
    def read(cls, s: Session, customer_id: int | None, event: str, language: str) -> Prefetched:
        # Three small reads as one UNION ALL, told apart by the first column: inside a move every
        # statement is a round trip to the server while the order's row is locked.
        statement = _prefetch_statement(customer_id is not None)
        values = {"event": event, "language": language, "customer_id": customer_id}
        settings: dict[str, str] = {}
        preferred = ""
        templates: dict[str, Template] = {}
        for part, name, value, subject, fallback in s.execute(statement, values):
            if part == "s":
                settings[name] = value
            elif part == "p":
                preferred = name or ""
            else:
                templates[name] = Template(event, name, language, value, subject or "", fallback or "")
        return cls(settings, preferred, templates)


@dataclass
class ReadAhead:
    """What one event's messages need to know before they are written, read once for all their
    channels: which of their idempotency keys are already queued, and the shop's own templates."""

    keys: set[str]
    queued: set[str]
    templates: dict[str, Template]

    @classmethod
    def for_plan(
        cls,
        s: Session,
        order_id: int,
        source: str,
        plan: list[tuple[str, str]],
        templates: dict[str, Template],
        *,
        fresh: bool = False,
    ) -> ReadAhead:
        """``fresh``: ``source`` is a history entry written in this very transaction, so no message
        can be queued under its keys yet (the unique key would still refuse a second one)."""
        keys = {key_for(order_id, source, channel) for channel, _fallback in plan}
        keys |= {key_for(order_id, source, channel) + ":fallback" for channel, fallback in plan if fallback}
        queued: set[str] = set()
        if not fresh:
            queued = set(s.scalars(select(OutboxRow.idempotency_key).where(OutboxRow.idempotency_key.in_(keys))))
        channels = {c for pair in plan for c in pair if c}
        return cls(keys, queued, {c: t for c, t in templates.items() if c in channels})


def note(s: Session, order_id: int | None, to_value: str, reason: str, details: dict | None = None) -> None:
    """A "notification" entry in the order's history, in the caller's transaction."""
    if order_id is None:
        return
    s.add(HistoryRow(order_id=order_id, at=utcnow(), actor=ACTOR, role="system", kind="notification",
                     to_value=to_value, reason=reason, details=details or {}))  # fmt: skip


def order_context(s: Session, row: OrderRow, language: str, get: Getter) -> dict[str, str]:
    """The values the placeholders stand for, in the customer's language."""
    locale = language if language in LANGUAGES else "en"
    total = Money(row.total_minor, row.currency)
    due = Money(max(row.total_minor - row.amount_paid_minor, 0), row.currency)
    shipment = next(
        (sh for sh in reversed(row.shipments) if not sh.cancelled and (sh.details or {}).get("direction") != "return"),
        None,
    )
    tracking = row.tracking_number or (shipment.tracking_number if shipment else "")
    tracking_url = ""
    if tracking:
        details = shipment.details if shipment and isinstance(shipment.details, dict) else {}
        pattern = (
            details.get("public_url")
            or TRACKING_URLS.get(shipment.carrier if shipment else "", "")
            or get(P + "tracking_url")
        )
        tracking_url = pattern.replace("{tracking_number}", tracking) if pattern else ""
    eta = ""
    if shipment and isinstance(shipment.details, dict):
        eta = str(shipment.details.get("eta") or shipment.details.get("est_delivery_date") or "")
    if row.delivery_method == DeliveryMethod.PICKUP_POINT.value:
        pickup_address = row.pickup_point_code
    else:
        pickup_address = ", ".join(p.strip() for p in (get("shop.address") or "").split("|") if p.strip())
    payment_link = (get(P + "payment_link") or "").replace("{order_number}", row.number)
    return {
        "order_number": row.number,
        "customer_name": row.customer.name if row.customer else row.customer_name,
        "total": total.format_plain(locale),
        "amount_due": due.format_plain(locale),
        "tracking_number": tracking,
        "tracking_url": tracking_url,
        "pickup_code": row.pickup_code,
        "pickup_address": pickup_address,
        "eta": eta,
        "payment_link": payment_link,
        "shop_name": get("shop.name"),
        "status": label(Status(row.status), locale),
    }


def recipient_for(s: Session, customer: CustomerRow | None, channel: str, country: str) -> tuple[str, str]:
    """(address, "") or ("", why not): opt-outs, missing or invalid numbers."""
    if customer is None:
        return "", _("the order has no customer")
    if channel == "sms":
        if customer.sms_opt_out:
            return "", _("the customer opted out of SMS")
        if not customer.phone:
            return "", _("no phone number")
        phone, valid = normalize_phone(customer.phone, country)
        if not valid:
            customer.phone_invalid = True  # flagged on the order's customer, shown on the card
            return "", _("invalid phone number '{p}'").format(p=customer.phone)
        return phone, ""
    if customer.email_opt_out:
        return "", _("the customer opted out of e-mail")
    if not customer.email:
        return "", _("no e-mail address")
    return customer.email, ""


def enqueue_channel(
    s: Session,
    row: OrderRow,
    channel: str,
    event: str,
    context: dict,
    language: str,
    key: str,
    fallback: str,
    get: Getter,
    ahead: ReadAhead | None = None,
) -> OutboxRow | None:
    """One outbox row, or a history note (and the fallback channel) when it cannot be sent."""
    if ahead is not None and key in ahead.keys:
        queued = key in ahead.queued
    else:
        queued = s.scalar(select(OutboxRow.id).where(OutboxRow.idempotency_key == key)) is not None
    if queued:
        return None  # already queued by an earlier run: exactly once
    recipient, problem = recipient_for(s, row.customer, channel, get("shop.country"))
    if problem:
        note(
            s,
            row.id,
            "skipped",
            _("{c} not sent: {p}").format(c=channel.upper(), p=problem),
            {"event": event, "channel": channel},
        )
        if fallback:
            return enqueue_channel(s, row, fallback, event, context, language, key + ":fallback", "", get, ahead)
        return None
    if ahead is not None:
        template = ahead.templates.get(channel) or default_template(event, channel, language)
    else:
        template = template_in(s, event, channel, language)
    template, missing = with_fallback(template, context)
    rendered = render(template, context)
    payload = {
        "event": event,
        "language": language,
        "context": context,
        "body": rendered.body,
        "subject": rendered.subject,
        "fallback": fallback,
    }
    if channel == "sms":
        info = analyse(rendered.body)
        payload.update(encoding=info.encoding, parts=info.parts)
    elif event == "ready_for_pickup" and row.pickup_code:
        # the counter scans this from the customer's phone screen instead of typing number and code
        payload["qr"] = pickup_qr_payload(row.number, row.pickup_code)
    status, problem = ("incomplete", missing_reason(missing)) if missing else ("pending", "")
    out = OutboxRow(order_id=row.id, channel=channel, kind=event, recipient=recipient, idempotency_key=key, payload=payload,
                    status=status, attempts=0, last_error=problem, gateway="", gateway_id="")  # fmt: skip
    s.add(out)
    s.flush()
    if ahead is not None:
        ahead.queued.add(key)
    if missing:
        note(s, row.id, "incomplete", _("{c} waits: {p}").format(c=channel.upper(), p=problem),
             {"event": event, "channel": channel, "missing": missing})  # fmt: skip
    return out


def complete_waiting(s: Session, get: Getter, limit: int = 200, *, ids: list[int] | None = None) -> int:
    """Render "incomplete" messages again (the first ``limit``, or those of ``ids``); those whose
    values now exist become pending. The sender chooses which (services/messaging/waiting.py)."""
    count = 0
    stmt = select(OutboxRow).where(OutboxRow.status == "incomplete")
    if ids is not None:
        stmt = stmt.where(OutboxRow.id.in_(ids))
    # Two desks' rounds at once: a message the other is completing is skipped, not completed twice
    # (PostgreSQL's row lock; SQLite's write transaction is already one at a time).
    rows = s.scalars(stmt.order_by(OutboxRow.id).limit(limit).with_for_update(of=OutboxRow, skip_locked=True))
    for out in rows.all():
        order = s.get(OrderRow, out.order_id) if out.order_id else None
        p = out.payload or {}
        if order is None or not p.get("event"):
            continue
        language = p.get("language") or "en"
        context = order_context(s, order, language, get)
        # Values the event brought with it (a return's number, a refund's amount) are kept.
        context.update({k: v for k, v in (p.get("context") or {}).items() if k not in context})
        # A fallback text written meanwhile lets a waiting message go out in its words.
        template, missing = with_fallback(template_in(s, p["event"], out.channel, language), context)
        if missing:
            out.last_error = missing_reason(missing)
            continue
        rendered = render(template, context)
        out.payload = {**p, "context": context, "body": rendered.body, "subject": rendered.subject}
        out.status, out.last_error = "pending", ""
        note(s, order.id, "queued", _("{c} complete now, queued").format(c=out.channel.upper()), {"event": p["event"]})
        count += 1
    return count


def enqueue_event(
    s: Session,
    row: OrderRow,
    event: str,
    source: str,
    *,
    channels: list[str] | None = None,
    extra: dict[str, str] | None = None,
    fresh: bool = False,
) -> list[OutboxRow]:
    """Queue ``event`` for an order on the channels the rules (or ``channels``) say; ``extra``
    adds the event's own values to the order's (a return's number). ``fresh``: ``source`` is a
    history entry written in this transaction (see ``ReadAhead.for_plan``)."""
    customer = row.customer
    language = customer.language if customer and customer.language in LANGUAGES else "en"
    read = Prefetched.read(s, customer.id if customer else None, event, language)
    get = session_getter(s, read.settings)
    if not get(P + "enabled"):
        return []
    if channels is None:
        channels = Rules.from_setting(get(P + "rules")).channels_for(event, row.delivery_method)
    if not channels:
        return []
    preferred = read.preferred
    if preferred and preferred in channels:
        channels = [preferred]
    context = {**order_context(s, row, language, get), **(extra or {})}
    use_fallback = bool(get(P + "fallback"))
    plan = []
    for channel in channels:
        other = "email" if channel == "sms" else "sms"
        plan.append((channel, other if use_fallback and other not in channels else ""))
    ahead = ReadAhead.for_plan(s, row.id, source, plan, read.templates, fresh=fresh)
    created = []
    for channel, fallback in plan:
        out = enqueue_channel(
            s, row, channel, event, context, language, key_for(row.id, source, channel), fallback, get, ahead
        )
        if out is not None:
            created.append(out)
    return created


# -- payment chasing ---------------------------------------------------------------------------------


def enqueue_payment_reminders(db: Database, hours: int, now: datetime | None = None) -> int:
    """One reminder per order that has waited ``hours`` in awaiting_payment (payment chasing)."""
    if hours <= 0:
        return 0
    cutoff = (now or utcnow()) - timedelta(hours=hours)
    count = 0
    with db.session(write=True) as s:
        rows = s.scalars(
            select(OrderRow)
            .where(OrderRow.status == Status.AWAITING_PAYMENT.value, OrderRow.status_changed_at <= cutoff)
            .limit(500)
        ).all()
        for row in rows:
            entered = s.scalar(
                select(func.max(HistoryRow.id)).where(
                    HistoryRow.order_id == row.id,
                    HistoryRow.kind == "status",
                    HistoryRow.to_value == Status.AWAITING_PAYMENT.value,
                )
            )
            source = f"h{entered or 0}:payment_reminder"
            if s.scalar(select(OutboxRow.id).where(OutboxRow.idempotency_key.like(f"o{row.id}:{source}:%")).limit(1)):
                continue
            created = enqueue_event(s, row, "payment_reminder", source)
            if created:
                note(s, row.id, "queued", _("Payment reminder queued after {h} hours").format(h=hours))
                count += 1
    return count


# -- reading and resending ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OutboxMessage:
    """One message as the order log and the global outbox view show it."""

    id: int
    order_id: int | None
    order_number: str
    channel: str
    kind: str
    recipient: str
    status: str
    body: str
    subject: str
    attempts: int
    last_error: str
    gateway: str
    gateway_id: str
    created_at: datetime
    sent_at: datetime | None
    updated_at: datetime
    next_attempt_at: datetime | None
    parts: int | None = None
    encoding: str = ""
    delivery: str = ""  # the gateway's own word in the last polled delivery report (e.g. "undelivered")


# Failures first, then what needs a look, then the rest newest first.
_RANK = case({"failed": 0, "unknown": 1, "held": 2, "sending": 3, "pending": 4}, value=OutboxRow.status, else_=5)


def list_messages(
    db: Database,
    *,
    order_number: str | None = None,
    status: str | None = None,
    failures_first: bool = True,
    limit: int = 200,
) -> list[OutboxMessage]:
    with db.session() as s:
        q = select(OutboxRow, OrderRow.number).outerjoin(OrderRow, OrderRow.id == OutboxRow.order_id)
        if order_number:
            q = q.where(OrderRow.number == order_number)
        if status:
            q = q.where(OutboxRow.status == status)
        q = q.order_by(_RANK, OutboxRow.id.desc()) if failures_first else q.order_by(OutboxRow.id.desc())
        return [_plain(r, n or "") for r, n in s.execute(q.limit(limit)).all()]


def _plain(r: OutboxRow, number: str) -> OutboxMessage:
    p = r.payload or {}
    return OutboxMessage(r.id, r.order_id, number, r.channel, r.kind, r.recipient, r.status, p.get("body", ""), p.get("subject", ""),
                         r.attempts, r.last_error, r.gateway, r.gateway_id, r.created_at, r.sent_at, r.updated_at, r.next_attempt_at,
                         p.get("parts"), p.get("encoding", ""), p.get("delivery", ""))  # fmt: skip


def resend(db: Database, outbox_id: int, actor_name: str) -> int:
    """A new, deliberate copy of a message (its own key), e.g. after "unknown — check"."""
    with db.session(write=True) as s:
        old = s.get(OutboxRow, outbox_id)
        if old is None:
            raise NotFound(_("Message #{i} does not exist.").format(i=outbox_id))
        if old.status in ("pending", "sending", "held"):
            raise ValidationError(
                _("Message #{i} is still on its way; wait for it before resending.").format(i=outbox_id)
            )
        n = (
            s.scalar(
                select(func.count())
                .select_from(OutboxRow)
                .where(OutboxRow.idempotency_key.like(old.idempotency_key + ":resend%"))
            )
            or 0
        )
        payload = dict(old.payload or {})
        payload["fallback"] = ""
        payload["resend_of"] = old.id
        new = OutboxRow(order_id=old.order_id, channel=old.channel, kind=old.kind, recipient=old.recipient,
                        idempotency_key=f"{old.idempotency_key}:resend{n + 1}", payload=payload, status="pending",
                        attempts=0, last_error="", gateway="", gateway_id="")  # fmt: skip
        s.add(new)
        s.flush()
        note(
            s,
            old.order_id,
            "resend",
            _("{c} message #{i} resent by {a}").format(c=old.channel.upper(), i=old.id, a=actor_name),
        )
        return new.id


def mark_checked(db: Database, outbox_id: int, arrived: bool, actor_name: str) -> None:
    """Close an "unknown — check" message after looking at the gateway's own log."""
    with db.session(write=True) as s:
        row = s.get(OutboxRow, outbox_id)
        if row is None:
            raise NotFound(_("Message #{i} does not exist.").format(i=outbox_id))
        if row.status != "unknown":
            raise ValidationError(_("Message #{i} is not waiting for a check.").format(i=outbox_id))
        row.status = "sent" if arrived else "failed"
        row.last_error = "" if arrived else _("Checked by {a}: it did not arrive").format(a=actor_name)
        note(
            s,
            row.order_id,
            row.status,
            _("{c} message #{i} checked by {a}").format(c=row.channel.upper(), i=row.id, a=actor_name),
        )
