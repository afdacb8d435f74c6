"""The one interface every carrier module implements, its plain data objects and its errors.

A carrier client only talks to the vendor: it never touches the database or the order
workflow. ``shipping`` (buy a label) and ``sync`` (tracking) do that, for every carrier alike.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from orderdesk.domain import Address
from orderdesk.errors import ConfigurationError, OrderDeskError
from orderdesk.i18n import _

LABEL_FORMATS = ("pdf", "zpl", "png", "epl2")
LOCKER_SIZES = ("small", "medium", "large")  # InPost templates = locker sizes A / B / C


# ------------------------------------------------------------------------------------ errors
class CarrierError(OrderDeskError):
    """Something a carrier refused or could not do; the message is for a person."""

    def __init__(
        self, message: str, *, carrier: str = "", code: str = "", status: int | None = None, details: Any = None
    ) -> None:
        super().__init__(message)
        self.carrier = carrier
        self.code = code
        self.status = status
        self.details = details


class CarrierAuthError(CarrierError, ConfigurationError):
    """The credentials were refused: fix them in the carrier settings."""


class CarrierValidationError(CarrierError):
    """The carrier rejected the shipment's data (``details`` names the fields)."""


class CarrierUnavailable(CarrierError):
    """Time-outs, 5xx or rate limiting persisted after the retries: try again later."""


class CarrierOutcomeUnknown(CarrierUnavailable):
    """A purchase got no clear answer and its state could not be re-read: check before retrying."""


class CarrierNotFound(CarrierError):
    pass


class CarrierNotCancellable(CarrierError):
    pass


class CarrierNotSupported(CarrierError):
    """The carrier's API does not do this (e.g. no return labels)."""


class CarrierProtocolError(CarrierError):
    """The carrier answered something we cannot read (malformed JSON, missing fields)."""


# ----------------------------------------------------------------------------- data objects
@dataclass(frozen=True)
class Parcel:
    weight_g: int
    length_cm: int = 0
    width_cm: int = 0
    height_cm: int = 0
    template: str = ""  # locker size: small | medium | large (InPost A/B/C)


@dataclass(frozen=True)
class ParcelRules:
    """What a carrier accepts for one shipment's parcels; checked before any request is sent."""

    max_parcels: int | None = None  # None: no limit we know of
    locker_size: bool = False  # every parcel needs a locker size (template)
    dimensions: bool = False  # every parcel needs length, width and height


@dataclass(frozen=True)
class Item:
    """One order line as carriers need it (CDEK type 1 orders require items)."""

    sku: str
    name: str
    quantity: int
    unit_price_minor: int
    weight_g: int
    cod_minor: int = 0  # amount to collect for one unit (0: prepaid)


@dataclass(frozen=True)
class ShipmentRequest:
    """Everything needed to create a shipment for one order, carrier-neutral."""

    reference: str  # our idempotency reference: the carrier stores it, we find the shipment by it
    order_number: str
    recipient_name: str
    phone: str
    email: str
    address: Address
    parcels: tuple[Parcel, ...]
    items: tuple[Item, ...] = ()
    service: str = ""
    pickup_point: str = ""
    currency: str = "RUB"
    cod_minor: int = 0
    declared_value_minor: int = 0
    label_format: str = "pdf"
    rate_id: str = ""  # a quoted rate to buy (EasyPost)
    quote_id: str = ""  # the draft shipment the rate belongs to (EasyPost)
    sender: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReturnRequest:
    """A return parcel the customer sends back to the shop (the carrier's return label).

    ``sender`` is the customer; the parcel goes to the shop (the carrier account's own address).
    ``forward_id`` is the carrier's id of the outgoing parcel, for carriers whose return is
    registered on the delivered order (CDEK client returns)."""

    reference: str  # the return's number: the carrier stores it, a retry finds the parcel by it
    order_number: str
    sender_name: str
    phone: str
    email: str
    address: Address
    parcels: tuple[Parcel, ...]
    service: str = ""
    forward_id: str = ""
    label_format: str = "pdf"


@dataclass(frozen=True)
class Rate:
    carrier: str
    service: str
    amount: str  # decimal string, as quoted
    currency: str
    days: int | None = None
    rate_id: str = ""
    description: str = ""
    shipment_id: str = ""  # carriers that quote on a draft shipment (EasyPost) buy the rate on it


