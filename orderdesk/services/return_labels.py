"""A carrier's return label for a return: the parcel the customer sends back, registered at the
carrier the order went out with, its label stored and the customer told.

Where the carrier's API offers returns (InPost ShipX return shipments, CDEK client returns of
a delivered order) the desk asks for one; the parcel becomes the return's return shipment
(``return_shipments``), so the tracking sync follows it like any parcel. Everywhere else —
another carrier, the shop's own courier, a pickup at the counter — ``NoReturnLabel`` says so
and the printed return slip stays the way back.

Asking twice is one label: the carrier finds the return by its R-number (InPost's reference,
CDEK's client return on the forward order) and the desk keeps one return shipment per parcel.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from orderdesk import domain
from orderdesk.db import data_dir
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.models import ShipmentRow
from orderdesk.repository import to_shipment
from orderdesk.services.carriers.base import (
    CarrierError,
    CarrierNotSupported,
    CarrierOutcomeUnknown,
    CreatedShipment,
    Label,
    Parcel,
    ReturnRequest,
)
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.http import OutcomeUnknown
from orderdesk.services.return_shipments import record_return_shipment
from orderdesk.services.returns import ReturnService
from orderdesk.services.returns.kinds import OPEN_STATUSES, ReturnStatus, status_label
from orderdesk.services.returns.notices import notify
from orderdesk.settings import Settings

log = logging.getLogger(__name__)

RETURN_CARRIERS = ("inpost", "cdek")  # carriers whose documented API makes return labels
HISTORY_KIND = "return label"
EVENT = "return_label"  # the customer's message (templates and rules in Messages)
ATTEMPTS = 2  # an unclear answer is asked again once: the carrier is read first, never twice bought


class NoReturnLabel(ValidationError):
    """No carrier return label for this return: print the return slip instead."""


@dataclass(frozen=True)
class ReturnLabel:
    return_number: str
    order_number: str
    shipment: domain.Shipment
    label: Label | None  # None: registered, but the file could not be downloaded (ask again)
    reused: bool  # the return already had its parcel: nothing new was registered


class ReturnLabelService:
    def __init__(
        self,
        returns: ReturnService,
        registry: CarrierRegistry,
        *,
        settings: Settings | None = None,
        labels_dir: Path | None = None,
    ) -> None:
        self.returns = returns
        self.orders = returns.orders
        self.db = returns.db
        self.registry = registry
        self.settings = settings or Settings(self.db)
        self.labels_dir = labels_dir

    # ---------------------------------------------------------------------------- which carrier
    def carrier_for(self, number: str) -> str:
        """The carrier that can make this return's label (raises ``NoReturnLabel`` otherwise)."""
        ret = self.returns.get(number)
        order = self.orders.get(ret.order_number, with_history=False)
        return self._carrier_of(order, ret.number)

    def _carrier_of(self, order: domain.OrderDetail, return_number: str) -> str:
        outgoing = order.active_shipment
        name = outgoing.carrier if outgoing is not None else ""
        if name not in RETURN_CARRIERS:
            how = (
                _("it went out with {c}").format(c=name.replace("_", " ")) if name else _("it has no carrier shipment")
            )
            raise NoReturnLabel(
                _(
                    "No carrier return label for {r}: {how}, and only InPost and CDEK make return labels "
                    "through their API. Print the return slip for the customer instead."
                ).format(r=return_number, how=how),
                field="carrier",
            )
        return name

    # ------------------------------------------------------------------------------ the label
    def get_label(self, number: str, actor: domain.Actor, *, label_format: str = "") -> ReturnLabel:
        """Register the return parcel at the carrier, store its label, tell the customer.

        A requested return is accepted by it (the customer has the way to send it back)."""
        ret = self.returns.get(number)
        if ReturnStatus(ret.status) not in OPEN_STATUSES:
            raise ValidationError(
                _("Return {r} is {s}: a return label is made while the parcel is still to come.").format(
                    r=ret.number, s=status_label(ret.status)
                ),
                field="status",
            )
        order = self.orders.get(ret.order_number, with_history=False)
        carrier_name = self._carrier_of(order, ret.number)
        fmt = (label_format or str(self.settings.get("carriers.label_format"))).lower()
        carrier = self.registry.get(carrier_name)
        have = next(
            (s for s in order.shipments
             if s.return_number == ret.number and s.carrier == carrier_name and s.external_id and not s.cancelled),
            None,
        )  # fmt: skip
        if have is not None and have.label_path and Path(have.label_path).exists():
            return ReturnLabel(ret.number, order.number, have, None, True)
        request = self._request(order, ret, carrier_name)
        created = self._register(carrier, request)
        shipment = record_return_shipment(
            self.orders,
            order.number,
            carrier=carrier_name,
            tracking_number=created.tracking_number,
            return_number=ret.number,
            actor=actor,
            external_id=created.external_id,
        )
        label: Label | None = None
        try:
            label = carrier.get_label(created, fmt if fmt in carrier.label_formats else "pdf")
        except CarrierError as exc:
            # Registered and tracked; only the file is missing: asking again downloads it.
            log.warning("return label for %s could not be downloaded: %s", ret.number, exc)
            self.orders.record_history(order.number, HISTORY_KIND, actor, to_value="no file", reason=str(exc)[:500],
                                       details={"return": ret.number, "carrier": carrier_name})  # fmt: skip
        if label is not None:
            shipment = self._store(shipment, order.number, carrier_name, label)
        if have is None:
            self._record(ret.number, created, carrier_name, actor, with_file=label is not None)
        return ReturnLabel(ret.number, order.number, shipment, label, have is not None)

    def _request(self, order: domain.OrderDetail, ret, carrier_name: str) -> ReturnRequest:
        weights = {line.sku: line.weight_g for line in order.lines}
        weight = max(sum(weights.get(line.sku, 0) * line.quantity for line in ret.lines), 100)
        outgoing = order.active_shipment
        # CDEK: the client return goes by the tariff the order went out with (a contract tariff).
        service = outgoing.service if carrier_name == "cdek" and outgoing is not None else ""
        return ReturnRequest(
            reference=ret.number,
            order_number=order.number,
            sender_name=order.address.recipient or order.customer.name,
            phone=order.customer.phone,
            email=order.customer.email,
            address=order.address,
            parcels=(Parcel(weight, *self._size_cm(), "small"),),
            service=service,
            forward_id=outgoing.external_id if outgoing is not None else "",
        )

    def _size_cm(self) -> tuple[int, int, int]:
        try:
            length, width, height = (
                int(x) for x in re.split(r"[x×*]", str(self.settings.get("carriers.default_parcel_cm")))
            )
        except ValueError:
            return 30, 20, 10
        return length, width, height

    @staticmethod
    def _register(carrier, request: ReturnRequest) -> CreatedShipment:
        last: Exception | None = None
        for _attempt in range(ATTEMPTS):
            try:
                return carrier.create_return(request)
            except CarrierNotSupported as exc:
                raise NoReturnLabel(str(exc), field="carrier") from None
            except OutcomeUnknown as exc:  # create_return looks for the return before creating again
                last = exc
        raise CarrierOutcomeUnknown(
            _("{c} did not confirm the return label for {r} ({e}). Ask again later: the desk checks first.").format(
                c=carrier.title or carrier.name, r=request.reference, e=last
            ),
            carrier=carrier.name,
        )

    def _store(self, shipment: domain.Shipment, number: str, carrier: str, label: Label) -> domain.Shipment:
        folder = (self.labels_dir or data_dir() / "labels") / _safe(number)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{carrier}-return-{_safe(shipment.tracking_number)}.{label.extension}"
        tmp = path.with_suffix(path.suffix + ".part")
        tmp.write_bytes(label.content)
        tmp.replace(path)  # never a half-written label on the printer
        with self.db.session(write=True) as s:
            row = s.get(ShipmentRow, shipment.id)
            row.label_path, row.label_format = str(path), label.format
            s.flush()
            return to_shipment(row)

    def _record(
        self, number: str, created: CreatedShipment, carrier: str, actor: domain.Actor, with_file: bool
    ) -> None:
        """The return's history row, its acceptance if it was only requested, and the customer's
        message with the parcel number, in one transaction (one message per label)."""
        with self.returns._unit() as s:
            row = self.returns._return(s, number)
            order = row.order
            if row.status == ReturnStatus.REQUESTED.value:
                self.returns._set_status(row, ReturnStatus.AWAITING_PARCEL)
                self.returns._order_history(
                    s, order, actor, "return", from_value=ReturnStatus.REQUESTED.value,
                    to_value=ReturnStatus.AWAITING_PARCEL.value, reason=_("return label"),
                    details={"return": row.number},
                )  # fmt: skip
            entry = self.returns._order_history(
                s, order, actor, HISTORY_KIND, from_value=row.number, to_value=created.tracking_number,
                details={"return": row.number, "carrier": carrier, "tracking_number": created.tracking_number,
                         "file": with_file},
            )  # fmt: skip
            notify(s, order, EVENT, entry, row.number, extra={"tracking_number": created.tracking_number})


