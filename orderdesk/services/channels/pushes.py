"""Every step back to the store, through an outbox: exactly once, retried with back-off.

``StorePushListener`` runs inside the desk change's transaction (an order-service listener),
so a status change and its push rows commit or roll back together. Each row's idempotency key
is unique per (order, history entry, kind): the same change cannot queue twice.

``PushSender`` claims rows atomically in SQL (a conditional UPDATE that only one desk wins),
sends them, and records the outcome. Status, payment and tracking-meta updates carry the full
target state and are safe to repeat. A note is not (WooCommerce makes a new one each time and
e-mails it to the customer), so a note that may have reached the store already (a lost reply,
or a desk killed while sending) is looked for in the store's notes before it is sent again.
A push the store refuses is kept with the store's message and shown on the order.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from orderdesk.db import Database
from orderdesk.errors import OrderDeskError
from orderdesk.i18n import _
from orderdesk.models import ChannelRow, HistoryRow, OrderRow, ShipmentRow, utcnow
from orderdesk.models_extra import StorePushRow
from orderdesk.money import format_money
from orderdesk.services.channels.base import OrderGone, StoreClient, StoreError
from orderdesk.services.channels.outbox import queue_push as _queue
from orderdesk.services.channels.refunds import queue_refund_push, refund_advice
from orderdesk.services.channels.registry import Channel, store_actor
from orderdesk.services.channels.stock_push import available_now
from orderdesk.services.channels.woocommerce import DEFAULT_PUSH_MAP
from orderdesk.services.http import OutcomeUnknown, TransportError
from orderdesk.services.orders import HoldAdded, PaymentRecorded, StatusChanged
from orderdesk.workflow import Status

log = logging.getLogger(__name__)

CLAIM_SECONDS = 120
ORDERED_KINDS = ("status", "payment")
MAX_BACKOFF = 3600


def push_map(settings: dict) -> dict[str, str]:
    return {**DEFAULT_PUSH_MAP, **(settings.get("status_map") or {})}


def carrier_title(carrier: str) -> str:
    """The carrier as the customer knows it: the desk keeps its id ("inpost"), the note names it ("InPost")."""
    titles = {"cdek": "CDEK", "inpost": "InPost", "easypost": "EasyPost", "own_courier": _("our own courier")}
    return titles.get(carrier, carrier)


def tracking_note(tracking_number: str, carrier: str, url: str = "") -> str:
    text = _("Your order has been shipped with {c}. Tracking number: {t}").format(
        c=carrier_title(carrier), t=tracking_number
    )
    return f"{text} {url}".strip()


class StorePushListener:
    """Queues the pushes a desk change needs, in the change's own transaction."""

    def __call__(self, s: Session, event: StatusChanged | HoldAdded | PaymentRecorded) -> None:
        if isinstance(event, PaymentRecorded):
            self._payment(s, event)
            return
        if not isinstance(event, StatusChanged):
            return
        row = s.get(OrderRow, event.order_id)
        if row is None or row.channel_id is None:
            return
        channel = s.get(ChannelRow, row.channel_id)
        if channel is None or not channel.active:
            return
        if event.actor == store_actor(channel.kind, channel.name):
            return  # the store made this change itself: nothing to tell it
        to = Status(event.to_status)
        prefix = f"o{row.id}:h{event.history_id}"
        settings = dict(channel.settings or {})
        if to is Status.SHIPPED:
            shipment = next((sh for sh in reversed(row.shipments) if not sh.cancelled), None)
            if shipment is not None and shipment.tracking_number:
                _queue_tracking(s, channel, row, shipment, prefix, settings)
        if to is Status.PAID:
            _queue(s, channel, row, "payment", {"desk_status": to.value}, f"{prefix}:payment")
            return
        if to is Status.REFUNDED and row.amount_paid_minor > 0:
            # The whole order refunded: a refund of what was paid and not yet sent as a refund
            # (a return's refunds were queued by the returns service). Refunds adding up to the
            # total move the store's order to "refunded" by itself, so no status push follows.
            # An exchanged return's value paid for its replacement order: no money goes back for it.
            from orderdesk.services.returns.base import exchange_credit_minor

            left = row.amount_paid_minor - _refunds_queued(s, row.id) - exchange_credit_minor(s, row.id)
            if left > 0:
                queue_refund_push(
                    s, row.id, f"h{event.history_id}", left, event.reason or _("Refunded at the desk"), full=True
                )
            return
        target = push_map(settings).get(to.value)
        if target:
            _queue(s, channel, row, "status", {"status": target, "desk_status": to.value}, f"{prefix}:status")

    @staticmethod
    def _payment(s: Session, event: PaymentRecorded) -> None:
        """A payment recorded at the desk that settles the order: the store marks it paid."""
        row = s.get(OrderRow, event.order_id)
        if row is None or row.channel_id is None or row.amount_paid_minor < row.total_minor:
            return
        channel = s.get(ChannelRow, row.channel_id)
        if channel is None or not channel.active or event.actor == store_actor(channel.kind, channel.name):
            return
        _queue(s, channel, row, "payment", {"desk_status": row.status}, f"o{row.id}:h{event.history_id}:payment")


