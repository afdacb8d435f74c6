"""Buy a label for an order: pick carrier and service, buy once, store shipment and label file.

Never buys twice. Each purchase has a stable reference (``<order>-<n>``, n = the order's
shipment count + 1) that the carrier stores with the shipment. Before buying we ask the
carrier for that reference (a crash after the carrier created it but before we stored it
leaves it there); after an unclear answer (time-out, dropped connection, garbled body, 5xx)
we ask again, and only buy if the carrier really has nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from orderdesk.db import Database, data_dir
from orderdesk.domain import Actor, OrderDetail, Shipment
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.models import OrderRow, ShipmentRow
from orderdesk.repository import to_shipment
from orderdesk.services.carriers.base import (
    LOCKER_SIZES,
    CarrierError,
    CarrierOutcomeUnknown,
    CreatedShipment,
    Item,
    Label,
    Parcel,
    ParcelRules,
    Rate,
    ShipmentRequest,
)
from orderdesk.services.carriers.registry import CARRIER_CLASSES, CarrierRegistry
from orderdesk.services.http import OutcomeUnknown
from orderdesk.services.orders import OrderService
from orderdesk.services.orders.rows import refresh as _refresh
from orderdesk.settings import Settings
from orderdesk.workflow import DeliveryMethod, Status

log = logging.getLogger(__name__)

BUYABLE_IN = frozenset({Status.ASSEMBLING, Status.PACKED})
PURCHASE_ATTEMPTS = 3


MAX_PARCEL_WEIGHT_G = 1_000_000  # a typo guard (1 t), not a carrier limit
MAX_PARCEL_SIDE_CM = 1_000


def parcel_rules(carrier_name: str, service: str = "", pickup_point: str = "") -> ParcelRules:
    """A carrier's parcel limits for this service, without building a client (no network)."""
    cls = CARRIER_CLASSES.get(carrier_name)
    return cls.parcel_rules(service, pickup_point) if cls is not None else ParcelRules()


def parcel_problems(
    parcels: Sequence[Parcel], rules: ParcelRules | None = None, carrier_title: str = ""
) -> list[ValidationError]:
    """Everything wrong with the parcels, each naming its field (``parcels[0].weight_g``).

    Pure and quick: the Buy label window shows these next to its table while the person types,
    and ``quote`` / ``buy_label`` raise the first one before any request is sent."""
    rules = rules or ParcelRules()
    problems: list[ValidationError] = []
    who = carrier_title or _("This carrier")
    if not parcels:
        problems.append(ValidationError(_("Add at least one parcel."), "parcels"))
    if rules.max_parcels is not None and len(parcels) > rules.max_parcels:
        text = (
            _("{c} takes one parcel per shipment; buy a separate label for each parcel.")
            if rules.max_parcels == 1
            else _("{c} takes at most {n} parcels per shipment.")
        )
        problems.append(ValidationError(text.format(c=who, n=rules.max_parcels), "parcels"))
    for i, p in enumerate(parcels):
        n = i + 1
        if p.weight_g <= 0:
            problems.append(
                ValidationError(
                    _("Parcel {n}: the weight must be more than 0 g.").format(n=n), f"parcels[{i}].weight_g"
                )
            )
        elif p.weight_g > MAX_PARCEL_WEIGHT_G:
            problems.append(
                ValidationError(
                    _("Parcel {n}: {w} g is more than {m} g; check the weight.").format(
                        n=n, w=p.weight_g, m=MAX_PARCEL_WEIGHT_G
                    ),
                    f"parcels[{i}].weight_g",
                )
            )
        sides = (p.length_cm, p.width_cm, p.height_cm)
        if any(x < 0 or x > MAX_PARCEL_SIDE_CM for x in sides):
            problems.append(
                ValidationError(
                    _("Parcel {n}: length, width and height must be between 0 and {m} cm.").format(
                        n=n, m=MAX_PARCEL_SIDE_CM
                    ),
                    f"parcels[{i}].dimensions",
                )
            )
        elif any(sides) and not all(sides):
            problems.append(
                ValidationError(
                    _("Parcel {n}: give all three of length, width and height, or none.").format(n=n),
                    f"parcels[{i}].dimensions",
                )
            )
        elif rules.dimensions and not all(sides):
            problems.append(
                ValidationError(
                    _("Parcel {n}: {c} needs the length, width and height.").format(n=n, c=who),
                    f"parcels[{i}].dimensions",
                )
            )
        if p.template and p.template not in LOCKER_SIZES:
            problems.append(
                ValidationError(
                    _("Parcel {n}: the locker size must be small, medium or large, not '{t}'.").format(
                        n=n, t=p.template
                    ),
                    f"parcels[{i}].template",
                )
            )
        elif rules.locker_size and not p.template:
            problems.append(
                ValidationError(
                    _("Parcel {n}: a locker delivery needs a locker size (small A, medium B or large C).").format(n=n),
                    f"parcels[{i}].template",
                )
            )
    return problems


