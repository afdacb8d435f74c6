"""Backups and restore for both backends, and the app's daily backup.

SQLite: SQLite's online backup API, safe while the desk is in use, into a ``.partial`` file
renamed only once it is complete and checked, so a failed backup never leaves a file named
like a good one. Restore goes the other way through the same API (never a file copy: copying a
backup over a database whose ``-wal`` file is still there corrupts it), after switching the live
database out of WAL mode, which both folds a leftover ``-wal`` into it and proves that no other
process has it open.

PostgreSQL: ``pg_dump --format=custom`` and ``pg_restore``; the password goes to them in the
environment (PGPASSWORD), never on a command line. A restore refuses while another connection
to the database is open.

Either way the database being replaced is backed up first ("before-restore").
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from orderdesk.db import Database, data_dir
from orderdesk.domain import Actor
from orderdesk.errors import ConfigurationError, ConflictError, OrderDeskError, ValidationError
from orderdesk.i18n import _
from orderdesk.models import utcnow
from orderdesk.services.users import require_role
from orderdesk.settings import Settings, declare

log = logging.getLogger(__name__)

DAILY = declare("backup.daily", bool, True, "Make a backup of the database once a day while the app runs")
KEEP = declare("backup.keep", int, 14, "How many daily backups to keep (older ones are deleted)", low=1, high=3650)
FOLDER = declare("backup.folder", str, "", "Folder for backups (empty: 'backups' beside the database or data folder)")
LAST_DAILY = declare(
    "backup.last_daily_at", str, "", "When the last daily backup was made, UTC (set by the app, on any PC)"
).key
SQLITE_SUFFIX, PG_SUFFIX = ".sqlite3", ".pgdump"
TOOL_TIMEOUT = 3600  # seconds: a big shop's dump on a slow disk


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced_copy: Path | None  # the database as it was before, or None when there was none


# -- where backups go


def backup_folder(db: Database, settings: Settings | None = None) -> Path:
    configured = str(settings.get(FOLDER.key) or "") if settings is not None else ""
    if configured:
        folder = Path(configured).expanduser()
    elif db.sqlite_path is not None:
        folder = db.sqlite_path.parent / "backups"
    else:
        folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _default_name(db: Database, suffix: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    if db.sqlite_path is not None:
        return f"{db.sqlite_path.stem}-{stamp}-{suffix}{SQLITE_SUFFIX}"
    return f"{make_url(db.url).database or 'orderdesk'}-{stamp}-{suffix}{PG_SUFFIX}"


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


# -- backing up


def backup(
    db: Database, destination: Path | None = None, *, suffix: str = "backup", folder: Path | None = None
) -> Path:
    """A complete, checked backup file; on any failure nothing is left under the final name."""
    if destination is None:
        destination = (folder or backup_folder(db)) / _default_name(db, suffix)
    destination = Path(destination).expanduser()
    if destination.is_dir():
        destination = destination / _default_name(db, suffix)
    pg_dump = None if db.is_sqlite else _pg_tool("pg_dump")  # missing: refused before any folder or file
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = _partial(destination)
    try:
        if pg_dump is None:
            _sqlite_backup(db, partial)
        else:
            _pg_dump(db, pg_dump, partial)
        verify(partial, sqlite=db.is_sqlite)
        os.replace(partial, destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    log.info("database backed up to %s", destination)
    return destination


def _sqlite_backup(db: Database, target: Path) -> None:
    source = db.sqlite_path
    if source is None or not source.exists():
        raise ConfigurationError(_("There is no database file to back up."))
    src = sqlite3.connect(source, timeout=30)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
        _standalone(dst)
    except sqlite3.Error as exc:
        raise OrderDeskError(_("The backup failed: {e}").format(e=exc)) from None
    finally:
        dst.close()
        src.close()


def _standalone(conn: sqlite3.Connection) -> None:
    # The copy inherits WAL mode from the live file: a backup must be one self-contained file.
    conn.execute("PRAGMA journal_mode=DELETE")


# Where PostgreSQL's installers put the client tools when they are not on PATH: Debian keeps
# each version's in its own folder; the Windows installer does not add its folder to PATH.
TOOL_FOLDERS = ("/usr/lib/postgresql/*/bin", "C:/Program Files/PostgreSQL/*/bin")


def _version(folder: str) -> tuple[int, ...]:
    """'…/15/bin' -> (15,), '…/9.6/bin' -> (9, 6): the newest tools first, not '9.6' after '16'."""
    name = Path(folder).parent.name
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _pg_tool(name: str) -> str:
    """The tool's path; a ConfigurationError (exit code 7) saying what to install when it is nowhere."""
    found = shutil.which(name)
    if not found:
        folders = sorted((f for pattern in TOOL_FOLDERS for f in glob.glob(pattern)), key=_version, reverse=True)
        found = next((shutil.which(name, path=f) for f in folders if shutil.which(name, path=f)), None)
    if not found:
        raise ConfigurationError(
            _(
                "'{t}' was not found. Install the PostgreSQL client tools (Debian/Ubuntu: "
                "sudo apt-get install postgresql-client; Windows: the PostgreSQL installer's "
                "command line tools) or back up on the database server."
            ).format(t=name)
        )
    return found