@dataclass(frozen=True)
class CreatedShipment:
    external_id: str  # the carrier's id (CDEK order uuid, ShipX id, EasyPost shp_...)
    tracking_number: str
    service: str = ""
    status: str = ""
    reference: str = ""
    label_url: str = ""
    details: dict[str, Any] = field(default_factory=dict)  # non-secret facts worth keeping (rate, tracker id)


@dataclass(frozen=True)
class Label:
    content: bytes
    format: str  # pdf | zpl | png | epl2

    @property
    def extension(self) -> str:
        return {"epl2": "epl"}.get(self.format, self.format)


@dataclass(frozen=True)
class TrackingEvent:
    at: datetime  # aware, UTC
    code: str  # the carrier's own status code
    description: str = ""
    location: str = ""
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TrackingResult:
    events: tuple[TrackingEvent, ...]  # oldest first
    current_code: str = ""  # the carrier's current status (may be newer than the events)
    tracking_number: str = ""

    @property
    def latest(self) -> TrackingEvent | None:
        return self.events[-1] if self.events else None


# -------------------------------------------------------------------------------- interface
class Carrier(abc.ABC):
    """One carrier. Methods raise ``CarrierError`` subclasses; ``name`` keys settings and maps."""

    name: str = ""
    title: str = ""
    tracks: bool = True  # whether ``track`` asks the carrier anything
    services: tuple[str, ...] = ()
    label_formats: tuple[str, ...] = ("pdf",)

    @classmethod
    def parcel_rules(cls, service: str = "", pickup_point: str = "") -> ParcelRules:
        """The parcel limits for a shipment with this service (class level: no client needed)."""
        return ParcelRules()

    def rates(self, request: ShipmentRequest) -> list[Rate]:
        """Quoted prices for the request; carriers that do not quote return []."""
        return []

    @abc.abstractmethod
    def create_shipment(self, request: ShipmentRequest) -> CreatedShipment:
        """Create (and pay for) the shipment; waits for asynchronous processing to finish.

        Raises ``OutcomeUnknown`` (orderdesk.services.http) when the carrier may have created it
        without telling us: the caller must then call ``find_by_reference`` before retrying.
        """

    @abc.abstractmethod
    def find_by_reference(self, reference: str) -> CreatedShipment | None:
        """Re-read the carrier's state for our reference (None: nothing was created)."""

    def resume(self, found: CreatedShipment, request: ShipmentRequest) -> CreatedShipment:
        """Finish a shipment found by reference (e.g. wait for confirmation, buy if not bought)."""
        return found

    @abc.abstractmethod
    def get_label(self, shipment: CreatedShipment, label_format: str = "pdf") -> Label | None:
        """The label file, or None for carriers whose label we print ourselves."""

    @abc.abstractmethod
    def cancel(self, shipment: CreatedShipment) -> None: ...

    returns_api: bool = False  # whether ``create_return`` asks the carrier for a return label

    def create_return(self, request: ReturnRequest) -> CreatedShipment:
        """Register the customer's return parcel at the carrier; its label comes from ``get_label``.

        Carriers without a documented return API raise ``CarrierNotSupported``: the shop's
        printed return slip is the way back then."""
        raise CarrierNotSupported(
            _("{c} offers no return labels through its API; print the return slip instead.").format(
                c=self.title or self.name
            ),
            carrier=self.name,
        )

    @abc.abstractmethod
    def track(self, external_id: str, tracking_number: str) -> TrackingResult: ...

    def test_connection(self) -> str:
        """Check credentials and base URL; return a short confirmation for the person."""
        return _("{c}: nothing to check, it does not use a server.").format(c=self.title or self.name)

    def close(self) -> None:  # noqa: B027 - optional hook: only HTTP carriers hold a session
        """Release network resources."""


def utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def parse_time(text: str | None) -> datetime:
    """Vendor timestamps: ISO 8601 with Z, an offset like +0300, or none (assume UTC)."""
    if not text:
        return datetime.now(UTC)
    value = text.strip().replace("Z", "+00:00")
    # "+0300" (CDEK) -> "+03:00"; Python 3.11 fromisoformat accepts both, keep it explicit.
    if len(value) > 5 and value[-5] in "+-" and value[-4:].isdigit() and ":" not in value[-5:]:
        value = value[:-2] + ":" + value[-2:]
    return utc(datetime.fromisoformat(value))
