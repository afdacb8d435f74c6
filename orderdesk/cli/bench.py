"""``orderdesk bench``: benchmarks that print figures."""

from __future__ import annotations

import argparse


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    p = subparsers.add_parser("bench", parents=[common], help=help)
    p.add_argument("what", choices=["data", "startup", "all"], nargs="?", default="data")
    p.add_argument("--orders", type=int, default=250_000)
    p.add_argument("--active", type=int, default=5_000)
    p.add_argument("--samples", type=int, default=200)
    p.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    if args.what == "startup":
        return _startup(args)
    from orderdesk.bench import run_bench

    code = run_bench(args)
    return (_startup(args) or code) if args.what == "all" else code


def _startup(args: argparse.Namespace) -> int:
    """The CLI's whole-process start-up figures (its own section: see orderdesk.bench_startup)."""
    from orderdesk.bench_startup import run_startup_bench

    return run_startup_bench(args)
