"""``orderdesk credentials set|test|delete``: secrets in the OS keyring, read from standard input."""

from __future__ import annotations

import argparse
import getpass
import sys

from orderdesk.cli.common import carrier_services, emit, require_owner
from orderdesk.errors import ValidationError
from orderdesk.i18n import _


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    cred = subparsers.add_parser("credentials", help=help).add_subparsers(dest="credentials_command", required=True)
    p = cred.add_parser("set", parents=[common], help="store a secret, read from standard input")
    p.add_argument("name", help="e.g. cdek.client_id, cdek.client_secret, inpost.token, easypost.api_key")
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


def cmd_credentials_set(args: argparse.Namespace) -> int:
    from orderdesk.services.credentials import Credentials

    require_owner(args, _("store carrier secrets"))
    secret = _read_secret(args.name)
    if not secret:
        raise ValidationError(_("No secret given on standard input."), "secret")
    Credentials().set(args.name, secret)
    emit(args, {"name": args.name, "stored": True}, _("Stored '{n}' in the keyring.").format(n=args.name))
    return 0


def cmd_credentials_test(args: argparse.Namespace) -> int:
    from orderdesk.services.carriers.registry import CREDENTIALS, carrier_for_credential, check_connection
    from orderdesk.services.credentials import Credentials

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
