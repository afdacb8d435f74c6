"""The command line: the same services the window uses, no Qt (except the bare command, which opens it).

One module per command group. The parser is built from ``COMMANDS``, a table of command
names, their one-line help and the module that implements them; a command's module (and what
it uses: ReportLab, alembic, the services) is imported only when that command runs, so
``orderdesk --help`` and ``orderdesk orders list`` do not pay for ``print`` or ``sync``.

How to add a command group, e.g. ``orderdesk channels ...``:

1. Write ``orderdesk/cli/channels.py`` with::

       def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
           p = subparsers.add_parser("channels", help=help).add_subparsers(dest="channels_command", required=True)
           q = p.add_parser("sync", parents=[common], help="...")   # common: --db, --json, --user, --role
           q.set_defaults(func=cmd_sync)

       def cmd_sync(args: argparse.Namespace) -> int: ...   # returns the exit code

   Import heavy things (services, ReportLab, requests) at the top of that module or inside the
   command functions: either way only this command pays for them. Shared helpers (``open_db``,
   ``actor_from``, ``emit_json``, ``require_owner``…) come from ``orderdesk.cli.common``.
   Raise ``orderdesk.errors`` exceptions for refusals: ``main`` prints one line and exits with
   the code from ``orderdesk.cli.exit_codes``.
2. Add one row to ``COMMANDS`` below: ``Command("channels", "one-line help", "orderdesk.cli.channels")``.
   The row's place in the table is its place in ``orderdesk --help``.

The older extension point still works for modules written against it: a module with
``add_parsers(subparsers, common)`` listed in ``EXTENSION_MODULES`` registers whatever commands
it likes, but it is imported on every run; move it into the table when you touch it.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NamedTuple

from orderdesk import __version__
from orderdesk.cli.exit_codes import EXIT_CODES
from orderdesk.errors import OrderDeskError, ValidationError
from orderdesk.i18n import set_language_from_env
from orderdesk.workflow import Role


class Command(NamedTuple):
    name: str  # what the user types: ``orderdesk NAME ...``
    help: str  # the line in ``orderdesk --help``
    module: str  # has ``add_parser(subparsers, common, help)``; imported only when NAME runs


COMMANDS: tuple[Command, ...] = (
    Command("demo", "fill a database with realistic multilingual demo orders", "orderdesk.cli.demo"),
    Command("orders", "list and search orders, move many at once", "orderdesk.cli.orders"),
    Command("order", "show, move, hold or pay one order", "orderdesk.cli.order"),
    Command("import", "import orders from a JSON or CSV file", "orderdesk.cli.importing"),
    Command("db", "database upgrade, backup and check", "orderdesk.cli.database"),
    Command("config", "list, get and set settings", "orderdesk.cli.config"),
    Command("bench", "benchmarks that print figures", "orderdesk.cli.bench"),
    Command("notify", "customer notifications: test, outbox, send, templates", "orderdesk.cli.notify"),
    Command("print", "print labels, packing slips or a pick list to a file or a printer", "orderdesk.cli.printing"),
    Command("sync", "one round of carrier tracking sync, with progress and a summary", "orderdesk.cli.sync"),
    Command("shipment", "buy, fetch or cancel carrier labels", "orderdesk.cli.shipment"),
    Command("credentials", "secrets in the OS keyring (read from standard input)", "orderdesk.cli.credentials"),
    Command("station", "open the packing bench or the pickup counter", "orderdesk.cli.station"),
    Command("users", "people who use the stations: names, roles, PINs", "orderdesk.cli.users"),
    Command("return", "returns of an order's lines: create, receive, refund, slip, exchange", "orderdesk.cli.returns"),
    Command("stock", "receive, correct, count and look up stock", "orderdesk.cli.stock"),
    Command("products", "the product catalogue: list, import, export, archive", "orderdesk.cli.products"),
    Command("channels", "web stores: connect, test, sync orders in and statuses out", "orderdesk.cli.channels"),
    Command("report", "a report as a table, CSV, JSON, XLSX or PDF", "orderdesk.cli.report"),
    Command("automation", "the rules that act by themselves: run one round", "orderdesk.cli.automation"),
    Command("complaint", "customers' complaints: record, list, show, decide", "orderdesk.cli.complaints"),
)

# The older extension point: modules with ``add_parsers(subparsers, common)``, imported on every run.
EXTENSION_MODULES: tuple[str, ...] = ()

# Modules of that older kind whose commands now live in the table: listing one is not an error.
_MOVED_INTO_TABLE = frozenset(
    {"orderdesk.cli_notify", "orderdesk.cli_print", "orderdesk.cli_carriers", "orderdesk.cli_stations"}
)

# Helpers commands import from ``orderdesk.cli`` by name; loaded on first use so ``--help`` stays light.
_HELPERS = {
    name: "orderdesk.cli.common"
    for name in (
        "PIN_ENV",
        "actor_from",
        "carrier_services",
        "cells",
        "emit",
        "emit_json",
        "open_db",
        "require_owner",
        "to_jsonable",
        "words",
    )
}
_HELPERS["SignInError"] = "orderdesk.cli.exit_codes"


def __getattr__(name: str) -> Any:
    module = _HELPERS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


# ---------------------------------------------------------------------------------- parser
def _common_options(top: bool) -> argparse.ArgumentParser:
    """Options every command takes, before or after its name.

    Each parser gets its own copy (parents share action objects); only the top level carries
    defaults, so a value given before the command is not reset by the command's parser.
    """
    common = argparse.ArgumentParser(add_help=False)
    keep = argparse.SUPPRESS
    common.add_argument(
        "--db",
        default=None if top else keep,
        help="database file or URL (default: ORDERDESK_DATABASE_URL or the user data folder)",
    )
    common.add_argument("--json", action="store_true", default=False if top else keep, help="machine-readable output")
    common.add_argument(
        "--user",
        default=None if top else keep,
        help="who is acting (written to history); with users in the database one of them, "
        "proven by the PIN in ORDERDESK_PIN or asked in the terminal",
    )
    common.add_argument(
        "--role",
        choices=[r.value for r in Role if r is not Role.SYSTEM],
        default=None if top else keep,
        help="without users in the database: the role to act as (default owner); with users it comes from them",
    )
    return common


def _open_window(args: argparse.Namespace) -> int:
    from orderdesk.cli.app import cmd_app

    return cmd_app(args)


ALL = "*"  # build_parser(ALL): every command's options, e.g. to check them all


def build_parser(command: str | None = ALL) -> argparse.ArgumentParser:
    """The parser, with the options of ``command`` only (ALL: of every command; None: of none).

    The other commands are there by name and help, so ``--help`` lists them and a typo is
    refused with the list, but their modules are not imported.
    """
    common = _common_options(top=False)
    parser = argparse.ArgumentParser(
        prog="orderdesk",
        description="OrderDesk: the order desk of a small shop. Without a command, opens the window.",
        parents=[_common_options(top=True)],
    )
    parser.add_argument("--version", action="version", version=f"orderdesk {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the window on a demo database (created on first use)")
    parser.add_argument("--demo-orders", type=int, default=400, help=argparse.SUPPRESS)
    parser.set_defaults(func=_open_window)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    for row in COMMANDS:
        if command in (row.name, ALL):
            importlib.import_module(row.module).add_parser(sub, common, row.help)
        else:
            # Its name and help only; never parsed (main builds the real one when it is named).
            sub.add_parser(row.name, help=row.help, add_help=False)
    for name in EXTENSION_MODULES:
        if name not in _MOVED_INTO_TABLE:
            importlib.import_module(name).add_parsers(sub, common)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Two passes: the first finds the command by name (importing nothing of it), the second
    parses with that command's options. ``--help`` and ``--version`` before a command end in the first."""
    argv = list(sys.argv[1:] if argv is None else argv)
    named, _rest = build_parser(None).parse_known_args(argv)
    command = named.command if named.command in {row.name for row in COMMANDS} else None
    return build_parser(command).parse_args(argv)


