"""The background sender: delivers outbox rows exactly once, even across crashes.

One message goes through these steps, each its own short transaction:

1. claim: ``pending``/``held`` -> ``sending`` (attempts + 1, a lease until ``next_attempt_at``),
   committed BEFORE the gateway is called;
2. call the gateway (no transaction open);
3. record: ``sent`` / back to ``pending`` with back-off (temporary) / ``failed`` with the
   reason and maybe a fallback row (permanent) / still ``sending`` for reconciliation or
   ``unknown`` (uncertain).

If the process dies between 1 and 3, the row stays ``sending`` until its lease runs out; the
next run then asks the gateway whether it has the message (Twilio: list by recipient, match
body and time). Found: recorded as sent. Not found: sent again. A gateway that cannot be asked
(SMS.ru, SMSAPI, SMTP): ``unknown`` — a person checks. Never a blind second send.
"""

from __future__ import annotations

import base64
import binascii
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from orderdesk.db import Database
from orderdesk.errors import OrderDeskError
from orderdesk.faults import log_unexpected, place
from orderdesk.i18n import _
from orderdesk.models import CustomerRow, OrderRow, OutboxRow, utcnow
from orderdesk.services.messaging.config import P, SenderConfig, session_getter
from orderdesk.services.messaging.gateways import (
    Gateway,
    GatewayError,
    OutgoingMessage,
    PermanentError,
    SendResult,
    TemporaryError,
    UncertainError,
)
from orderdesk.services.messaging.opt_outs import set_opt_out_in
from orderdesk.services.messaging.outbox import (
    MANAGER_ALERT,
    enqueue_channel,
    enqueue_payment_reminders,
    note,
)
from orderdesk.services.messaging.waiting import waiting_check_for

log = logging.getLogger(__name__)

COUNTED = ("sending", "sent", "delivered", "unknown")  # what counts towards the daily cap
POLL_FOR = timedelta(days=3)  # stop asking for delivery reports after this


@dataclass
class RunStats:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    held: int = 0
    unknown: int = 0
    reconciled: int = 0
    delivered: int = 0
    reminders: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items()}


def _naive(dt: datetime) -> datetime:
    return dt.astimezone(UTC).replace(tzinfo=None) if dt.tzinfo else dt


