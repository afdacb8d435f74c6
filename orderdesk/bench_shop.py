"""``orderdesk bench``: the figures a shop feels, beside the reference numbers and the targets.

Each section is a function ``(BenchOptions) -> list[Figure]`` in ``SECTIONS``; a section measures
whole ``orderdesk`` processes (what a script or a person waits for) or the service calls the
window makes, in a scratch folder of its own. ``--quick`` runs every section on small data, so
CI can print the figures on every run (they are printed, never asserted: a shared CI machine's
timings vary too much to fail a build on).

The reference numbers are the ones measured before the speed work, on the same kind of machine.
"""

from __future__ import annotations

import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

try:
    import resource  # the CPU time of the measured processes (not on Windows)
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]

from sqlalchemy import func, select, update

from orderdesk.db import Database
from orderdesk.demo import PEOPLE, PLACES, PRODUCTS, bulk_orders
from orderdesk.models import OrderRow
from orderdesk.workflow import Status


@dataclass(frozen=True)
class BenchOptions:
    quick: bool = False
    scratch: Path = Path(tempfile.gettempdir())
    search_db: str | None = None  # reuse this database for the search section (it is filled up if short)
    search_orders: int = 1_000_000
    repeat: int = 3  # each whole-process figure: the best of this many runs, their median beside it (shared machine)


@dataclass(frozen=True)
class Figure:
    what: str
    value: float
    unit: str  # "s", "ms", "orders/s", "requests"
    target: str = ""
    reference: str = ""
    note: str = ""

    def shown(self) -> str:
        if self.unit == "orders/s":
            return f"{self.value:,.0f} orders/s"
        if self.unit == "requests":
            return f"{self.value:.0f}"
        if self.unit == "ms":
            return f"{self.value:.1f} ms"
        return f"{self.value:.2f} s"


Section = Callable[[BenchOptions], list[Figure]]


@dataclass(frozen=True)
class Run:
    """One whole ``orderdesk`` process: wall-clock seconds and the CPU seconds it used (user +
    system). On a shared machine the wall time includes waiting for a core; the CPU time does not."""

    wall: float
    cpu: float


def _orderdesk(args: list[str], env: dict[str, str], repeat: int) -> list[Run]:
    """``repeat`` runs of ``python -m orderdesk ARGS`` (the whole process)."""
    runs = []
    for _ in range(max(repeat, 1)):
        before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "orderdesk", *args], env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        if done.returncode not in (0, 2):  # 2: an import that reported bad rows
            raise RuntimeError(f"orderdesk {' '.join(args[:4])}… failed: {done.stderr.strip()[-500:]}")
        cpu = 0.0
        if resource and before:
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        runs.append(Run(elapsed, cpu))
    return runs