def check_parcels(parcels: Sequence[Parcel], rules: ParcelRules | None = None, carrier_title: str = "") -> None:
    problems = parcel_problems(parcels, rules, carrier_title)
    if problems:
        raise problems[0]


@dataclass(frozen=True)
class Purchase:
    shipment: Shipment
    label: Label | None
    reused: bool  # True when the carrier already had it (found by reference): nothing new was bought


class ShippingService:
    def __init__(
        self,
        db: Database,
        orders: OrderService,
        registry: CarrierRegistry,
        *,
        labels_dir: Path | None = None,
        settings: Settings | None = None,
        label_renderer: Callable[[OrderDetail, Shipment, str], Label | None] | None = None,
    ) -> None:
        self.db = db
        self.orders = orders
        self.registry = registry
        self.settings = settings or Settings(db)
        self.labels_dir = labels_dir
        # For carriers without their own label (own courier): our label, stored like theirs.
        if label_renderer is None:
            from orderdesk.services.own_label import own_label_renderer

            label_renderer = own_label_renderer(orders, self.settings)
        self.label_renderer = label_renderer

    # ------------------------------------------------------------------------------ requests
    def reference_for(self, order: OrderDetail) -> str:
        with self.db.session() as s:
            count = s.scalar(select(func.count()).select_from(ShipmentRow).where(ShipmentRow.order_id == order.id)) or 0
        return f"{order.number}-{count + 1}"

    def default_size_cm(self) -> tuple[int, int, int]:
        """The ``carriers.default_parcel_cm`` setting (LxWxH), 30x20x10 when unreadable."""
        size = str(self.settings.get("carriers.default_parcel_cm"))
        try:
            length, width, height = (int(x) for x in re.split(r"[x×*]", size))
        except ValueError:
            return 30, 20, 10
        return length, width, height

    def default_parcel(self, order: OrderDetail, weight_g: int | None = None) -> Parcel:
        """One parcel: the order's weight (at least 100 g), the default size, a small locker."""
        weight = weight_g if weight_g is not None else max(order.weight_g, 100)
        return Parcel(weight, *self.default_size_cm(), "small")

    def build_request(
        self,
        order: OrderDetail,
        *,
        service: str = "",
        label_format: str = "",
        rate: Rate | None = None,
        weight_g: int | None = None,
        pickup_point: str | None = None,
        parcels: Sequence[Parcel] | None = None,
    ) -> ShipmentRequest:
        """The carrier-neutral request; ``parcels`` / ``weight_g`` / ``pickup_point`` override what
        the order says (the person packed two boxes, weighed the parcel, or the customer picked
        another locker). ``parcels`` wins over ``weight_g``; carrier limits are checked by
        ``quote`` and ``buy_label``, which know the carrier."""
        if parcels is not None:
            chosen = tuple(parcels)
            check_parcels(chosen)
        else:
            if weight_g is not None and weight_g <= 0:
                raise ValidationError(_("The parcel weight must be more than 0 g."), "weight_g")
            chosen = (self.default_parcel(order, weight_g),)
        cod = order.cod_amount
        spread = spread_cod([line.quantity for line in order.lines], cod.minor if cod else 0)
        items = tuple(
            Item(
                sku=line.sku,
                name=line.name,
                quantity=units,
                unit_price_minor=line.unit_price.minor,
                weight_g=line.weight_g,
                cod_minor=per_unit,
            )
            for line, parts in zip(order.lines, spread, strict=True)
            for units, per_unit in parts
        )
        return ShipmentRequest(
            reference=self.reference_for(order),
            order_number=order.number,
            recipient_name=order.address.recipient or order.customer.name,
            phone=order.customer.phone,
            email=order.customer.email,
            address=order.address,
            parcels=chosen,
            items=items,
            service=rate.service if rate else service,
            pickup_point=(
                pickup_point.strip()
                if pickup_point is not None
                else order.pickup_point_code
                if order.delivery_method == DeliveryMethod.PICKUP_POINT
                else ""
            ),
            currency=order.currency,
            cod_minor=cod.minor if cod else 0,
            declared_value_minor=order.subtotal_minor,
            label_format=(label_format or str(self.settings.get("carriers.label_format"))).lower(),
            rate_id=rate.rate_id if rate else "",
            quote_id=rate.shipment_id if rate else "",
        )

    # ------------------------------------------------------------------------------ quoting
    def quote(
        self,
        number: str,
        carrier_name: str,
        *,
        service: str = "",
        weight_g: int | None = None,
        pickup_point: str | None = None,
        parcels: Sequence[Parcel] | None = None,
    ) -> list[Rate]:
        """Rates for the order where the carrier quotes them ([] otherwise)."""
        order = self.orders.get(number, with_history=False)
        request = self.build_request(
            order, service=service, weight_g=weight_g, pickup_point=pickup_point, parcels=parcels
        )
        carrier = self.registry.get(carrier_name)
        self._check_for(carrier, request)
        return carrier.rates(request)

    @staticmethod
    def _check_for(carrier, request: ShipmentRequest) -> None:
        """The carrier's parcel limits, before anything is sent to it."""
        rules = carrier.parcel_rules(request.service, request.pickup_point)
        check_parcels(request.parcels, rules, carrier.title or carrier.name)

    # ------------------------------------------------------------------------------ buying
    def buy_label(
        self,
        number: str,
        carrier_name: str,
        actor: Actor,
        *,
        service: str = "",
        rate: Rate | None = None,
        label_format: str = "",
        weight_g: int | None = None,
        pickup_point: str | None = None,
        parcels: Sequence[Parcel] | None = None,
    ) -> Purchase:
        order = self.orders.get(number, with_history=False)
        if Status(order.status) not in BUYABLE_IN:
            raise ValidationError(
                _("Order {n} is {s}: labels are bought while it is assembled or packed.").format(
                    n=number, s=order.status
                )
            )
        if order.delivery_method == DeliveryMethod.PICKUP_SHOP:
            raise ValidationError(_("Order {n} is picked up at the shop; it needs no label.").format(n=number))
        live = order.active_shipment
        if live is not None and live.carrier == carrier_name:
            raise ValidationError(
                _("Order {n} already has a {c} shipment ({t}). Cancel it first to buy another.").format(
                    n=number, c=carrier_name, t=live.tracking_number
                )
            )
        carrier = self.registry.get(carrier_name)
        request = self.build_request(
            order,
            service=service,
            label_format=label_format,
            rate=rate,
            weight_g=weight_g,
            pickup_point=pickup_point,
            parcels=parcels,
        )
        self._check_for(carrier, request)
        try:
            created, reused = self._purchase(carrier, request)
        except CarrierOutcomeUnknown as exc:
            # Leave a trail: support can look the reference up at the carrier.
            self.orders.record_history(
                number,
                "label",
                actor,
                to_value="unclear",
                reason=str(exc),
                details={"carrier": carrier_name, "reference": request.reference},
            )
            raise
        shipment = self.orders.add_shipment(
            number,
            carrier=carrier_name,
            service=created.service or request.service,
            tracking_number=created.tracking_number,
            external_id=created.external_id,
            actor=actor,
            status="created",
            idempotency_key=f"{carrier_name}:{request.reference}",
            details={k: v for k, v in {**created.details, "reference": request.reference}.items() if v is not None},
        )
        label = None
        try:
            label = carrier.get_label(created, request.label_format)
        except CarrierError as exc:
            # The label is bought and stored; only the file is missing. It can be fetched again.
            log.warning("label for %s could not be downloaded: %s", number, exc)
            self.orders.record_history(number, "label", actor, to_value=created.tracking_number, reason=str(exc))
        if label is None and self.label_renderer is not None:
            label = self.label_renderer(order, shipment, request.label_format)
        if label is not None:
            shipment = self._store_label(shipment, number, carrier_name, label)
        return Purchase(shipment, label, reused)

    def _purchase(self, carrier, request: ShipmentRequest) -> tuple[CreatedShipment, bool]:
        # Look first: a previous attempt may have created it before the desk crashed.
        found = carrier.find_by_reference(request.reference)
        if found is not None:
            return carrier.resume(found, request), True
        last: Exception | None = None
        for attempt in range(PURCHASE_ATTEMPTS):
            try:
                return carrier.create_shipment(request), False
            except OutcomeUnknown as exc:
                last = exc
                log.info(
                    "purchase %s: unclear answer (attempt %d); re-reading the carrier", request.reference, attempt + 1
                )
                try:
                    found = carrier.find_by_reference(request.reference)
                except CarrierError as read_exc:
                    raise CarrierOutcomeUnknown(
                        _(
                            "The carrier did not confirm the purchase for {r} and could not be asked again ({e}). "
                            "Nothing more was bought; try again later: the desk checks before buying."
                        ).format(r=request.reference, e=read_exc),
                        carrier=carrier.name,
                    ) from exc
                if found is not None:
                    return carrier.resume(found, request), True
        raise CarrierOutcomeUnknown(
            _("The carrier kept failing to answer for {r} ({e}). Nothing was bought; try again later.").format(
                r=request.reference, e=last
            ),
            carrier=carrier.name,
        )

    def _labels_dir(self) -> Path:
        return self.labels_dir or (data_dir() / "labels")

    def _store_label(self, shipment: Shipment, number: str, carrier: str, label: Label) -> Shipment:
        folder = self._labels_dir() / _safe(number)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{carrier}-{_safe(shipment.tracking_number)}.{label.extension}"
        tmp = path.with_suffix(path.suffix + ".part")
        tmp.write_bytes(label.content)
        tmp.replace(path)  # never a half-written label on the printer
        with self.db.session(write=True) as s:
            row = s.get(ShipmentRow, shipment.id)
            row.label_path, row.label_format = str(path), label.format
            s.flush()
            return to_shipment(row)

    def fetch_label(self, number: str, label_format: str = "") -> Shipment:
        """Download the label again (e.g. after a failed download or for another printer)."""
        order = self.orders.get(number, with_history=False)
        shipment = order.active_shipment
        if shipment is None:
            raise ValidationError(_("Order {n} has no shipment.").format(n=number))
        carrier = self.registry.get(shipment.carrier)
        fmt = (label_format or str(self.settings.get("carriers.label_format"))).lower()
        label = carrier.get_label(_created(shipment), fmt)
        if label is None:
            return shipment
        return self._store_label(shipment, number, shipment.carrier, label)

    def cancel(self, number: str, actor: Actor, reason: str = "") -> Shipment:
        """Cancel the active shipment at the carrier, then mark it cancelled here."""
        order = self.orders.get(number, with_history=False)
        shipment = order.active_shipment
        if shipment is None:
            raise ValidationError(_("Order {n} has no shipment to cancel.").format(n=number))
        self.registry.get(shipment.carrier).cancel(_created(shipment))
        with self.db.session(write=True) as s:
            row = s.get(ShipmentRow, shipment.id)
            row.cancelled = True
            row.status = "cancelled"
            # Keep the order's tracking number / search text in step (the order service's helper).
            _refresh(s.get(OrderRow, order.id))
            s.flush()
            result = to_shipment(row)
        self.orders.record_history(
            number,
            "label",
            actor,
            to_value="cancelled",
            reason=reason,
            details={"tracking_number": shipment.tracking_number},
        )
        return result


def _created(shipment: Shipment) -> CreatedShipment:
    return CreatedShipment(shipment.external_id, shipment.tracking_number, shipment.service, shipment.status)


def _safe(text: str) -> str:
    """A file-name-safe form of an order or tracking number."""
    return re.sub(r"[^\w.-]", "_", text)


def spread_cod(quantities: Sequence[int], cod_minor: int) -> list[list[tuple[int, int]]]:
    """Cash on delivery as carriers that take it per unit of an item want it (CDEK's
    ``payment.value``): for each line, ``[(units, amount per unit)]`` whose sum is exactly
    ``cod_minor``. A line whose quantity divides the amount takes it all; otherwise the first
    line is sent as two items, the last unit carrying the remainder (44.99 over 3 units is
    14.99 + 14.99 + 15.01, never 14.99 x 3)."""
    result = [[(q, 0)] for q in quantities]
    if cod_minor <= 0 or not quantities:
        return result
    for i, q in enumerate(quantities):
        if q > 0 and cod_minor % q == 0:
            result[i] = [(q, cod_minor // q)]
            return result
    q = quantities[0]
    per_unit = cod_minor // q
    result[0] = [(q - 1, per_unit), (1, cod_minor - per_unit * (q - 1))]
    return result
