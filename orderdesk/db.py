"""Engine, session scope and start-up migrations.

SQLite (the default, one file in the user's data folder) runs in WAL mode with foreign keys on;
a shop with several PCs points them all at one PostgreSQL server instead. Migrations run at
start-up, after a backup copy of a SQLite file that is about to change.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from orderdesk.errors import ConfigurationError, ConflictError
from orderdesk.faults import explain_database_error, lock_timeout, safe_message
from orderdesk.i18n import _
from orderdesk.paths import data_dir
from orderdesk.revisions import current_revisions, head_revisions, known_revisions
from orderdesk.search import fold

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

ENV_URL = "ORDERDESK_DATABASE_URL"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def resolve_url(target: str | os.PathLike[str] | None = None) -> str:
    """--db PATH or URL, else ORDERDESK_DATABASE_URL, else this PC's saved server, else the default SQLite file."""
    raw = str(target) if target else os.environ.get(ENV_URL, "")
    if not raw:
        # This PC's first-start choice: the shop's server (password from the keyring) or a file.
        from orderdesk.services.server_connection import saved_server_url

        raw = saved_server_url() or ""
    if not raw:
        return f"sqlite:///{data_dir() / 'orderdesk.sqlite3'}"
    if "://" in raw:
        try:
            url = make_url(raw)
        except (exc.ArgumentError, ValueError):
            # Not echoed: a URL can carry a password.
            raise ConfigurationError(
                _(
                    "The database URL is not valid: write it like postgresql://user@host:5432/orderdesk, "
                    "or give the path of a SQLite file."
                )
            ) from None
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise ConfigurationError(
                _("Unsupported database '{b}': use a SQLite file or a postgresql:// URL.").format(
                    b=url.get_backend_name()
                )
            )
        if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(raw).expanduser().resolve()}"


def mask_url(url: str) -> str:
    """``postgresql+psycopg://shop:***@host/db``: a database URL safe to print or log."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except exc.ArgumentError:
        return "<unreadable database URL>"


def _writable(path: Path) -> bool:
    """Can this process write the file and create the journal files beside it?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


class _ReadOnlyConnection(sqlite3.Connection):
    od_read_only = True  # read by _sqlite_pragmas


def _read_only_connection(path: Path) -> sqlite3.Connection:
    # immutable: nobody can write a file this process sees as read-only, so no locks or -shm are needed.
    uri = f"file:{quote(str(path))}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=lock_timeout(), check_same_thread=False, factory=_ReadOnlyConnection)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own is unreliable).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    if not getattr(dbapi_connection, "od_read_only", False):
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(lock_timeout() * 1000)}")
    cursor.close()
    # SQLite's own lower()/LIKE fold ASCII only: 'świeca' never met 'Świeca'. See OrderService.products.
    dbapi_connection.create_function("od_fold", 1, _fold, deterministic=True)


def _fold(value: str | None) -> str:
    return fold(value) if value else ""


def _sqlite_begin(conn) -> None:
    # Writers take the write lock up front, so two writers queue instead of dead-locking on upgrade.
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


# A pooled server connection that waited longer than this is pinged before it is handed out.
PING_AFTER_IDLE_SECONDS = 5.0