def _runs_note(runs: list[Run], per: float | None = None) -> str:
    """The median of the runs beside the best, and the best CPU time (``per``: as orders/s)."""
    walls = [r.wall for r in runs]
    median = f"{per / _median(walls):,.0f} orders/s" if per else f"{_median(walls):.2f} s"
    note = f"median {median} of {len(runs)}"
    if any(r.cpu for r in runs):
        best_cpu = min(r.cpu for r in runs)
        note += f"; CPU best {per / best_cpu:,.0f} orders/s" if per else f"; CPU best {best_cpu:.2f} s"
    return note


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _env(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["ORDERDESK_DATA_DIR"] = str(scratch / "data")  # printer choices and logs of this run only
    env.pop("ORDERDESK_DATABASE_URL", None)
    env.setdefault("ORDERDESK_USER", "bench")
    # Whole processes as a first run pays for them: a warm start's fork would hide the imports
    # from the wall time and its work from the CPU time (``bench startup`` prints warm rows).
    env["ORDERDESK_WARM"] = "off"
    return env


# ------------------------------------------------------------------------------------- print
def print_section(opts: BenchOptions) -> list[Figure]:
    count = 100 if opts.quick else 1_000
    path = opts.scratch / "print.sqlite3"
    db = Database.open(path)
    bulk_orders(db, count, active=count)
    with db.session(write=True) as s:
        s.execute(update(OrderRow).values(status=Status.PACKED.value))
    db.dispose()
    env = _env(opts.scratch)
    figures = []
    for kind, reference in (("labels", "3.6 s"), ("slips", "4.0 s")):
        out = opts.scratch / f"{kind}.pdf"
        args = ["--db", str(path), "print", kind, "--status", "packed", "--limit", str(count), "--out", str(out)]
        runs = _orderdesk(args, env, opts.repeat)
        target, reference = ("≤ 1.5 s", reference) if count == 1_000 else ("", "")
        figures.append(
            Figure(f"print {kind}, {count:,} orders (whole process)", min(r.wall for r in runs), "s", target,
                   reference, _runs_note(runs))
        )  # fmt: skip
    return figures


# ------------------------------------------------------------------------------------- demo
def demo_section(opts: BenchOptions) -> list[Figure]:
    count = 60 if opts.quick else 400
    env = _env(opts.scratch)
    runs: list[Run] = []
    for n in range(max(opts.repeat, 1)):
        path = opts.scratch / f"demo-{n}.sqlite3"
        runs += _orderdesk(["--db", str(path), "demo", "--orders", str(count)], env, 1)
    target, reference = ("≤ 2 s", "10 s") if count == 400 else ("", "")
    best = min(r.wall for r in runs)
    return [Figure(f"demo --orders {count} (whole process)", best, "s", target, reference, _runs_note(runs))]


# ------------------------------------------------------------------------------------- import
def import_records(count: int, seed: int = 3) -> list[dict]:
    """``count`` orders in the import file format, with the mix of languages the demo has."""
    rng = random.Random(seed)
    records = []
    for i in range(count):
        lang = rng.choice(list(PEOPLE))
        name = rng.choice(PEOPLE[lang])
        line1, city, postcode, country, _pattern = rng.choice(PLACES[lang])
        picks = rng.sample(PRODUCTS, rng.randint(1, 3))
        records.append({
            "external_id": f"BENCH-{i + 1}", "source": "web", "created_at": "2026-11-02T10:15:00",
            "customer": {"name": name, "phone": f"+48600{i % 1_000_000:06d}", "email": f"c{i}@example.pl",
                         "language": lang},
            "delivery": {"method": "carrier", "address": {"recipient": name, "line1": line1, "city": city,
                                                          "postcode": postcode, "country": country}},
            "payment": {"method": "prepaid_online", "currency": "PLN", "paid": "0", "shipping_fee": "15.00"},
            "lines": [{"sku": p[0], "quantity": rng.randint(1, 3), "name": p[1], "unit_price": f"{p[2] / 100:.2f}",
                       "weight_g": p[3]} for p in picks],
        })  # fmt: skip
    return records


def write_import_files(records: list[dict], folder: Path) -> tuple[Path, Path]:
    from orderdesk.services.importers import CSV_COLUMNS

    json_path = folder / "orders.json"
    json_path.write_text(json.dumps({"orders": records}, ensure_ascii=False), encoding="utf-8")
    csv_path = folder / "orders.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, CSV_COLUMNS)
        writer.writeheader()
        for r in records:
            address = r["delivery"]["address"]
            for line in r["lines"]:
                writer.writerow({
                    "external_id": r["external_id"], "created_at": r["created_at"], "customer_name": r["customer"]["name"],
                    "phone": r["customer"]["phone"], "email": r["customer"]["email"],
                    "language": r["customer"]["language"], "delivery_method": "carrier",
                    "recipient": address["recipient"], "address_line1": address["line1"], "address_line2": "",
                    "city": address["city"], "postcode": address["postcode"], "region": "",
                    "country": address["country"], "pickup_point_code": "", "payment_method": "prepaid_online",
                    "currency": "PLN", "shipping_fee": "15.00", "paid": "0", "sku": line["sku"], "name": line["name"],
                    "quantity": line["quantity"], "unit_price": line["unit_price"], "weight_g": line["weight_g"],
                    "notes": "",
                })  # fmt: skip
    return json_path, csv_path


def import_section(opts: BenchOptions) -> list[Figure]:
    count = 300 if opts.quick else 5_000
    json_path, csv_path = write_import_files(import_records(count), opts.scratch)
    env = _env(opts.scratch)
    figures = []
    for fmt, source in (("JSON", json_path), ("CSV", csv_path)):
        runs: list[Run] = []
        for n in range(max(opts.repeat, 1)):
            path = opts.scratch / f"import-{fmt}-{n}.sqlite3"
            Database.open(path).dispose()  # created and migrated outside the timing
            runs += _orderdesk(["--db", str(path), "import", str(source)], env, 1)
        target, reference = ("≥ 2,000", "222") if count >= 5_000 else ("", "")
        note = _runs_note(runs, per=count)
        figures.append(
            Figure(f"import {count:,} orders, {fmt} (whole process)", count / min(r.wall for r in runs), "orders/s", target,
                   reference, note)
        )  # fmt: skip
    return figures


# ------------------------------------------------------------------------------------- search
def search_section(opts: BenchOptions) -> list[Figure]:
    from orderdesk.bench import percentile, search_samples

    orders = 20_000 if opts.quick else opts.search_orders
    path = opts.search_db or str(opts.scratch / "search.sqlite3")
    db = Database.open(path)
    with db.session() as s:
        existing = s.scalar(select(func.count()).select_from(OrderRow)) or 0
    figures = []
    if existing < orders:
        started = time.perf_counter()
        bulk_orders(db, orders - existing, active=min(5_000, orders))
        made = time.perf_counter() - started
        figures.append(Figure(f"make {orders - existing:,} benchmark orders (bulk SQL)", made, "s"))
    samples = search_samples(db, 60)
    db.dispose()
    big = orders >= 1_000_000
    everything = [v for values in samples.values() for v in values]
    worst_kind = max(samples, key=lambda k: percentile(samples[k], 95))
    figures.append(
        Figure(f"search p95, every kind, {orders:,} orders", percentile(everything, 95) * 1000, "ms",
               "≤ 25 ms" if big else "", "46 ms" if big else "")
    )  # fmt: skip
    if "SKU" in samples:
        figures.append(
            Figure(f"search p95 by SKU, {orders:,} orders", percentile(samples["SKU"], 95) * 1000, "ms",
                   "≤ 25 ms" if big else "", "92–110 ms" if big else "")
        )  # fmt: skip
    figures.append(
        Figure(f"search p95, slowest kind ({worst_kind})", percentile(samples[worst_kind], 95) * 1000, "ms",
               "≤ 25 ms" if big else "")
    )  # fmt: skip
    return figures


# --------------------------------------------------------------------------- benchmarks in a child
def _child_figures(root: Path, module: str, args: list[str], failed: str) -> dict:
    """Run a benchmark module of the source checkout in its own process (offscreen Qt unless a
    platform is set) and read the JSON line it prints last; its last error line if it fails."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [sys.executable, "-m", module, *args, "--json"], cwd=root, env=env, capture_output=True, text=True, timeout=3600
    )
    if done.returncode != 0:
        raise RuntimeError((done.stderr.strip().splitlines() or [failed])[-1])
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------------------- board
def board_section(opts: BenchOptions) -> list[Figure]:
    """The window at 1,000,000 stored orders (``--quick``: 20,000): open to the first painted
    board, and a name typed into the search one key at a time (benchmarks/bench_ui.py in its
    own process, offscreen). It reuses the search section's database, which has the same shape."""
    root = Path(__file__).resolve().parents[1]
    if not (root / "benchmarks" / "bench_ui.py").exists():
        return [Figure("board (needs the source checkout)", 0, "s", note="skipped")]
    orders = 20_000 if opts.quick else opts.search_orders
    path = opts.search_db or str(opts.scratch / "search.sqlite3")
    args = ["--orders", str(orders), "--db", path, *(["--scroll-cards", "300"] if opts.quick else [])]
    got = _child_figures(root, "benchmarks.bench_ui", args, "the board benchmark failed")
    big = got["stored"] >= 1_000_000
    return [
        Figure(f"board open, {got['stored']:,} stored", got["open_ms"], "ms", "≤ 1000 ms" if big else "",
               "138–159 ms" if big else ""),
        Figure("board search keystroke p95", got["keystroke_p95_ms"], "ms", "≤ 50 ms" if big else "",
               "53–80 ms" if big else ""),
        Figure("  its 1- and 2-letter keys, p95", got["short_keystroke_p95_ms"], "ms"),
    ]  # fmt: skip


# ------------------------------------------------------------------------------------ channels
def channels_section(opts: BenchOptions) -> list[Figure]:
    """The web store's figures (benchmarks/bench_channels.py in its own process: the fake shop and
    a Qt event loop for the GUI-thread heartbeat). Needs the source checkout (the fake shop lives
    with the tests)."""
    root = Path(__file__).resolve().parents[1]
    if not (root / "benchmarks" / "bench_channels.py").exists() or not (root / "tests" / "fakes").exists():
        return [Figure("web store (needs the source checkout)", 0, "s", note="skipped")]
    orders, pushes = (1_000, 100) if opts.quick else (10_000, 500)
    args = ["--orders", str(orders), "--pushes", str(pushes)]
    got = _child_figures(root, "benchmarks.bench_channels", args, "the store benchmark failed")
    big = orders >= 10_000
    return [
        Figure(f"store first sync, {got['orders']:,} orders, 50 ms/request", got["first_sync_s"], "s",
               "≤ 30 s" if big else "", "128–344 s" if big else ""),
        Figure("store incremental round, nothing new (requests)", got["incremental_requests"], "requests", "1"),
        Figure(f"store {got['pushes']} status pushes (whole round)", got["pushes_s"], "s"),
        Figure("store pushes: longest GUI-thread stall", got["worst_stall_ms"], "ms", "≤ 50 ms"),
        Figure("  p99 of the GUI heartbeat's gaps", got.get("p99_stall_ms", 0.0), "ms"),
        Figure("  the same heartbeat with nothing running", got["idle_stall_ms"], "ms"),
        Figure("  its p99 with nothing running", got.get("idle_p99_ms", 0.0), "ms"),
    ]  # fmt: skip


# Sections in the order they print. Another module's figures (e.g. CLI start-up) are one more row.
SECTIONS: dict[str, Section] = {
    "print": print_section,
    "demo": demo_section,
    "import": import_section,
    "search": search_section,
    "board": board_section,
    "channels": channels_section,
}


def run_sections(names: list[str], opts: BenchOptions) -> list[Figure]:
    from orderdesk.bench_startup import compile_bytecode

    figures: list[Figure] = []
    # The whole-process figures run OrderDesk as a shop's install does: from compiled modules.
    print(compile_bytecode(), flush=True)
    print(f"{'what':<52} {'now':>16} {'target':>10} {'before':>12}", flush=True)
    for name in names:
        try:
            found = SECTIONS[name](opts)
        except Exception as exc:  # one broken section must not hide the others' figures
            print(f"{name:<52} failed: {exc}", flush=True)
            continue
        for f in found:
            print(f"{f.what:<52} {f.shown():>16} {f.target:>10} {f.reference:>12}  {f.note}".rstrip(), flush=True)
        figures += found
    return figures
