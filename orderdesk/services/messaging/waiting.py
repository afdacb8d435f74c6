"""Which messages waiting for a missing value (outbox status "incomplete") a sender's round
renders again.

Rendering one costs a millisecond or two (the order, its shipments, the template), and a shop
gathers hundreds of them (every own-courier parcel while no tracking page is set). Rendering all
of them in every round, on every desk, made a round take over a second after five minutes of
three busy desks (benchmarks/three_desks.py), and the waiting messages after the first 200 were
never looked at again. A value can only come from:

- the order: a change writes its history (a payment link, a shipment, an edit): the messages of
  orders with history newer than the last round's are rendered again;
- the settings (``messaging.payment_link``, ``messaging.tracking_url``, the shop's address) or the
  templates (a fallback text): when either changed, every waiting message is rendered again;

and, as a backstop for a change that writes no history (a customer's name), every waiting message
again at least every ``FULL_EVERY`` seconds, in chunks of ``CHUNK`` per transaction.
"""

from __future__ import annotations

import hashlib
import threading
import time
import weakref
from collections.abc import Callable

from sqlalchemy import func, select

from orderdesk.db import Database
from orderdesk.models import HistoryRow, OutboxRow, SettingRow
from orderdesk.services.messaging.config import session_getter
from orderdesk.services.messaging.models import MessageTemplateRow
from orderdesk.services.messaging.outbox import complete_waiting

FULL_EVERY = 300.0  # seconds
CHUNK = 100  # messages rendered in one write transaction (SQLite: one writer at a time)
# History ids are taken when a row is written and become visible at its commit, so a transaction
# that commits late can show an id below the last round's newest: look back this many ids.
LOOK_BACK = 100


def _fingerprint(s) -> str:
    """Changes when any setting or template does (a template reset to its default: one row fewer)."""
    digest = hashlib.sha256()
    for key, value in s.execute(select(SettingRow.key, SettingRow.value).order_by(SettingRow.key)):
        digest.update(f"{key}\0{value}\0".encode())
    count, newest = s.execute(select(func.count(), func.max(MessageTemplateRow.updated_at))).one()
    digest.update(f"{count}\0{newest}".encode())
    return digest.hexdigest()


class WaitingCheck:
    """One sender's memory of its last round: the newest history id and the fingerprint."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._history: int | None = None  # None: nothing checked yet, the first round checks all
        self._fingerprint = ""
        self._full_at = 0.0
        self._lock = threading.Lock()  # two senders of one process (a window and a station) take turns

    def run(self, db: Database) -> int:
        """Render again what may have got its value since the last round; how many became pending."""
        with self._lock:
            return self._run(db)

    def _run(self, db: Database) -> int:
        with db.session() as s:
            newest = s.scalar(select(func.max(HistoryRow.id))) or 0
            fingerprint = _fingerprint(s)
            waiting = select(OutboxRow.id).where(OutboxRow.status == "incomplete").order_by(OutboxRow.id)
            full = (
                self._history is None or fingerprint != self._fingerprint or self.clock() - self._full_at >= FULL_EVERY
            )
            if not full:
                changed = select(HistoryRow.order_id).where(HistoryRow.id > self._history - LOOK_BACK)
                waiting = waiting.where(OutboxRow.order_id.in_(changed))
            ids = list(s.scalars(waiting))
        done = 0
        for start in range(0, len(ids), CHUNK):
            with db.session(write=True) as s:
                done += complete_waiting(s, session_getter(s), limit=CHUNK, ids=ids[start : start + CHUNK])
        self._history, self._fingerprint = newest, fingerprint
        if full:
            self._full_at = self.clock()
        return done


_checks: weakref.WeakKeyDictionary[Database, WaitingCheck] = weakref.WeakKeyDictionary()
_checks_lock = threading.Lock()


def waiting_check_for(db: Database) -> WaitingCheck:
    """The process's memory for this database: the app builds a new sender for every round."""
    with _checks_lock:
        check = _checks.get(db)
        if check is None:
            check = _checks[db] = WaitingCheck()
        return check
