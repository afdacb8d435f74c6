"""``orderdesk db upgrade|backup|restore|check|init-server``: migrations, safe copies, the health
check, and the SQL that sets up a shop's PostgreSQL server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from orderdesk.cli.common import emit_json, open_db
from orderdesk.errors import ConfigurationError
from orderdesk.i18n import _


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    dbp = subparsers.add_parser("db", help=help).add_subparsers(dest="db_command", required=True)
    dbp.add_parser("upgrade", parents=[common], help="run migrations (after a backup)").set_defaults(func=cmd_db)
    p = dbp.add_parser("backup", parents=[common], help="a checked backup (SQLite copy, or pg_dump on PostgreSQL)")
    p.add_argument("--to", help="backup file or folder (default: backups/ beside the database)")
    p.set_defaults(func=cmd_backup)
    p = dbp.add_parser("restore", parents=[common], help="replace the database with a backup (the current one is kept)")
    p.add_argument("file", help="a backup made by 'orderdesk db backup' (.sqlite3 or .pgdump)")
    p.set_defaults(func=cmd_restore)
    dbp.add_parser(
        "check", parents=[common], help="schema version, integrity, search index and the stock ledger"
    ).set_defaults(func=cmd_db)
    from orderdesk.cli import server_setup

    server_setup.add_parser(dbp, common)


def cmd_db(args: argparse.Namespace) -> int:
    db = open_db(args, migrate=False)
    if args.db_command == "upgrade":
        backup = db.upgrade()
        print(
            f"Database is at revision {', '.join(sorted(db.current_revisions()))}"
            + (f" (backup: {backup})" if backup else "")
        )
        return 0
    problems = db.check()
    if not db.needs_upgrade():
        from orderdesk.services.stock.check import ledger_problems

        problems += ledger_problems(db)  # stock counters == the sums of their movements
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("Database OK")
    return 1 if problems else 0


def cmd_backup(args: argparse.Namespace) -> int:
    from orderdesk.services import backups

    db = open_db(args, migrate=False)
    path = backups.backup(db, Path(args.to) if args.to else None)
    if args.json:
        emit_json({"backup": str(path), "bytes": path.stat().st_size})
    else:
        print(_("Backed up to {p}").format(p=path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    import getpass

    from orderdesk.cli.common import actor_from
    from orderdesk.db import Database
    from orderdesk.domain import Actor
    from orderdesk.services import backups
    from orderdesk.workflow import Role

    try:
        actor = actor_from(args)  # with users: signed in with a PIN; the service wants the owner
    except ConfigurationError:
        # The database cannot even be opened (damaged): no users can be read from it, and
        # putting a backup in its place is what the person at this PC came to do.
        actor = Actor(args.user or getpass.getuser(), Role.OWNER)
    cached = getattr(args, "_db", None)
    if cached is not None:  # our own sign-in check must not count as "another program has it open"
        cached.dispose()
        args._db = None
    db = Database.open(args.db, migrate=False)
    result = backups.restore(db, Path(args.file), actor)
    Database.open(args.db, migrate=True).dispose()  # an older backup's schema is brought up to date
    if args.json:
        emit_json({"restored_from": str(result.restored_from), "previous_kept_in": str(result.replaced_copy or "")})
    elif result.replaced_copy:
        print(
            _("Restored from {f}; the database as it was is kept in {p}").format(
                f=result.restored_from, p=result.replaced_copy
            )
        )
    else:
        print(_("Restored from {f}.").format(f=result.restored_from))
    return 0
