"""``orderdesk products …``: the catalogue, and products to and from CSV.

orderdesk products list --search herbata
orderdesk products import products.csv --dry-run
orderdesk products export products.csv --semicolon
orderdesk products archive MUG-001
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from orderdesk.i18n import _


def _product_line(p) -> str:
    from orderdesk.cli.common import cells

    return (
        f"{cells(p.sku, 14)} {cells(p.name, 34)} {p.stock_on_hand:>7} {p.reserved:>7} {p.available:>7}"
        f"  {cells(p.bin_location, 8)} {p.supplier}"
    )


def _catalogue(args):
    from orderdesk.cli.common import open_db
    from orderdesk.services.stock import Catalogue

    return Catalogue(open_db(args, existing=True))


def cmd_products_list(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import emit_json

    catalogue = _catalogue(args)
    products = catalogue.products(catalogue.search_ids(args.search, archived=args.archived, limit=args.limit))
    if args.json:
        emit_json(products)
        return 0
    for p in products:
        print(_product_line(p) + ("  [archived]" if p.archived else ""))
    if not products:
        print("No products match.")
    return 0


def cmd_products_import(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from, emit_json, open_db, require_owner
    from orderdesk.services.stock.csv_io import import_products

    require_owner(args, _("import products"))
    report = import_products(open_db(args), Path(args.file), actor_from(args), dry_run=args.dry_run)
    if args.json:
        emit_json(report)
    else:
        verb = "would create" if args.dry_run else "created"
        print(f"{verb} {len(report.created)}, updated {len(report.updated)}, {len(report.errors)} with errors")
        for error in report.errors:
            print(f"  {error}", file=sys.stderr)
    return 0 if report.ok else 2


def cmd_products_export(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import open_db
    from orderdesk.services.stock.csv_io import export_products

    db = open_db(args, existing=True)
    delimiter = ";" if args.semicolon else ","
    if args.file == "-":
        count = export_products(db, sys.stdout, archived=args.archived, delimiter=delimiter)
    else:
        # utf-8-sig: Excel opens a file with a BOM as UTF-8 instead of the PC's code page
        with open(args.file, "w", encoding="utf-8-sig", newline="") as out:
            count = export_products(db, out, archived=args.archived, delimiter=delimiter)
        print(f"exported {count} products to {args.file}", file=sys.stderr)
    return 0


def cmd_products_archive(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import require_owner

    require_owner(args, _("archive products"))
    product = _catalogue(args).set_archived(args.sku, not args.restore)
    print(f"{product.sku}: " + ("archived" if product.archived else "back in the catalogue"))
    return 0


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    parents = [common]
    products = subparsers.add_parser("products", help=help).add_subparsers(
        dest="products_command", required=True, metavar="ACTION"
    )
    p = products.add_parser("list", parents=parents, help="products with their stock")
    p.add_argument("--search", default="", help="part of the SKU or name, or a barcode")
    p.add_argument("--archived", action="store_true", help="archived products too")
    p.add_argument("--limit", type=int, default=500)
    p.set_defaults(func=cmd_products_list)

    p = products.add_parser("import", parents=parents, help="create or update products from CSV (owner)")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="check every row, change nothing")
    p.set_defaults(func=cmd_products_import)

    p = products.add_parser("export", parents=parents, help="the catalogue as CSV ('-' for standard output)")
    p.add_argument("file")
    p.add_argument("--archived", action="store_true", help="archived products too")
    p.add_argument("--semicolon", action="store_true", help="';' between columns (Excel in PL, RU, DE)")
    p.set_defaults(func=cmd_products_export)

    p = products.add_parser("archive", parents=parents, help="hide a product from search and re-ordering (owner)")
    p.add_argument("sku")
    p.add_argument("--restore", action="store_true", help="bring an archived product back")
    p.set_defaults(func=cmd_products_archive)
