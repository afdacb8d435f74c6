"""Setting up the shop's PostgreSQL server: the role and database OrderDesk connects to.

``orderdesk db init-server`` prints this SQL for the server's administrator (psql asks for the
new password itself, so it is never printed) or runs it with an administrator's connection.
"""

from __future__ import annotations

import ipaddress
import re

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from orderdesk.db import mask_url, resolve_url
from orderdesk.errors import ConfigurationError, OrderDeskError, ValidationError
from orderdesk.i18n import _

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def check_name(value: str, field: str) -> str:
    if not _NAME.match(value or ""):
        raise ValidationError(
            _("'{v}' cannot be a PostgreSQL name here: use lower-case letters, digits and _.").format(v=value),
            field=field,
        )
    return value


def check_lan(value: str) -> str:
    try:
        network = ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise ValidationError(
            _("'{v}' is not a network: write the shop's LAN like 192.168.1.0/24.").format(v=value), field="lan"
        ) from None
    if network.prefixlen == 0:
        raise ValidationError(_("Open the server to the shop's LAN only, not to every address."), field="lan")
    return str(network)


def psql_script(role: str, database: str) -> str:
    """The SQL for ``sudo -u postgres psql``; ``\\password`` asks for the password, unseen."""
    role, database = check_name(role, "role"), check_name(database, "database")
    return "\n".join(
        [
            f"CREATE ROLE {role} LOGIN;",
            f"\\password {role}",
            f"CREATE DATABASE {database} OWNER {role} ENCODING 'UTF8' TEMPLATE template0;",
            f"REVOKE ALL ON DATABASE {database} FROM PUBLIC;",
            f"\\connect {database}",
            "CREATE EXTENSION IF NOT EXISTS pg_trgm;",
        ]
    )


def hba_line(role: str, database: str, lan: str) -> str:
    """The pg_hba.conf line that lets the shop's LAN (and nobody else) in, with a password."""
    return (
        f"host    {check_name(database, 'database')}    {check_name(role, 'role')}    {check_lan(lan)}    scram-sha-256"
    )


def connection_url(host: str, port: int, role: str, database: str) -> str:
    """The URL the desks use; the password is not part of it (it lives in each PC's keyring)."""
    return f"postgresql+psycopg://{role}@{host}:{port}/{database}"


def run_setup(admin_url: str, role: str, database: str, password: str) -> None:
    """Create the role (or set its password) and the database, as the administrator ``admin_url``."""
    role, database = check_name(role, "role"), check_name(database, "database")
    if len(password or "") < 8:
        raise ValidationError(_("Give the database user a password of at least 8 characters."), field="password")
    url = resolve_url(admin_url)
    if make_url(url).get_backend_name() != "postgresql":
        raise ConfigurationError(_("--admin-url must be a postgresql:// URL of the server's administrator."))
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            # The password as a quoted literal the server parses: CREATE ROLE takes no parameters.
            literal = conn.exec_driver_sql("SELECT quote_literal(%(p)s)", {"p": password}).scalar()
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
            verb = "ALTER" if exists else "CREATE"
            conn.exec_driver_sql(f"{verb} ROLE {role} LOGIN PASSWORD {literal}")
            if not conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": database}).first():
                conn.exec_driver_sql(f"CREATE DATABASE {database} OWNER {role} ENCODING 'UTF8' TEMPLATE template0")
            conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
        shop = create_engine(make_url(url).set(database=database), isolation_level="AUTOCOMMIT")
        try:
            with shop.connect() as conn:
                conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        finally:
            shop.dispose()
    except OrderDeskError:
        raise
    except Exception as exc:  # refused, unreachable, not a superuser: one line, no password
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise ConfigurationError(
            _("Could not set up the server at {u}: {r}").format(u=mask_url(url), r=reason)
        ) from None
    finally:
        engine.dispose()
