"""The command line: the same services the window uses, no Qt (except the bare command, which opens it)."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import importlib
import json
import os
import sys
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from orderdesk import __version__
from orderdesk.db import Database, data_dir
from orderdesk.domain import Actor
from orderdesk.errors import (
    ConfigurationError,
    ConflictError,
    MoveRefused,
    NotFound,
    OrderDeskError,
    PermissionDenied,
    ValidationError,
)
from orderdesk.i18n import _, set_language_from_env
from orderdesk.money import Money
from orderdesk.services.orders import OrderService
from orderdesk.wiring import declare_all_settings, order_service
from orderdesk.workflow import Hold, MoveRequest, Need, Role, Status, label, needs_for

EXIT_CODES: dict[type[OrderDeskError], int] = {
    ValidationError: 2,
    NotFound: 3,
    MoveRefused: 4,
    ConflictError: 5,
    PermissionDenied: 6,
    ConfigurationError: 7,
}
PIN_ENV = "ORDERDESK_PIN"  # the acting user's PIN for scripts; a terminal is asked instead


class SignInError(OrderDeskError):
    """Who is acting could not be established (unknown user, wrong or missing PIN)."""


EXIT_CODES[SignInError] = 2

# Modules that add their own commands: each has ``add_parsers(subparsers, common)``.
EXTENSION_MODULES = (
    "orderdesk.cli_notify",
    "orderdesk.cli_print",
    "orderdesk.cli_carriers",
    "orderdesk.cli_stations",
)


def to_jsonable(value: Any) -> Any:
    if isinstance(value, Money):
        return {"amount": str(value.decimal), "currency": value.currency, "minor": value.minor}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for prop in ("total", "payment_state", "tracking_number", "cod_amount", "item_count"):
            if hasattr(type(value), prop) and isinstance(getattr(type(value), prop), property):
                data[prop] = to_jsonable(getattr(value, prop))
        return data
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


def emit_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cells(text: str, width: int) -> str:
    """``text`` cut or padded to ``width`` terminal columns: a Chinese character takes two."""
    out, used = [], 0
    for ch in text:
        w = 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out) + " " * (width - used)


def actor_from(args: argparse.Namespace) -> Actor:
    """Who is acting, for commands that change data (written to history).

    Without users in the database (a one-person shop): the name from --user, ORDERDESK_USER or
    the login, with --role (default owner), as always. With users: a known active user, the role
    from the users table (never from --role), proven by their PIN, so a shared PC cannot claim
    the owner. Every role gives its PIN: otherwise history could name anyone. Asked once per run.
    """
    cached = getattr(args, "_actor", None)
    if cached is not None:
        return cached
    from orderdesk.services.users import UserService

    name = args.user or os.environ.get("ORDERDESK_USER") or getpass.getuser()
    users = UserService(open_db(args))
    role = getattr(args, "role", None)
    actor = _signed_in(users, name, role) if users.has_users() else Actor(name, Role(role or Role.OWNER.value))
    args._actor = actor
    return actor


def _signed_in(users: Any, name: str, role: str | None) -> Actor:
    try:
        user = users.get(name)
    except NotFound:
        raise SignInError(_("unknown user {n}: see orderdesk users list").format(n=name)) from None
    if not user.active:
        raise SignInError(_("{n} is switched off: ask the owner").format(n=user.name))
    if role and Role(role) is not user.role:
        raise SignInError(
            _("{n} is a {r}, not {claimed}: roles come from orderdesk users list").format(
                n=user.name, r=user.role.value, claimed=role
            )
        )
    pin = os.environ.get(PIN_ENV)
    if pin is None:
        # stdin is not read when piped: commands like `credentials set` and `users add` own it.
        if not sys.stdin.isatty():
            raise SignInError(_("{n} must give a PIN: set {env} or run in a terminal").format(n=user.name, env=PIN_ENV))
        pin = getpass.getpass(_("PIN for {n}: ").format(n=user.name))
    try:
        return users.authenticate(user.name, pin).actor  # counts wrong PINs, locks after 5
    except PermissionDenied as exc:
        raise SignInError(str(exc)) from None


def require_owner(args: argparse.Namespace, action: str) -> None:
    """Commands outside the order services (settings, secrets): the owner only, once there are users."""
    from orderdesk.db import resolve_url
    from orderdesk.services.users import UserService, require_role

    url = resolve_url(args.db)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return  # no database yet, so no users; and `credentials set` must not create one
    if UserService(open_db(args)).has_users():
        require_role(actor_from(args), action=action)


def open_db(args: argparse.Namespace, *, migrate: bool = True, existing: bool = False) -> Database:
    """``existing``: commands that only read or change orders refuse a --db file that is not there
    (a mistyped path made a new empty database and answered "No orders match.")."""
    if existing and args.db and "://" not in str(args.db) and not Path(args.db).expanduser().exists():
        raise ConfigurationError(
            _(
                "There is no database at {p}: check the path after --db (orderdesk db upgrade --db PATH makes a new one)."
            ).format(p=args.db)
        )
    if not migrate:
        return Database.open(args.db, migrate=False)
    db = getattr(args, "_db", None)  # one connection pool per run, also for the sign-in check
    if db is None:
        db = args._db = Database.open(args.db, migrate=True)
    return db


# ---------------------------------------------------------------------------------- commands
def cmd_demo(args: argparse.Namespace) -> int:
    from orderdesk.demo import create_demo

    require_owner(args, _("fill the database with demo orders"))
    db = open_db(args)

    tty = sys.stderr.isatty()  # a log file or a pipe gets one line per step, not "50/300 orders100/300…"

    def progress(done: int, total: int) -> None:
        if not args.json and (done % 50 == 0 or done == total):
            if tty:
                print(f"\r{done}/{total} orders", end="" if done < total else "\n", file=sys.stderr, flush=True)
            else:
                print(f"{done}/{total} orders", file=sys.stderr, flush=True)

    numbers = create_demo(db, orders=args.orders, seed=args.seed, progress=progress)
    if args.json:
        emit_json({"created": len(numbers), "database": db.url})
    else:
        print(f"Created {len(numbers)} demo orders in {db.url}")
    return 0


def cmd_orders_list(args: argparse.Namespace) -> int:
    service = order_service(open_db(args, existing=True))
    status = Status(args.status) if args.status else None
    rows = service.list_orders(status=status, search=args.search, holds_only=args.holds, limit=args.limit)
    if args.json:
        emit_json(rows)
        return 0
    for o in rows:
        holds = ("  ⚠ " + "; ".join(f"{k}: {r}" for k, r in o.holds)) if o.holds else ""
        print(
            f"{o.number}  {label(o.status):<18} {cells(o.customer_name, 28)} {o.total.format():>14}  {o.tracking_number}{holds}"
        )
    if not rows:
        print("No orders match.", file=sys.stderr)
    elif len(rows) == args.limit:
        print(f"Showing the first {args.limit} orders; --limit N shows more.", file=sys.stderr)
    return 0


def words(key: object) -> str:
    """A stored key as words for a person ("cash_on_delivery" -> "cash on delivery"); --json keeps keys."""
    return str(getattr(key, "value", key)).replace("_", " ")


def cmd_order_show(args: argparse.Namespace) -> int:
    service = order_service(open_db(args, existing=True))
    o = service.get(args.number)
    if args.json:
        emit_json(o)
        return 0
    print(f"Order {o.number}  [{label(o.status)}]  version {o.version}")
    if o.external_id:
        print(f"  External id: {o.external_id} ({o.source})")
    c = o.customer
    print(f"  Customer: {c.name}  {c.phone}{' (invalid)' if c.phone_invalid else ''}  {c.email}  lang={c.language}")
    print(f"  Delivery: {words(o.delivery_method)}  {', '.join(o.address.lines())}  {o.pickup_point_code}")
    print(
        f"  Payment: {words(o.payment_method.value)}  total {o.total.format()}  paid {o.amount_paid.format()}"
        f"  ({words(o.payment_state)})"
    )
    if o.pickup_code:
        print(f"  Pickup: code {o.pickup_code}  shelf {o.shelf_slot}")
    for s in o.shipments:
        print(
            f"  Shipment: {s.carrier} {s.service} {s.tracking_number} {s.status}{' (cancelled)' if s.cancelled else ''}"
        )
    print("  Lines:")
    for line in o.lines:
        print(
            f"    {line.sku:<10} {line.name[:40]:<40} x{line.quantity:<3} {line.unit_price.format():>12}  {line.bin_location}"
        )
    for h in o.active_holds:
        print(f"  HOLD {h.kind}: {h.reason}")
    if o.notes:
        print(f"  Notes: {o.notes}")
    print("  History:")
    from orderdesk.services.history_text import describe_all  # only `order show` needs it

    for h, text in zip(o.history, describe_all(o.history, currency=o.currency), strict=True):
        why = f"  ({text.why})" if text.why else ""
        print(f"    {h.at:%Y-%m-%d %H:%M}  {text.who}  {text.what}{why}")
        for more in filter(None, text.more.splitlines()):
            print(f"        {more}")
    return 0


def cmd_order_move(args: argparse.Namespace) -> int:
    service = order_service(open_db(args, existing=True))
    actor = actor_from(args)
    target = Status(args.status)
    order = service.get(args.number, with_history=False)
    payment_minor = Money.parse(args.paid, order.currency).minor if args.paid else None
    if args.tracking and target is Status.SHIPPED and args.tracking != order.tracking_number:
        service.add_shipment(args.number, carrier=args.carrier, tracking_number=args.tracking, actor=actor)
    request = MoveRequest(
        target, reason=args.reason, pickup_code=args.pickup_code, payment_minor=payment_minor, override=args.override,
        expected_version=args.expect_version,
    )  # fmt: skip
    try:
        moved = service.move(args.number, request, actor)
    except MoveRefused as exc:
        # The domain's reason speaks of the window's fields; say which options give them here.
        hints = _move_options(args, needs_for(order, target))
        print(f"error: {exc}" + (f" (this move needs {hints})" if hints else ""), file=sys.stderr)
        return EXIT_CODES[MoveRefused]
    if args.json:
        emit_json(moved)
    else:
        extra = (
            f"  pickup code {moved.pickup_code}, shelf {moved.shelf_slot}" if target is Status.READY_FOR_PICKUP else ""
        )
        print(f"{moved.number}: {label(order.status)} → {label(moved.status)}{extra}")
    return 0


def _move_options(args: argparse.Namespace, needs: set[Need]) -> str:
    """The options a move needs that were not given, e.g. '--reason TEXT'."""
    wanted = []
    if Need.TRACKING_NUMBER in needs and not args.tracking:
        wanted.append("--tracking NUMBER")
    if Need.PICKUP_CODE in needs and not (args.pickup_code or args.override):
        wanted.append("--pickup-code CODE")
    if Need.PAYMENT_AMOUNT in needs and not args.paid:
        wanted.append("--paid AMOUNT")
    if Need.REASON in needs and not args.reason:
        wanted.append('--reason "TEXT"')
    return " ".join(wanted)


def cmd_order_hold(args: argparse.Namespace) -> int:
    service = order_service(open_db(args, existing=True))
    service.add_hold(args.number, args.kind, args.reason, actor_from(args))
    print(f"{args.number}: on hold ({args.kind})")
    return 0


def cmd_order_release(args: argparse.Namespace) -> int:
    service = order_service(open_db(args, existing=True))
    service.resolve_hold(args.number, args.kind, actor_from(args), args.reason or "")
    print(f"{args.number}: hold {args.kind} resolved")
    return 0


def cmd_order_pay(args: argparse.Namespace) -> int:
    service = order_service(open_db(args, existing=True))
    order = service.get(args.number, with_history=False)
    amount = Money.parse(args.amount, order.currency)
    try:
        updated = service.record_payment(
            args.number, amount, actor_from(args), args.reason or "", allow_overpayment=args.overpayment
        )
    except ValidationError as exc:
        if exc.field != "overpayment":
            raise
        raise ValidationError(f"{exc} (--overpayment records it)", field=exc.field) from None
    print(f"{args.number}: paid {updated.amount_paid.format()} of {updated.total.format()}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from orderdesk.services.importers import import_file

    service = order_service(open_db(args))
    report = import_file(service, Path(args.file), actor_from(args), dry_run=args.dry_run, fmt=args.format)
    if args.json:
        emit_json(report)
    else:
        verb = "would import" if args.dry_run else "imported"
        print(
            f"{verb} {len(report.imported)}, skipped {len(report.skipped)} already present, {len(report.errors)} with errors"
        )
        for error in report.errors:
            print(f"  {error}", file=sys.stderr)
    return 0 if report.ok else 2


def cmd_db(args: argparse.Namespace) -> int:
    db = open_db(args, migrate=False)
    if args.db_command == "upgrade":
        backup = db.upgrade()
        print(
            f"Database is at revision {', '.join(sorted(db.current_revisions()))}"
            + (f" (backup: {backup})" if backup else "")
        )
        return 0
    if args.db_command == "backup":
        path = db.backup(Path(args.to) if args.to else None)
        print(f"Backed up to {path}")
        return 0
    problems = db.check()
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("Database OK")
    return 1 if problems else 0


def cmd_config(args: argparse.Namespace) -> int:
    from orderdesk.settings import OPTIONS, Settings

    declare_all_settings()
    settings = Settings(open_db(args))
    if args.config_command == "list":
        values = settings.all()
        if args.json:
            emit_json(values)
        else:
            for key, value in values.items():
                print(f"{key} = {value!r}    # {OPTIONS[key].help}")
    elif args.config_command == "get":
        value = settings.get(args.key)
        emit_json(value) if args.json else print(value)
    else:
        require_owner(args, _("change settings"))
        print(f"{args.key} = {settings.set(args.key, args.value)!r}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from orderdesk.bench import run_bench

    return run_bench(args)


def cmd_app(args: argparse.Namespace) -> int:
    if args.demo and not args.db and not os.environ.get("ORDERDESK_DATABASE_URL"):
        args.db = str(data_dir() / "demo.sqlite3")
        db = open_db(args)
        if not OrderService(db).query_ids(limit=1):
            from orderdesk.demo import create_demo

            print("Creating demo orders…", file=sys.stderr)
            create_demo(db, orders=args.demo_orders)
    try:
        from orderdesk.ui.app import run_app
    except ImportError as exc:
        raise ConfigurationError(
            f"The window cannot start: {exc}. Install OrderDesk with its GUI dependencies."
        ) from None
    return run_app(args.db)


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


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(top=False)
    parser = argparse.ArgumentParser(
        prog="orderdesk",
        description="OrderDesk: the order desk of a small shop. Without a command, opens the window.",
        parents=[_common_options(top=True)],
    )
    parser.add_argument("--version", action="version", version=f"orderdesk {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the window on a demo database (created on first use)")
    parser.add_argument("--demo-orders", type=int, default=400, help=argparse.SUPPRESS)
    parser.set_defaults(func=cmd_app)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", parents=[common], help="fill a database with realistic multilingual demo orders")
    p.add_argument("--orders", type=int, default=300)
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(func=cmd_demo)

    orders = sub.add_parser("orders", help="list and search orders").add_subparsers(
        dest="orders_command", required=True
    )
    p = orders.add_parser("list", parents=[common], help="list orders, newest first")
    p.add_argument(
        "--status",
        choices=[s.value for s in Status],
        metavar="STATUS",
        help="only this status: new, confirmed, … refunded",
    )
    p.add_argument("--search", help="order number, customer, phone, e-mail, tracking number, SKU or external id")
    p.add_argument("--holds", action="store_true", help="only orders that need attention")
    p.add_argument("--limit", type=int, default=100, help="at most this many orders (default 100)")
    p.set_defaults(func=cmd_orders_list)

    order = sub.add_parser("order", help="show, move, hold or pay one order").add_subparsers(
        dest="order_command", required=True
    )
    p = order.add_parser("show", parents=[common], help="everything about an order, with its history")
    p.add_argument("number")
    p.set_defaults(func=cmd_order_show)
    p = order.add_parser("move", parents=[common], help="move an order to another status")
    p.add_argument("number", help="order number, e.g. 2026-000042")
    statuses = [s.value for s in Status]
    p.add_argument("status", choices=statuses, metavar="STATUS", help="where to: " + ", ".join(statuses))
    p.add_argument("--reason", help="why: needed to cancel, to return and to move back")
    p.add_argument("--tracking", help="tracking number (moving to shipped with the own courier)")
    p.add_argument("--carrier", default="own_courier", help="carrier of --tracking (default own_courier)")
    p.add_argument("--pickup-code", help="the code the customer reads out (collected)")
    p.add_argument("--paid", help="money received with this move, e.g. 125.50")
    p.add_argument("--override", action="store_true", help="owner: hand over without the pickup code (needs --reason)")
    p.add_argument("--expect-version", type=int, help="refuse if the order changed since this version")
    p.set_defaults(func=cmd_order_move)
    p = order.add_parser("hold", parents=[common], help="put an order on hold")
    p.add_argument("number")
    p.add_argument("kind", choices=[h.value for h in Hold])
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_order_hold)
    p = order.add_parser("release", parents=[common], help="resolve an order's hold")
    p.add_argument("number")
    p.add_argument("kind", choices=[h.value for h in Hold])
    p.add_argument("--reason")
    p.set_defaults(func=cmd_order_release)
    p = order.add_parser("pay", parents=[common], help="record a payment")
    p.add_argument("number")
    p.add_argument("amount")
    p.add_argument("--reason")
    p.add_argument(
        "--overpayment", action="store_true", help="the customer really paid more than is due: record it all"
    )
    p.set_defaults(func=cmd_order_pay)

    p = sub.add_parser("import", parents=[common], help="import orders from a JSON or CSV file")
    p.add_argument("file")
    p.add_argument("--format", choices=["json", "csv"])
    p.add_argument("--dry-run", action="store_true", help="check every row, change nothing")
    p.set_defaults(func=cmd_import)

    dbp = sub.add_parser("db", help="database upgrade, backup and check").add_subparsers(
        dest="db_command", required=True
    )
    dbp.add_parser("upgrade", parents=[common], help="run migrations (after a backup)").set_defaults(func=cmd_db)
    p = dbp.add_parser("backup", parents=[common], help="copy the SQLite database safely")
    p.add_argument("--to", help="backup file (default: backups/ beside the database)")
    p.set_defaults(func=cmd_db)
    dbp.add_parser("check", parents=[common], help="schema version, integrity and search index").set_defaults(
        func=cmd_db
    )

    cfg = sub.add_parser("config", help="list, get and set settings").add_subparsers(
        dest="config_command", required=True
    )
    cfg.add_parser("list", parents=[common]).set_defaults(func=cmd_config)
    p = cfg.add_parser("get", parents=[common])
    p.add_argument("key")
    p.set_defaults(func=cmd_config)
    p = cfg.add_parser("set", parents=[common])
    p.add_argument("key")
    p.add_argument("value")
    p.set_defaults(func=cmd_config)

    p = sub.add_parser("bench", parents=[common], help="benchmarks that print figures")
    p.add_argument("what", choices=["data", "all"], nargs="?", default="data")
    p.add_argument("--orders", type=int, default=250_000)
    p.add_argument("--active", type=int, default=5_000)
    p.add_argument("--samples", type=int, default=200)
    p.set_defaults(func=cmd_bench)

    for name in EXTENSION_MODULES:
        importlib.import_module(name).add_parsers(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    set_language_from_env()  # English unless ORDERDESK_LANG asks for another language
    parser = build_parser()
    args = parser.parse_args(argv)
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
