"""``orderdesk automation run [--dry-run]``: one round of the automation rules."""

from __future__ import annotations

import argparse

from orderdesk.cli.common import emit_json, open_db
from orderdesk.i18n import _


def cmd_run(args: argparse.Namespace) -> int:
    from orderdesk.services.automation import Automation
    from orderdesk.wiring import order_service

    result = Automation(order_service(open_db(args))).run_round(dry_run=args.dry_run)
    if args.json:
        emit_json(
            {
                "ran": result.ran,
                "dry_run": args.dry_run,
                "actions": [{"rule": a.rule, "order": a.number, "what": a.what} for a in result.actions],
                "skipped": result.skipped,
            }
        )
        return 0
    if args.dry_run and result.ran:
        print(_("Dry run: nothing was changed. The round would do:"))
    for line in result.lines():
        print(line)
    return 0


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser, help: str) -> None:
    group = sub.add_parser("automation", help=help).add_subparsers(dest="automation_command", required=True)
    p = group.add_parser("run", parents=[common], help="one round of the rules; --dry-run only says what it would do")
    p.add_argument("--dry-run", action="store_true", help="change nothing, print what the round would do")
    p.set_defaults(func=cmd_run)
