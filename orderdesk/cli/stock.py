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
import sys
from pathlib import Path

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
    counts = _counts(args.counts)
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


def cmd_reorder(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import cells, emit_json
    from orderdesk.services.stock.reorder import reorder_list

    grouped = reorder_list(_stock(args).db)
    if args.json:
        emit_json(grouped)
        return 0
    for supplier, lines in grouped.items():
        print(supplier or "(no supplier)")
        for line in lines:
            p = line.product
            print(
                f"  {cells(p.sku, 14)} {cells(p.name, 34)} available {p.available:>5}, waiting {line.waiting:>4},"
                f" on order {line.on_order:>4}, re-order at {p.reorder_point:>4}  → order {line.suggested}"
            )
    if not grouped:
        print("Nothing to re-order.")
    return 0


def cmd_order(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from, emit_json, require_owner
    from orderdesk.services.stock.reorder import mark_ordered, reorder_list

    require_owner(args, _("order from a supplier"))
    db = _stock(args).db
    quantities = _counts(args.items) if args.items else {}
    if args.suggested:
        lines = reorder_list(db).get(args.supplier, [])
        quantities = {**{line.product.sku: line.suggested for line in lines}, **quantities}
    po = mark_ordered(db, args.supplier, quantities, actor_from(args))
    if args.json:
        emit_json(po)
    else:
        print(f"{po.number}: {len(po.lines)} products, {sum(x.quantity for x in po.lines)} units from {po.supplier}")
    return 0


def cmd_po(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import emit_json, open_db
    from orderdesk.services.stock.reorder import purchase_order, purchase_orders

    db = open_db(args, existing=True)
    if not args.number:
        found = purchase_orders(db, open_only=not args.all)
        if args.json:
            emit_json(found)
        for po in [] if args.json else found:
            units = sum(x.quantity - x.received for x in po.lines)
            print(f"{po.number}  {po.created_at:%Y-%m-%d}  {po.status:<8} {units:>6} units to come  {po.supplier}")
        return 0
    po = purchase_order(db, args.number)
    if args.pdf:
        from orderdesk.services.documents.purchase_order import render_purchase_order
        from orderdesk.services.print_jobs import shop_from_settings
        from orderdesk.settings import Settings
        from orderdesk.wiring import declare_all_settings

        declare_all_settings()
        Path(args.pdf).write_bytes(render_purchase_order(po, shop_from_settings(Settings(db))))
        print(f"wrote {args.pdf}", file=sys.stderr)
    if args.csv:
        from orderdesk.services.documents.purchase_order import purchase_order_csv

        Path(args.csv).write_text(purchase_order_csv(po), encoding="utf-8-sig", newline="")
        print(f"wrote {args.csv}", file=sys.stderr)
    if args.json:
        emit_json(po)
    elif not (args.pdf or args.csv):
        print(f"{po.number}  {po.supplier}  {po.status}  {po.created_at:%Y-%m-%d} by {po.created_by}")
        for line in po.lines:
            print(f"  {line.sku:<14} {line.quantity:>6} ordered {line.received:>6} received  {line.name}")
    return 0


def cmd_receive_po(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from

    changes = _stock(args).receive_purchase_order(args.number, actor_from(args), document=args.document)
    for change in changes:
        print(f"{change.product.sku}: +{change.quantity}, {change.product.stock_on_hand} on hand")
        for number in change.allocated:
            print(f"  order {number} is complete again (reserved, hold resolved)")
    print(f"{args.number}: received")
    return 0


def _counts(items: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        sku, sep, qty = item.rpartition("=")
        if not sep or not sku.strip() or not qty.strip().isdigit():
            raise ValidationError(_("'{i}' is not SKU=COUNT (e.g. MUG-001=22).").format(i=item), field="count")
        counts[sku.strip()] = int(qty)
    return counts


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

    p = stock.add_parser("reorder", parents=parents, help="what to order, by supplier, with suggested quantities")
    p.set_defaults(func=cmd_reorder)

    p = stock.add_parser("order", parents=parents, help="mark products as ordered: a purchase order (owner)")
    p.add_argument("--supplier", required=True)
    p.add_argument("items", nargs="*", metavar="SKU=QTY")
    p.add_argument("--suggested", action="store_true", help="the re-order list's quantities for this supplier")
    p.set_defaults(func=cmd_order)

    p = stock.add_parser("po", parents=parents, help="purchase orders: list, show, write as PDF or CSV")
    p.add_argument("number", nargs="?", help="a purchase order number (none: list the open ones)")
    p.add_argument("--all", action="store_true", help="list received ones too")
    p.add_argument("--pdf", metavar="FILE", help="write the purchase order as PDF")
    p.add_argument("--csv", metavar="FILE", help="write the purchase order as CSV")
    p.set_defaults(func=cmd_po)

    p = stock.add_parser("receive-po", parents=parents, help="everything outstanding on a purchase order arrived")
    p.add_argument("number")
    p.add_argument("--document", default="", help="the supplier's delivery note number")
    p.set_defaults(func=cmd_receive_po)
