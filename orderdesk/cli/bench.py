"""``orderdesk bench``: benchmarks that print figures."""

from __future__ import annotations

import argparse


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    p = subparsers.add_parser("bench", parents=[common], help=help)
    p.add_argument("what", choices=["data", "all"], nargs="?", default="data")
    p.add_argument("--orders", type=int, default=250_000)
    p.add_argument("--active", type=int, default=5_000)
    p.add_argument("--samples", type=int, default=200)
    p.add_argument("--pg", metavar="URL", help="also run on this PostgreSQL database and print both side by side")
    p.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    from orderdesk.bench import run_bench

    return run_bench(args)
