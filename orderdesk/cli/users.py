"""``orderdesk users list|add|pin|off|on``: the people who use the stations, their roles and PINs.

PINs are read from standard input (never from the command line, where other users of the PC
could see them): the new PIN on the first line, then the owner's PIN when an owner's approval
is needed (or the owner's PIN in ORDERDESK_PIN, as for every other acting command; ``--user``
names the approving owner).
"""

from __future__ import annotations

import argparse
import os
import sys

from orderdesk.cli.common import PIN_ENV, emit_json, open_db
from orderdesk.workflow import Role


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    users = subparsers.add_parser("users", help=help)
    sub = users.add_subparsers(dest="users_command", metavar="COMMAND", required=True)
    p = sub.add_parser("list", parents=[common], help="list users")
    p.set_defaults(func=cmd_users)
    p = sub.add_parser(
        "add", parents=[common], help="add a user; stdin: the new PIN, then the owner's PIN (not for the first owner)"
    )
    p.add_argument("name")
    p.add_argument("--as", dest="user_role", choices=["owner", "packer", "clerk"], required=True)
    p.set_defaults(func=cmd_users)
    p = sub.add_parser("pin", parents=[common], help="set a user's PIN; stdin: the new PIN, then the owner's PIN")
    p.add_argument("name")
    p.set_defaults(func=cmd_users)
    for state in ("off", "on"):
        p = sub.add_parser(state, parents=[common], help=f"switch a user {state}; stdin: the owner's PIN")
        p.add_argument("name")
        p.set_defaults(func=cmd_users)


def _stdin_lines(count: int) -> list[str]:
    lines = [line.strip() for line in sys.stdin.read().splitlines()]
    return (lines + [""] * count)[:count]


def _owner(users, args: argparse.Namespace, owner_pin: str):
    """The approving owner: --user names which one (else any owner); the PIN from stdin or ORDERDESK_PIN."""
    pin = owner_pin or os.environ.get(PIN_ENV, "")
    return users.verify_owner_pin(pin, name=args.user).actor


def cmd_users(args: argparse.Namespace) -> int:
    from orderdesk.services.users import UserService

    users = UserService(open_db(args))
    if args.users_command == "list":
        rows = users.list_users(include_inactive=True)
        if args.json:
            emit_json(rows)
        else:
            for u in rows:
                print(f"{u.name:<30} {u.role.value:<7} {'' if u.active else '(switched off)'}")
            if not rows:
                print("no users yet: add the owner with 'orderdesk users add NAME --as owner'")
        return 0
    if args.users_command == "add":
        first = not users.list_users(include_inactive=True)
        pin, owner_pin = _stdin_lines(2)
        actor = None if first else _owner(users, args, owner_pin)
        user = users.create_user(args.name, Role(args.user_role), pin, actor=actor)
        print(f"added {user.name} ({user.role.value})")
        return 0
    if args.users_command == "pin":
        pin, owner_pin = _stdin_lines(2)
        users.change_pin(args.name, pin, _owner(users, args, owner_pin))
        print(f"PIN changed for {args.name}")
        return 0
    if args.users_command in ("off", "on"):
        (owner_pin,) = _stdin_lines(1)
        users.set_active(args.name, args.users_command == "on", _owner(users, args, owner_pin))
        print(f"{args.name} switched {args.users_command}")
        return 0
    return 2
