"""Command line for carriers: ``sync``, ``shipment create|rates|label|cancel``, ``credentials set|test|delete``.

Wired into ``orderdesk.cli`` by listing ``"orderdesk.cli_carriers"`` in ``EXTENSION_MODULES``;
each command uses the same services as the window (``orderdesk.wiring``).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

import orderdesk.services.carriers.registry  # noqa: F401 - declares the carriers.* settings for `config`
from orderdesk.errors import ValidationError
from orderdesk.i18n import _


def add_parsers(sub: Any, common: argparse.ArgumentParser | None = None) -> None:
    parents = [common] if common is not None else []

    p = sub.add_parser("sync", parents=parents, help="one round of carrier tracking sync, with progress and a summary")
    p.add_argument(
        "--carrier", action="append", choices=["cdek", "inpost", "easypost"], help="only this carrier (repeatable)"
    )
    p.add_argument("--no-messages", action="store_true", help="tracking only: skip the customer-message round")
    p.set_defaults(func=cmd_sync)

    shipment = sub.add_parser("shipment", help="buy, fetch or cancel carrier labels").add_subparsers(
        dest="shipment_command", required=True
    )
    carriers = ["cdek", "inpost", "easypost", "own_courier", "pickup"]
    p = shipment.add_parser("create", parents=parents, help="buy a label for an order (never twice)")
    p.add_argument("order")
    p.add_argument("--carrier", required=True, choices=carriers)
    p.add_argument(
        "--service", default="", help="carrier service / tariff (e.g. 136, inpost_locker_standard, 'USPS Priority')"
    )
    p.add_argument("--format", dest="label_format", default="", choices=["", "pdf", "zpl", "epl2", "png"])
    _parcel_arguments(p)
    p.set_defaults(func=cmd_shipment_create)
    p = shipment.add_parser("rates", parents=parents, help="quoted rates for an order (carriers that quote)")
    p.add_argument("order")
    p.add_argument("--carrier", required=True, choices=carriers)
    _parcel_arguments(p)
    p.set_defaults(func=cmd_shipment_rates)
    p = shipment.add_parser("label", parents=parents, help="download the active shipment's label again")
    p.add_argument("order")
    p.add_argument("--format", dest="label_format", default="", choices=["", "pdf", "zpl", "epl2", "png"])
    p.set_defaults(func=cmd_shipment_label)
    p = shipment.add_parser("cancel", parents=parents, help="cancel the active shipment at the carrier")
    p.add_argument("order")
    p.add_argument("--reason", default="")
    p.set_defaults(func=cmd_shipment_cancel)

    cred = sub.add_parser("credentials", help="secrets in the OS keyring (read from standard input)").add_subparsers(
        dest="credentials_command", required=True
    )
    p = cred.add_parser("set", parents=parents, help="store a secret, read from standard input")
    p.add_argument("name", help="e.g. cdek.client_id, cdek.client_secret, inpost.token, easypost.api_key")
    p.set_defaults(func=cmd_credentials_set)
    p = cred.add_parser("test", parents=parents, help="check a secret is stored (and the carrier accepts it)")
    p.add_argument("name", help="a credential name, or a carrier: cdek, inpost, easypost")
    p.set_defaults(func=cmd_credentials_test)
    p = cred.add_parser("delete", parents=parents, help="remove a secret from the keyring")
    p.add_argument("name")
    p.set_defaults(func=cmd_credentials_delete)


def _parcel_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--parcel",
        action="append",
        default=[],
        metavar="WEIGHT_G[xLxWxH]",
        help="one parcel: grams, optionally with its size in cm, e.g. 1200 or 1200x30x20x10 (repeatable; "
        "default: one parcel of the order's weight and the default size)",
    )
    p.add_argument(
        "--locker-size",
        default="",
        type=str.lower,
        choices=["", "small", "medium", "large", "a", "b", "c"],
        help="InPost locker size for every parcel: small (A), medium (B) or large (C)",
    )
    p.add_argument("--pickup-point", default=None, help="another locker or pickup point code than the order's")


LOCKER_LETTERS = {"a": "small", "b": "medium", "c": "large"}


def parse_parcel(text: str, index: int = 0):
    """``1200`` or ``1200x30x20x10`` (grams, then L x W x H in cm) -> a Parcel."""
    from orderdesk.services.carriers.base import Parcel

    parts = [p.strip() for p in text.lower().replace("×", "x").split("x")]
    if len(parts) not in (1, 4) or not all(p.isdigit() for p in parts):
        raise ValidationError(
            _(
                "--parcel '{t}': write the weight in grams, optionally with the size in cm: 1200 or 1200x30x20x10."
            ).format(t=text),
            f"parcels[{index}]",
        )
    weight, *sides = (int(p) for p in parts)
    return Parcel(weight, *sides) if sides else Parcel(weight)


def _parcels(args: argparse.Namespace, shipping, number: str):
    """The parcels asked for on the command line, or None (the service's default parcel)."""
    from dataclasses import replace

    size = LOCKER_LETTERS.get(args.locker_size, args.locker_size)
    if not args.parcel and not size:
        return None
    if args.parcel:
        parcels = [parse_parcel(text, i) for i, text in enumerate(args.parcel)]
    else:
        parcels = [shipping.default_parcel(shipping.orders.get(number, with_history=False))]
    return [replace(p, template=size) for p in parcels] if size else parcels


# ------------------------------------------------------------------------------------- helpers
def _services(args: argparse.Namespace):
    from orderdesk.cli import open_db
    from orderdesk.services.carriers.registry import CarrierRegistry
    from orderdesk.settings import Settings

    db = open_db(args)
    settings = Settings(db)
    return db, settings, _order_service(db), CarrierRegistry(settings)


def _order_service(db):
    """The app's order service, with its listeners (a carrier's move notifies the customer)."""
    from orderdesk.wiring import order_service

    return order_service(db)


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    from orderdesk.cli import emit_json

    if getattr(args, "json", False):
        emit_json(data)
    else:
        print(text)


# ------------------------------------------------------------------------------------- sync
def cmd_sync(args: argparse.Namespace) -> int:
    from orderdesk.services.sync_round import run_sync_round

    db, settings, orders, registry = _services(args)

    def progress(done: int, total: int) -> None:
        if not args.json:
            print(f"\r{done}/{total} shipments", end="" if done < total else "\n", file=sys.stderr, flush=True)

    try:
        result = run_sync_round(
            db,
            orders,
            settings,
            registry=registry,
            progress=progress,
            carriers=args.carrier,
            messages=not args.no_messages,
            message_round=_message_round,
        )
    finally:
        registry.close()
    summary = result.tracking
    if getattr(args, "json", False):
        from orderdesk.cli import emit_json, to_jsonable

        emit_json(
            {"tracking": to_jsonable(summary), "messages": result.messages, "auto_completed": result.auto_completed}
        )
    else:
        lines = result.lines()
        print("\n".join(x for x in lines if not x.startswith("! ")))
        for line in lines:
            if line.startswith("! "):
                print(line, file=sys.stderr)
    if result.failed:
        print(_("error: no shipment could be synced: {m}").format(m=summary.errors[0][2]), file=sys.stderr)
        return 1
    return 0


def _message_round(db) -> dict | None:
    """The customer-message part of ``orderdesk sync`` (the notifications service's round)."""
    from orderdesk.services.messaging import run_outbox_once

    return run_outbox_once(db).as_dict()


# ------------------------------------------------------------------------------------- shipments
def cmd_shipment_create(args: argparse.Namespace) -> int:
    from orderdesk.cli import actor_from
    from orderdesk.services.shipping import ShippingService

    db, settings, orders, registry = _services(args)
    try:
        number = orders.find_number(args.order)
        shipping = ShippingService(db, orders, registry, settings=settings)
        purchase = shipping.buy_label(
            number,
            args.carrier,
            actor_from(args),
            service=args.service,
            label_format=args.label_format,
            pickup_point=args.pickup_point,
            parcels=_parcels(args, shipping, number),
        )
    finally:
        registry.close()
    s = purchase.shipment
    note = _(" (found at the carrier, nothing new bought)") if purchase.reused else ""
    label = s.label_path or _("no label file (print the shop's own label)")
    _emit(args, purchase.shipment, f"{number}: {s.carrier} {s.service} {s.tracking_number}{note}\n{label}")
    return 0


def cmd_shipment_rates(args: argparse.Namespace) -> int:
    from orderdesk.services.shipping import ShippingService

    db, settings, orders, registry = _services(args)
    try:
        number = orders.find_number(args.order)
        shipping = ShippingService(db, orders, registry, settings=settings)
        rates = shipping.quote(
            number, args.carrier, pickup_point=args.pickup_point, parcels=_parcels(args, shipping, number)
        )
    finally:
        registry.close()
    text = "\n".join(f"{r.service:<28} {r.amount:>10} {r.currency}  {r.days or '?'} d" for r in rates)
    _emit(args, rates, text or _("This carrier does not quote rates; pick a service."))
    return 0


def cmd_shipment_label(args: argparse.Namespace) -> int:
    from orderdesk.services.shipping import ShippingService

    db, settings, orders, registry = _services(args)
    try:
        shipment = ShippingService(db, orders, registry, settings=settings).fetch_label(
            orders.find_number(args.order), args.label_format
        )
    finally:
        registry.close()
    _emit(args, shipment, shipment.label_path or _("no label file for this carrier"))
    return 0


def cmd_shipment_cancel(args: argparse.Namespace) -> int:
    from orderdesk.cli import actor_from
    from orderdesk.services.shipping import ShippingService

    db, settings, orders, registry = _services(args)
    try:
        shipment = ShippingService(db, orders, registry, settings=settings).cancel(
            orders.find_number(args.order), actor_from(args), args.reason
        )
    finally:
        registry.close()
    _emit(args, shipment, _("Cancelled {c} shipment {t}.").format(c=shipment.carrier, t=shipment.tracking_number))
    return 0


# ------------------------------------------------------------------------------------- credentials
def _read_secret(name: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(_("Secret for {n}: ").format(n=name))
    return sys.stdin.read().rstrip("\r\n")


def cmd_credentials_set(args: argparse.Namespace) -> int:
    from orderdesk.cli import require_owner
    from orderdesk.services.credentials import Credentials

    require_owner(args, _("store carrier secrets"))
    secret = _read_secret(args.name)
    if not secret:
        raise ValidationError(_("No secret given on standard input."), "secret")
    from orderdesk.services.channels.registry import parse_credential_name

    store = parse_credential_name(args.name)
    if store is not None:  # a web store's key: bound to the store's host (services/channels/registry.py)
        from orderdesk.cli import open_db
        from orderdesk.services.channels.registry import store_secret

        store_secret(open_db(args), Credentials(), store[0], store[1], secret)
    else:
        Credentials().set(args.name, secret)
    _emit(args, {"name": args.name, "stored": True}, _("Stored '{n}' in the keyring.").format(n=args.name))
    return 0


def cmd_credentials_test(args: argparse.Namespace) -> int:
    from orderdesk.services.carriers.registry import CREDENTIALS, carrier_for_credential
    from orderdesk.services.credentials import Credentials

    credentials = Credentials()
    carrier = carrier_for_credential(args.name)
    names = CREDENTIALS[carrier] if carrier and args.name == carrier else (args.name,)
    for name in names:
        credentials.require(name)  # ConfigurationError names the missing one
    if carrier is None:
        _emit(args, {"name": args.name, "stored": True}, _("'{n}' is stored in the keyring.").format(n=args.name))
        return 0
    from orderdesk.services.carriers.registry import check_connection

    _db, settings, _orders, _registry = _services(args)
    message = check_connection(settings, carrier, credentials)
    _emit(args, {"name": args.name, "carrier": carrier, "ok": True, "message": message}, message)
    return 0


def cmd_credentials_delete(args: argparse.Namespace) -> int:
    from orderdesk.cli import require_owner
    from orderdesk.services.credentials import Credentials

    require_owner(args, _("delete carrier secrets"))
    removed = Credentials().delete(args.name)
    text = _("Deleted '{n}'.") if removed else _("'{n}' was not stored.")
    _emit(args, {"name": args.name, "deleted": removed}, text.format(n=args.name))
    return 0
