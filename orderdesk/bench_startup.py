"""``orderdesk bench startup``: how long a whole CLI process takes, and what it imports.

A script that moves 200 orders starts Python 200 times, so the figure that matters is the
whole process: interpreter start, imports, opening the database, the work. Each command runs
in a fresh process against a small scratch database; the best and the median of the runs are
printed beside the target, with the heavy libraries each command loaded (from ``-X importtime``).
Then the window's cold start: the bare ``orderdesk --db DB`` until the board's first cards are
painted (``orderdesk.bench_window``), on a database of 250,000 orders (``--orders``; ``--quick``:
20,000; ``--db``: that database as it is).
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 0.3
REFERENCE = (
    "0.9–1.15 s before the CLI was a package; CPU 0.55–0.67 s before the start-up's objects were frozen; "
    "orders list 0.30–0.31 s, order move 0.35–0.41 s before the order commands stopped mapping tables they do not use"
)
WINDOW_TARGET_S = 0.8
WINDOW_REFERENCE = "1.2–1.5 s before the menus waited for the board"
# The floors under every command that uses the database (printed beside the commands): SQLAlchemy
# by itself, and its ORM with OrderDesk's models mapped and configured, as a command has them
# before its first query. The collector is paused as ``orderdesk.cli.run`` pauses it.
# The floors defer asyncio and importlib.metadata as ``orderdesk.cli.run`` does; the plain import
# beside them shows what that saves.
_DEFER = "import orderdesk.deferred_imports as d; d.install(); "
FLOOR_SQLALCHEMY_PLAIN = "import gc; gc.disable(); import sqlalchemy"
FLOOR_SQLALCHEMY = "import gc; gc.disable(); " + _DEFER + "import sqlalchemy"
FLOOR_ORM = (
    "import gc; gc.disable(); " + _DEFER + "import sqlalchemy.orm, sqlalchemy.dialects.sqlite, orderdesk.models; "
    "sqlalchemy.orm.configure_mappers()"
)
# Libraries a command should load only when it uses them.
HEAVY = ("alembic", "reportlab", "PySide6", "requests", "keyring", "babel", "PIL", "phonenumbers")


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one whole process. The CPU time (user + system, from the
    kernel's account of the child) varies far less than the wall time on a busy machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, *argv], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def heavy_imports(argv: list[str], env: dict[str, str]) -> list[str]:
    """The HEAVY libraries the process imported (``-X importtime`` writes each import to stderr)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *argv], env=env, capture_output=True, text=True, check=False
    )
    names = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in done.stderr.splitlines() if "|" in line}
    return [name for name in HEAVY if name in names]


def _scratch_database(folder: Path, movable: int, name: str = "startup") -> tuple[str, str, list[str]]:
    """A small demo database: (its path, an order to show, orders in status new to move)."""
    from orderdesk.db import Database
    from orderdesk.demo import create_demo
    from orderdesk.services.orders import OrderService
    from orderdesk.workflow import Status

    path = str(folder / f"{name}.sqlite3")
    db = Database.open(path)
    try:
        create_demo(db, orders=max(60, movable * 10), seed=11)  # about one in eight is new
        service = OrderService(db)
        new = [o.number for o in service.list_orders(status=Status.NEW, limit=movable)]
        shown = service.list_orders(limit=1)[0].number
    finally:
        db.dispose()
    return path, shown, new


def compile_bytecode() -> str:
    """Compile OrderDesk's modules as an installed copy has them; what this run measures with.

    pip compiles a package's modules when it installs it, so a shop's every start reads
    bytecode. A source checkout run with PYTHONDONTWRITEBYTECODE (common in containers and CI)
    never writes any and compiles all of OrderDesk on every start: a cost no shop pays.
    """
    import compileall

    package = Path(__file__).resolve().parent
    if compileall.compile_dir(str(package), quiet=1, workers=1):
        return "bytecode: compiled beforehand, as an installed OrderDesk has it"
    return "bytecode: could not be written here; every start compiles the sources (slower than a shop sees)"


