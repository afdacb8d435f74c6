"""What the command line does with an error nobody expected: a database fault becomes its one
clear line and exit code; anything else (a bug) is logged without personal data and shown as
one line pointing at the log, never as a traceback."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from orderdesk.cli.exit_codes import EXIT_CODES
from orderdesk.faults import explain_database_error, log_unexpected, unexpected_message

EXIT_UNEXPECTED = 1  # the README's exit code for "something went wrong" (a bug, details in the log)
log = logging.getLogger("orderdesk.cli")


def handle(args: argparse.Namespace, exc: Exception) -> int:
    explained = explain_database_error(exc, _database_label(args))
    if explained is not None:
        print(f"error: {explained}", file=sys.stderr)
        return EXIT_CODES.get(type(explained), EXIT_UNEXPECTED)
    log_file = _log_to_file()
    log_unexpected(log, exc, f"orderdesk {getattr(args, 'command', '') or ''}".strip(), **_ids(args))
    print(f"error: {unexpected_message(exc, log_file)}", file=sys.stderr)
    return EXIT_UNEXPECTED


def _database_label(args: argparse.Namespace) -> str:
    db = getattr(args, "_db", None)
    if db is not None:
        return str(db.sqlite_path or db.display_url)
    try:
        from orderdesk.db import mask_url, resolve_url

        url = resolve_url(getattr(args, "db", None))
        return url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else mask_url(url)
    except Exception:  # the URL itself may be what is wrong
        return "the database"


def _ids(args: argparse.Namespace) -> dict[str, object]:
    """Ids only (an order number, a message id): never names, phones or free text."""
    return {k: getattr(args, k) for k in ("number", "id") if isinstance(getattr(args, k, None), str | int)}


def _log_to_file() -> Path | None:
    try:
        from orderdesk.db import data_dir

        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "orderdesk-cli.log"
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None  # a full or read-only disk: the one line on stderr must still come
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    log.addHandler(handler)
    log.propagate = False  # not to stderr as well: one line there is the rule
    return path
