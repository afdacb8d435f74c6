"""``orderdesk orders move STATUS NUMBER…``: many orders to one status in one process.

A script that moved orders one ``order move`` at a time paid Python's and SQLAlchemy's start-up
for every order; here the orders go through ``OrderService.move_many`` in blocks, each move
planned by the same guards as a single move. A refused order is named with its reason and the
others are still moved; the exit code says that something was refused.
"""

from __future__ import annotations

import argparse
import sys

from orderdesk.cli.common import EXIT_CODES, actor_from, emit_json, open_db
from orderdesk.errors import MoveRefused, ValidationError
from orderdesk.i18n import _
from orderdesk.workflow import MoveRequest, Need, Status, label, needs_for

BLOCK = 200  # orders per transaction: short enough that the desks' own moves never wait long
STDIN = "-"


def order_numbers(given: list[str], stdin=None) -> list[str]:
    """The numbers given, ``-`` read from standard input (any whitespace between them);
    each number once, in the order first given."""
    numbers: list[str] = []
    for item in given:
        if item == STDIN:
            numbers.extend((stdin or sys.stdin).read().split())
        else:
            numbers.append(item.strip())
    unique = list(dict.fromkeys(n for n in numbers if n))
    if not unique:
        raise ValidationError(_("No order numbers given: name them, or pass - and send them on standard input."))
    return unique


# A move that needs one of these takes each order's own value: the single-order command.
PER_ORDER_OPTIONS = {
    Need.TRACKING_NUMBER: "--tracking NUMBER",
    Need.PICKUP_CODE: "--pickup-code CODE",
    Need.PAYMENT_AMOUNT: "--paid AMOUNT",
}


def cmd_orders_move(args: argparse.Namespace) -> int:
    from orderdesk.services.orders.batch_moving import BatchMove
    from orderdesk.wiring import order_service

    numbers = order_numbers(args.numbers)
    service = order_service(open_db(args, existing=True))
    actor = actor_from(args)
    target = Status(args.status)
    request = MoveRequest(target, reason=args.reason)
    outcomes = []
    for start in range(0, len(numbers), BLOCK):
        block = numbers[start : start + BLOCK]
        outcomes += service.move_many([BatchMove(n, request, actor) for n in block])
    refused = [o for o in outcomes if o.error is not None]
    if args.json:
        emit_json([_as_json(o) for o in outcomes])
    else:
        for o in outcomes:
            if o.error is None:
                print(f"{o.number}: → {label(o.order.status)}")
        for o in refused:
            print(f"error: {o.number}: {_why(service, o, target, args.reason)}", file=sys.stderr)
        moved = len(outcomes) - len(refused)
        print(_("Moved to {status}: {moved} of {total}.").format(
            moved=moved, total=len(outcomes), status=label(target)
        ), file=sys.stderr if refused else sys.stdout)  # fmt: skip
    if not refused:
        return 0
    kinds = {type(o.error) for o in refused}
    return EXIT_CODES.get(kinds.pop(), 1) if len(kinds) == 1 else EXIT_CODES[MoveRefused]


def _why(service, outcome, target: Status, reason: str | None) -> str:
    """The refusal, and the options the move needs that a batch cannot give (as ``order move``)."""
    text = str(outcome.error)
    if not isinstance(outcome.error, MoveRefused):
        return text
    order = service.get(outcome.number, with_history=False)
    needs = needs_for(order, target)
    options = [option for need, option in PER_ORDER_OPTIONS.items() if need in needs]
    if Need.REASON in needs and not reason:
        options.append('--reason "TEXT"')
    if options:
        command = f"orderdesk order move {outcome.number} {target.value} {' '.join(options)}"
        text += " " + _("(this move needs {options}: {command})").format(options=" ".join(options), command=command)
    return text


def _as_json(outcome) -> dict:
    if outcome.error is None:
        return {"number": outcome.number, "moved": True, "status": outcome.order.status.value,
                "version": outcome.order.version}  # fmt: skip
    return {"number": outcome.number, "moved": False, "error": str(outcome.error),
            "kind": type(outcome.error).__name__}  # fmt: skip
