"""``orderdesk credentials set|test|delete``: secrets in the OS keyring, read from standard input."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from orderdesk.cli.common import carrier_services, emit, require_owner
from orderdesk.errors import ValidationError
from orderdesk.i18n import _


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    cred = subparsers.add_parser("credentials", help=help).add_subparsers(dest="credentials_command", required=True)
    p = cred.add_parser("set", parents=[common], help="store a secret, read from standard input")
    p.add_argument("name", help="e.g. cdek.client_id, cdek.client_secret, inpost.token, channel.NAME.consumer_secret")
    p.set_defaults(func=cmd_credentials_set)
    p = cred.add_parser("test", parents=[common], help="check a secret is stored (and the carrier accepts it)")
    p.add_argument("name", help="a credential name, or a carrier: cdek, inpost, easypost")
    p.set_defaults(func=cmd_credentials_test)
    p = cred.add_parser("delete", parents=[common], help="remove a secret from the keyring")
    p.add_argument("name")
    p.set_defaults(func=cmd_credentials_delete)


def _read_secret(name: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(_("Secret for {n}: ").format(n=name))
    return sys.stdin.read().rstrip("\r\n")


def _secret_address(args: argparse.Namespace) -> tuple[str, bool | None] | None:
    """The address the secret will be sent to, by the settings of --db (defaults without a database):
    the secret is bound to its host (see services/credentials)."""
    from orderdesk.cli.common import open_db
    from orderdesk.db import resolve_url
    from orderdesk.services.credentials import secret_address
    from orderdesk.settings import OPTIONS, Settings
    from orderdesk.wiring import declare_all_settings

    declare_all_settings()
    from orderdesk.services.channels.registry import get_channel, parse_credential_name

    store = parse_credential_name(args.name)
    if store is not None:  # a web store's keys go to that store's address (orderdesk channels add)
        return get_channel(open_db(args), store[0]).base_url, None
    url = resolve_url(args.db)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return secret_address(args.name, lambda key: OPTIONS[key].default)  # no database yet: do not make one
    return secret_address(args.name, Settings(open_db(args)).get)


def cmd_credentials_set(args: argparse.Namespace) -> int:
    from orderdesk.services.credentials import Credentials, check_secret_address

    require_owner(args, _("store carrier secrets"))
    where = _secret_address(args)
    if where is not None:
        check_secret_address(where[0], name=args.name, secure=where[1])  # before asking for the secret
    secret = _read_secret(args.name)
    if not secret:
        raise ValidationError(_("No secret given on standard input."), "secret")
    if where is None:
        Credentials().set(args.name, secret)
    else:
        Credentials().set(args.name, secret, address=where[0], secure=where[1])
    emit(args, {"name": args.name, "stored": True}, _("Stored '{n}' in the keyring.").format(n=args.name))
    return 0


def cmd_credentials_test(args: argparse.Namespace) -> int:
    from orderdesk.services.carriers.registry import CREDENTIALS, carrier_for_credential, check_connection
    from orderdesk.services.channels.registry import parse_credential_name
    from orderdesk.services.credentials import Credentials

    store = parse_credential_name(args.name)
    if store is not None:  # a web store's key: test the connection with both keys
        from orderdesk.cli.channels import cmd_channels_test

        args.name = store[0]
        return cmd_channels_test(args)
    credentials = Credentials()
    carrier = carrier_for_credential(args.name)
    names = CREDENTIALS[carrier] if carrier and args.name == carrier else (args.name,)
    for name in names:
        credentials.require(name)  # ConfigurationError names the missing one
    if carrier is None:
        emit(args, {"name": args.name, "stored": True}, _("'{n}' is stored in the keyring.").format(n=args.name))
        return 0
    _db, settings, _orders, _registry = carrier_services(args)
    message = check_connection(settings, carrier, credentials)
    emit(args, {"name": args.name, "carrier": carrier, "ok": True, "message": message}, message)
    return 0


def cmd_credentials_delete(args: argparse.Namespace) -> int:
    from orderdesk.services.credentials import Credentials

    require_owner(args, _("delete carrier secrets"))
    removed = Credentials().delete(args.name)
    text = _("Deleted '{n}'.") if removed else _("'{n}' was not stored.")
    emit(args, {"name": args.name, "deleted": removed}, text.format(n=args.name))
    return 0
