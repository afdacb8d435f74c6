"""Build carrier clients from settings (base URLs, limits) and the keyring (secrets).

Every base URL is a setting (production, sandbox or a local fake); every secret comes from
``Credentials``. One rate limiter per carrier is shared by every client of that carrier in
this process, so the shipping dialog and a sync round together still respect the limit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from orderdesk.errors import ConfigurationError, ValidationError
from orderdesk.i18n import _
from orderdesk.services.carriers import cdek, easypost, inpost
from orderdesk.services.carriers.base import Carrier
from orderdesk.services.carriers.own_courier import OwnCourierCarrier
from orderdesk.services.carriers.pickup import PickupCarrier
from orderdesk.services.credentials import Credentials, secret_address_setting, secure_base_url
from orderdesk.services.http import HttpClient, RateLimiter, RetryPolicy
from orderdesk.settings import Settings, declare

# -- settings (declared once, at import)
declare(
    "carriers.cdek.base_url",
    str,
    cdek.PRODUCTION_URL,
    f"CDEK API base URL (sandbox: {cdek.SANDBOX_URL})",
    secure_base_url,
)
declare("carriers.cdek.rate_limit", int, 10, "CDEK: most requests per second", low=1, high=100)
declare("carriers.cdek.shipment_point", str, "", "CDEK: code of the pickup point where the shop drops parcels")
declare("carriers.cdek.sender_city_code", int, 0, "CDEK: city code of the shop (door pickup)", low=0, high=99999999)
declare(
    "carriers.inpost.base_url",
    str,
    inpost.PRODUCTION_URL,
    f"InPost ShipX base URL (sandbox: {inpost.SANDBOX_URL})",
    secure_base_url,
)
declare("carriers.inpost.organization_id", str, "", "InPost ShipX organization id")
declare("carriers.inpost.rate_limit", int, 10, "InPost: most requests per second", low=1, high=100)
declare(
    "carriers.easypost.base_url",
    str,
    easypost.BASE_URL,
    "EasyPost API base URL (test or live is chosen by the key)",
    secure_base_url,
)
declare("carriers.easypost.rate_limit", int, 5, "EasyPost: most requests per second", low=1, high=100)
# The service the "Buy label" dialog picks first (a person can still choose another).
declare("carriers.cdek.default_service", str, "136", "CDEK: tariff picked first when buying a label")
declare("carriers.inpost.default_service", str, inpost.LOCKER, "InPost: service picked first when buying a label")
declare("carriers.easypost.default_service", str, "", "EasyPost: service picked first (empty: the cheapest rate)")
# Carrier return labels (services/return_labels.py).
declare(
    "carriers.inpost.return_service",
    str,
    inpost.COURIER,
    "InPost: service of a return label (the courier collects the parcel from the customer)",
)
declare(
    "carriers.cdek.return_tariff",
    int,
    0,
    "CDEK: tariff of a client return (0: the tariff the order went out with)",
    low=0,
    high=9999,
)
declare("carriers.timeout_seconds", int, 20, "Seconds to wait for a carrier's answer before retrying", low=1, high=300)
declare("carriers.sync_interval_minutes", int, 15, "Minutes between background tracking sync rounds", low=1, high=1440)
declare(
    "carriers.last_sync_round_at",
    str,
    "",
    "When the last tracking sync round finished (UTC, any PC or the CLI); scheduled rounds wait for the interval",
)
declare("carriers.sync_concurrency", int, 8, "Most tracking requests in flight at once", low=1, high=64)
declare(
    "carriers.stall_days",
    int,
    5,
    "Days without a tracking event before an order gets a 'delayed' hold",
    low=1,
    high=365,
)
declare("carriers.label_format", str, "pdf", "Label file format for the label printer: pdf or zpl")
declare("carriers.default_parcel_cm", str, "30x20x10", "Default parcel size (LxWxH cm) when an order has none")

# Credential names per carrier (all kept in the OS keyring).
CREDENTIALS: dict[str, tuple[str, ...]] = {
    "cdek": ("cdek.client_id", "cdek.client_secret"),
    "inpost": ("inpost.token",),
    "easypost": ("easypost.api_key",),
}
CARRIERS = ("cdek", "inpost", "easypost", "own_courier", "pickup")
for _carrier, _names in CREDENTIALS.items():
    for _name in _names:
        secret_address_setting(_name, f"carriers.{_carrier}.base_url")  # secrets follow their host

_limiters: dict[tuple[str, float], RateLimiter] = {}
_limiters_lock = threading.Lock()


def shared_limiter(carrier: str, rate: float) -> RateLimiter:
    with _limiters_lock:
        key = (carrier, float(rate))
        if key not in _limiters:
            _limiters[key] = RateLimiter(rate)
        return _limiters[key]


# The carrier classes by name: class-level facts (services, parcel rules) without a client.
CARRIER_CLASSES: dict[str, type[Carrier]] = {
    "cdek": cdek.CdekCarrier,
    "inpost": inpost.InpostCarrier,
    "easypost": easypost.EasypostCarrier,
    "own_courier": OwnCourierCarrier,
    "pickup": PickupCarrier,
}


class CarrierRegistry:
    """``registry.get("cdek")`` -> a ready client; cached until ``close``."""

    def __init__(
        self,
        settings: Settings | None,
        credentials: Credentials | None = None,
        *,
        overrides: dict[str, Callable[[], Carrier]] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.settings = settings
        self.credentials = credentials or Credentials()
        self.overrides = dict(overrides or {})
        self.retry = retry
        self._cache: dict[str, Carrier] = {}
        self._lock = threading.Lock()

    def _setting(self, key: str):
        if self.settings is None:
            from orderdesk.settings import OPTIONS

            return OPTIONS[key].default
        return self.settings.get(key)

    def _http(self, carrier: str, base_url: str) -> HttpClient:
        timeout = float(self._setting("carriers.timeout_seconds"))
        rate = float(self._setting(f"carriers.{carrier}.rate_limit"))
        return HttpClient(
            base_url,
            timeout=(min(5.0, timeout), timeout),
            retry=self.retry,
            limiter=shared_limiter(carrier, rate),
            name=carrier.upper() if carrier == "cdek" else carrier.title(),
        )

    def build(self, name: str) -> Carrier:
        if name in self.overrides:
            return self.overrides[name]()
        if name == "own_courier":
            return OwnCourierCarrier()
        if name == "pickup":
            return PickupCarrier()
        if name == "cdek":
            sender = self.cdek_sender()
            url = self._setting("carriers.cdek.base_url")
            return cdek.CdekCarrier(
                self._http("cdek", url),
                self.credentials.require_for("cdek.client_id", url),
                self.credentials.require_for("cdek.client_secret", url),
                sender=sender,
            )
        if name == "inpost":
            org = self._setting("carriers.inpost.organization_id")
            if not org:
                raise ConfigurationError(
                    _("Set the InPost organization id first: orderdesk config set carriers.inpost.organization_id ID")
                )
            url = self._setting("carriers.inpost.base_url")
            return inpost.InpostCarrier(
                self._http("inpost", url),
                self.credentials.require_for("inpost.token", url),
                org,
            )
        if name == "easypost":
            url = self._setting("carriers.easypost.base_url")
            return easypost.EasypostCarrier(
                self._http("easypost", url),
                self.credentials.require_for("easypost.api_key", url),
                from_address=self._shop_address(),
            )
        raise ValidationError(
            _("Unknown carrier '{c}'. Carriers: {all}").format(c=name, all=", ".join(CARRIERS)), "carrier"
        )

    def cdek_sender(self) -> dict[str, Any]:
        """Where CDEK picks the parcel up: the drop-off point, else the shop's own address."""
        sender: dict[str, Any] = {"shipment_point": self._setting("carriers.cdek.shipment_point")}
        city = self._setting("carriers.cdek.sender_city_code")
        if city:
            sender["city_code"] = city
        shop = self._shop_address()
        sender["address"] = ", ".join(p for p in (shop.get("street1"), shop.get("zip"), shop.get("city")) if p)
        return sender

    def _shop_address(self) -> dict[str, str]:
        if self.settings is None:
            return {}
        lines = [p.strip() for p in str(self.settings.get("shop.address")).split("|") if p.strip()]
        return {
            "company": self.settings.get("shop.name"),
            "street1": lines[0] if lines else "",
            "city": lines[1] if len(lines) > 1 else "",
            "zip": lines[2] if len(lines) > 2 else "",
            "country": self.settings.get("shop.country"),
            "phone": self.settings.get("shop.phone"),
        }

    def get(self, name: str) -> Carrier:
        with self._lock:
            if name not in self._cache:
                self._cache[name] = self.build(name)
            return self._cache[name]

    def close(self) -> None:
        with self._lock:
            for carrier in self._cache.values():
                carrier.close()
            self._cache.clear()


