"""``orderdesk sync``: one round of carrier tracking and customer messages, with a summary."""

from __future__ import annotations

import argparse
import sys

from orderdesk.cli.common import carrier_services, emit_json, to_jsonable
from orderdesk.i18n import _


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    p = subparsers.add_parser("sync", parents=[common], help=help)
    p.add_argument(
        "--carrier", action="append", choices=["cdek", "inpost", "easypost"], help="only this carrier (repeatable)"
    )
    p.add_argument("--no-messages", action="store_true", help="tracking only: skip the customer-message round")
    p.set_defaults(func=cmd_sync)


def cmd_sync(args: argparse.Namespace) -> int:
    from orderdesk.services.sync_round import run_sync_round

    db, settings, orders, registry = carrier_services(args)

    def progress(done: int, total: int) -> None:
        if not args.json:
            print(f"\r{done}/{total} shipments", end="" if done < total else "\n", file=sys.stderr, flush=True)

    try:
        result = run_sync_round(
            db,
            orders,
            settings,
            registry=registry,
            progress=progress,
            carriers=args.carrier,
            messages=not args.no_messages,
            message_round=_message_round,
        )
    finally:
        registry.close()
    summary = result.tracking
    if getattr(args, "json", False):
        emit_json(
            {
                "tracking": to_jsonable(summary),
                "messages": result.messages,
                "auto_completed": result.auto_completed,
                "busy_elsewhere": result.busy_elsewhere,
            }
        )
    else:
        lines = result.lines()
        print("\n".join(x for x in lines if not x.startswith("! ")))
        for line in lines:
            if line.startswith("! "):
                print(line, file=sys.stderr)
    if result.failed:
        print(_("error: no shipment could be synced: {m}").format(m=summary.errors[0][2]), file=sys.stderr)
        return 1
    if summary.not_set_up and summary.polled == 0 and not summary.errors and summary.shipments:
        # Nothing could be tracked because no carrier of these shipments is set up: a setup step
        # (exit 7, configuration), said once with the way to do it.
        print(
            _(
                "error: carriers not set up: {c}. Set them up in Carriers → Carrier settings, "
                "or with the commands listed above."
            ).format(c=", ".join(c for c, _m in summary.not_set_up)),
            file=sys.stderr,
        )
        return 7
    return 0


def _message_round(db) -> dict | None:
    """The customer-message part of ``orderdesk sync`` (the notifications service's round)."""
    from orderdesk.services.messaging import run_outbox_once

    return run_outbox_once(db).as_dict()
