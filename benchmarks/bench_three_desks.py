"""Benchmark: the owner, the packer and the clerk working at once against one PostgreSQL
database for five minutes (see benchmarks/three_desks.py): operations per second, p95 per kind,
lost updates, duplicate messages, and how soon the owner's moves are seen on the other desks'
boards. Exits 1 on a lost update, a duplicate or a seen p95 over a second.

    python -m benchmarks.bench_three_desks [--seconds 300] [--pg URL] [--sqlite]

Without --pg a throw-away PostgreSQL server is started and removed afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--pg", help="an empty PostgreSQL database URL (default: a throw-away server)")
    parser.add_argument("--sqlite", action="store_true", help="run against a SQLite file instead")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from benchmarks.three_desks import prepare, simulate
    from tests.fakes.twilio import FakeTwilio

    with contextlib.ExitStack() as stack:
        scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="orderdesk-desks-"))
        os.environ["ORDERDESK_DATA_DIR"] = scratch
        if args.sqlite:
            url = f"sqlite:///{Path(scratch) / 'shop.sqlite3'}"
        elif args.pg:
            url = args.pg
        else:
            from tests.support import postgres
            from tests.support.pg_fixtures import fresh_pg_database

            url = fresh_pg_database(stack.enter_context(postgres.temporary_server()))
        prepare(url)
        gateway = stack.enter_context(FakeTwilio())
        report = simulate(url, args.seconds, gateway)
        print("\n".join(report.lines()))
        from orderdesk.bench import percentile

        slow = bool(report.seen_delays) and percentile(report.seen_delays, 95) > 1.0
        bad = report.lost_moves or report.lost_notes or report.duplicate_sms or slow
        return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
