"""``orderdesk db init-server``: print (or run) the SQL that creates OrderDesk's role and database
on the shop's PostgreSQL server. Added to the ``db`` group by ``orderdesk.cli.database``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from orderdesk.errors import ValidationError
from orderdesk.i18n import _

PASSWORD_ENV = "ORDERDESK_NEW_DB_PASSWORD"  # init-server --run, for scripts; a terminal is asked instead
CONNECT_ENV = "ORDERDESK_DB_PASSWORD"  # db connect, for scripts


def add_parser(dbp, common: argparse.ArgumentParser) -> None:
    p = dbp.add_parser(
        "init-server", parents=[common], help="print (or --run) the SQL that sets up a PostgreSQL server for the shop"
    )
    p.add_argument("--db-user", default="orderdesk", help="database user the desks connect as (default orderdesk)")
    p.add_argument("--db-name", default="orderdesk", help="database name (default orderdesk)")
    p.add_argument("--lan", default="192.168.1.0/24", help="the shop's LAN, for the pg_hba.conf line")
    p.add_argument("--host", default="SERVER", help="the server's address on the LAN, for the URL to give the desks")
    p.add_argument("--port", type=int, default=5432)
    p.add_argument("--run", action="store_true", help="run it now with --admin-url instead of printing it")
    p.add_argument("--admin-url", help="an administrator's URL, e.g. postgresql://postgres@localhost/postgres")
    p.set_defaults(func=cmd_init_server)
    p = dbp.add_parser(
        "connect", parents=[common], help="use the shop's PostgreSQL server on this PC (password to the keyring)"
    )
    p.add_argument("host", help="the server's address on the LAN")
    p.add_argument("--port", type=int, default=5432)
    p.add_argument("--db-user", default="orderdesk")
    p.add_argument("--db-name", default="orderdesk")
    p.set_defaults(func=cmd_connect)


def _new_password(env: str = PASSWORD_ENV) -> str:
    password = os.environ.get(env)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\n")
        if line:
            return line
        raise ValidationError(_("Give the password on standard input or in {env}.").format(env=env), field="password")
    first = getpass.getpass(_("New password for the database user: "))
    if first != getpass.getpass(_("The same password again: ")):
        raise ValidationError(_("The two passwords differ."), field="password")
    return first


def cmd_init_server(args: argparse.Namespace) -> int:
    from orderdesk.services import server_setup as setup

    url = setup.connection_url(args.host, args.port, args.db_user, args.db_name)
    hba = setup.hba_line(args.db_user, args.db_name, args.lan)
    if args.run:
        if not args.admin_url:
            raise ValidationError(_("--run needs --admin-url (the server administrator's connection)."))
        setup.run_setup(args.admin_url, args.db_user, args.db_name, _new_password())
        print(_("Role {r} and database {d} are ready.").format(r=args.db_user, d=args.db_name))
    else:
        print(_("-- 1. On the server, as the PostgreSQL administrator (Debian/Ubuntu: sudo -u postgres psql):"))
        print(setup.psql_script(args.db_user, args.db_name))
    print()
    print(_("-- 2. Let the shop's LAN in (pg_hba.conf, then reload PostgreSQL):"))
    print(hba)
    print(_("--    and in postgresql.conf: listen_addresses = '*' (or the server's LAN address)"))
    print()
    print(_("-- 3. On each PC: choose 'the shop's database server' at first start, or:"))
    print(f"orderdesk db upgrade --db {url}")
    return 0


def cmd_connect(args: argparse.Namespace) -> int:
    """Test the server with the password, then remember it for every program on this PC."""
    from orderdesk.services import server_connection as sc

    connection = sc.ServerConnection(args.host, args.port, args.db_name, args.db_user).checked()
    password = os.environ.get(CONNECT_ENV)
    if password is None:
        password = _ask_password()
    print(sc.test_connection(connection, password))
    sc.save_server(connection, password)
    print(_("This PC now uses {c}; the password is in the keyring.").format(c=connection.display()))
    return 0


def _ask_password() -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\n")
        if line:
            return line
        raise ValidationError(_("Give the password on standard input or in {env}.").format(env=CONNECT_ENV))
    return getpass.getpass(_("Password of the database user: "))
