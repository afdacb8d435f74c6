"""The window's store rounds in a child process, so they never share the window's interpreter lock.

A round is Python work from end to end (pages parsed, thousands of orders built and written,
hundreds of pushes claimed and recorded). On a worker thread it holds the interpreter lock the
GUI thread needs for every event, and on a busy PC the thread holding it can be parked by the
operating system for tens of milliseconds: the store benchmark measured 66-106 ms GUI stalls
during push rounds on a loaded machine against 6-18 ms with nothing running. In its own process,
at a lower CPU priority, the round costs the window nothing but a pipe to read at the end.

``run_in_child`` starts ``python -m orderdesk.services.channels.round_process``: the same
``ChannelSync.run_all`` as ``orderdesk channels sync``, on the same database (its URL in the
child's environment, never on a command line another user could read), with the keys from the
keyring. The reports come back as JSON. A child ended mid-round (the window closed) leaves
nothing half done: each page and each push is its own transaction, and the next round resumes.
Asked to stop (SIGTERM), it unwinds first, so the store's round lease is given back at once
instead of blocking the next window's round until it expires.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from typing import Any

from orderdesk.errors import OrderDeskError
from orderdesk.i18n import _

log = logging.getLogger(__name__)

ENV_URL = "ORDERDESK_DATABASE_URL"  # the same variable ``Database.open`` reads (orderdesk.db)
REFUSED = 2  # exit status: a round could not start; stderr's last line says why
STOPPED = 3  # exit status: asked to stop mid-round
MAX_LOG_LINES = 200
SINCE_FORMAT = "%Y-%m-%dT%H:%M:%S"
NICENESS = 10  # the child's lower CPU priority (POSIX; on Windows "below normal")


def run_in_child(
    db_url: str, started: Callable[[subprocess.Popen], None] | None = None, since: datetime | None = None
) -> list:
    """Every active store's round in a child process; its ``RoundReport`` list.

    ``started`` gets the process (the window keeps it, to end it when it closes). ``since`` (naive
    GMT): also read the orders changed since then, as ``orderdesk channels sync --since``."""
    env = {**os.environ, ENV_URL: db_url, "PYTHONIOENCODING": "utf-8"}
    extra = ["--since", since.strftime(SINCE_FORMAT)] if since is not None else []
    proc = subprocess.Popen(
        [sys.executable, "-m", __name__, *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
        encoding="utf-8", creationflags=getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0),  # Windows
    )  # fmt: skip
    if started is not None:
        started(proc)
    out, err = proc.communicate()
    lines = [line for line in err.strip().splitlines() if line.strip()]
    for line in lines[-MAX_LOG_LINES:]:  # the child's log (ids only, as every log) into the window's
        log.info("round process %s: %s", proc.pid, line)
    if proc.returncode != 0:
        if proc.returncode < 0 or proc.returncode == STOPPED:
            raise OrderDeskError(
                _("The store round was stopped before it finished; the next round goes on from there.")
            )
        if proc.returncode == REFUSED and lines:  # an OrderDeskError: its one line says what to fix
            raise OrderDeskError(lines[-1])
        # Anything else is a bug: its type in the log (never the data), a plain line for the person.
        log.error("store round process failed (exit %s): %s", proc.returncode, lines[-1][:200] if lines else "")
        raise OrderDeskError(_("The store round stopped unexpectedly; the details are in the log."))
    return [_report(d) for d in json.loads(out or "[]")]


def _report(data: dict[str, Any]):
    from orderdesk.services.channels.importer import ImportReport
    from orderdesk.services.channels.pushes import PushReport
    from orderdesk.services.channels.sync import RoundReport

    incoming, outgoing = data.pop("incoming"), data.pop("outgoing")
    return RoundReport(incoming=ImportReport(**incoming), outgoing=PushReport(**outgoing), **data)


def main() -> int:
    """The child: run the rounds, print the reports as JSON (exit 2 with one line on stderr when
    a round cannot start, e.g. the database is unreachable)."""
    from orderdesk.db import Database
    from orderdesk.services.channels.registry import list_channels
    from orderdesk.services.channels.sync import ChannelSync
    from orderdesk.wiring import order_service

    def stop(_signum, _frame) -> None:
        raise SystemExit(STOPPED)  # unwinds the round: its lease is released on the way out

    signal.signal(signal.SIGTERM, stop)
    args = sys.argv[1:]
    since = datetime.strptime(args[1], SINCE_FORMAT) if args[:1] == ["--since"] and len(args) > 1 else None
    # Its log lines go to stderr; the window writes them to its own log (one file, one writer).
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(levelname)s %(name)s %(message)s")
    if hasattr(os, "nice"):
        # Background work: when the PC is busy, the window (and the person at it) goes first.
        os.nice(NICENESS)
    try:
        db = Database.open(os.environ[ENV_URL], migrate=False)
        try:
            reports = ChannelSync(order_service(db)).run_all(since=since) if list_channels(db) else []
        finally:
            db.dispose()
    except OrderDeskError as exc:
        print(str(exc), file=sys.stderr)
        return REFUSED
    json.dump([asdict(r) for r in reports], sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
