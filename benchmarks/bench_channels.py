"""Benchmark: a WooCommerce store against the local fake shop with 50 ms latency per request.

1. the first sync of N open orders (default 10,000: 100 pages of 100, so 5 s of latency);
2. an incremental round with nothing new: how many requests it costs (should be 1);
3. M status pushes (default 500) sent at the store's pace in a worker thread while a Qt event
   loop runs a 10 ms timer on the GUI thread: the worst stall of that timer.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_channels [--orders 10000 --pushes 500]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

KEY, SECRET = "ck_bench", "cs_bench"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--pushes", type=int, default=500)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line at the end")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.TemporaryDirectory(prefix="bench-channels-")
    os.environ["ORDERDESK_DATA_DIR"] = tmp.name

    from orderdesk.db import Database
    from orderdesk.domain import Actor
    from orderdesk.money import Money
    from orderdesk.services.channels import registry
    from orderdesk.services.channels.sync import ChannelSync
    from orderdesk.services.channels.woocommerce import WooCommerceClient
    from orderdesk.wiring import order_service
    from orderdesk.workflow import MoveRequest, Status

    # The shop in its own process (as a real one is): its work does not share our interpreter.
    port = _free_port()
    shop = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.woocommerce", "--port", str(port), "--latency", str(args.latency),
         "--token", f"{KEY}:{SECRET}"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    shop.stdout.readline()  # "listening on ..."
    base_url = f"http://127.0.0.1:{port}"
    # Orders created over the last 30 days, so an incremental round's overlap window is quiet.
    requests.post(f"{base_url}/__fake__/advance", json={"seed": args.orders, "spread_days": 29}, timeout=600)

    db = Database.open(Path(tmp.name) / "bench.sqlite3")
    orders = order_service(db)
    orders.upsert_product("CANDLE-1", "Świeca sojowa", Money(2499, "PLN"), stock_on_hand=10**6)
    orders.upsert_product("MUG-1", "Kubek", Money(4999, "PLN"), stock_on_hand=10**6)
    registry.add_channel(db, "woocommerce", "shop", base_url)
    sync = ChannelSync(
        orders,
        owner="bench",
        client_factory=lambda ch: WooCommerceClient(base_url, KEY, SECRET, settings=ch.settings),
    )

    t0 = time.perf_counter()
    first = sync.run("shop")
    first_s = time.perf_counter() - t0
    assert first.ok, first.error
    print(f"first sync: {len(first.incoming.imported)} orders in {first_s:.1f} s (target: 10k in <= 30 s), {first.requests} requests "
          f"({first.requests * args.latency:.1f} s of them latency)")  # fmt: skip

    t0 = time.perf_counter()
    empty = sync.run("shop")
    print(f"incremental round with nothing new: {empty.requests} request(s) (target: 1), {time.perf_counter() - t0:.2f} s, "
          f"{len(empty.incoming.imported)} imported")  # fmt: skip

    # Pushes: cancel M orders at the desk (each writes a status push in its own transaction).
    numbers = [o.number for o in orders.list_orders(limit=args.pushes)]
    actor = Actor("bench")
    for number in numbers:
        orders.move(number, MoveRequest(Status.CANCELLED, reason="bench"), actor)

    # As the window does it: the round runs on the TaskRunner's pool and its result comes back to
    # the GUI thread; a 10 ms QTimer heartbeat on the GUI thread measures the longest stall.
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from orderdesk.ui.tasks import TaskRunner

    _app = QApplication.instance() or QApplication(sys.argv)  # kept alive while the loop runs
    worst = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        worst[0] = max(worst[0], now - last[0] - 0.010)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    result: dict = {}
    loop = QEventLoop()
    runner = TaskRunner()

    def finished(report) -> None:
        result["report"] = report
        result["seconds"] = time.perf_counter() - started
        loop.quit()

    def failed(exc: BaseException) -> None:
        result["error"] = exc
        loop.quit()

    # The same heartbeat with nothing in the background first: what the machine itself costs
    # (a shared CI box can stall any process), to read the figure below against.
    timer.start()
    last[0] = time.perf_counter()
    idle = QEventLoop()
    QTimer.singleShot(3000, idle.quit)
    idle.exec()
    baseline = worst[0]
    worst[0] = 0.0
    last[0] = started = time.perf_counter()
    runner.run(lambda: sync.run("shop"), finished, failed, label="bench pushes")
    loop.exec()
    timer.stop()
    runner.shutdown()
    if "error" in result:
        raise result["error"]
    report = result["report"]
    pushes_s = result["seconds"]
    print(f"{len(report.outgoing.sent)} status pushes in {pushes_s:.1f} s "
          f"({len(report.outgoing.sent) / max(pushes_s, 1e-9):.1f}/s at {args.latency * 1000:.0f} ms a request); "
          f"worst GUI-thread stall {worst[0] * 1000:.1f} ms (target: never over 50 ms; "
          f"with nothing running: {baseline * 1000:.1f} ms)")  # fmt: skip
    if args.json:
        print(json.dumps({"orders": len(first.incoming.imported), "first_sync_s": first_s,
                          "first_sync_requests": first.requests, "incremental_requests": empty.requests,
                          "pushes": len(report.outgoing.sent), "pushes_s": pushes_s,
                          "worst_stall_ms": worst[0] * 1000, "idle_stall_ms": baseline * 1000}))  # fmt: skip
    shop.terminate()
    shop.wait()
    db.dispose()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 can crash while garbage-collecting at exit


if __name__ == "__main__":
    sys.exit(main())