def _safe(text: str) -> str:
    return re.sub(r"[^\w.-]", "_", text)


# --------------------------------------------------------------------------- printing / saving
def label_bytes(shipment: domain.Shipment) -> bytes:
    """The stored label file of a return shipment (a clear line when it is gone)."""
    try:
        return Path(shipment.label_path).read_bytes()
    except OSError:
        raise ValidationError(
            _("The return label file of {t} is missing on this PC; ask for the label again to download it.").format(
                t=shipment.tracking_number
            ),
            field="label",
        ) from None


def save_label(orders, shipment: domain.Shipment, order_number: str, path: Path, actor: domain.Actor) -> Path:
    data = label_bytes(shipment)
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise ValidationError(_("Cannot write {p}: {e}").format(p=path, e=exc.strerror), field="output") from None
    details = {"target": "file", "file": Path(path).name, "return": shipment.return_number}
    orders.record_history(order_number, "print", actor, to_value="return_label", details=details)
    return Path(path)


def print_label(
    orders, shipment: domain.Shipment, order_number: str, printer: str, actor: domain.Actor, print_system=None
) -> str:
    """Send the return label to ``printer`` (raw for ZPL, 4x6 in for PDF); the print system's job id."""
    from orderdesk.services.printing import PrintOptions, default_print_system

    if not printer:
        raise ValidationError(_("Choose a printer for this document first."), "printer")
    data = label_bytes(shipment)
    raw = shipment.label_format in ("zpl", "epl2")
    options = PrintOptions(raw=raw, media="" if raw else "Custom.4x6in")
    system = print_system or default_print_system()
    job = system.submit(data, printer, _("Return label {r}").format(r=shipment.return_number), options)
    details = {"target": "printer", "printer": printer, "job": job, "return": shipment.return_number}
    orders.record_history(order_number, "print", actor, to_value="return_label", details=details)
    return job