def _refunds_queued(s: Session, order_id: int) -> int:
    """Minor units of the order's refund pushes, waiting or sent (the refused ones did not happen)."""
    payloads = s.scalars(
        select(StorePushRow.payload).where(
            StorePushRow.order_id == order_id, StorePushRow.kind == "refund", StorePushRow.status != "refused"
        )
    )
    return sum(int((p or {}).get("amount_minor") or 0) for p in payloads)


def _queue_tracking(
    s: Session, channel: ChannelRow, row: OrderRow, shipment: ShipmentRow, prefix: str, settings: dict
) -> None:
    details = shipment.details if isinstance(shipment.details, dict) else {}
    note = tracking_note(shipment.tracking_number, shipment.carrier, str(details.get("public_url") or ""))
    payload = {
        "note": note,
        "customer_note": True,
        "tracking_number": shipment.tracking_number,
        "carrier": shipment.carrier,
    }
    _queue(s, channel, row, "note", payload, f"{prefix}:tracking-note")
    if settings.get("shipment_tracking"):
        _queue(s, channel, row, "tracking", payload, f"{prefix}:tracking-meta")


def queue_again(db: Database, order_number: str) -> int:
    """ "Push again": queue the desk's current status for the store (the mismatch fix)."""
    with db.session(write=True) as s:
        row = s.scalar(select(OrderRow).where(OrderRow.number == order_number))
        if row is None or row.channel_id is None:
            return 0
        channel = s.get(ChannelRow, row.channel_id)
        target = push_map(dict(channel.settings or {})).get(row.status) if channel else None
        if channel is None or not target:
            return 0
        stamp = utcnow().strftime("%Y%m%d%H%M%S%f")
        _queue(
            s, channel, row, "status", {"status": target, "desk_status": row.status}, f"o{row.id}:again{stamp}:status"
        )
        return 1


@dataclass
class PushReport:
    sent: list[str] = field(default_factory=list)  # "order number: what"
    refused: list[str] = field(default_factory=list)
    retry_later: list[str] = field(default_factory=list)
    already_there: int = 0  # read back after a lost reply: no second copy sent
    gone: list[str] = field(default_factory=list)  # order numbers the store deleted (or trashed)


