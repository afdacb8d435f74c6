"""A control heartbeat in a process of its own: how late a 10 ms sleep wakes up on this machine.

Run beside a benchmark's GUI heartbeat over the same seconds: when both see the same stalls, the
machine's scheduler made them (other programs on a shared CPU), not the window. It stops at
SIGTERM (or end of input) and prints its figures as one JSON line.

    python -m benchmarks.control_heartbeat
"""

from __future__ import annotations

import json
import signal
import sys
import time

INTERVAL = 0.010


def main() -> int:
    gaps: list[float] = []
    running = [True]

    def stop(_signum, _frame) -> None:
        running[0] = False

    signal.signal(signal.SIGTERM, stop)
    last = time.perf_counter()
    while running[0]:
        time.sleep(INTERVAL)
        now = time.perf_counter()
        gaps.append(max(0.0, now - last - INTERVAL) * 1000)
        last = now
    ordered = sorted(gaps) or [0.0]
    pick = lambda q: ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]  # noqa: E731
    print(json.dumps({"worst_ms": ordered[-1], "p99_ms": pick(99), "median_ms": pick(50), "ticks": len(gaps)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
