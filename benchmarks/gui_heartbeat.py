"""A 10 ms timer on the GUI thread that records how late each tick came: the GUI's stalls.

Every gap beyond the interval is a moment the window could not have answered a key or repainted.
The worst gap alone is mostly luck on a shared machine (the operating system can park any process
for tens of milliseconds), so the figures are the worst, the 99th percentile and the median, and a
benchmark measures the same heartbeat with nothing running first to read them against.

``profile=True`` also runs cProfile on the GUI thread (cProfile sees only the thread that enabled
it), to name what ran there while the heartbeat was late.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import sys
import time
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, QTimer

INTERVAL_MS = 10


@dataclass(frozen=True)
class Stalls:
    worst_ms: float
    p99_ms: float
    median_ms: float
    ticks: int

    def line(self) -> str:
        return f"worst {self.worst_ms:.1f} ms, p99 {self.p99_ms:.1f} ms, median {self.median_ms:.1f} ms ({self.ticks} ticks)"

    def as_dict(self, prefix: str) -> dict[str, float]:
        return {f"{prefix}_worst_ms": self.worst_ms, f"{prefix}_p99_ms": self.p99_ms,
                f"{prefix}_median_ms": self.median_ms}  # fmt: skip


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


class Heartbeat:
    def __init__(self, profile: bool = False) -> None:
        self.timer = QTimer()
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = self._started = 0.0
        self.profiler = cProfile.Profile() if profile else None

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = max(0.0, now - self._last - INTERVAL_MS / 1000)
        self.gaps.append(gap)
        if gap > 0.05 and os.environ.get("BENCH_STALLS"):
            print(f"  stall {gap * 1000:.0f} ms at +{now - self._started:.2f} s", file=sys.stderr)
        self._last = now

    def start(self) -> None:
        self.gaps = []
        self._last = self._started = time.perf_counter()
        self.timer.start()
        if self.profiler is not None:
            self.profiler.enable()

    def stop(self) -> Stalls:
        self.timer.stop()
        if self.profiler is not None:
            self.profiler.disable()
        ms = [g * 1000 for g in self.gaps]
        return Stalls(max(ms, default=0.0), percentile(ms, 99), percentile(ms, 50), len(ms))

    def idle(self, seconds: float = 3.0) -> Stalls:
        """The heartbeat with nothing else running: the machine's own noise."""
        profiler, self.profiler = self.profiler, None
        self.start()
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        stalls = self.stop()
        self.profiler = profiler
        return stalls

    def top(self, count: int = 25) -> str:
        """The functions that took the GUI thread's time (own time first)."""
        if self.profiler is None:
            return ""
        out = io.StringIO()
        pstats.Stats(self.profiler, stream=out).sort_stats("tottime").print_stats(count)
        return out.getvalue()