class PushSender:
    def __init__(
        self,
        db: Database,
        channel: Channel,
        client: StoreClient,
        owner: str,
        rng: random.Random | None = None,
        claim_seconds: int = CLAIM_SECONDS,
    ):
        self.claim_seconds = claim_seconds
        self.db = db
        self.channel = channel
        self.client = client
        self.owner = owner
        self.rng = rng or random.Random()

    def due_ids(self, limit: int = 500) -> list[int]:
        now = utcnow()
        with self.db.session() as s:
            return list(
                s.scalars(
                    select(StorePushRow.id)
                    .where(
                        StorePushRow.channel_id == self.channel.id,
                        StorePushRow.status == "pending",
                        or_(StorePushRow.next_attempt_at.is_(None), StorePushRow.next_attempt_at <= now),
                        or_(StorePushRow.claimed_until.is_(None), StorePushRow.claimed_until < now),
                    )
                    .order_by(StorePushRow.id)
                    .limit(limit)
                )
            )

    def claim(self, push_id: int) -> StorePushRow | None:
        """Take one row for this desk, atomically; None when another desk has it (or it is done)."""
        now = utcnow()
        with self.db.session(write=True) as s:
            # An earlier status or payment push of the same order still waiting goes first, so
            # the store ends on the desk's latest status; notes do not hold statuses back.
            order_id, kind = s.execute(
                select(StorePushRow.order_id, StorePushRow.kind).where(StorePushRow.id == push_id)
            ).one()
            if kind in ORDERED_KINDS:
                first = s.scalar(
                    select(StorePushRow.id)
                    .where(
                        StorePushRow.order_id == order_id,
                        StorePushRow.kind.in_(ORDERED_KINDS),
                        StorePushRow.status == "pending",
                        StorePushRow.id < push_id,
                    )
                    .limit(1)
                )
                if first is not None:
                    return None
            won = s.execute(
                update(StorePushRow)
                .where(
                    StorePushRow.id == push_id,
                    StorePushRow.status == "pending",
                    or_(StorePushRow.claimed_until.is_(None), StorePushRow.claimed_until < now),
                )
                .values(
                    claimed_by=self.owner,
                    claimed_until=now + timedelta(seconds=self.claim_seconds),
                    attempts=StorePushRow.attempts + 1,
                )
                .execution_options(synchronize_session=False)
            ).rowcount
            if won != 1:
                return None
            row = s.get(StorePushRow, push_id)
            number = s.scalar(select(OrderRow.number).where(OrderRow.id == row.order_id)) if row.order_id else None
            s.expunge(row)
            # For the round's report, read in the claim's transaction (a stock push names its SKU).
            row.order_number = number or str((row.payload or {}).get("sku") or "?")
            return row

    def run(self, report: PushReport | None = None) -> PushReport:
        report = report or PushReport()
        for push_id in self.due_ids():
            row = self.claim(push_id)
            if row is not None:
                self.send(row, report)
        return report

    def send(self, row: StorePushRow, report: PushReport) -> None:
        payload = dict(row.payload or {})
        external_id = str(payload.get("external_id") or "")
        number = getattr(row, "order_number", "?")
        what = _describe(row.kind, payload)
        try:
            if row.kind == "note":
                # Sent before (the reply was lost, or a desk died mid-send)? Then it may be there already.
                if (row.outcome_unknown or row.attempts > 1) and self.client.has_note(external_id, payload["note"]):
                    report.already_there += 1
                else:
                    self.client.add_note(external_id, payload["note"], to_customer=bool(payload.get("customer_note")))
            elif row.kind == "status":
                self.client.set_status(external_id, payload["status"])
            elif row.kind == "payment":
                self.client.mark_paid(external_id, str(payload.get("transaction_id") or ""))
            elif row.kind == "tracking":
                self.client.set_tracking(external_id, payload["tracking_number"], payload.get("carrier", ""))
            elif row.kind == "stock":
                quantity = self._send_stock(payload)
                if quantity is None:
                    what = _("stock (the product is no longer at the desk: nothing sent)")
                else:
                    what = _("stock {q}").format(q=quantity)
            elif row.kind == "refund":
                # Not idempotent: after a lost reply (or a desk that died mid-send) read the
                # order's refunds back and look for this refund's marker before sending again.
                if (row.outcome_unknown or row.attempts > 1) and self.client.has_refund(external_id, payload["marker"]):
                    report.already_there += 1
                else:
                    self.client.refund(external_id, payload)
            else:
                raise StoreError(_("Unknown push kind '{k}'.").format(k=row.kind))
        except OrderGone as exc:
            # Deleted or in the trash: sending again can never work, so it is not retried.
            gone = "trash" if exc.code == "trash" else "deleted"
            self._refused(row, str(exc), number, what, store_status=gone)
            report.refused.append(f"{number}: {what}: {exc}")
            if row.order_id is not None and number not in report.gone:
                report.gone.append(number)
            return
        except OutcomeUnknown as exc:
            self._later(row, str(exc), outcome_unknown=True)
            report.retry_later.append(f"{number}: {what}: {exc}")
            return
        except StoreError as exc:
            if exc.retryable:
                self._later(row, str(exc))
                report.retry_later.append(f"{number}: {what}: {exc}")
            else:
                self._refused(row, str(exc), number, what)
                report.refused.append(f"{number}: {what}: {exc}")
            return
        except (TransportError, OrderDeskError) as exc:
            self._later(row, str(exc))
            report.retry_later.append(f"{number}: {what}: {exc}")
            return
        self._done(row, _store_status_after(row.kind, payload))
        report.sent.append(f"{number}: {what}")

    def _send_stock(self, payload: dict) -> int | None:
        """Set the store product's stock to the desk's available quantity now (the latest value)."""
        product_id, sku = int(payload["product_id"]), str(payload["sku"])
        with self.db.session() as s:
            quantity = available_now(s, product_id)
            remembered = str(
                ((s.get(ChannelRow, self.channel.id).settings or {}).get("store_products") or {}).get(sku) or ""
            )
        if quantity is None:
            return None
        store_id = self.client.set_stock(sku, quantity, remembered)
        if store_id != remembered:
            self._remember_product(sku, store_id)
        return quantity

    def _remember_product(self, sku: str, store_id: str) -> None:
        """The store's product id for a SKU, so the next push needs no look-up."""
        with self.db.session(write=True) as s:
            row = s.get(ChannelRow, self.channel.id, with_for_update=True)  # others write these settings too
            settings = dict(row.settings or {})
            settings["store_products"] = {**(settings.get("store_products") or {}), sku: store_id}
            row.settings = settings

    # ------------------------------------------------------------------ outcomes
    def _mine(self, row: StorePushRow):
        return and_(StorePushRow.id == row.id, StorePushRow.claimed_by == self.owner, StorePushRow.status == "pending")

    def _done(self, row: StorePushRow, store_status: str | None) -> None:
        """Sent: the row and (for a status) the order's store status, in one transaction."""
        with self.db.session(write=True) as s:
            s.execute(
                update(StorePushRow)
                .where(self._mine(row))
                .values(status="sent", sent_at=utcnow(), claimed_by="", claimed_until=None, last_error="")
                .execution_options(synchronize_session=False)
            )
            if store_status is not None and row.order_id is not None:
                s.execute(
                    update(OrderRow)
                    .where(OrderRow.id == row.order_id)
                    .values(store_status=store_status)
                    .execution_options(synchronize_session=False)
                )

    def _later(self, row: StorePushRow, error: str, *, outcome_unknown: bool = False) -> None:
        delay = min(MAX_BACKOFF, 30 * 2 ** max(row.attempts - 1, 0)) * self.rng.uniform(0.5, 1.0)
        values = {
            "claimed_by": "",
            "claimed_until": None,
            "next_attempt_at": utcnow() + timedelta(seconds=delay),
            "last_error": error[:2000],
        }
        if outcome_unknown:
            values["outcome_unknown"] = True
        with self.db.session(write=True) as s:
            s.execute(
                update(StorePushRow)
                .where(self._mine(row))
                .values(**values)
                .execution_options(synchronize_session=False)
            )

    def _refused(self, row: StorePushRow, error: str, number: str, what: str, store_status: str = "") -> None:
        """Refused for good; ``store_status``: what the store's side is now known to be (trash, deleted)."""
        with self.db.session(write=True) as s:
            s.execute(
                update(StorePushRow)
                .where(self._mine(row))
                .values(status="refused", claimed_by="", claimed_until=None, last_error=error[:2000])
                .execution_options(synchronize_session=False)
            )
            if store_status and row.order_id is not None:
                s.execute(
                    update(OrderRow)
                    .where(OrderRow.id == row.order_id)
                    .values(store_status=store_status)
                    .execution_options(synchronize_session=False)
                )
            if row.order_id is not None:
                actor = self.channel.actor
                s.add(
                    HistoryRow(
                        order_id=row.order_id,
                        at=utcnow(),
                        actor=actor.name,
                        role=actor.role.value,
                        kind="channel",
                        from_value=row.kind,
                        to_value="refused",
                        reason=_("The store refused {w}: {e}").format(w=what, e=error)
                        + " "
                        + (_gone_advice() if store_status else _advice(row.kind, error)),
                        details={"push_id": row.id},
                    )
                )