class OutboxSender:
    def __init__(
        self,
        db: Database,
        gateways: Mapping[str, Gateway],
        *,
        config: SenderConfig | None = None,
        sms_gateway: str | None = None,
        clock: Callable[[], datetime] = utcnow,
        lease_seconds: float = 120.0,
        reconcile_delay: float = 10.0,
        backoff_base: float = 30.0,
        backoff_max: float = 3600.0,
        poll_interval: float = 300.0,
    ) -> None:
        self.db = db
        self.gateways = dict(gateways)
        self._config = config
        self._sms_gateway = sms_gateway
        self.clock = clock
        self.lease = timedelta(seconds=lease_seconds)
        self.reconcile_delay = timedelta(seconds=reconcile_delay)
        self.backoff_base, self.backoff_max = backoff_base, backoff_max
        self.poll_interval = timedelta(seconds=poll_interval)
        self.waiting = waiting_check_for(db)  # which waiting messages a round renders again

    # -- configuration (read per run, so `orderdesk config set` applies without a restart)
    def _load_config(self) -> tuple[SenderConfig, str]:
        if self._config is not None and self._sms_gateway is not None:
            return self._config, self._sms_gateway
        with self.db.session() as s:
            get = session_getter(s)
            return self._config or SenderConfig.from_settings(get), self._sms_gateway or get(P + "sms_gateway")

    def now(self) -> datetime:
        return _naive(self.clock())

    # -- one round
    def run_once(self, limit: int = 100) -> RunStats:
        stats = RunStats()
        config, sms_name = self._load_config()
        self.reconcile(stats)
        if not config.enabled:
            return stats
        stats.reminders = enqueue_payment_reminders(self.db, config.payment_reminder_hours, self.now())
        self.waiting.run(self.db)  # a payment link set since: their messages go now
        for outbox_id in self._due(limit):
            try:
                self._process(outbox_id, config, sms_name, stats)
            except Exception as exc:  # one bad row must not stop the others
                # Type, place and the row's id: the text of a database error carries the message's data.
                log_unexpected(log, exc, "sending", outbox_id=outbox_id)
                stats.errors.append(f"#{outbox_id}: {type(exc).__name__} at {place(exc)}")
        self.poll_statuses(stats, limit)
        return stats

    def _due(self, limit: int) -> list[int]:
        now = self.now()
        with self.db.session() as s:
            q = (
                select(OutboxRow.id)
                .where(OutboxRow.status.in_(("pending", "held")))
                .where((OutboxRow.next_attempt_at.is_(None)) | (OutboxRow.next_attempt_at <= now))
                .order_by(OutboxRow.id)
                .limit(limit)
            )
            return list(s.scalars(q))

    def _gateway_name(self, row: OutboxRow, sms_name: str) -> str:
        return row.gateway or (sms_name if row.channel == "sms" else "smtp")

    @staticmethod
    def _message(row: OutboxRow) -> OutgoingMessage:
        p = row.payload or {}
        return OutgoingMessage(
            row.channel,
            row.recipient,
            p.get("body", ""),
            p.get("subject", ""),
            row.idempotency_key,
            p.get("qr", ""),
            attachments_of(p),
        )

    # -- the checks before sending
    def _quiet_until(self, config: SenderConfig, now: datetime) -> datetime | None:
        """End of the quiet hours (naive UTC) if ``now`` is inside them."""
        if not config.quiet_hours:
            return None
        start, end = config.quiet_hours
        zone = ZoneInfo(config.timezone) if config.timezone else None
        local = now.replace(tzinfo=UTC).astimezone(zone)  # None: this PC's zone
        t = local.time()
        inside = (start <= t or t < end) if start > end else (start <= t < end)
        if not inside:
            return None
        wake = local.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
        if wake <= local:
            wake += timedelta(days=1)
        return _naive(wake)

    def _cap_until(self, s: Session, row: OutboxRow, config: SenderConfig, now: datetime) -> datetime | None:
        # The cap protects the customer: an alert to the manager neither waits for it nor counts.
        if row.order_id is None or config.max_per_order_per_day <= 0 or row.kind == MANAGER_ALERT:
            return None
        since = now - timedelta(days=1)
        q = select(func.count(), func.min(OutboxRow.sent_at)).where(
            OutboxRow.order_id == row.order_id, OutboxRow.id != row.id, OutboxRow.status.in_(COUNTED),
            OutboxRow.kind != MANAGER_ALERT,
            func.coalesce(OutboxRow.sent_at, OutboxRow.updated_at) >= since,
        )  # fmt: skip
        count, oldest = s.execute(q).one()
        if count < config.max_per_order_per_day:
            return None
        return (oldest or now) + timedelta(days=1)

    @staticmethod
    def _opted_out(s: Session, row: OutboxRow) -> str:
        if row.order_id is None or row.kind == MANAGER_ALERT:  # the manager is not the customer
            return ""
        order = s.get(OrderRow, row.order_id)
        customer: CustomerRow | None = order.customer if order else None
        if customer is None:
            return ""
        if row.channel == "sms" and customer.sms_opt_out:
            return _("the customer opted out of SMS")
        if row.channel == "email" and customer.email_opt_out:
            return _("the customer opted out of e-mail")
        return ""

    # -- one message
    def _process(self, outbox_id: int, config: SenderConfig, sms_name: str, stats: RunStats) -> None:
        now = self.now()
        with self.db.session(write=True) as s:
            # The claim: on PostgreSQL the row lock makes a second PC skip this row (it is being
            # sent); SQLite's write transaction is already one at a time.
            row = s.get(OutboxRow, outbox_id, with_for_update={"skip_locked": True})
            if row is None or row.status not in ("pending", "held"):
                return  # another sender took it meanwhile
            why_not = self._opted_out(s, row)
            if why_not:
                self._fail(s, row, _("Not sent: {w}.").format(w=why_not), config, stats)
                return
            hold = self._quiet_until(config, now) if row.channel == "sms" else None
            reason = _("quiet hours")
            if hold is None:
                hold, reason = self._cap_until(s, row, config, now), _("daily message limit for this order")
            if hold is not None:
                if row.status != "held" or row.next_attempt_at != hold:
                    row.status, row.next_attempt_at = "held", hold
                    row.last_error = _("Held until {t} UTC: {r}").format(t=hold.strftime("%Y-%m-%d %H:%M"), r=reason)
                stats.held += 1
                return
            name = self._gateway_name(row, sms_name)
            gateway = self.gateways.get(name)
            if gateway is None:
                row.status, row.next_attempt_at = "pending", now + timedelta(seconds=self.backoff_max)
                row.last_error = _(
                    "No {c} gateway is set up ({g}); set it up in Messages > Notification settings."
                ).format(c=row.channel.upper(), g=name)
                stats.retried += 1
                return
            row.status, row.gateway, row.attempts = "sending", name, row.attempts + 1
            row.next_attempt_at = now + self.lease
            row.payload = {**(row.payload or {}), "sending_since": now.isoformat()}
            attempt = row.attempts
            message = self._message(row)
        # Committed: from here on a crash leaves a "sending" row that reconcile() sorts out.
        try:
            result: SendResult | GatewayError = gateway.send(message)
        except GatewayError as exc:
            result = exc
        except OrderDeskError as exc:
            # A missing keyring secret or setting: raised before anything goes out.
            result = TemporaryError(str(exc), retry_after=self.backoff_max)
        except Exception as exc:  # a bug or an unexpected library error: we cannot know if it went out
            result = UncertainError(f"{type(exc).__name__}: {exc}")
        self._record(outbox_id, attempt, gateway, result, config, stats)

    def _record(
        self, outbox_id: int, attempt: int, gateway: Gateway, result, config: SenderConfig, stats: RunStats
    ) -> None:
        now = self.now()
        with self.db.session(write=True) as s:
            row = s.get(OutboxRow, outbox_id, with_for_update=True)
            if row is None or row.status != "sending" or row.attempts != attempt:
                return  # reconciled by someone else meanwhile
            if isinstance(result, SendResult):
                self._mark_sent(s, row, result, gateway, now)
                stats.sent += 1
            elif isinstance(result, TemporaryError):
                if row.attempts >= config.max_attempts:
                    self._fail(
                        s, row, _("Gave up after {n} attempts: {e}").format(n=row.attempts, e=result), config, stats
                    )
                    return
                delay = result.retry_after or min(self.backoff_base * 2 ** (row.attempts - 1), self.backoff_max)
                delay *= random.uniform(1.0, 1.25)  # spread retries of many messages
                row.status, row.next_attempt_at, row.last_error = "pending", now + timedelta(seconds=delay), str(result)
                stats.retried += 1
            elif isinstance(result, PermanentError):
                self._permanent(s, row, result, config, stats)
            else:
                self._uncertain(s, row, gateway, str(result), stats)

    def _mark_sent(self, s: Session, row: OutboxRow, result: SendResult, gateway: Gateway, now: datetime) -> None:
        row.status, row.gateway_id, row.sent_at, row.last_error = result.status, result.gateway_id, now, ""
        row.next_attempt_at = now + self.poll_interval if gateway.supports_status and result.status == "sent" else None
        if result.parts:
            row.payload = {**(row.payload or {}), "parts": result.parts}
        note(s, row.order_id, "sent", _("{c} sent to {r}").format(c=row.channel.upper(), r=row.recipient),
             {"outbox_id": row.id, "channel": row.channel, "gateway": gateway.name, "gateway_id": result.gateway_id, "event": row.kind})  # fmt: skip

    def _permanent(
        self, s: Session, row: OutboxRow, error: PermanentError, config: SenderConfig, stats: RunStats
    ) -> None:
        customer = self._customer(s, row)
        if customer is not None and error.unsubscribed:
            set_opt_out_in(s, customer, row.channel, True, at=self.now(), gateway=row.gateway or "")
            note(
                s,
                row.order_id,
                "opt_out",
                _("The gateway reports the customer unsubscribed from {c}; opt-out turned on.").format(
                    c=row.channel.upper()
                ),
            )
        if customer is not None and error.invalid_recipient and row.channel == "sms":
            customer.phone_invalid = True
        self._fail(s, row, str(error), config, stats)

    def _uncertain(self, s: Session, row: OutboxRow, gateway: Gateway, error: str, stats: RunStats) -> None:
        if gateway.supports_lookup:
            # Ask the gateway a little later whether it has the message.
            row.next_attempt_at, row.last_error = self.now() + self.reconcile_delay, error
            return
        self._unknown(s, row, gateway.name, error)
        stats.unknown += 1

    def _unknown(self, s: Session, row: OutboxRow, gateway_name: str, error: str) -> None:
        row.status, row.next_attempt_at = "unknown", None
        row.last_error = _(
            "Unknown — check: {e} Look in the {g} log whether it arrived, then mark it or resend it."
        ).format(e=error, g=gateway_name)
        note(s, row.order_id, "unknown", row.last_error, {"outbox_id": row.id, "channel": row.channel})

    @staticmethod
    def _customer(s: Session, row: OutboxRow) -> CustomerRow | None:
        if row.kind == MANAGER_ALERT:  # a bounce from the manager's address says nothing about the customer
            return None
        order = s.get(OrderRow, row.order_id) if row.order_id is not None else None
        return order.customer if order else None

    def _fail(self, s: Session, row: OutboxRow, reason: str, config: SenderConfig, stats: RunStats) -> None:
        row.status, row.next_attempt_at, row.last_error = "failed", None, reason
        stats.failed += 1
        note(s, row.order_id, "failed", _("{c} to {r} failed: {e}").format(c=row.channel.upper(), r=row.recipient, e=reason),
             {"outbox_id": row.id, "channel": row.channel, "event": row.kind})  # fmt: skip
        self._fallback(s, row, config)

    def _fallback(self, s: Session, row: OutboxRow, config: SenderConfig) -> None:
        payload = row.payload or {}
        fallback = payload.get("fallback")
        if not config.fallback or not fallback or row.order_id is None:
            return
        order = s.get(OrderRow, row.order_id)
        if order is None:
            return
        get = session_getter(s)
        enqueue_channel(s, order, fallback, row.kind, payload.get("context") or {}, payload.get("language", "en"),
                        row.idempotency_key + ":fallback", "", get)  # fmt: skip

    # -- crash recovery
    def reconcile(self, stats: RunStats | None = None) -> None:
        """Settle "sending" rows whose lease ran out (the sender died or timed out mid-send)."""
        stats = stats if stats is not None else RunStats()
        now = self.now()
        with self.db.session() as s:
            ids = list(
                s.scalars(
                    select(OutboxRow.id)
                    .where(OutboxRow.status == "sending", OutboxRow.next_attempt_at <= now)
                    .order_by(OutboxRow.id)
                )
            )
        for outbox_id in ids:
            with self.db.session() as s:
                row = s.get(OutboxRow, outbox_id)
                if row is None or row.status != "sending":
                    continue
                gateway = self.gateways.get(row.gateway)
                message, attempts = self._message(row), row.attempts
                since_text = (row.payload or {}).get("sending_since")
                since = datetime.fromisoformat(since_text) if since_text else row.updated_at
                exclude = frozenset(s.scalars(select(OutboxRow.gateway_id).where(
                    OutboxRow.recipient == row.recipient, OutboxRow.gateway == row.gateway, OutboxRow.gateway_id != "")))  # fmt: skip
            found, error = None, ""
            if gateway is not None and gateway.supports_lookup:
                try:
                    found = gateway.lookup(message, since, exclude)
                except Exception as exc:  # whatever it is, we still do not know: ask again later
                    error = str(exc) or type(exc).__name__
            with self.db.session(write=True) as s:
                row = s.get(OutboxRow, outbox_id, with_for_update=True)
                if row is None or row.status != "sending" or row.attempts != attempts:
                    continue
                if gateway is None or not gateway.supports_lookup:
                    self._unknown(s, row, row.gateway, _("The sender stopped between sending and recording."))
                    stats.unknown += 1
                elif error:
                    checks = int((row.payload or {}).get("reconcile_checks", 0)) + 1
                    row.payload = {**(row.payload or {}), "reconcile_checks": checks}
                    if checks >= 5:
                        self._unknown(s, row, row.gateway, _("Could not ask {g}: {e}").format(g=row.gateway, e=error))
                        stats.unknown += 1
                    else:
                        row.next_attempt_at = now + timedelta(
                            seconds=min(self.backoff_base * 2**checks, self.backoff_max)
                        )
                elif found is not None:
                    self._mark_sent(s, row, found, gateway, now)
                    stats.reconciled += 1
                else:
                    # The gateway never got it: safe to send again.
                    row.status, row.next_attempt_at = "pending", None
                    row.last_error = _("The previous attempt did not reach {g}; sending again.").format(g=row.gateway)
                    stats.reconciled += 1

    # -- delivery reports
    def poll_statuses(self, stats: RunStats | None = None, limit: int = 100) -> None:
        stats = stats if stats is not None else RunStats()
        now = self.now()
        names = [n for n, g in self.gateways.items() if g.supports_status]
        if not names:
            return
        with self.db.session() as s:
            rows = s.execute(
                select(OutboxRow.id, OutboxRow.gateway, OutboxRow.gateway_id, OutboxRow.sent_at)
                .where(OutboxRow.status == "sent", OutboxRow.gateway.in_(names), OutboxRow.next_attempt_at <= now)
                .order_by(OutboxRow.next_attempt_at).limit(limit)
            ).all()  # fmt: skip
        config, _sms = self._load_config()
        for outbox_id, name, gateway_id, sent_at in rows:
            try:
                report = self.gateways[name].fetch_status(gateway_id)
            except Exception as exc:  # a report can wait for the next round
                report, error = None, str(exc) or type(exc).__name__
            with self.db.session(write=True) as s:
                row = s.get(OutboxRow, outbox_id, with_for_update=True)
                if row is None or row.status != "sent":
                    continue
                payload = {**(row.payload or {})}
                if report is None:
                    row.next_attempt_at = now + self.poll_interval
                    payload["poll_error"] = error
                elif report.status == "delivered":
                    row.status, row.next_attempt_at = "delivered", None
                    payload["delivery"] = report.raw_status
                    stats.delivered += 1
                elif report.status == "failed":
                    payload["delivery"] = report.raw_status
                    row.payload = payload
                    self._permanent(
                        s,
                        row,
                        PermanentError(report.error or report.raw_status, unsubscribed=report.unsubscribed),
                        config,
                        stats,
                    )
                    continue
                else:
                    payload["delivery"] = report.raw_status
                    too_old = sent_at is not None and now - sent_at > POLL_FOR
                    row.next_attempt_at = None if too_old else now + self.poll_interval
                row.payload = payload


def attachments_of(payload: dict) -> tuple[tuple[str, str, bytes], ...]:
    """The files an outbox row carries (``payload["attachments"]``: name, type and base64 data),
    e.g. the carrier's return label; a damaged entry is left out rather than stop the message."""
    out = []
    for item in payload.get("attachments") or []:
        try:
            out.append((str(item["name"]), str(item["type"]), base64.b64decode(item["b64"], validate=True)))
        except (KeyError, TypeError, ValueError, binascii.Error):
            log.warning("outbox attachment left out: unreadable entry")
    return tuple(out)