def _ping_after_idle(engine: Engine) -> None:
    """Ping a pooled PostgreSQL connection only when it has been idle a while (SQLAlchemy's
    "pessimistic disconnect handling", custom form).

    A server restart, a dropped network or a sleeping laptop kills connections while they wait in
    the pool; the ping finds that out and the pool opens a fresh one, so the desk never sees it.
    A connection used a moment ago is trusted: ``pool_pre_ping`` pinged before EVERY transaction,
    one more round trip to the server on each move, each read of the board.
    """

    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi_connection, record) -> None:
        record.info["od_idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_connection, record, _proxy) -> None:
        since = record.info.get("od_idle_since")
        if since is None or time.monotonic() - since < PING_AFTER_IDLE_SECONDS:
            return  # new, or used a moment ago
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error:
            alive = False
        if not alive:
            # The pool discards this connection and hands out a fresh one.
            raise exc.DisconnectionError("the pooled connection was closed while idle")


class Database:
    """One database: its engine, sessions, migrations and backups."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = make_url(url).get_backend_name() == "sqlite"
        self.read_only = False
        if self.is_sqlite:
            path = self.sqlite_path
            if path is not None and not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
            if path is not None and path.exists() and not _writable(path):
                # A read-only file or drive: open it read-only, so commands that only read still work
                # (SQLite in WAL mode cannot even read it otherwise); writes say it is read-only.
                self.read_only = True
                self.engine: Engine = create_engine(url, echo=echo, creator=lambda: _read_only_connection(path))
            else:
                self.engine = create_engine(url, echo=echo, connect_args={"timeout": lock_timeout()})
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
            writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            try:
                # A row another PC keeps locked is waited for as long as a SQLite file would be,
                # then refused with a clear "busy" line instead of hanging the command or the window.
                self.engine = create_engine(
                    url,
                    echo=echo,
                    connect_args={"options": f"-c lock_timeout={int(lock_timeout() * 1000)}"},
                )
            except ImportError as error:  # NoSuchModuleError too: the driver is not installed
                raise ConfigurationError(
                    _(
                        "The PostgreSQL driver is not installed ({e}). Reinstall OrderDesk with its installer, "
                        "or run: pip install 'orderdesk[postgres]'."
                    ).format(e=getattr(error, "name", None) or make_url(url).drivername)
                ) from None
            _ping_after_idle(self.engine)
            writer = self.engine
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(writer, expire_on_commit=False)
        self._batch = threading.local()  # this thread's one-transaction batch, see batch()

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Database:
        db = cls(resolve_url(target))
        if migrate:
            try:
                db.upgrade()
            except (exc.DatabaseError, sqlite3.DatabaseError) as error:
                # Not a database (a wrong --db), a damaged file, no permission: say so, no traceback.
                db.dispose()
                explained = explain_database_error(error, str(db.sqlite_path or db.display_url))
                if explained is not None:
                    raise explained from None
                reason = safe_message(error)
                where = str(db.sqlite_path or db.display_url)
                raise ConfigurationError(
                    _(
                        "Cannot open the database {u}: {r}. Check --db or ORDERDESK_DATABASE_URL; "
                        "a damaged file can be replaced by a backup from the backups folder beside it."
                    ).format(u=where, r=reason)
                ) from None
        return db

    @property
    def display_url(self) -> str:
        """The URL to show a person or a log: the password masked, never printed."""
        return mask_url(self.url)

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database and database != ":memory:" else None

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        Inside ``batch()`` (same thread) the unit of work is a savepoint of the batch's transaction.
        """
        shared: Session | None = getattr(self._batch, "session", None)
        if shared is not None:
            with self._savepoint(shared) as session:
                yield session
            return
        factory = self._writer if write else self._reader
        session = factory()
        try:
            yield session
            session.commit()
        except StaleDataError:
            session.rollback()
            raise ConflictError(
                _("Someone else changed this order a moment ago. It has been reloaded: check it and try again.")
            ) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def batch(self) -> Iterator[Session]:
        """Many service calls in ONE write transaction on this thread: demo data, bulk jobs.

        Every ``session()`` opened inside (by any service) joins this transaction as a savepoint:
        a call that fails is undone alone and raises as usual, the others stay. Objects stay in
        one identity map, so a later call does not read again what an earlier one loaded. One
        commit (one disk sync) at the end; an error escaping the block rolls everything back.
        Other threads and processes see nothing until then.
        """
        if getattr(self._batch, "session", None) is not None:
            raise RuntimeError("Database.batch() does not nest")
        session = self._writer()
        self._batch.session = session
        # The identity map holds its objects weakly: an order a call has let go of would be read
        # again (with its lines, holds and shipments) by the next call. Kept until the batch ends.
        kept: list[object] = []
        event.listen(session, "loaded_as_persistent", lambda _session, obj: kept.append(obj))
        try:
            yield session
            session.commit()
        except StaleDataError:
            session.rollback()
            raise ConflictError(
                _("Someone else changed this order a moment ago. It has been reloaded: check it and try again.")
            ) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            self._batch.session = None
            session.close()
            kept.clear()

    @staticmethod
    @contextmanager
    def _savepoint(session: Session) -> Iterator[Session]:
        savepoint = session.begin_nested()
        try:
            yield session
            savepoint.commit()
        except StaleDataError:
            savepoint.rollback()
            raise ConflictError(
                _("Someone else changed this order a moment ago. It has been reloaded: check it and try again.")
            ) from None
        except BaseException:
            if savepoint.is_active:
                savepoint.rollback()
            raise

    # -- migrations -----------------------------------------------------------------------
    def alembic_config(self) -> Config:
        from alembic.config import Config  # only to migrate: see orderdesk.revisions

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        return cfg

    def current_revisions(self) -> set[str]:
        with self.engine.connect() as conn:
            return current_revisions(conn)

    def known_revisions(self) -> set[str]:
        """Every schema revision this version of the app knows."""
        return set(known_revisions())

    def head_revisions(self) -> set[str]:
        return set(head_revisions())

    def needs_upgrade(self) -> bool:
        return self.current_revisions() != self.head_revisions()

    def upgrade(self, revision: str = "heads", *, from_snapshot: bool = True) -> Path | None:
        """Bring the schema up to date; back up an existing SQLite file first. Returns the backup.

        A new SQLite database gets the whole schema from the snapshot (``fresh_schema``) unless
        ``from_snapshot`` is false (writing the snapshot, testing the migrations themselves)."""
        if not self.needs_upgrade() and revision == "heads":
            return None
        if from_snapshot and revision == "heads" and self.is_sqlite and not self.read_only:
            # False also when another process made the schema first: then nothing is due.
            if self._from_snapshot() or not self.needs_upgrade():
                return None
        unknown = self.current_revisions() - self.known_revisions()
        if unknown:
            # Before any backup: otherwise every command would copy the whole file again.
            raise ConfigurationError(
                _(
                    "The database {u} was made by a newer version of OrderDesk (schema {r}). Install that version "
                    "(or a newer one) to use it; this version leaves it as it is."
                ).format(u=self.sqlite_path or self.display_url, r=", ".join(sorted(unknown)))
            )
        if self.read_only:
            raise ConfigurationError(
                _(
                    "The database {u} is read-only and needs an update to this version of OrderDesk: "
                    "ask for write access to the file and its folder."
                ).format(u=self.sqlite_path)
            )
        backup = None
        if self.current_revisions() and self.sqlite_path is not None:
            backup = self.backup(suffix="before-upgrade")
        from alembic import command  # only to migrate: see orderdesk.revisions

        with self.engine.connect() as conn:
            if self.is_sqlite:
                # SQLite alters a table by copying it (Alembic's batch mode): with foreign keys on,
                # dropping the old copy of a referenced table (products, orders) fails. Off for the
                # migration, then every reference is checked before it commits.
                # On the driver's connection, before SQLAlchemy's BEGIN: inside a transaction
                # SQLite ignores this pragma.
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            try:
                with conn.begin():
                    cfg = self.alembic_config()
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, revision)
                    if self.is_sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                        raise ConfigurationError(
                            _("The update of {u} left rows pointing at nothing; nothing was changed.").format(
                                u=self.sqlite_path
                            )
                        )
            finally:
                if self.is_sqlite:
                    conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
        return backup

    def _from_snapshot(self) -> bool:
        from orderdesk.fresh_schema import create_from_snapshot

        with self.engine.connect() as conn:
            # Nothing went through SQLAlchemy, so it has begun no transaction on the driver's
            # connection (``_sqlite_pragmas``: the driver begins none of its own either).
            return create_from_snapshot(conn.connection.driver_connection)

    def backup(self, destination: Path | None = None, *, suffix: str = "backup") -> Path:
        """A consistent copy of the SQLite file (the online backup API, safe while in use)."""
        source = self.sqlite_path
        if source is None:
            raise ConfigurationError(_("Backups are made by the PostgreSQL server (pg_dump), not by OrderDesk."))
        if destination is None:
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
            folder = source.parent / "backups"
            folder.mkdir(exist_ok=True)
            destination = folder / f"{source.stem}-{stamp}-{suffix}.sqlite3"
        src = sqlite3.connect(source)
        dst = sqlite3.connect(destination)
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
            src.close()
        log.info("database backed up to %s", destination)
        return destination

    def check(self) -> list[str]:
        """Problems found (empty when healthy): schema version, integrity, foreign keys."""
        problems: list[str] = []
        if self.needs_upgrade():
            problems.append(_("The database schema is not up to date: run 'orderdesk db upgrade'."))
        if self.is_sqlite:
            with self.engine.connect() as conn:
                result = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
                if result != "ok":
                    problems.append(_("SQLite integrity check failed: {r}").format(r=result))
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    problems.append(_("{n} rows point at missing rows (foreign keys).").format(n=len(broken)))
                if not self.needs_upgrade():
                    conn.exec_driver_sql("INSERT INTO orders_fts(orders_fts, rank) VALUES('integrity-check', 1)")
        return problems

    def dispose(self) -> None:
        self.engine.dispose()
