"""``orderdesk db upgrade|backup|restore|check``: migrations, a safe copy, and the health check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from orderdesk.cli.common import open_db


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    dbp = subparsers.add_parser("db", help=help).add_subparsers(dest="db_command", required=True)
    dbp.add_parser("upgrade", parents=[common], help="run migrations (after a backup)").set_defaults(func=cmd_db)
    p = dbp.add_parser("backup", parents=[common], help="copy the SQLite database safely")
    p.add_argument("--to", help="backup file (default: backups/ beside the database)")
    p.set_defaults(func=cmd_db)
    p = dbp.add_parser("restore", parents=[common], help="put a backup copy back (the owner; the current one is kept)")
    p.add_argument("file", help="the backup file")
    p.set_defaults(func=cmd_db)
    dbp.add_parser(
        "check", parents=[common], help="schema version, integrity, search index and the stock ledger"
    ).set_defaults(func=cmd_db)


def cmd_db(args: argparse.Namespace) -> int:
    db = open_db(args, migrate=False)
    if args.db_command == "upgrade":
        backup = db.upgrade()
        print(
            f"Database is at revision {', '.join(sorted(db.current_revisions()))}"
            + (f" (backup: {backup})" if backup else "")
        )
        return 0
    if args.db_command == "restore":
        from orderdesk.cli.common import actor_from
        from orderdesk.services.backups import restore_backup

        safety = restore_backup(db, Path(args.file), actor_from(args))
        print(f"Restored from {args.file}; the database as it was is kept in {safety}")
        return 0
    if args.db_command == "backup":
        path = db.backup(Path(args.to) if args.to else None)
        print(f"Backed up to {path}")
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
