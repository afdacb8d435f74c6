"""One sync round with a store: orders in, pushes out, then the mismatch detector.

Only one desk runs a store's round at a time (the shared lease of services/leases.py: an
advisory lock on PostgreSQL, an expiring row on SQLite, so a killed desk blocks nobody for long). The cursor moves only at the end of a round that read every
page, so a round cut short is simply read again; the (id, modified) dedupe makes that cheap.
"""

from __future__ import annotations

import logging
import os
import socket
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from orderdesk.db import Database
from orderdesk.errors import OrderDeskError
from orderdesk.hold_reasons import hold_reason
from orderdesk.models import ChannelRow, HoldRow, OrderRow, utcnow
from orderdesk.models_extra import StorePushRow
from orderdesk.services.channels.base import StoreClient
from orderdesk.services.channels.importer import Importer, ImportReport
from orderdesk.services.channels.prefetch import prefetched
from orderdesk.services.channels.pushes import PushReport, PushSender, push_map
from orderdesk.services.channels.registry import Channel, client_for, get_channel, list_channels
from orderdesk.services.channels.service import accepted
from orderdesk.services.channels.woocommerce import overlap_since
from orderdesk.services.credentials import Credentials
from orderdesk.services.leases import Lease
from orderdesk.services.orders import OrderService
from orderdesk.settings import Settings
from orderdesk.workflow import Hold, Status

log = logging.getLogger(__name__)

# Desk statuses whose store status is certain after the push: anything else there is a mismatch.
CHECKED = {
    Status.SHIPPED,
    Status.DELIVERED,
    Status.COLLECTED,
    Status.COMPLETED,
    Status.CANCELLED,
    Status.REFUNDED,
}


RETRY_KEY = "retry"  # the store's settings: {store id: {"error", "attempts", "since"}}
RETRIES_PER_ROUND = 50


def retry_list(channel: Channel) -> dict[str, dict]:
    """The store orders waiting to be read again (an earlier round could not take them)."""
    return dict(channel.settings.get(RETRY_KEY) or {})


# The reverse check: desk statuses before the parcel leaves, and store statuses that end an order.
NOT_SHIPPED = frozenset(
    {
        Status.NEW,
        Status.CONFIRMED,
        Status.AWAITING_PAYMENT,
        Status.PAID,
        Status.ASSEMBLING,
        Status.PACKED,
        Status.READY_FOR_PICKUP,
    }
)
STORE_FINISHED = frozenset({"completed", "cancelled", "refunded"})


def desk_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class RoundReport:
    channel: str
    incoming: ImportReport = field(default_factory=ImportReport)
    outgoing: PushReport = field(default_factory=PushReport)
    mismatches: list[str] = field(default_factory=list)
    requests: int = 0
    cursor: str = ""
    busy: bool = False  # another desk was running this store's round
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and not self.busy


