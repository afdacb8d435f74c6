"""``orderdesk bench``: benchmarks that print figures."""

from __future__ import annotations

import argparse

SHOP_SECTIONS = ("print", "demo", "import", "search", "board", "channels")


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    p = subparsers.add_parser("bench", parents=[common], help=help)
    p.add_argument(
        "what",
        choices=["shop", *SHOP_SECTIONS, "data", "startup", "all"],
        nargs="?",
        default="shop",
        help="shop: the figures a shop feels beside their targets (default); one of its sections; "
        "data: the data layer in detail; startup: the CLI's start-up; all: every one",
    )
    p.add_argument("--quick", action="store_true", help="small data: a run of a minute or so (what CI prints)")
    p.add_argument(
        "--orders",
        type=int,
        help="orders to search (shop: 1,000,000; data: 250,000); startup: on the board of the window's cold start (250,000)",
    )
    p.add_argument("--active", type=int, default=5_000)
    p.add_argument("--samples", type=int, default=200)
    p.add_argument("--pg", metavar="URL", help="also run on this PostgreSQL database and print both side by side")
    p.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    if args.what == "startup":
        return _startup(args)
    if args.what in ("data", "all"):
        from orderdesk.bench import run_bench

        data_args = argparse.Namespace(**vars(args))
        data_args.orders = args.orders or (20_000 if args.quick else 250_000)
        code = run_bench(data_args)
        if args.what == "data" or code:
            return code
        print()
    code = _shop(args, list(SHOP_SECTIONS) if args.what in ("shop", "all") else [args.what])
    return (_startup(args) or code) if args.what == "all" else code


def _startup(args: argparse.Namespace) -> int:
    """The CLI's whole-process start-up figures (its own section: see orderdesk.bench_startup)."""
    from orderdesk.bench_startup import run_startup_bench

    return run_startup_bench(args)


def _shop(args: argparse.Namespace, sections: list[str]) -> int:
    import tempfile
    from pathlib import Path

    from orderdesk.bench_shop import BenchOptions, run_sections

    with tempfile.TemporaryDirectory(prefix="orderdesk-bench-") as scratch:
        opts = BenchOptions(
            quick=args.quick,
            scratch=Path(scratch),
            search_db=args.db,
            search_orders=args.orders or 1_000_000,
        )
        figures = run_sections(sections, opts)
    return 0 if figures else 1