def _store_status_after(kind: str, payload: dict) -> str | None:
    """The store's order status once this push went through, when it is certain."""
    if kind == "status":
        return payload["status"]
    if kind == "refund" and payload.get("full"):
        return "refunded"
    return None


def _gone_advice() -> str:
    return _("Restore the order in the store and push again, or cancel it here.")


def _advice(kind: str, error: str) -> str:
    if kind == "refund":
        return refund_advice(error)
    return _("Fix it in the store's order page, then push again.")


def _describe(kind: str, payload: dict) -> str:
    if kind == "status":
        return _("status {s}").format(s=payload.get("status"))
    if kind == "note":
        return _("tracking note {t}").format(t=payload.get("tracking_number", ""))
    if kind == "payment":
        return _("payment")
    if kind == "stock":
        return _("stock")
    if kind == "refund":
        minor, currency = int(payload.get("amount_minor") or 0), str(payload.get("currency") or "")
        return _("refund of {a}").format(a=format_money(minor, currency) if currency else str(minor))
    return _("tracking {t}").format(t=payload.get("tracking_number", ""))


def refused_pushes(db: Database, order_id: int) -> list[tuple[str, str]]:
    """(what, the store's message) of the pushes the store refused for an order."""
    with db.session() as s:
        rows = s.execute(
            select(StorePushRow.kind, StorePushRow.payload, StorePushRow.last_error).where(
                StorePushRow.order_id == order_id, StorePushRow.status == "refused"
            )
        ).all()
        # A refused refund says what to do too (refund by hand, correct the amount): "push again"
        # would only be refused the same way.
        return [
            (_describe(kind, payload or {}), f"{error} {refund_advice(error)}" if kind == "refund" else error)
            for kind, payload, error in rows
        ]
