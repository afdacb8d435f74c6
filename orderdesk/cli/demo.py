"""``orderdesk demo``: fill a database with realistic multilingual demo orders."""

from __future__ import annotations

import argparse
import os
import sys

from orderdesk.cli.common import emit_json, open_db, require_owner
from orderdesk.i18n import _


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    p = subparsers.add_parser("demo", parents=[common], help=help)
    p.add_argument("--orders", type=int, default=300)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument(
        "--allow-real-orders",
        action="store_true",
        help="add demo orders even to a database that holds real orders (without --db the demo gets its own file)",
    )
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from orderdesk.demo import create_demo
    from orderdesk.demo_guard import check_demo_target, default_demo_path, mark_demo

    own_file = not args.db and not os.environ.get("ORDERDESK_DATABASE_URL")
    if own_file:
        args.db = str(default_demo_path())  # the demo's own file, not the shop's database
    require_owner(args, _("fill the database with demo orders"))
    db = open_db(args)
    check_demo_target(db, allow_real_orders=args.allow_real_orders)
    mark_demo(db)

    tty = sys.stderr.isatty()  # a log file or a pipe gets one line per step, not "50/300 orders100/300…"

    shown = [-1]  # the last block of 50 shown: the walk reports whole rounds, not every order

    def progress(done: int, total: int) -> None:
        if not args.json and (done // 50 > shown[0] // 50 or done == total) and done != shown[0]:
            shown[0] = done
            if tty:
                print(f"\r{done}/{total} orders", end="" if done < total else "\n", file=sys.stderr, flush=True)
            else:
                print(f"{done}/{total} orders", file=sys.stderr, flush=True)

    numbers = create_demo(db, orders=args.orders, seed=args.seed, progress=progress)
    if args.json:
        emit_json({"created": len(numbers), "database": db.display_url})
    else:
        print(f"Created {len(numbers)} demo orders in {db.display_url}")
        # The URL as shown everywhere: a server password is never printed.
        how = "orderdesk --demo" if own_file else f"orderdesk --db {db.display_url}" if args.db else "orderdesk"
        print(_("Open them with: {c}").format(c=how))
    return 0
