"""What every command uses: the database, who is acting, JSON and terminal output."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import sys
import unicodedata
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from orderdesk.cli.exit_codes import EXIT_CODES, SignInError
from orderdesk.db import Database
from orderdesk.domain import Actor
from orderdesk.errors import ConfigurationError, NotFound, PermissionDenied
from orderdesk.i18n import _
from orderdesk.money import Money
from orderdesk.workflow import Role

__all__ = [
    "EXIT_CODES",
    "PIN_ENV",
    "SignInError",
    "actor_from",
    "carrier_services",
    "cells",
    "emit",
    "emit_json",
    "open_db",
    "require_owner",
    "to_jsonable",
    "words",
]

PIN_ENV = "ORDERDESK_PIN"  # the acting user's PIN for scripts; a terminal is asked instead


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


def words(key: object) -> str:
    """A stored key as words for a person ("cash_on_delivery" -> "cash on delivery"); --json keeps keys."""
    return str(getattr(key, "value", key)).replace("_", " ")


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


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """``data`` as JSON with --json, else ``text`` for a person."""
    if getattr(args, "json", False):
        emit_json(data)
    else:
        print(text)


def carrier_services(args: argparse.Namespace):
    """The database, settings, order service and carrier registry the carrier commands share."""
    from orderdesk.services.carriers.registry import CarrierRegistry
    from orderdesk.settings import Settings
    from orderdesk.wiring import order_service

    db = open_db(args)
    settings = Settings(db)
    # the app's order service, with its listeners (a carrier's move notifies the customer)
    return db, settings, order_service(db), CarrierRegistry(settings)
