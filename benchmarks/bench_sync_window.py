"""Benchmark: the window's background tracking sync (``SyncController``) over N shipments.

The real main window shows the board (N shipped cards) while "Sync tracking now" runs the same
round as ``orderdesk sync`` on the task runner against the CDEK fake (50 ms per request, 429
above 20 requests/s). We report the round time, the worst stall of a 10 ms timer on the GUI
thread (the board refresh after the moves included), and how often progress reached the status bar.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_sync_window [--shipments 500]
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shipments", type=int, default=500)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--limit", type=float, default=20.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.TemporaryDirectory(prefix="bench-sync-window-")
    os.environ["ORDERDESK_DATA_DIR"] = tmp.name

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_sync import build_database
    from orderdesk.domain import Actor
    from orderdesk.services.carriers.cdek import CdekCarrier
    from orderdesk.services.carriers.registry import CarrierRegistry
    from orderdesk.services.http import HttpClient, RateLimiter, RetryPolicy
    from orderdesk.services.sync_round import run_sync_round
    from orderdesk.settings import Settings
    from orderdesk.ui.crash import ErrorReporter
    from orderdesk.ui.main_window import MainWindow
    from orderdesk.ui.tasks import TaskRunner
    from tests.fakes.cdek import CdekFake

    app = QApplication.instance() or QApplication(sys.argv[:1])
    fake = CdekFake(client_id="bench", client_secret="bench-secret")
    fake.start()
    print(f"setting up {args.shipments} shipped orders ...", file=sys.stderr, flush=True)
    db, orders = build_database(Path(tmp.name) / "bench.sqlite3", fake, args.shipments)
    fake.latency, fake.rate_limit = args.latency, args.limit
    fake.log.clear()
    http = HttpClient(
        fake.base_url + "/v2", timeout=(5, 10), retry=RetryPolicy(attempts=5), limiter=RateLimiter(args.limit * 0.95)
    )
    carrier = CdekCarrier(http, "bench", "bench-secret")
    registry = CarrierRegistry(Settings(db), overrides={"cdek": lambda: carrier})

    runner = TaskRunner(app)
    qsettings = QSettings(str(Path(tmp.name) / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(orders, runner, qsettings=qsettings, reporter=ErrorReporter(interactive=False), actor=Actor("bench"), poll_ms=0)  # fmt: skip
    window.resize(1400, 900)
    window.show()
    sync = window.carriers.sync
    # The bench's carrier client (fixed secret, its own limiter); everything else as in the app.
    sync.round_fn = functools.partial(run_sync_round, registry=registry)
    while not window.board.loaded_once:
        app.processEvents()

    worst, last, progress = 0.0, time.perf_counter(), []
    sync.progressed.connect(lambda done, total: progress.append(done))

    def tick() -> None:
        nonlocal worst, last
        now = time.perf_counter()
        worst = max(worst, now - last - 0.010)
        last = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    results = []
    sync.finished.connect(results.append)
    sync.failed.connect(results.append)
    refreshed = []
    window.board.loaded.connect(lambda: refreshed.append(time.perf_counter()))
    started = time.perf_counter()
    timer.start()
    window.carriers.sync_now()
    while not results or not refreshed or runner.active:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    timer.stop()
    result = results[0]
    summary = result.tracking
    print("bench_sync_window: one tracking sync round from the window")
    print(f"  shipments polled      {summary.polled} / {summary.shipments} (errors: {len(summary.errors)})")
    print(f"  round time            {summary.seconds:.2f} s (until the board showed the moves: {elapsed:.2f} s)")
    print(f"  cards moved           {len(summary.moved)}")
    print(f"  progress updates      {len(progress)} in the status bar (last {progress[-1] if progress else 0})")
    print(f"  worst GUI stall       {worst * 1000:.1f} ms (10 ms timer on the GUI thread, board refresh included)")
    print(f"  status bar            {window.carriers.sync_label.text()}")
    runner.shutdown()
    fake.stop()
    registry.close()
    db.dispose()
    tmp.cleanup()
    return 0 if not summary.errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
