"""Faults of the world outside (a damaged, read-only, full or locked database, a server that is not
there) as one clear line for a person, and unexpected errors as a log entry without personal data.

Database errors from SQLAlchemy carry the SQL statement and its parameters (names, phones,
e-mails) in their text; PostgreSQL adds a DETAIL line with the values of a refused row. Neither
may reach the screen or a log: ``safe_message`` keeps the driver's first line only, and
``log_unexpected`` logs the exception type, where it happened (file, function, line of each
frame) and the ids the caller gives, never the exception's arguments.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import traceback
from pathlib import Path

from orderdesk.errors import ConfigurationError, OrderDeskError
from orderdesk.i18n import _

DEFAULT_LOCK_TIMEOUT = 10.0  # seconds a writer waits for another one before giving up
LOCK_TIMEOUT_ENV = "ORDERDESK_DB_LOCK_TIMEOUT"


def lock_timeout() -> float:
    """Seconds to wait for a database another program holds locked (``ORDERDESK_DB_LOCK_TIMEOUT``)."""
    try:
        value = float(os.environ.get(LOCK_TIMEOUT_ENV, "") or DEFAULT_LOCK_TIMEOUT)
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT
    return min(max(value, 0.1), 600.0)


def driver_error(exc: BaseException) -> BaseException:
    """The DB driver's own exception inside SQLAlchemy's wrapper (sqlite3 / psycopg)."""
    return getattr(exc, "orig", None) or exc


def safe_message(exc: BaseException) -> str:
    """The first line of the driver's message: no SQL, no parameters, no DETAIL with row values."""
    text = str(driver_error(exc)).strip()
    first = text.splitlines()[0] if text else type(exc).__name__
    return first.split("[SQL:")[0].split("(Background on this error")[0].strip() or type(exc).__name__


def is_database_error(exc: BaseException) -> bool:
    from sqlalchemy import exc as sa_exc

    if isinstance(exc, sa_exc.DBAPIError | sqlite3.Error):
        return True
    return type(driver_error(exc)).__module__.split(".")[0] == "psycopg"


def explain_database_error(exc: BaseException, where: str) -> OrderDeskError | None:
    """One clear line (a ``ConfigurationError``, exit code 7) for a database fault, with the real
    cause; None when it is not one we know (then it is a bug, for the log)."""
    if isinstance(exc, OrderDeskError) or not is_database_error(exc):
        return None
    message = safe_message(exc)
    low = message.lower()
    if "database is locked" in low or "database table is locked" in low or "lock timeout" in low:
        text = _(
            "The database {u} is busy: another program (or OrderDesk on another PC) has kept it locked for more "
            "than {s:g} seconds. Nothing was changed; try again in a moment, or close the other program."
        ).format(u=where, s=lock_timeout())
    elif "disk is full" in low or "no space left" in low or "database or disk is full" in low:
        text = _(
            "The disk that holds the database {u} is full: the change was not saved. Free some space and try again."
        ).format(u=where)
    elif "readonly" in low or "read-only" in low:
        text = _(
            "The database {u} is read-only (its file permissions or a read-only drive): it can be looked at, "
            "not changed. Ask for write access to the file and its folder, or copy it to a writable place."
        ).format(u=where)
    elif "file is not a database" in low or "malformed" in low or "disk image" in low:
        text = _(
            "The database {u} is damaged or is not an OrderDesk database ({r}). Check --db; to go on, replace "
            "it by the newest copy in the backups folder beside it."
        ).format(u=where, r=message)
    elif "unable to open database file" in low:
        text = _(
            "Cannot open the database {u}: the file or its folder cannot be read or written. Check the path "
            "after --db and the permissions of the folder."
        ).format(u=where)
    elif "disk i/o error" in low:
        text = _("Reading or writing the database {u} failed on the disk ({r}). Check the drive.").format(
            u=where, r=message
        )
    else:
        from sqlalchemy import exc as sa_exc

        if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError) and not isinstance(
            driver_error(exc), sqlite3.Error
        ):
            text = _(
                "Cannot use the database server {u}: {r}. Check --db or ORDERDESK_DATABASE_URL and that the "
                "server is running."
            ).format(u=where, r=message)
        else:
            return None
    return ConfigurationError(text)


# -- unexpected errors ------------------------------------------------------------------------
def place(exc: BaseException) -> str:
    """Where it happened: the innermost frame of our own code (``orderdesk/services/orders.py:412 in move``)."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if f"{os.sep}orderdesk{os.sep}" in f.filename] or frames
    if not ours:
        return "?"
    frame = ours[-1]
    path = Path(frame.filename)
    parts = path.parts
    short = "/".join(parts[parts.index("orderdesk") :]) if "orderdesk" in parts else path.name
    return f"{short}:{frame.lineno} in {frame.name}"


def safe_traceback(exc: BaseException) -> str:
    """The traceback's frames (files, lines, functions, source lines) and each exception's type:
    what a developer needs, without the values an exception message may carry."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.format_list(traceback.extract_tb(current.__traceback__))
        kind = f"{type(current).__module__}.{type(current).__qualname__}"
        summary = safe_message(current) if is_database_error(current) else ""
        lines.append(
            "Traceback (most recent call last):\n" + "".join(frames) + kind + (f" ({summary})" if summary else "")
        )
        current = current.__cause__ or current.__context__
    return "\n  caused by:\n".join(lines)


def log_unexpected(logger: logging.Logger, exc: BaseException, context: str = "", **ids: object) -> None:
    """Log a bug: type, place, the ids given (order number, shipment id...), frames. Never the message."""
    where = " ".join(f"{k}={v}" for k, v in ids.items())
    logger.error(
        "unexpected %s at %s%s%s\n%s",
        type(exc).__name__,
        place(exc),
        f" during {context}" if context else "",
        f" [{where}]" if where else "",
        safe_traceback(exc),
    )


def unexpected_message(exc: BaseException, log_file: Path | None) -> str:
    text = _("Something went wrong ({t} at {p}). Nothing more was changed.").format(t=type(exc).__name__, p=place(exc))
    if log_file is not None:
        text += " " + _("The details are in {f}.").format(f=log_file)
    return text
