"""``orderdesk stock …``: receive, correct, count and look up stock; orders waiting for it.

orderdesk stock receive MUG-001 24 --note "weekly delivery" --document WZ/2026/118
orderdesk stock adjust MUG-001 -2 --reason "broken in transit"
orderdesk stock show MUG-001 --json
orderdesk stock count MUG-001=22 TEA-010=40 --reason "stocktake shelf A"
orderdesk stock waiting
orderdesk stock ask 2026-000042            # wait or cancel? (a message to the customer)
orderdesk stock answer 2026-000042 cancel
"""

from __future__ import annotations

import argparse

from orderdesk.errors import ValidationError
from orderdesk.i18n import _


def _stock(args):
    from orderdesk.cli.common import open_db
    from orderdesk.services.stock import StockService
    from orderdesk.wiring import order_service

    db = open_db(args, existing=True)
    return StockService(db, order_service(db))


def cmd_receive(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from, emit_json

    change = _stock(args).receive(args.sku, args.quantity, actor_from(args), note=args.note, document=args.document)
    if args.json:
        emit_json(change)
        return 0
    p = change.product
    print(f"{p.sku}: +{change.quantity} received, {p.stock_on_hand} on hand, {p.available} available")
    for number in change.allocated:
        print(f"  order {number} is complete again (reserved, hold resolved)")
    return 0


def cmd_adjust(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from, emit_json, require_owner

    require_owner(args, _("correct stock"))
    change = _stock(args).adjust(args.sku, args.quantity, actor_from(args), args.reason)
    if args.json:
        emit_json(change)
    else:
        p = change.product
        print(f"{p.sku}: {change.quantity:+d} adjusted, {p.stock_on_hand} on hand, {p.available} available")
    return 0


def cmd_count(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from, emit_json, require_owner

    require_owner(args, _("apply a stocktake"))
    counts: dict[str, int] = {}
    for item in args.counts:
        sku, sep, qty = item.rpartition("=")
        if not sep or not sku.strip() or not qty.strip().isdigit():
            raise ValidationError(_("'{i}' is not SKU=COUNT (e.g. MUG-001=22).").format(i=item), field="count")
        counts[sku.strip()] = int(qty)
    changed = _stock(args).apply_count(counts, actor_from(args), args.reason, document=args.document)
    if args.json:
        emit_json(changed)
        return 0
    for line in changed:
        print(f"{line.sku}: expected {line.expected}, counted {line.counted} ({line.difference:+d})")
    print(f"{len(counts)} counted, {len(changed)} differed")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import emit_json

    card = _stock(args).card(args.sku, limit=args.limit)
    if args.json:
        emit_json(card)
        return 0
    p = card.product
    print(f"{p.sku}  {p.name}")
    print(f"  on hand {p.stock_on_hand}, reserved {p.reserved}, available {p.available}")
    print(f"  bin {p.bin_location or '-'}, supplier {p.supplier or '-'}, re-order at {p.reorder_point}")
    print(f"  barcodes {' '.join(p.barcodes) or '-'}")
    for m in card.movements:
        ref = m.order_number or m.document
        print(
            f"  {m.at:%Y-%m-%d %H:%M}  {m.kind.value:<10} {m.quantity:>+6}  → {m.on_hand_after:>6}/{m.reserved_after:<6}"
            f" {m.actor}  {ref}  {m.reason}".rstrip()
        )
    return 0


def cmd_waiting(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import emit_json
    from orderdesk.services.stock.backorders import waiting_orders

    waiting = waiting_orders(_stock(args).db)
    if args.json:
        emit_json(waiting)
        return 0
    for w in waiting:
        short = ", ".join(f"{sku} ({n})" for sku, n in w.short.items())
        answer = f"  customer: {w.answer}" if w.answer else ("  asked" if w.asked else "")
        print(f"{w.number}  {w.created_at:%Y-%m-%d}  short: {short}{answer}")
    if not waiting:
        print("No orders are waiting for stock.")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from, require_owner

    require_owner(args, _("ask a customer to wait or cancel"))
    queued = _stock(args).wait_or_cancel(args.number, actor_from(args))
    print(f"{args.number}: wait-or-cancel message queued ({queued})")
    return 0


def cmd_answer(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from, require_owner

    require_owner(args, _("record a customer's answer"))
    _stock(args).record_answer(args.number, args.answer, actor_from(args), args.note)
    print(f"{args.number}: " + ("cancelled, stock released" if args.answer == "cancel" else "the customer waits"))
    return 0


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    parents = [common]
    stock = subparsers.add_parser("stock", help=help).add_subparsers(
        dest="stock_command", required=True, metavar="ACTION"
    )
    p = stock.add_parser("receive", parents=parents, help="units in from a supplier")
    p.add_argument("sku", help="SKU or barcode")
    p.add_argument("quantity", type=int)
    p.add_argument("--note", default="", help="a note for the ledger")
    p.add_argument("--document", default="", help="the supplier's delivery note number")
    p.set_defaults(func=cmd_receive)

    p = stock.add_parser("adjust", parents=parents, help="a correction by hand, e.g. -2 for breakage (owner)")
    p.add_argument("sku", help="SKU or barcode")
    p.add_argument("quantity", type=int, help="units to add (+3) or take away (-2)")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_adjust)

    p = stock.add_parser("count", parents=parents, help="a stocktake: on hand becomes the count (owner)")
    p.add_argument("counts", nargs="+", metavar="SKU=COUNT")
    p.add_argument("--reason", required=True)
    p.add_argument("--document", default="", help="the count sheet's number")
    p.set_defaults(func=cmd_count)

    p = stock.add_parser("show", parents=parents, help="a product's stock and its movements")
    p.add_argument("sku", help="SKU or barcode")
    p.add_argument("--limit", type=int, default=50, help="movements to show (newest first)")
    p.set_defaults(func=cmd_show)

    p = stock.add_parser("waiting", parents=parents, help="orders on an out-of-stock hold, oldest first")
    p.set_defaults(func=cmd_waiting)

    p = stock.add_parser("ask", parents=parents, help="message the customer: wait for the stock or cancel (owner)")
    p.add_argument("number", help="order number")
    p.set_defaults(func=cmd_ask)

    p = stock.add_parser("answer", parents=parents, help="record the customer's answer: wait or cancel (owner)")
    p.add_argument("number", help="order number")
    p.add_argument("answer", choices=("wait", "cancel"))
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_answer)