def run_startup_bench(args: argparse.Namespace) -> int:
    runs = max(3, min(int(getattr(args, "samples", 5) or 5), 10))
    bytecode = compile_bytecode()
    env = {
        k: v for k, v in os.environ.items() if k not in ("ORDERDESK_DATABASE_URL", "ORDERDESK_LANG", "ORDERDESK_PIN")
    }
    env["ORDERDESK_WARM"] = "off"  # these rows are fresh processes; the warm start has its own below
    with tempfile.TemporaryDirectory(prefix="orderdesk-startup-") as scratch:
        env["ORDERDESK_DATA_DIR"] = scratch  # nothing of the bench lands in the user's data folder
        path, shown, movable = _scratch_database(Path(scratch), 2 * runs + 1)
        cli = ["-m", "orderdesk"]
        move = [[*cli, "--db", path, "order", "move", n, "confirmed"] for n in movable[: runs + 1]]
        # (name, the runs, one more run of it for the import list: a move needs an order of its own)
        commands: list[tuple[str, list[list[str]], list[str] | None]] = [
            ("python -c pass (the floor)", [["-c", "pass"]] * runs, None),
            ("SQLAlchemy, plain import", [["-c", FLOOR_SQLALCHEMY_PLAIN]] * runs, None),
            ("SQLAlchemy as commands load", [["-c", FLOOR_SQLALCHEMY]] * runs, None),
            ("ORM + models (ORM floor)", [["-c", FLOOR_ORM]] * runs, None),
            ("orderdesk --help", [[*cli, "--help"]] * runs, [*cli, "--help"]),
            (
                "orderdesk orders list",
                [[*cli, "--db", path, "orders", "list"]] * runs,
                [*cli, "--db", path, "orders", "list"],
            ),
            (
                "orderdesk order show",
                [[*cli, "--db", path, "order", "show", shown]] * runs,
                [*cli, "--db", path, "order", "show", shown],
            ),
            ("orderdesk order move", move[:runs], move[runs] if len(move) > runs else None),
        ]
        print(f"CLI start-up, whole process, {runs} runs each (target ≤ {TARGET_S} s; {REFERENCE}; {bytecode}):")
        medians: dict[str, float] = {}
        for name, argvs, probe in commands:
            if not argvs:
                print(f"  {name:<28} no orders to run it on")
                continue
            heavy = heavy_imports(probe, env) if probe is not None else None
            samples = [_run(argv, env) for argv in argvs]
            walls, cpus = [w for w, _ in samples], [c for _, c in samples]
            best, median = min(walls), statistics.median(walls)
            medians[name] = median
            floor = not argvs[0] or argvs[0][0] == "-c"  # python itself and the floors have no target
            mark = "" if floor else ("  ok" if median <= TARGET_S else "  over target")
            loaded = "" if heavy is None else f"   loads: {', '.join(heavy) or 'none of ' + '/'.join(HEAVY[:3])}"
            print(
                f"  {name:<28} best {best:5.2f} s   median {median:5.2f} s"
                f"   CPU median {statistics.median(cpus):5.2f} s{mark}{loaded}"
            )
        print(
            "  (the floors: what importing SQLAlchemy, and SQLAlchemy's ORM with OrderDesk's models"
            " configured, cost by themselves, with asyncio and importlib.metadata deferred as the"
            " commands defer them (the plain import beside); a command that reads or moves orders"
            " through the ORM cannot start faster than the ORM floor)"
        )
        warm_moves = [[*cli, "--db", path, "order", "move", n, "confirmed"] for n in movable[runs + 1 :]]
        _warm_figures(Path(scratch), env, path, shown, warm_moves[:runs])
        _batch_move_figure(Path(scratch), env, move_median=medians.get("orderdesk order move"))
        window_db = getattr(args, "db", None) or _board_database(Path(scratch), _board_orders(args))
        _window_figures(window_db, runs, env)
    return 0