def _parse(argv: list[str], *, freeze: bool) -> argparse.Namespace:
    """``parse_args``, which imports the command's module and, with it, SQLAlchemy and the models.

    ``freeze`` (the program itself, see ``run``): those imports make a few hundred thousand
    objects that live as long as the process, and the garbage collector would walk them again
    and again while they load and once more in full afterwards (some 7 % of ``orders list``'s
    CPU time). So it pauses while they load and ``gc.freeze`` sets them aside for good; the
    command's own objects are collected as usual. Not for ``main`` called inside another
    program (tests): a frozen object is never collected, so it would keep that program's garbage.
    """
    if not freeze:
        return parse_args(argv)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return parse_args(argv)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


# Commands that work through a batch (a thousand labels, an import, the demo) make objects by the
# million that live until they end, and few reference cycles: at the collector's default pace
# (a young collection every 700 new objects) it took 5-7 % of their CPU. The program collects ten
# times less often while it runs one of them; nothing it keeps depends on it.
BATCH_COMMANDS = frozenset({"print", "import", "demo"})
BATCH_GC_THRESHOLDS = (7_000, 20, 20)


def _not_text(arg: str) -> bool:
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def run() -> int:
    """The program: ``orderdesk`` and ``python -m orderdesk`` (``main`` with the start-up's
    objects set aside from garbage collection, see ``_parse``), asyncio and importlib.metadata
    imported only if something uses them (``orderdesk.deferred_imports``)."""
    from orderdesk.deferred_imports import install

    install()
    return main(None, _program=True)


def main(argv: Sequence[str] | None = None, *, _program: bool = False) -> int:
    set_language_from_env()  # English unless ORDERDESK_LANG asks for another language
    argv = list(sys.argv[1:] if argv is None else argv)
    if any(_not_text(arg) for arg in argv):
        # Bytes that are not UTF-8 (a terminal in another code page): Python keeps them as lone
        # surrogates, which no database, file or terminal can take.
        print(
            "error: an argument is not valid UTF-8 text; check the terminal's encoding and type it again",
            file=sys.stderr,
        )
        return EXIT_CODES[ValidationError]
    args = _parse(argv, freeze=_program)
    if _program and getattr(args, "command", None) in BATCH_COMMANDS:
        gc.set_threshold(*BATCH_GC_THRESHOLDS)
    try:
        return args.func(args)
    except OrderDeskError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_CODES.get(type(exc), 1)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `orderdesk orders list | head`: the reader stopped reading; that is not an error to show.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # what a shell reports for a command stopped by SIGPIPE
    except Exception as exc:  # a database fault, or a bug: one line, never a traceback
        from orderdesk.cli.unexpected import handle

        return handle(args, exc)
