"""``orderdesk import``: orders from a JSON or CSV file, every row checked."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from orderdesk.cli.common import actor_from, emit_json, open_db
from orderdesk.i18n import _


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    p = subparsers.add_parser("import", parents=[common], help=help)
    p.add_argument("file")
    p.add_argument("--format", choices=["json", "csv"])
    p.add_argument("--dry-run", action="store_true", help="check every row, change nothing")
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from orderdesk.services.importers import import_file
    from orderdesk.wiring import order_service

    service = order_service(open_db(args))
    report = import_file(service, Path(args.file), actor_from(args), dry_run=args.dry_run, fmt=args.format)
    if args.json:
        emit_json(report)
    else:
        verb = "would import" if args.dry_run else "imported"
        print(
            f"{verb} {len(report.imported)}, skipped {len(report.skipped)} already present, {len(report.errors)} with errors"
        )
        for error in report.errors:
            print(f"  {error}", file=sys.stderr)
        for warning in report.warnings:
            print("  " + _("warning: {w}").format(w=warning), file=sys.stderr)
    return 0 if report.ok else 2
