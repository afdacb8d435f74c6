"""``orderdesk order priority N on|off``, ``orderdesk order assign N PERSON|--none`` and
``orderdesk order vip N on|off`` (the order's customer)."""

from __future__ import annotations

import argparse

from orderdesk.cli.common import actor_from, emit_json, open_db
from orderdesk.errors import ValidationError
from orderdesk.i18n import _


def add_parsers(order, common: argparse.ArgumentParser) -> None:
    p = order.add_parser("priority", parents=[common], help="flag an order as priority (first on the board) or not")
    p.add_argument("number")
    p.add_argument("state", choices=["on", "off"])
    p.add_argument("--reason", default="")
    p.set_defaults(func=cmd_order_priority)
    p = order.add_parser("assign", parents=[common], help="assign an order to a person (a user), or to nobody")
    p.add_argument("number")
    p.add_argument("person", nargs="?", help="a user's name ('orderdesk users list')")
    p.add_argument("--none", action="store_true", help="assigned to nobody")
    p.set_defaults(func=cmd_order_assign)
    p = order.add_parser(
        "vip", parents=[common], help="flag the order's customer as VIP (their orders are priority) or not"
    )
    p.add_argument("number")
    p.add_argument("state", choices=["on", "off"])
    p.set_defaults(func=cmd_order_vip)


def _service(args: argparse.Namespace):
    from orderdesk.wiring import order_service

    return order_service(open_db(args, existing=True))


def cmd_order_priority(args: argparse.Namespace) -> int:
    on = args.state == "on"
    order = _service(args).set_priority(args.number, on, actor_from(args), args.reason)
    if args.json:
        emit_json(order)
    else:
        print(_("{n}: priority {s}").format(n=order.number, s=_("on") if on else _("off")))
    return 0


def cmd_order_assign(args: argparse.Namespace) -> int:
    if bool(args.person) == bool(args.none):
        raise ValidationError(_("Give a person's name, or --none to assign the order to nobody."), field="person")
    order = _service(args).assign(args.number, None if args.none else args.person, actor_from(args))
    if args.json:
        emit_json(order)
    elif order.assigned_to:
        print(_("{n}: assigned to {p}").format(n=order.number, p=order.assigned_to))
    else:
        print(_("{n}: assigned to nobody").format(n=order.number))
    return 0


def cmd_order_vip(args: argparse.Namespace) -> int:
    from orderdesk.services.orders.inputs import OrderEdit

    on = args.state == "on"
    order = _service(args).update_order(args.number, OrderEdit(vip=on), actor_from(args))
    if args.json:
        emit_json(order)
    else:
        line = _("{n}: the customer is VIP") if on else _("{n}: the customer is not VIP")
        print(line.format(n=order.number) + (_(" (the order is priority)") if on and order.priority else ""))
    return 0
