"""``orderdesk order show|move|hold|release|pay|priority|assign``: one order."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from orderdesk.cli.common import EXIT_CODES, actor_from, emit_json, open_db, words
from orderdesk.errors import MoveRefused, PermissionDenied, ValidationError
from orderdesk.i18n import _
from orderdesk.money import Money
from orderdesk.workflow import Hold, MoveRequest, Need, Status, label, needs_for

HIDDEN_CODE = "******"  # a pickup code as shown to anyone but the owner


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    order = subparsers.add_parser("order", help=help).add_subparsers(dest="order_command", required=True)
    p = order.add_parser("show", parents=[common], help="everything about an order, with its history")
    p.add_argument("number")
    p.add_argument("--reveal-code", action="store_true", help="show the pickup code (the owner, signed in)")
    p.set_defaults(func=cmd_order_show)
    p = order.add_parser("move", parents=[common], help="move an order to another status")
    p.add_argument("number", help="order number, e.g. 2026-000042")
    statuses = [s.value for s in Status]
    p.add_argument("status", choices=statuses, metavar="STATUS", help="where to: " + ", ".join(statuses))
    p.add_argument("--reason", help="why: needed to cancel, to return and to move back")
    p.add_argument("--tracking", help="tracking number (moving to shipped with the own courier)")
    p.add_argument("--carrier", default="own_courier", help="carrier of --tracking (default own_courier)")
    p.add_argument("--pickup-code", help="the code the customer reads out (collected)")
    p.add_argument("--paid", help="money received with this move, e.g. 125.50")
    p.add_argument("--override", action="store_true", help="owner: hand over without the pickup code (needs --reason)")
    p.add_argument("--expect-version", type=int, help="refuse if the order changed since this version")
    p.set_defaults(func=cmd_order_move)
    p = order.add_parser("hold", parents=[common], help="put an order on hold")
    p.add_argument("number")
    p.add_argument("kind", choices=[h.value for h in Hold])
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_order_hold)
    p = order.add_parser("release", parents=[common], help="resolve an order's hold")
    p.add_argument("number")
    p.add_argument("kind", choices=[h.value for h in Hold])
    p.add_argument("--reason")
    p.set_defaults(func=cmd_order_release)
    p = order.add_parser("pay", parents=[common], help="record a payment")
    p.add_argument("number")
    p.add_argument("amount")
    p.add_argument("--reason")
    p.add_argument(
        "--overpayment", action="store_true", help="the customer really paid more than is due: record it all"
    )
    p.set_defaults(func=cmd_order_pay)
    from orderdesk.cli.order_work import add_parsers

    add_parsers(order, common)


def _service(args: argparse.Namespace):
    from orderdesk.wiring import order_service

    return order_service(open_db(args, existing=True))


def cmd_order_show(args: argparse.Namespace) -> int:
    o = _service(args).get(args.number)
    if o.pickup_code and args.reveal_code:
        actor = actor_from(args)  # signed in with a PIN once there are users
        if not _may_see_pickup_code(actor):
            raise PermissionDenied(_("Only the owner may see a pickup code; the customer reads it out."))
    elif o.pickup_code:
        o = dataclasses.replace(o, pickup_code=HIDDEN_CODE)
    if args.json:
        emit_json(o)
        return 0
    print(f"Order {o.number}  [{label(o.status)}]  version {o.version}")
    if o.channel is not None:
        ch = o.channel
        print(f"  Store: {ch.name} ({ch.kind}) #{ch.external_number} id {ch.external_id}  status {ch.store_status}")
    elif o.external_id:
        print(f"  External id: {o.external_id} ({o.source})")
    c = o.customer
    print(
        f"  Customer: {c.name}  {c.phone}{' (invalid)' if c.phone_invalid else ''}  {c.email}  lang={c.language}"
        + ("  VIP" if c.vip else "")
    )
    print(f"  Delivery: {words(o.delivery_method)}  {', '.join(o.address.lines())}  {o.pickup_point_code}")
    print(
        f"  Payment: {words(o.payment_method.value)}  total {o.total.format()}  paid {o.amount_paid.format()}"
        f"  ({words(o.payment_state)})"
    )
    if o.priority or o.assigned_to:
        print(f"  Work: {'PRIORITY  ' if o.priority else ''}{'assigned to ' + o.assigned_to if o.assigned_to else ''}")
    if o.pickup_code:
        hint = "  (--reveal-code: owner)" if o.pickup_code == HIDDEN_CODE else ""
        print(f"  Pickup: code {o.pickup_code}  shelf {o.shelf_slot}{hint}")
    for s in o.shipments:
        print(
            f"  Shipment: {s.carrier} {s.service} {s.tracking_number} {s.status}{' (cancelled)' if s.cancelled else ''}"
        )
    print("  Lines:")
    for line in o.lines:
        print(
            f"    {line.sku:<10} {line.name[:40]:<40} x{line.quantity:<3} {line.unit_price.format():>12}  {line.bin_location}"
        )
    for h in o.active_holds:
        print(f"  HOLD {h.kind}: {h.reason}")
    if o.notes:
        print(f"  Notes: {o.notes}")
    print("  History:")
    from orderdesk.services.history_text import describe_all  # `order show` only, not the moves

    for h, text in zip(o.history, describe_all(o.history, currency=o.currency), strict=True):
        why = f"  ({text.why})" if text.why else ""
        print(f"    {h.at:%Y-%m-%d %H:%M}  {text.who}  {text.what}{why}")
        for more in filter(None, text.more.splitlines()):
            print(f"        {more}")
    return 0


def cmd_order_move(args: argparse.Namespace) -> int:
    service = _service(args)
    actor = actor_from(args)
    target = Status(args.status)
    order = service.get(args.number, with_history=False)
    payment_minor = Money.parse(args.paid, order.currency).minor if args.paid else None
    shipment = None
    if args.tracking and target is Status.SHIPPED and args.tracking != order.tracking_number:
        shipment = {"carrier": args.carrier, "tracking_number": args.tracking}  # attached only if the move is made
    request = MoveRequest(
        target, reason=args.reason, pickup_code=args.pickup_code, payment_minor=payment_minor, override=args.override,
        expected_version=args.expect_version,
    )  # fmt: skip
    try:
        if target is Status.COLLECTED and args.pickup_code and not args.override:
            # Wrong codes counted and locked as at the pickup counter, not unlimited tries.
            from orderdesk.services.pickup import check_code_before_move

            check_code_before_move(service, args.number, args.pickup_code, actor)
        # The history goes out only in --json; the line printed otherwise needs none.
        moved = service.move(args.number, request, actor, shipment=shipment, with_history=bool(args.json))
    except MoveRefused as exc:
        # The domain's reason speaks of the window's fields; say which options give them here.
        hints = _move_options(args, needs_for(order, target))
        print(f"error: {exc}" + (f" (this move needs {hints})" if hints else ""), file=sys.stderr)
        return EXIT_CODES[MoveRefused]
    if moved.pickup_code and not _may_see_pickup_code(actor):
        moved = dataclasses.replace(moved, pickup_code=HIDDEN_CODE)
    if args.json:
        emit_json(moved)
    else:
        extra = (
            f"  pickup code {moved.pickup_code}, shelf {moved.shelf_slot}" if target is Status.READY_FOR_PICKUP else ""
        )
        print(f"{moved.number}: {label(order.status)} → {label(moved.status)}{extra}")
    return 0


def _may_see_pickup_code(actor) -> bool:
    """The pickup counter's rule; its module (and the users table) is imported only for an order
    that has a code, so showing or moving most orders does not load it (start-up time)."""
    from orderdesk.services.pickup import may_see_pickup_code

    return may_see_pickup_code(actor)


def _move_options(args: argparse.Namespace, needs: set[Need]) -> str:
    """The options a move needs that were not given, e.g. '--reason TEXT'."""
    wanted = []
    if Need.TRACKING_NUMBER in needs and not args.tracking:
        wanted.append("--tracking NUMBER")
    if Need.PICKUP_CODE in needs and not (args.pickup_code or args.override):
        wanted.append("--pickup-code CODE")
    if Need.PAYMENT_AMOUNT in needs and not args.paid:
        wanted.append("--paid AMOUNT")
    if Need.REASON in needs and not args.reason:
        wanted.append('--reason "TEXT"')
    return " ".join(wanted)


def cmd_order_hold(args: argparse.Namespace) -> int:
    _service(args).add_hold(args.number, args.kind, args.reason, actor_from(args))
    print(f"{args.number}: on hold ({args.kind})")
    return 0


def cmd_order_release(args: argparse.Namespace) -> int:
    _service(args).resolve_hold(args.number, args.kind, actor_from(args), args.reason or "")
    print(f"{args.number}: hold {args.kind} resolved")
    return 0


def cmd_order_pay(args: argparse.Namespace) -> int:
    service = _service(args)
    order = service.get(args.number, with_history=False)
    amount = Money.parse(args.amount, order.currency)
    try:
        updated = service.record_payment(
            args.number, amount, actor_from(args), args.reason or "", allow_overpayment=args.overpayment
        )
    except ValidationError as exc:
        if exc.field != "overpayment":
            raise
        raise ValidationError(f"{exc} (--overpayment records it)", field=exc.field) from None
    print(f"{args.number}: paid {updated.amount_paid.format()} of {updated.total.format()}")
    return 0