def _warm_figures(folder: Path, env: dict[str, str], path: str, shown: str, moves: list[list[str]]) -> None:
    """The same commands through the warm start (``orderdesk.warm``): the first one starts the
    helper and runs fresh; the rest run in its forks. A private runtime folder, so the bench
    neither uses nor leaves a helper of the user's."""
    from orderdesk.warm import protocol

    run_dir = folder / "run"
    run_dir.mkdir(mode=0o700)
    warm = {**env, "XDG_RUNTIME_DIR": str(run_dir), "ORDERDESK_WARM": "on"}
    cli = ["-m", "orderdesk", "--db", path]
    first_wall, _ = _run([*cli, "orders", "list"], warm)
    socket_dir = run_dir / "orderdesk"
    deadline = time.monotonic() + 60
    while not list(socket_dir.glob("warm-*.sock")) and time.monotonic() < deadline:
        time.sleep(0.05)
    sockets = list(socket_dir.glob("warm-*.sock"))
    if not sockets:
        print("  warm start: no helper started here (see `ORDERDESK_WARM` in the README); no figures")
        return
    print(f"  warm start (a helper in the background): the first command, which starts it, {first_wall:5.2f} s")
    rows = [
        ("orders list", [[*cli, "orders", "list"]] * len(moves)),
        ("order show", [[*cli, "order", "show", shown]] * len(moves)),
        ("order move", moves),
    ]
    try:
        for name, argvs in rows:
            samples = [_run(argv, warm) for argv in argvs]
            walls, cpus = [w for w, _ in samples], [c for _, c in samples]
            median = statistics.median(walls)
            mark = "  ok" if median <= TARGET_S else "  over target"
            print(
                f"  {'warm: orderdesk ' + name:<28} best {min(walls):5.2f} s   median {median:5.2f} s"
                f"   CPU median {statistics.median(cpus):5.2f} s{mark}"
            )
    finally:
        pid = protocol.helper_pid(str(sockets[0]))
        if pid:
            os.kill(pid, signal.SIGTERM)
    print("  (CPU: the caller's own; the command's work is done in the helper's fork)")


BATCH_ORDERS = 200


def _batch_move_figure(folder: Path, env: dict[str, str], move_median: float | None) -> None:
    """``orders move`` of 200 orders in one process, beside 200 ``order move`` processes."""
    path, _shown, movable = _scratch_database(folder, BATCH_ORDERS, name="batch")
    argv = ["-m", "orderdesk", "--db", path, "orders", "move", "confirmed", *movable]
    wall, cpu = _run(argv, env)
    singles = f"   ({len(movable)} × order move: {len(movable) * move_median:.0f} s)" if move_median else ""
    print(f"  {'orders move, ' + str(len(movable)) + ' orders':<28} once {wall:5.2f} s   CPU {cpu:5.2f} s{singles}")


def _board_orders(args: argparse.Namespace) -> int:
    return int(getattr(args, "orders", None) or (20_000 if getattr(args, "quick", False) else 250_000))


def _board_database(folder: Path, orders: int) -> str:
    """A database of ``orders`` orders as a shop has them (5,000 active), made once per run."""
    from orderdesk.db import Database
    from orderdesk.demo import bulk_orders

    path = str(folder / "board.sqlite3")
    db = Database.open(path)
    try:
        print(f"  (making {orders:,} orders for the window's cold start …)", flush=True)
        bulk_orders(db, orders, active=min(5_000, orders))
    finally:
        db.dispose()
    return path


def first_painted_board(database: str, env: dict[str, str]) -> float | None:
    """Seconds from starting ``orderdesk --db DATABASE`` to the board's first painted cards."""
    with tempfile.TemporaryDirectory(prefix="orderdesk-window-") as settings:
        child = {**env, "ORDERDESK_DATA_DIR": settings}  # a first start's window: no remembered state
        if not child.get("DISPLAY") and not child.get("WAYLAND_DISPLAY"):
            child.setdefault("QT_QPA_PLATFORM", "offscreen")
        started = time.time()  # the child prints time.time() too: one clock for both
        done = subprocess.run(
            [sys.executable, "-m", "orderdesk.bench_window", database],
            env=child,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    painted = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("painted ")]
    return float(painted[0]) - started if painted else None


def _window_figures(database: str, runs: int, env: dict[str, str]) -> None:
    samples = [s for s in (first_painted_board(database, env) for _ in range(runs)) if s is not None]
    name = "window: first painted board"
    if not samples:
        print(
            f"  {name:<28} no cards were painted: the database needs active orders and no users "
            f"(with users the window opens locked); `orderdesk --db {database}` shows why"
        )
        return
    best, median = min(samples), statistics.median(samples)
    mark = "  ok" if median <= WINDOW_TARGET_S else "  over target"
    print(f"  {name:<28} best {best:5.2f} s   median {median:5.2f} s{mark}")
    print(f"  (target ≤ {WINDOW_TARGET_S} s; {WINDOW_REFERENCE})")


if __name__ == "__main__":  # python -m orderdesk.bench_startup
    raise SystemExit(run_startup_bench(argparse.Namespace(samples=5)))
