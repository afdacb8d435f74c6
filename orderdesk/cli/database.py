"""``orderdesk db upgrade|backup|restore|check|init-server``: migrations, safe copies, the health
check, and the SQL that sets up a shop's PostgreSQL server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from orderdesk.cli.common import emit_json, open_db, require_owner
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
    from orderdesk.db import Database
    from orderdesk.services import backups

    try:
        require_owner(args, _("restore the database"))
    except ConfigurationError:
        pass  # the database cannot be opened (damaged): that is what a restore is for
    cached = getattr(args, "_db", None)
    if cached is not None:  # our own sign-in check must not count as "another program has it open"
        cached.dispose()
        args._db = None
    db = Database.open(args.db, migrate=False)
    result = backups.restore(db, Path(args.file))
    reopened = Database.open(args.db, migrate=True)  # an older backup's schema is brought up to date
    reopened.dispose()
    if args.json:
        emit_json({"restored_from": str(result.restored_from), "previous_kept_in": str(result.replaced_copy or "")})
    else:
        print(_("Restored from {f}.").format(f=result.restored_from))
        if result.replaced_copy:
            print(_("The database as it was before is kept in {p}").format(p=result.replaced_copy))
    return 0