def carrier_for_credential(name: str) -> str | None:
    """'cdek.client_secret' -> 'cdek'; 'cdek' -> 'cdek'; unrelated names -> None."""
    head = name.split(".", 1)[0]
    return head if head in CREDENTIALS else None


@dataclass(frozen=True)
class CarrierInfo:
    """What a carrier settings dialog shows: plain values, no client built."""

    name: str
    title: str
    services: tuple[str, ...]
    label_formats: tuple[str, ...]
    credentials: tuple[str, ...]
    settings: tuple[str, ...]
    tracks: bool


def describe() -> list[CarrierInfo]:
    from orderdesk.settings import OPTIONS

    return [
        CarrierInfo(
            name,
            cls.title,
            cls.services,
            cls.label_formats,
            CREDENTIALS.get(name, ()),
            tuple(k for k in sorted(OPTIONS) if k.startswith(f"carriers.{name}.")),
            cls.tracks,
        )
        for name, cls in CARRIER_CLASSES.items()
    ]


def check_connection(settings: Settings | None, name: str, credentials: Credentials | None = None) -> str:
    """The settings dialog's "Test connection" (run it in a worker: it goes to the network)."""
    registry = CarrierRegistry(settings, credentials)
    try:
        return registry.get(name).test_connection()
    finally:
        registry.close()