def _pg_args(db: Database) -> tuple[list[str], dict[str, str]]:
    url = make_url(db.url)
    args = ["--dbname", url.database or "postgres"]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = {**os.environ, "PGCONNECT_TIMEOUT": "15"}
    if url.password:
        env["PGPASSWORD"] = str(url.password)  # never on the command line, where ps shows it
    return args, env


def _run_tool(command: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TOOL_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OrderDeskError(_("{w} failed: {e}").format(w=what, e=exc)) from None
    if done.returncode != 0:
        lines = [x for x in done.stderr.strip().splitlines() if x.strip()]
        raise OrderDeskError(_("{w} failed: {e}").format(w=what, e=lines[-1] if lines else done.returncode))
    return done


def _pg_dump(db: Database, tool: str, target: Path) -> None:
    args, env = _pg_args(db)
    _run_tool([tool, "--format=custom", "--no-owner", "--file", str(target), *args], env, "pg_dump")


# -- checking a backup


def verify(path: Path, *, sqlite: bool | None = None) -> None:
    """Raise ValidationError unless ``path`` is a readable, complete OrderDesk backup."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(_("There is no backup file {p}.").format(p=path), field="file")
    if path.stat().st_size == 0:
        raise ValidationError(_("{p} is empty: not an OrderDesk database backup.").format(p=path.name), field="file")
    with path.open("rb") as fh:
        head = fh.read(16)
    is_sqlite = head.startswith(b"SQLite format 3")
    if sqlite is None:
        sqlite = is_sqlite
    if sqlite:
        if not is_sqlite:
            raise ValidationError(_("{p} is not an OrderDesk database backup.").format(p=path.name), field="file")
        _verify_sqlite(path)
    else:
        if not head.startswith(b"PGDMP"):
            raise ValidationError(
                _("{p} is not a PostgreSQL backup (pg_dump custom format).").format(p=path), field="file"
            )
        listing = _run_tool([_pg_tool("pg_restore"), "--list", str(path)], dict(os.environ), "pg_restore --list")
        if " orders " not in listing.stdout or "alembic_version" not in listing.stdout:
            raise ValidationError(_("{p} is not an OrderDesk database backup.").format(p=path.name), field="file")


def _verify_sqlite(path: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise ValidationError(
            _("{p} is not an OrderDesk database backup ({e}).").format(p=path.name, e=str(exc).splitlines()[0]),
            field="file",
        ) from None
    if result != "ok":
        raise ValidationError(_("{p} is damaged: {r}").format(p=path.name, r=result), field="file")
    if not {"orders", "alembic_version"} <= tables:
        raise ValidationError(_("{p} is not an OrderDesk database backup.").format(p=path.name), field="file")


def _revisions_of(path: Path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}


# -- restoring


def restore(db: Database, source: Path, actor: Actor) -> RestoreResult:
    """Replace the database's contents with the backup ``source``; the old contents are kept.

    It throws away every change since the backup, so only the owner may (checked here, so the
    window and the CLI agree). ``db`` is disposed (its connections closed) first; open it again
    afterwards, which also brings an older backup's schema up to date.
    """
    require_role(actor, action=_("restore a backup"))
    source = Path(source).expanduser().resolve()
    if db.sqlite_path is not None and source == db.sqlite_path.resolve():
        raise ValidationError(_("{p} is the database itself, not a backup of it.").format(p=source), field="file")
    verify(source, sqlite=db.is_sqlite)
    if db.is_sqlite:
        unknown = _revisions_of(source) - db.known_revisions()
        if unknown:
            raise ValidationError(
                _("{p} was made by a newer version of OrderDesk (schema {r}); this version cannot use it.").format(
                    p=source.name, r=", ".join(sorted(unknown))
                ),
                field="file",
            )
    db.dispose()
    if db.is_sqlite:
        return _sqlite_restore(db, source)
    return _pg_restore(db, source)


def _in_use_message() -> str:
    return _(
        "The database is open in another OrderDesk window, station or command (on this or another PC). "
        "Close them all, then restore again."
    )


def _sqlite_restore(db: Database, source: Path) -> RestoreResult:
    target = db.sqlite_path
    if target is None:
        raise ConfigurationError(_("Only a database file can be restored this way."))
    kept: Path | None = None
    if target.exists():
        live = sqlite3.connect(target, timeout=0, isolation_level=None)
        try:
            try:
                # Leaving WAL mode needs the only connection: it fails while anyone else has the
                # file open, and folds a leftover -wal file into the database before we copy it.
                mode = live.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise ConflictError(_in_use_message()) from None
                raise
            if mode.lower() != "delete":
                raise ConflictError(_in_use_message())
            # Locks once taken stay with us until we close: nobody opens it halfway through.
            live.execute("PRAGMA locking_mode=EXCLUSIVE")
            kept = _keep_copy(db, live, target)
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            try:
                src.backup(live)
            finally:
                src.close()
            # Left in rollback-journal mode: the next connection switches it back to WAL.
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
                raise ConflictError(_in_use_message()) from None
            live.close()
            live = None
            kept = _set_aside_damaged(target)
            _fresh_copy(source, target)
        finally:
            if live is not None:
                live.close()
    else:
        _fresh_copy(source, target)
    log.info("database restored from %s (previous contents kept in %s)", source, kept)
    return RestoreResult(source, kept)


def _keep_copy(db: Database, live: sqlite3.Connection, target: Path) -> Path:
    destination = backup_folder(db) / _default_name(db, "before-restore")
    partial = _partial(destination)
    try:
        dst = sqlite3.connect(partial)
        try:
            with dst:
                live.backup(dst)
            _standalone(dst)
        finally:
            dst.close()
        os.replace(partial, destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination


def _set_aside_damaged(target: Path) -> Path:
    """A database SQLite cannot read: its files are moved aside, untouched, as the kept copy."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = target.with_name(f"{target.stem}-{stamp}-damaged{target.suffix}")
    for extra in ("", "-wal", "-shm"):
        part = Path(str(target) + extra)
        if part.exists():
            os.replace(part, Path(str(kept) + extra))
    return kept


def _fresh_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = _partial(target)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(partial)
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
            src.close()
        for extra in ("-wal", "-shm"):  # never let a stale WAL meet the new file
            Path(str(target) + extra).unlink(missing_ok=True)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _pg_restore(db: Database, source: Path) -> RestoreResult:
    with db.engine.connect() as conn:
        others = conn.execute(
            text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
        ).scalar()
    db.dispose()
    if others:
        raise ConflictError(_in_use_message())
    kept = backup(db, suffix="before-restore")
    args, env = _pg_args(db)
    _run_tool(
        [_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction", *args, str(source)],
        env,
        "pg_restore",
    )
    db.dispose()
    log.info("database restored from %s (previous contents kept in %s)", source, kept)
    return RestoreResult(source, kept)


def restore_backup(db: Database, source: Path, actor: Actor) -> Path | None:
    """``restore``, then the schema brought up to date; where the replaced state is kept (None: there was none)."""
    result = restore(db, source, actor)
    Database.open(db.url, migrate=True).dispose()
    return result.replaced_copy


# -- the daily backup


def daily_backup_due(settings: Settings, now: datetime | None = None) -> bool:
    if not settings.get(DAILY.key):
        return False
    text_value = str(settings.get(LAST_DAILY) or "")
    try:
        last = datetime.fromisoformat(text_value) if text_value else None
    except ValueError:
        last = None
    return last is None or (now or utcnow()) - last >= timedelta(days=1)


def run_daily_backup(db: Database, settings: Settings, now: datetime | None = None) -> Path | None:
    """The scheduled backup: once a day across all PCs, keeping the newest ``backup.keep``."""
    from orderdesk.services.leases import lease

    if not daily_backup_due(settings, now):
        return None
    with lease(db, "daily-backup") as held:
        if held is None or not daily_backup_due(settings, now):
            return None  # another PC is making it, or just made it
        folder = backup_folder(db, settings)
        path = backup(db, suffix="daily", folder=folder)
        settings.set(LAST_DAILY, (now or utcnow()).isoformat())
        prune(folder, int(settings.get(KEEP.key)))
        return path


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` daily backups in ``folder``; returns what was deleted."""
    daily = sorted(
        (p for p in folder.iterdir() if p.is_file() and (p.name.endswith(f"-daily{SQLITE_SUFFIX}") or p.name.endswith(f"-daily{PG_SUFFIX}"))),
        key=lambda p: p.name,
        reverse=True,
    )  # fmt: skip
    gone = daily[max(keep, 1) :]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone
