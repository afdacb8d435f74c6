"""Benchmark: the data figures (search, move, counts) on SQLite and PostgreSQL side by side.

Without ``--pg`` a throw-away PostgreSQL server is started (the test suite's helper; needs the
PostgreSQL server binaries) and removed afterwards. The PostgreSQL side searches through the
pg_trgm index of migration 0006_pg_trgm, the SQLite side through its FTS5 trigram index.

    python -m benchmarks.bench_backends [--orders 250000 --active 5000 --samples 200 --pg URL]
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=250_000)
    parser.add_argument("--active", type=int, default=5_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--db", help="SQLite file to keep (default: a scratch file)")
    parser.add_argument("--pg", help="PostgreSQL URL to use (default: a throw-away server)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from orderdesk.bench import run_bench

    with contextlib.ExitStack() as stack:
        if not args.pg:
            from tests.support import postgres

            if not postgres.available():
                print("PostgreSQL server binaries are not installed; give --pg URL", file=sys.stderr)
                return 2
            args.pg = stack.enter_context(postgres.temporary_server())
        return run_bench(args)


if __name__ == "__main__":
    raise SystemExit(main())