class ChannelSync:
    def __init__(
        self,
        orders: OrderService,
        credentials: Credentials | None = None,
        *,
        owner: str | None = None,
        client_factory=None,
    ) -> None:
        self.orders = orders
        self.db: Database = orders.db
        self.credentials = credentials or Credentials()
        self.owner = owner or desk_id()
        self.client_factory = client_factory
        self.lease_seconds = int(Settings(self.db).get("channels.lease_seconds") or 120)

    def client(self, channel: Channel) -> StoreClient:
        if self.client_factory is not None:
            return self.client_factory(channel)
        country = Settings(self.db).get("shop.country") or "PL"
        return client_for(channel, self.credentials, default_country=country)

    def run_all(self, since: datetime | None = None) -> list[RoundReport]:
        return [self.run(c.name, since=since) for c in list_channels(self.db) if c.active]

    def run(self, name: str, *, since: datetime | None = None) -> RoundReport:
        channel = get_channel(self.db, name)
        report = RoundReport(channel.name)
        round_lease = Lease(self.db, f"channel-sync:{channel.id}", ttl=timedelta(seconds=self.lease_seconds))
        if not round_lease.acquire():
            report.busy = True
            return report
        try:
            client = self.client(channel)
            try:
                self._pull(channel, client, since, report, round_lease)
                PushSender(self.db, channel, client, self.owner, claim_seconds=self.lease_seconds).run(report.outgoing)
                self._deleted_in_store(channel, report.outgoing.gone)
                report.requests = getattr(client, "requests", 0)
            finally:
                client.close()
            # Every order put on the mismatch hold this round (the window refreshes the board for them).
            found = report.outgoing.gone + self.detect_mismatches(channel)
            report.mismatches = list(dict.fromkeys(found))
        except OrderDeskError as exc:
            report.error = str(exc)
            log.info("store %s: round failed: %s", channel.id, type(exc).__name__)
        finally:
            self._finished(channel.id, report.error)
            round_lease.release()
        return report

    def _finished(self, channel_id: int, error: str) -> None:
        with self.db.session(write=True) as s:
            s.execute(
                update(ChannelRow)
                .where(ChannelRow.id == channel_id)
                .values(last_sync_at=utcnow(), last_error=error[:2000])
                .execution_options(synchronize_session=False)
            )

    # ------------------------------------------------------------------ orders in
    def _pull(
        self, channel: Channel, client: StoreClient, since: datetime | None, report: RoundReport, round_lease: Lease
    ) -> None:
        overlap = int(Settings(self.db).get("channels.overlap_seconds"))  # 0 is a valid choice
        if since is not None:
            start = since.strftime("%Y-%m-%dT%H:%M:%S")
            # A store's first round with --since: every order changed since then, and the open
            # ones older than that too (the "open orders and, on request, the last N days").
            passes = [(start, False), (None, True)] if not channel.cursor else [(start, False)]
        elif channel.cursor:
            passes = [(overlap_since(channel.cursor, overlap), False)]
        else:
            passes = [(None, True)]  # the first round: the open orders
        importer = Importer(self.orders, channel)
        newest = channel.cursor
        seen: set[str] = set()
        for start, open_only in passes:
            # The next page is read while this one is written (the client is used by that thread only).
            with closing(prefetched(client.fetch(since=start, open_only=open_only))) as pages:
                for page in pages:
                    page = [o for o in page if o.external_id not in seen]  # read by an earlier pass
                    seen.update(o.external_id for o in page)
                    if page:
                        importer.apply_page(page, report.incoming)
                    newest = max([newest, *(o.modified for o in page)])
                    round_lease.renew()
        self._read_again(channel, client, importer, report, seen, round_lease)
        server_now = getattr(client, "last_server_time", None)
        if not newest and server_now is not None:
            # Nothing open yet: start the next round from the store's clock, not from the beginning.
            newest = (server_now - timedelta(seconds=overlap)).strftime("%Y-%m-%dT%H:%M:%S")
        move_cursor = bool(newest) and (since is None or newest > channel.cursor)
        self._save_round(channel.id, newest if move_cursor else None, seen, report.incoming)
        report.cursor = newest

    def _read_again(
        self,
        channel: Channel,
        client: StoreClient,
        importer: Importer,
        report: RoundReport,
        seen: set[str],
        round_lease: Lease,
    ) -> None:
        """The orders an earlier round could not take, read again by id (those this round has
        not met in its pages), a few per round so a long list never makes a round long."""
        for external_id in [i for i in retry_list(channel) if i not in seen][:RETRIES_PER_ROUND]:
            seen.add(external_id)
            report.incoming.retried += 1
            try:
                order = client.fetch_one(external_id)
            except OrderDeskError as exc:
                importer.record_failure(report.incoming, external_id, str(exc))
                continue
            if order is None:
                report.incoming.gone.append(external_id)  # deleted in the store: nothing to import
                continue
            importer.apply_page([order], report.incoming)
            round_lease.renew()

    def _save_round(self, channel_id: int, cursor: str | None, seen: set[str], incoming: ImportReport) -> None:
        """The new cursor and the retry list, in one transaction: an order that failed is read
        again by id next round; one taken this round (in a page or read again) leaves the list."""
        failed = dict(line.split(": ", 1) for line in incoming.failed if ": " in line)
        with self.db.session(write=True) as s:
            row = s.get(ChannelRow, channel_id, with_for_update=True)
            settings = dict(row.settings or {})
            before = dict(settings.get(RETRY_KEY) or {})
            retry = {i: v for i, v in before.items() if i not in seen}
            now = utcnow().strftime("%Y-%m-%dT%H:%M:%S")
            for external_id in incoming.failed_ids:
                earlier = before.get(external_id) or {}
                retry[external_id] = {
                    "error": failed.get(external_id, "")[:300],
                    "attempts": int(earlier.get("attempts") or 0) + 1,
                    "since": earlier.get("since") or now,
                }
            if retry != before:
                row.settings = {**settings, RETRY_KEY: retry}
            if cursor is not None:
                row.cursor = cursor

    # ------------------------------------------------------------------ mismatches
    def _deleted_in_store(self, channel: Channel, numbers: list[str]) -> None:
        """A push found the store's order deleted or in the trash: a mismatch hold saying so."""
        for number in numbers:
            detail = self.orders.get(number, with_history=False)
            if detail.channel is None:
                continue
            reason, coded = hold_reason("store_deleted")
            admin = f"{channel.base_url}/wp-admin/post.php?post={detail.channel.external_id}&action=edit"
            store = detail.channel.store_status
            details = {"desk": detail.status.value, "store": store, "admin_url": admin, **coded}
            self.orders.add_hold(number, Hold.CHANNEL_MISMATCH, reason, channel.actor, details)

    def detect_mismatches(self, channel: Channel) -> list[str]:
        """Orders whose store status is not what the desk's status says it should be by now."""
        mapping = push_map(channel.settings)
        found: list[str] = []
        with self.db.session() as s:
            waiting = (
                select(StorePushRow.order_id)
                .where(StorePushRow.status == "pending", StorePushRow.order_id.is_not(None))
                .scalar_subquery()
            )
            rows = s.execute(
                select(
                    OrderRow.number, OrderRow.status, OrderRow.store_status, OrderRow.external_id, OrderRow.id
                ).where(
                    OrderRow.channel_id == channel.id,
                    OrderRow.status.in_([st.value for st in CHECKED]),
                    OrderRow.store_status != "",
                    OrderRow.id.not_in(waiting),
                )
            ).all()
        for number, status, store_status, external_id, order_id in rows:
            expected = mapping.get(status)
            fine = {expected} if expected else set()
            if status == Status.CANCELLED.value:
                fine |= {"cancelled", "refunded", "failed", "trash"}
            if not expected or store_status in fine or accepted(self.db, order_id, store_status):
                continue
            # A kind plus parameters: each reader sees it in their language (orderdesk.hold_reasons).
            reason, coded = hold_reason("store_behind", s=store_status, d=str(status))
            admin = f"{channel.base_url}/wp-admin/post.php?post={external_id}&action=edit"
            self.orders.add_hold(
                number,
                Hold.CHANNEL_MISMATCH,
                reason,
                channel.actor,
                {"desk": status, "store": store_status, "admin_url": admin, **coded},
            )
            found.append(number)
        return found + self._store_ahead(channel, mapping)

    def _store_ahead(self, channel: Channel, mapping: dict[str, str]) -> list[str]:
        """The reverse case: the store has finished the order (completed, cancelled, refunded)
        while the desk has not shipped it. Orders already on the mismatch hold are left alone."""
        held = (
            select(HoldRow.order_id)
            .where(HoldRow.kind == Hold.CHANNEL_MISMATCH.value, HoldRow.resolved_at.is_(None))
            .scalar_subquery()
        )
        with self.db.session() as s:
            rows = s.execute(
                select(
                    OrderRow.number, OrderRow.status, OrderRow.store_status, OrderRow.external_id, OrderRow.id
                ).where(
                    OrderRow.channel_id == channel.id,
                    OrderRow.status.in_([st.value for st in NOT_SHIPPED]),
                    OrderRow.store_status.in_(sorted(STORE_FINISHED)),
                    OrderRow.id.not_in(held),
                )
            ).all()
        found: list[str] = []
        for number, status, store_status, external_id, order_id in rows:
            if mapping.get(status) == store_status or accepted(self.db, order_id, store_status):
                continue  # what the desk itself sent, or a difference someone accepted
            if store_status == "completed":
                reason, coded = hold_reason("store_completed", s=str(status))
            else:
                reason, coded = hold_reason("store_ahead", st=store_status, s=str(status))
            admin = f"{channel.base_url}/wp-admin/post.php?post={external_id}&action=edit"
            details = {"desk": status, "store": store_status, "admin_url": admin, **coded}
            self.orders.add_hold(number, Hold.CHANNEL_MISMATCH, reason, channel.actor, details)
            found.append(number)
        return found


def pending_pushes(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(StorePushRow).where(StorePushRow.status == "pending")) or 0
