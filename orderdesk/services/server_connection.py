"""This PC's choice of database: a file on this PC alone, or the shop's PostgreSQL server.

The choice lives in ``connection.json`` in the user's data folder (address, port, database,
user: never the password); the password lives in the OS keyring. ``db.resolve_url`` reads it
when neither ``--db`` nor ORDERDESK_DATABASE_URL says otherwise, so the window, the stations and
the CLI on this PC all open the same database.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from orderdesk.errors import ConfigurationError, ValidationError
from orderdesk.i18n import _

log = logging.getLogger(__name__)

CHOICE_FILE = "connection.json"
SECRET = "database.password"  # the keyring entry of the server's password on this PC
LOCAL, SERVER = "local", "server"
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.\-]{0,251}[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:.]+\]?$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]{0,62}$")


@dataclass(frozen=True)
class ServerConnection:
    host: str
    port: int = 5432
    database: str = "orderdesk"
    user: str = "orderdesk"

    def checked(self) -> ServerConnection:
        """The same, trimmed; ValidationError naming the field that is wrong."""
        host, database, user = self.host.strip(), self.database.strip(), self.user.strip()
        if not host or not _HOST.match(host):
            raise ValidationError(_("Enter the server's address, like 192.168.1.10 or shop-server."), field="host")
        if not 1 <= int(self.port) <= 65535:
            raise ValidationError(_("A port is a number from 1 to 65535 (PostgreSQL: 5432)."), field="port")
        if not _NAME.match(database):
            raise ValidationError(_("Enter the database's name, like orderdesk."), field="database")
        if not _NAME.match(user):
            raise ValidationError(_("Enter the database user's name, like orderdesk."), field="user")
        return ServerConnection(host, int(self.port), database, user)

    def url(self, password: str | None = None) -> str:
        return URL.create(
            "postgresql+psycopg", self.user, password or None, self.host, self.port, self.database
        ).render_as_string(hide_password=False)

    def display(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


# -- the saved choice


def _choice_path() -> Path:
    from orderdesk.paths import data_dir

    return data_dir() / CHOICE_FILE


def saved_choice() -> tuple[str, ServerConnection | None] | None:
    """(LOCAL, None), (SERVER, connection), or None when this PC has not chosen yet."""
    path = _choice_path()
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("kind") == SERVER:
            return SERVER, ServerConnection(**data["server"]).checked()
        return LOCAL, None
    except (ValueError, KeyError, TypeError, ValidationError) as exc:
        raise ConfigurationError(
            _("The database choice in {p} cannot be read ({e}): delete the file to choose again.").format(p=path, e=exc)
        ) from None


def save_local() -> None:
    _write({"kind": LOCAL})


def save_server(connection: ServerConnection, password: str, credentials=None) -> None:
    """Remember the server for this PC; the password goes to the keyring, nowhere else."""
    from orderdesk.services.credentials import Credentials

    connection = connection.checked()
    if not password:
        raise ValidationError(_("Enter the database user's password."), field="password")
    (credentials or Credentials()).set(SECRET, password)
    _write({"kind": SERVER, "server": asdict(connection)})
    log.info("this PC now uses the database server %s", connection.host)


def _write(data: dict) -> None:
    path = _choice_path()
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(partial, path)


def saved_server_url(credentials=None) -> str | None:
    """The saved server's URL with the password from the keyring, or None (no server chosen)."""
    choice = saved_choice()
    if choice is None or choice[0] != SERVER or choice[1] is None:
        return None
    from orderdesk.services.credentials import Credentials

    password = (credentials or Credentials()).get(SECRET)
    if not password:
        raise ConfigurationError(
            _(
                "The password for the database server is not in this PC's keyring: "
                "run 'orderdesk db connect {h}' to enter it again."
            ).format(h=choice[1].host)
        )
    return choice[1].url(password)


# -- trying it


def test_connection(connection: ServerConnection, password: str, timeout: int = 5) -> str:
    """Connect once; a sentence about what was found, or ConfigurationError saying what to fix."""
    connection = connection.checked()
    try:
        import psycopg
    except ImportError:
        raise ConfigurationError(
            _("The PostgreSQL driver is not installed. Reinstall OrderDesk with its installer.")
        ) from None
    try:
        with psycopg.connect(
            host=connection.host,
            port=connection.port,
            dbname=connection.database,
            user=connection.user,
            password=password or None,
            connect_timeout=timeout,
        ) as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]
            has_orders = conn.execute("SELECT to_regclass('public.orders') IS NOT NULL").fetchone()[0]
            count = conn.execute("SELECT count(*) FROM orders").fetchone()[0] if has_orders else None
    except psycopg.Error as exc:
        raise ConfigurationError(_explain(exc, connection)) from None
    if count is None:
        return _("Connected to PostgreSQL {v}. The database is empty: OrderDesk will set it up.").format(
            v=version.split()[0]
        )
    return _("Connected to PostgreSQL {v}. The shop's database has {n} orders.").format(v=version.split()[0], n=count)


def _explain(exc: Exception, connection: ServerConnection) -> str:
    text = str(exc).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return _("The server refused the user {u} with this password.").format(u=connection.user)
    if f'database "{connection.database.lower()}" does not exist' in text:
        return _("The server has no database {d}: create it first ('orderdesk db init-server' prints how).").format(
            d=connection.database
        )
    if "no pg_hba.conf entry" in text:
        return _(
            "The server does not let this PC in: add the shop's LAN to pg_hba.conf (see 'orderdesk db init-server')."
        )
    if "timeout" in text or "refused" in text or "could not translate host name" in text or "unreachable" in text:
        return _(
            "No database server answers at {h}:{p}. Check the address, that PostgreSQL runs there "
            "and that it listens on the LAN."
        ).format(h=connection.host, p=connection.port)
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return _("Could not connect: {e}").format(e=first)


def needs_first_start_choice() -> bool:
    """True on a PC that has neither chosen nor an existing database file in the default place."""
    from orderdesk.paths import data_dir

    try:
        if saved_choice() is not None:
            return False
    except ConfigurationError:
        return False  # opening the database says what is wrong with the file
    return not (data_dir() / "orderdesk.sqlite3").exists()
