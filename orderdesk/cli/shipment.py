"""``orderdesk shipment create|rates|label|cancel|return``: carrier labels, bought once and never
twice, and the customer's return parcel tracked with them."""

from __future__ import annotations

import argparse

from orderdesk.cli.common import actor_from, carrier_services, emit
from orderdesk.errors import ValidationError
from orderdesk.i18n import _

CARRIERS = ["cdek", "inpost", "easypost", "own_courier", "pickup"]
LABEL_FORMATS = ["", "pdf", "zpl", "epl2", "png"]
LOCKER_LETTERS = {"a": "small", "b": "medium", "c": "large"}


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    shipment = subparsers.add_parser("shipment", help=help).add_subparsers(dest="shipment_command", required=True)
    p = shipment.add_parser("create", parents=[common], help="buy a label for an order (never twice)")
    p.add_argument("order")
    p.add_argument("--carrier", required=True, choices=CARRIERS)
    p.add_argument(
        "--service", default="", help="carrier service / tariff (e.g. 136, inpost_locker_standard, 'USPS Priority')"
    )
    p.add_argument("--format", dest="label_format", default="", choices=LABEL_FORMATS)
    _parcel_arguments(p)
    p.set_defaults(func=cmd_shipment_create)
    p = shipment.add_parser("rates", parents=[common], help="quoted rates for an order (carriers that quote)")
    p.add_argument("order")
    p.add_argument("--carrier", required=True, choices=CARRIERS)
    _parcel_arguments(p)
    p.set_defaults(func=cmd_shipment_rates)
    p = shipment.add_parser("label", parents=[common], help="download the active shipment's label again")
    p.add_argument("order")
    p.add_argument("--format", dest="label_format", default="", choices=LABEL_FORMATS)
    p.set_defaults(func=cmd_shipment_label)
    p = shipment.add_parser("cancel", parents=[common], help="cancel the active shipment at the carrier")
    p.add_argument("order")
    p.add_argument("--reason", default="")
    p.set_defaults(func=cmd_shipment_cancel)
    p = shipment.add_parser(
        "return", parents=[common], help="track the customer's return parcel (made in the carrier's panel or posted)"
    )
    p.add_argument("order")
    p.add_argument("--carrier", required=True, choices=["cdek", "inpost", "easypost"])
    p.add_argument("--tracking", required=True, help="the return parcel's tracking number")
    p.add_argument("--return", dest="return_number", required=True, help="the return it belongs to (R-...)")
    p.set_defaults(func=cmd_shipment_return)


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


def cmd_shipment_create(args: argparse.Namespace) -> int:
    from orderdesk.services.shipping import ShippingService

    db, settings, orders, registry = carrier_services(args)
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
    emit(args, purchase.shipment, f"{number}: {s.carrier} {s.service} {s.tracking_number}{note}\n{label}")
    return 0


def cmd_shipment_rates(args: argparse.Namespace) -> int:
    from orderdesk.services.shipping import ShippingService

    db, settings, orders, registry = carrier_services(args)
    try:
        number = orders.find_number(args.order)
        shipping = ShippingService(db, orders, registry, settings=settings)
        rates = shipping.quote(
            number, args.carrier, pickup_point=args.pickup_point, parcels=_parcels(args, shipping, number)
        )
    finally:
        registry.close()
    text = "\n".join(f"{r.service:<28} {r.amount:>10} {r.currency}  {r.days or '?'} d" for r in rates)
    emit(args, rates, text or _("This carrier does not quote rates; pick a service."))
    return 0


def cmd_shipment_label(args: argparse.Namespace) -> int:
    from orderdesk.services.shipping import ShippingService

    db, settings, orders, registry = carrier_services(args)
    try:
        shipment = ShippingService(db, orders, registry, settings=settings).fetch_label(
            orders.find_number(args.order), args.label_format
        )
    finally:
        registry.close()
    emit(args, shipment, shipment.label_path or _("no label file for this carrier"))
    return 0


def cmd_shipment_cancel(args: argparse.Namespace) -> int:
    from orderdesk.services.shipping import ShippingService

    db, settings, orders, registry = carrier_services(args)
    try:
        shipment = ShippingService(db, orders, registry, settings=settings).cancel(
            orders.find_number(args.order), actor_from(args), args.reason
        )
    finally:
        registry.close()
    emit(args, shipment, _("Cancelled {c} shipment {t}.").format(c=shipment.carrier, t=shipment.tracking_number))
    return 0


def cmd_shipment_return(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import open_db
    from orderdesk.services.return_shipments import record_return_shipment
    from orderdesk.wiring import order_service

    orders = order_service(open_db(args))
    shipment = record_return_shipment(orders, orders.find_number(args.order), carrier=args.carrier,
                                      tracking_number=args.tracking, return_number=args.return_number,
                                      actor=actor_from(args))  # fmt: skip
    emit(args, shipment, _("Return parcel {t} ({c}) for {r} is on the order; the tracking sync follows it.").format(
        t=shipment.tracking_number, c=shipment.carrier, r=shipment.return_number))  # fmt: skip
    return 0
