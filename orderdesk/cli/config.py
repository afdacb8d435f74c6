"""``orderdesk config list|get|set``: the settings every part of the app declares."""

from __future__ import annotations

import argparse

from orderdesk.cli.common import emit_json, open_db, require_owner
from orderdesk.i18n import _


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    cfg = subparsers.add_parser("config", help=help).add_subparsers(dest="config_command", required=True)
    cfg.add_parser("list", parents=[common]).set_defaults(func=cmd_config)
    p = cfg.add_parser("get", parents=[common])
    p.add_argument("key")
    p.set_defaults(func=cmd_config)
    p = cfg.add_parser("set", parents=[common])
    p.add_argument("key")
    p.add_argument("value")
    p.set_defaults(func=cmd_config)


def cmd_config(args: argparse.Namespace) -> int:
    from orderdesk.settings import OPTIONS, Settings
    from orderdesk.wiring import declare_all_settings

    declare_all_settings()
    settings = Settings(open_db(args))
    if args.config_command == "list":
        values = settings.all()
        if args.json:
            emit_json(values)
        else:
            for key, value in values.items():
                print(f"{key} = {value!r}    # {OPTIONS[key].help}")
    elif args.config_command == "get":
        value = settings.get(args.key)
        emit_json(value) if args.json else print(value)
    else:
        require_owner(args, _("change settings"))
        print(f"{args.key} = {settings.set(args.key, args.value)!r}")
    return 0
