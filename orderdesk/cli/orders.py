"""``orderdesk orders list|move``: orders, newest first, by status or search; many moved at once."""

from __future__ import annotations

import argparse
import sys

from orderdesk.cli.common import cells, emit_json, open_db
from orderdesk.workflow import Status, label


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    orders = subparsers.add_parser("orders", help=help).add_subparsers(dest="orders_command", required=True)
    p = orders.add_parser("list", parents=[common], help="list orders, newest first")
    p.add_argument(
        "--status",
        choices=[s.value for s in Status],
        metavar="STATUS",
        help="only this status: new, confirmed, … refunded",
    )
    p.add_argument("--search", help="order number, customer, phone, e-mail, tracking number, SKU or external id")
    p.add_argument("--holds", action="store_true", help="only orders that need attention")
    p.add_argument("--assigned", metavar="PERSON", help="only the orders assigned to this person")
    p.add_argument("--limit", type=int, default=100, help="at most this many orders (default 100)")
    p.set_defaults(func=cmd_orders_list)
    statuses = [s.value for s in Status]
    p = orders.add_parser(
        "move", parents=[common], help="move many orders to one status in one go (the same rules as order move)"
    )
    p.add_argument("status", choices=statuses, metavar="STATUS", help="where to: " + ", ".join(statuses))
    p.add_argument(
        "numbers", nargs="+", metavar="NUMBER", help="order numbers; - reads them from standard input (any spacing)"
    )
    p.add_argument("--reason", help="why, for every order: needed to cancel, to return and to move back")
    p.set_defaults(func=_cmd_orders_move)


def _cmd_orders_move(args: argparse.Namespace) -> int:
    from orderdesk.cli.orders_move import cmd_orders_move  # only when it runs: orders list stays light

    return cmd_orders_move(args)


def cmd_orders_list(args: argparse.Namespace) -> int:
    from orderdesk.wiring import order_service

    service = order_service(open_db(args, existing=True))
    status = Status(args.status) if args.status else None
    rows = service.list_orders(
        status=status, search=args.search, holds_only=args.holds, limit=args.limit, assigned_to=args.assigned or ""
    )
    if args.json:
        emit_json(rows)
        return 0
    for o in rows:
        holds = ("  ⚠ " + "; ".join(f"{k}: {r}" for k, r in o.holds)) if o.holds else ""
        holds += ("  ! priority" if o.priority else "") + (f"  → {o.assigned_to}" if o.assigned_to else "")
        print(
            f"{o.number}  {label(o.status):<18} {cells(o.customer_name, 28)} {o.total.format():>14}  {o.tracking_number}{holds}"
        )
    if not rows:
        print("No orders match.", file=sys.stderr)
    elif len(rows) == args.limit:
        print(f"Showing the first {args.limit} orders; --limit N shows more.", file=sys.stderr)
    return 0
