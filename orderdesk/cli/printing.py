"""``orderdesk print labels|slips|picklist``: the paperwork from the command line.

    orderdesk print labels OD-1 OD-2 --printer Zebra --format zpl --dpi 300
    orderdesk print slips --status packed --out slips.pdf
    orderdesk print picklist --status assembling --printer Office

Orders are named or chosen by status; output goes to a file or straight to a printer (CUPS).
Without --out/--printer the printer remembered for that document on this PC is used.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from orderdesk.cli.common import actor_from, emit_json, open_db
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.services.print_jobs import (
    KINDS,
    DocumentRequest,
    PrintJobService,
    request_from_choice,
    shop_from_settings,
)
from orderdesk.services.printing import PrinterPreferences
from orderdesk.workflow import Status

SIZES = ("4x6", "100x150", "a4x4", "a4", "letter")


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    """Register ``print`` on the top-level subparsers (``common``: the shared --db/--json/--user options)."""
    p = subparsers.add_parser("print", parents=[common], help=help)
    p.add_argument("kind", choices=KINDS, help="labels, slips (packing slips) or picklist")
    p.add_argument("orders", nargs="*", metavar="ORDER", help="order numbers")
    p.add_argument("--status", choices=[s.value for s in Status], help="every order in this status (instead of ORDER)")
    p.add_argument("--limit", type=int, default=1000, help="at most this many orders with --status (default 1000)")
    p.add_argument("--size", choices=SIZES, help="labels: 4x6, 100x150, a4x4; slips and pick lists: a4, letter")
    p.add_argument("--format", choices=("pdf", "zpl"), help="pdf (default) or zpl for thermal label printers")
    p.add_argument("--dpi", type=int, choices=(203, 300), help="thermal printer resolution for zpl (default 203)")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--out", type=Path, metavar="FILE", help="write the document to this file")
    target.add_argument("--printer", metavar="NAME", help="print on this printer (see `lpstat -p`)")
    p.add_argument("--copies", type=int, default=1)
    p.add_argument("--wait", action="store_true", help="wait until the print system has finished the job")
    p.add_argument("--own-labels", action="store_true", help="print our label even where the carrier supplied its own")
    p.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    from orderdesk.settings import Settings
    from orderdesk.wiring import order_service

    if bool(args.orders) == bool(args.status):
        raise ValidationError(_("Name the orders to print, or give --status (not both)."), "orders")
    db = open_db(args, existing=True)  # orders to print come from an existing database
    service = order_service(db)
    # The whole batch in a few statements: the orders' ids, then their rows, lines and shipments.
    if args.status:
        orders = sorted(service.details_in_status(args.status, limit=args.limit), key=lambda o: o.number)
        if not orders:
            raise ValidationError(_("No orders are in status '{s}'.").format(s=args.status), "status")
        numbers = [o.number for o in orders]
    else:
        numbers = list(dict.fromkeys(args.orders))
        orders = service.get_many(numbers)

    prefs = PrinterPreferences.load()
    choice = prefs.get(args.kind)
    base = request_from_choice(args.kind, choice)
    fmt = args.format or ("" if args.out else base.format) or "pdf"
    if args.out and not args.format and args.out.suffix.lower() == ".zpl":
        fmt = "zpl"
    profile = replace(base.profile, dpi=args.dpi) if args.dpi else base.profile
    request = DocumentRequest(
        args.kind, args.size or base.size, fmt, profile, carrier_labels=not args.own_labels
    ).normalised()
    jobs = PrintJobService(shop_from_settings(Settings(db)), service)
    actor = actor_from(args)

    def progress(done: int, total: int) -> None:
        if not args.json and total >= 50 and (done % 100 == 0 or done == total):
            print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    printer = ""
    if args.out:
        outcome = jobs.save(request, orders, args.out, actor, progress)
        message = _("Wrote {kind} for {n} orders to {files}").format(
            kind=args.kind, n=len(numbers), files=", ".join(str(f) for f in outcome.files)
        )
    else:
        printer = args.printer or choice.printer
        if not printer:
            raise ValidationError(
                _("Give --out FILE or --printer NAME (no printer chosen for {kind} on this PC).").format(
                    kind=args.kind
                ),
                "printer",
            )
        outcome = jobs.print(request, orders, printer, actor, copies=args.copies, wait=args.wait, progress=progress)
        message = _("Sent {kind} for {n} orders to {printer} (job {job})").format(
            kind=args.kind, n=len(numbers), printer=printer, job=", ".join(outcome.jobs)
        )
    if outcome.carrier_labels:
        message += "\n" + _("Carrier's own label used for: {numbers}").format(numbers=", ".join(outcome.carrier_labels))
    result = {
        "document": args.kind,
        "orders": numbers,
        "format": fmt,
        "size": request.size,
        "printer": printer,
        "jobs": list(outcome.jobs),
        "files": [str(f) for f in outcome.files],
        "carrier_labels": list(outcome.carrier_labels),
    }
    if args.json:
        emit_json(result)
    else:
        print(message)
    return 0
