"""Crash test: the sender process is SIGKILLed at random points across a few hundred
messages and restarted; the fake gateway's own record shows every message exactly once."""

from __future__ import annotations

import collections
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from orderdesk.db import Database
from orderdesk.models import OutboxRow
from tests.fakes.twilio import FakeTwilio

MESSAGES = 300
KILLS = 30
ROOT = Path(__file__).resolve().parents[3]


def test_sender_killed_at_random_points_delivers_every_message_exactly_once(tmp_path):
    rng = random.Random(int(os.environ.get("CRASH_SEED", time.time())))
    db_path = tmp_path / "crash.sqlite3"
    db = Database.open(db_path)
    with db.session(write=True) as s:
        for i in range(MESSAGES):
            s.add(OutboxRow(channel="sms", kind="test", recipient=f"+4860010{i % 30:04d}", idempotency_key=f"crash:{i}",
                            payload={"body": f"Wiadomość {i}"}, status="pending", attempts=0, last_error="", gateway="", gateway_id=""))  # fmt: skip
    sending_seen = 0
    started = time.monotonic()
    with FakeTwilio() as fake:
        fake.latency = 0.004  # a window between "the gateway has it" and "we recorded it"
        kills = 0
        while True:
            proc = subprocess.Popen([sys.executable, "-m", "tests.integration.messaging.crash_worker", str(db_path), fake.url],
                                    cwd=ROOT, stdout=subprocess.PIPE, text=True)  # fmt: skip
            assert proc.stdout.readline().strip() == "ready"
            if kills < KILLS:
                time.sleep(rng.uniform(0.0, 0.25))
                if proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)
                    kills += 1
                proc.wait()
                with db.session() as s:
                    sending_seen += s.scalar(
                        select(func.count()).select_from(OutboxRow).where(OutboxRow.status == "sending")
                    )
                if proc.returncode == 0:
                    break
                continue
            assert proc.wait(timeout=60) == 0
            break
        received = collections.Counter(m["body"] for m in fake.received)
    elapsed = time.monotonic() - started
    expected = {f"Wiadomość {i}" for i in range(MESSAGES)}
    duplicates = {body: n for body, n in received.items() if n > 1}
    assert duplicates == {}, f"sent twice: {duplicates}"
    assert set(received) == expected, f"lost: {sorted(expected - set(received))[:10]}"
    with db.session() as s:
        statuses = collections.Counter(s.scalars(select(OutboxRow.status)))
        sids = list(s.scalars(select(OutboxRow.gateway_id)))
    assert statuses == {"sent": MESSAGES}
    assert sorted(sids) == sorted(m["sid"] for m in fake.received)  # each row has its own message's sid
    assert kills >= 5 and sending_seen >= 1, (kills, sending_seen)  # the crash window was really hit
    print(f"{MESSAGES} messages, {kills} kills, {sending_seen} interrupted sends, {elapsed:.1f} s")
