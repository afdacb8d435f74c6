"""Live updates between PCs on PostgreSQL: a thread that LISTENs for the database's change
notifications (migration 0006_live_updates) and calls back, never on the GUI thread.

SQLite has no such channel; its boards keep polling the change marker. The callback runs on
the listener's own thread: a window hands it over to its event loop (a queued Qt signal).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

CHANNEL = "orderdesk_changes"
# A window refreshes this long after the first notification of a burst (a sync round moving 40
# cards: one refresh), however many follow (ui/live_updates.py).
REFRESH_AFTER_MS = 150
RECONNECT_SECONDS = (1, 2, 5, 10, 30)  # after a lost connection: the server restarted, the LAN dropped


def libpq_url(sqlalchemy_url: str) -> str:
    """The SQLAlchemy URL as libpq takes it (no '+psycopg' driver part)."""
    return make_url(sqlalchemy_url).set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    """``start()`` a daemon thread that calls ``on_change(table)`` for every notification."""

    def __init__(self, url: str, on_change: Callable[[str], None], *, poll_seconds: float = 0.5) -> None:
        if make_url(url).get_backend_name() != "postgresql":
            raise ValueError("live updates need PostgreSQL")
        self._url = libpq_url(url)
        self._on_change = on_change
        self._poll = poll_seconds  # how soon stop() is noticed; notifications arrive at once
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = threading.Event()  # set while LISTENing (tests wait for it)

    def start(self) -> ChangeListener:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="orderdesk-live-updates", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        import psycopg

        failures = 0
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._url, autocommit=True, connect_timeout=10) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connected.set()
                    failures = 0
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=self._poll):
                            self._deliver(note.payload)
            except Exception as exc:  # the server went away: say so once per try, then reconnect
                self.connected.clear()
                if self._stop.is_set():
                    break
                wait = RECONNECT_SECONDS[min(failures, len(RECONNECT_SECONDS) - 1)]
                failures += 1
                log.warning("live updates: %s; reconnecting in %s s", type(exc).__name__, wait)
                self._stop.wait(wait)
        self.connected.clear()

    def _deliver(self, payload: str) -> None:
        try:
            self._on_change(payload)
        except Exception:  # a broken callback must not end live updates
            log.exception("live updates: callback failed")
