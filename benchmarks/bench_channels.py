"""Benchmark: a WooCommerce store against the local fake shop with 50 ms latency per request.

1. the first sync of N open orders (default 10,000: 100 pages of 100, so 5 s of latency);
   (``--held-every 10``: every tenth needs a hold, an unknown SKU or a total that does not add up);
2. an incremental round with nothing new: how many requests it costs (should be 1);
3. M status pushes (default 500) sent at the store's pace on the task runner's pool while a
   10 ms heartbeat on the GUI thread records every stall (worst, p99, median), next to the same
   heartbeat with nothing running (the machine's own noise); ``--runs`` repeats the push round.

``--window`` does it as a person sees it: the real main window (1280x800) shows the board, the
first sync and the push rounds start from its Channels menu action, the window's change polling
and board refreshes run as they do at the desk, and the heartbeat also measures the first sync.
``--child`` (with ``--window``) runs the rounds in a child process as the app does (the keys go to
the keyring for the run: run it under a keyring). ``--no-freeze`` measures without ui/heap.py's
freeze (the figures before it); ``--any-thread-gc`` lets any thread run garbage collections (as
before ui/heap.py's GUI-thread collector). ``--profile`` prints what ran on the GUI thread
meanwhile (cProfile of that thread).

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_channels [--orders 10000 --pushes 500]
        [--window] [--runs 3] [--profile]
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
STORE = "benchstore"  # --child keeps its keys in the keyring for the run: a name no real store has


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _control_start() -> subprocess.Popen:
    """The control heartbeat (benchmarks/control_heartbeat.py) in its own process."""
    return subprocess.Popen([sys.executable, "-m", "benchmarks.control_heartbeat"], stdout=subprocess.PIPE, text=True)


def _control_stop(proc: subprocess.Popen) -> dict:
    proc.terminate()
    out, _err = proc.communicate(timeout=30)
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--pushes", type=int, default=500)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument(
        "--held-every",
        type=int,
        default=0,
        help="every n-th store order needs a hold (unknown SKU, total that does not add up)",
    )
    parser.add_argument("--runs", type=int, default=1, help="push rounds, each with its own M cancellations")
    parser.add_argument("--window", action="store_true", help="run the rounds from the real main window")
    parser.add_argument(
        "--child",
        action="store_true",
        help="with --window: rounds in a child process as the app runs them (keys in the keyring)",
    )
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="leave the start-up objects in Python's full collections (as before ui/heap.py)",
    )
    parser.add_argument(
        "--any-thread-gc",
        action="store_true",
        help="automatic garbage collection on any thread (as before ui/heap.py's GUI-thread collector)",
    )
    parser.add_argument("--profile", action="store_true", help="print what ran on the GUI thread")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line at the end")
    args = parser.parse_args()
    if args.child and not args.window:
        parser.error("--child runs the rounds as the window does: give --window too")
    if args.runs * args.pushes > args.orders:
        parser.error("--runs x --pushes must not be more than --orders (each push cancels its own order)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.TemporaryDirectory(prefix="bench-channels-")
    os.environ["ORDERDESK_DATA_DIR"] = tmp.name

    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from benchmarks.gui_heartbeat import Heartbeat
    from orderdesk.db import Database
    from orderdesk.domain import Actor
    from orderdesk.money import Money
    from orderdesk.services.channels import registry
    from orderdesk.services.channels.sync import ChannelSync
    from orderdesk.services.channels.woocommerce import WooCommerceClient
    from orderdesk.ui.tasks import TaskRunner
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
    requests.post(
        f"{base_url}/__fake__/advance",
        json={"seed": args.orders, "spread_days": 29, "held_every": args.held_every},
        timeout=600,
    )

    db = Database.open(Path(tmp.name) / "bench.sqlite3")
    orders = order_service(db)
    orders.upsert_product("CANDLE-1", "Świeca sojowa", Money(2499, "PLN"), stock_on_hand=10**6)
    orders.upsert_product("MUG-1", "Kubek", Money(4999, "PLN"), stock_on_hand=10**6)
    registry.add_channel(db, "woocommerce", STORE, base_url)
    sync = ChannelSync(
        orders,
        owner="bench",
        client_factory=lambda ch: WooCommerceClient(base_url, KEY, SECRET, settings=ch.settings),
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    runner = TaskRunner(app)
    if not args.any_thread_gc:
        from orderdesk.ui.heap import GuiThreadCollector

        GuiThreadCollector(app).start()  # as the app does (ui/app.py)
    heartbeat = Heartbeat(profile=args.profile)
    window = None
    if args.window:
        from orderdesk.ui.crash import ErrorReporter
        from orderdesk.ui.main_window import MainWindow

        qsettings = QSettings(str(Path(tmp.name) / "ui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(orders, runner, qsettings=qsettings, reporter=ErrorReporter(interactive=False),
                            actor=Actor("bench"), freeze_heap=not args.no_freeze)  # fmt: skip
        if args.child:  # as the app: the round in its own process, the keys from the keyring
            from orderdesk.services.credentials import Credentials

            for part, secret in (("consumer_key", KEY), ("consumer_secret", SECRET)):
                registry.store_secret(db, Credentials(), STORE, part, secret)
        else:
            window.channels.sync = sync  # the bench's shop and keys on the pool; the rest as at the desk
        window.channels.timer.stop()
        window.channels._first.stop()
        window.resize(1280, 800)
        window.show()
        while not window.board.loaded_once:
            app.processEvents()

    elif not args.no_freeze:
        from orderdesk.ui.heap import freeze_startup_objects

        freeze_startup_objects()  # as the app's window does once its parts are in

    def one_round(label: str) -> tuple[object, float]:
        """A round on the pool as the window runs it; the event loop turns until the board shows it."""
        done: dict = {}
        loop = QEventLoop()
        started = time.perf_counter()
        if window is not None:

            def finished(reports) -> None:
                done["report"], done["seconds"] = reports[0], time.perf_counter() - started
                loop.quit()

            window.channels.finished.connect(finished)
            window.channels.sync_now()
        else:

            def finished(report) -> None:
                done["report"], done["seconds"] = report, time.perf_counter() - started
                loop.quit()

            def failed(exc: BaseException) -> None:
                done["error"] = exc
                loop.quit()

            runner.run(lambda: sync.run(STORE), finished, failed, label=label)
        loop.exec()
        if window is not None:
            window.channels.finished.disconnect(finished)
            settle(2.5)  # the board refresh the round asked for lands on the GUI thread too
        if "error" in done:
            raise done["error"]
        return done["report"], done["seconds"]

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end or runner.active:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)

    figures: dict[str, object] = {}
    idle = heartbeat.idle()
    print(f"heartbeat with nothing running: {idle.line()}")
    figures.update(idle.as_dict("idle"))

    control = _control_start()
    heartbeat.start()
    first, first_s = one_round("bench first sync")
    first_stalls = heartbeat.stop()
    machine = _control_stop(control)
    assert first.ok, first.error
    print(f"first sync: {len(first.incoming.imported)} orders ({len(first.incoming.held)} on the check hold) in {first_s:.1f} s (target: 10k in <= 30 s), {first.requests} requests "
          f"({first.requests * args.latency:.1f} s of them latency); GUI heartbeat meanwhile: {first_stalls.line()}; "
          f"the machine's own (another process): worst {machine['worst_ms']:.1f} ms, p99 {machine['p99_ms']:.1f} ms")  # fmt: skip
    figures.update(first_stalls.as_dict("first_sync"))
    figures.update({"first_sync_control_worst_ms": machine["worst_ms"], "first_sync_control_p99_ms": machine["p99_ms"]})

    t0 = time.perf_counter()
    empty, _s = one_round("bench empty round")
    print(f"incremental round with nothing new: {empty.requests} request(s) (target: 1), {time.perf_counter() - t0:.2f} s, "
          f"{len(empty.incoming.imported)} imported")  # fmt: skip

    numbers = [o.number for o in orders.list_orders(limit=args.runs * args.pushes)]
    actor = Actor("bench")
    runs = []
    for run in range(args.runs):
        # Cancel M orders at the desk: each writes a status push in its own transaction.
        for number in numbers[run * args.pushes : (run + 1) * args.pushes]:
            orders.move(number, MoveRequest(Status.CANCELLED, reason="bench"), actor)
        if window is not None:
            settle(3)  # the window notices the cancellations and refreshes before the round
        idle = heartbeat.idle()
        control = _control_start()
        heartbeat.start()
        report, pushes_s = one_round("bench pushes")
        stalls = heartbeat.stop()
        machine = _control_stop(control)
        sent = len(report.outgoing.sent)
        print(f"run {run + 1}: {sent} status pushes in {pushes_s:.1f} s ({sent / max(pushes_s, 1e-9):.1f}/s at "
              f"{args.latency * 1000:.0f} ms a request); GUI heartbeat during the round: {stalls.line()}; "
              f"with nothing running just before: {idle.line()}; a plain 10 ms sleep in another process "
              f"over the same seconds (the machine's own stalls): worst {machine['worst_ms']:.1f} ms, "
              f"p99 {machine['p99_ms']:.1f} ms")  # fmt: skip
        runs.append({"pushes": sent, "pushes_s": pushes_s, **stalls.as_dict("push"), **idle.as_dict("idle"),
                     "control_worst_ms": machine["worst_ms"], "control_p99_ms": machine["p99_ms"]})  # fmt: skip
    if args.profile:
        print("GUI thread during the rounds (cProfile, own time first):", file=sys.stderr)
        print(heartbeat.top(), file=sys.stderr)
    worst_run = max(runs, key=lambda r: r["push_worst_ms"])
    print(f"pushes, worst of {len(runs)} run(s): stall {worst_run['push_worst_ms']:.1f} ms (target: never over 50 ms), "
          f"p99 {max(r['push_p99_ms'] for r in runs):.1f} ms")  # fmt: skip
    if args.json:
        print(json.dumps({"orders": len(first.incoming.imported), "first_sync_s": first_s,
                          "first_sync_requests": first.requests, "held": len(first.incoming.held), "incremental_requests": empty.requests,
                          "pushes": worst_run["pushes"], "pushes_s": worst_run["pushes_s"],
                          "worst_stall_ms": worst_run["push_worst_ms"], "p99_stall_ms": worst_run["push_p99_ms"],
                          "idle_stall_ms": worst_run["idle_worst_ms"], "idle_p99_ms": worst_run["idle_p99_ms"],
                          "window": bool(window), "child": args.child, "frozen": not args.no_freeze, **figures, "runs": runs}))  # fmt: skip
    if args.child:
        from orderdesk.services.credentials import Credentials

        for part in ("consumer_key", "consumer_secret"):
            Credentials().delete(f"channel.{STORE}.{part}")
    runner.shutdown()
    shop.terminate()
    shop.wait()
    db.dispose()
    tmp.cleanup()  # os._exit below skips the folder's own finalizer
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 can crash while garbage-collecting at exit


if __name__ == "__main__":
    sys.exit(main())
