"""One shared round at a time across PCs: the carrier sync, the store sync, any job that must not
run twice at once against one shop database.

PostgreSQL: a session-level advisory lock (``pg_try_advisory_lock``) on a connection kept for the
round; the server drops it by itself when that process dies or its connection breaks.
SQLite: a row in ``leases`` with an expiry, taken in one write transaction; a process that died
mid-round leaves a row that stops counting at ``expires_at``. Long rounds call ``renew()``.

Usage::

    with lease(db, "carrier-sync") as held:
        if not held:
            return  # another PC (or the CLI) is running this round right now
        ...
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import delete, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from orderdesk.db import Database
from orderdesk.models import utcnow
from orderdesk.models_extra import LeaseRow

log = logging.getLogger(__name__)

DEFAULT_TTL = timedelta(minutes=15)


def advisory_key(name: str) -> int:
    """A stable signed 64-bit key for ``name`` (PostgreSQL's advisory lock space is bigint)."""
    digest = hashlib.blake2b(f"orderdesk:{name}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _holder_id() -> str:
    # Host and pid say who holds it when someone looks; the random part keeps two leases apart.
    return f"{socket.gethostname()[:80]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


class Lease:
    """The right to run the round ``name``; ``acquire()`` never waits."""

    def __init__(self, db: Database, name: str, *, ttl: timedelta = DEFAULT_TTL) -> None:
        if not name or len(name) > 80:
            raise ValueError("a lease name is 1 to 80 characters")
        self.db = db
        self.name = name
        self.ttl = ttl
        self.holder = _holder_id()
        self.held = False
        self._conn: Connection | None = None

    # -- taking and giving back
    def acquire(self) -> bool:
        if self.held:
            return True
        self.held = self._acquire_pg() if not self.db.is_sqlite else self._acquire_row()
        if self.held:
            log.info("lease %s taken by %s", self.name, self.holder)
        return self.held

    def renew(self) -> bool:
        """Push the expiry on (SQLite); False when the lease was lost meanwhile (it had expired)."""
        if not self.held:
            return False
        if self._conn is not None:
            return True  # an advisory lock lasts as long as its connection
        now = utcnow()
        with self.db.session(write=True) as s:
            done = s.execute(
                update(LeaseRow)
                .where(LeaseRow.name == self.name, LeaseRow.holder == self.holder)
                .values(expires_at=now + self.ttl)
            )
            self.held = done.rowcount == 1
        return self.held

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        if self._conn is not None:
            conn, self._conn = self._conn, None
            try:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": advisory_key(self.name)})
                conn.commit()
                conn.close()
            except Exception:  # the connection broke: the server released the lock with it
                log.warning("lease %s: connection lost while releasing", self.name)
                conn.invalidate()
            return
        with self.db.session(write=True) as s:
            s.execute(delete(LeaseRow).where(LeaseRow.name == self.name, LeaseRow.holder == self.holder))
        log.info("lease %s released", self.name)

    def __enter__(self) -> Lease:
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()

    # -- the two backends
    def _acquire_pg(self) -> bool:
        conn = self.db.engine.connect()
        try:
            got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": advisory_key(self.name)}).scalar())
            conn.commit()  # a session lock outlives the transaction; no idle transaction left open
        except Exception:
            conn.close()
            raise
        if got:
            self._conn = conn
        else:
            conn.close()
        return got

    def _acquire_row(self) -> bool:
        now = utcnow()
        table = LeaseRow.__table__
        stmt = sqlite_insert(table).values(
            name=self.name, holder=self.holder, acquired_at=now, expires_at=now + self.ttl
        )
        # Take the row only when it is free or its holder's time ran out (a crashed process).
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c.name],
            set_={"holder": stmt.excluded.holder, "acquired_at": now, "expires_at": stmt.excluded.expires_at},
            where=table.c.expires_at <= now,
        )
        with self.db.session(write=True) as s:  # BEGIN IMMEDIATE: one writer at a time
            s.execute(stmt)
            holder = s.scalar(select(LeaseRow.holder).where(LeaseRow.name == self.name))
        return holder == self.holder


@contextmanager
def lease(db: Database, name: str, *, ttl: timedelta = DEFAULT_TTL) -> Iterator[Lease | None]:
    """The lease when this process got it (released afterwards), else None: someone else runs it."""
    held = Lease(db, name, ttl=ttl)
    if not held.acquire():
        yield None
        return
    try:
        yield held
    finally:
        held.release()


def holder_of(db: Database, name: str, now: datetime | None = None) -> str | None:
    """Who holds ``name`` on SQLite (host:pid:…), or None; PostgreSQL answers only held or not."""
    if not db.is_sqlite:
        with db.engine.connect() as conn:
            busy = conn.execute(
                text(
                    "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid::bigint = :lo AND classid::bigint = :hi"
                ),
                _split_key(advisory_key(name)),
            ).first()
        return "another PC" if busy else None
    with db.session() as s:
        row = s.get(LeaseRow, name)
        if row is None or row.expires_at <= (now or utcnow()):
            return None
        return row.holder


def _split_key(key: int) -> dict[str, int]:
    # pg_locks shows a bigint advisory key as classid (high 32 bits) and objid (low 32 bits), unsigned.
    unsigned = key & 0xFFFFFFFFFFFFFFFF
    return {"hi": unsigned >> 32, "lo": unsigned & 0xFFFFFFFF}
