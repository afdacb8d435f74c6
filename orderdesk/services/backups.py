"""Putting a backup copy back in place of the SQLite database: the owner's job, and nothing lost.

A restore throws away every change since the copy was made, so only the owner may do it (checked
here, so the window and the CLI agree), the copy is checked to be an OrderDesk database this
version can open before anything happens, and the current database is itself backed up first.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from orderdesk.db import Database
from orderdesk.domain import Actor
from orderdesk.errors import ConfigurationError, ValidationError
from orderdesk.i18n import _
from orderdesk.services.users import require_role

log = logging.getLogger(__name__)


def restore_backup(db: Database, source: Path, actor: Actor) -> Path:
    """Replace ``db``'s content by the backup ``source``; returns the copy made of the current one."""
    require_role(actor, action=_("restore a backup"))
    target = db.sqlite_path
    if target is None:
        raise ConfigurationError(_("A PostgreSQL database is restored on the server (pg_restore), not by OrderDesk."))
    source = source.expanduser().resolve()
    if not source.is_file():
        raise ValidationError(_("There is no backup file {p}.").format(p=source), field="file")
    if source == target.resolve():
        raise ValidationError(_("{p} is the database itself, not a backup of it.").format(p=source), field="file")
    revisions = _revisions_of(source)
    unknown = revisions - db.known_revisions()
    if unknown:
        raise ValidationError(
            _("{p} was made by a newer version of OrderDesk (schema {r}); this version cannot use it.").format(
                p=source.name, r=", ".join(sorted(unknown))
            ),
            field="file",
        )
    safety = db.backup(suffix="before-restore")
    db.dispose()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)  # page by page under SQLite's own lock: never a half-copied file
    finally:
        dst.close()
        src.close()
    log.info("database restored from a backup (role %s); the previous state is in %s", actor.role.value, safety.name)
    db.upgrade()  # an older copy is brought up to this version (after its own safety copy)
    return safety


def _revisions_of(path: Path) -> set[str]:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(
            _("{p} is not an OrderDesk database backup ({e}).").format(p=path.name, e=str(exc).splitlines()[0]),
            field="file",
        ) from None
    if not rows:
        raise ValidationError(_("{p} is not an OrderDesk database backup.").format(p=path.name), field="file")
    return {r[0] for r in rows}
