"""Money and addresses sent to CDEK: exactly what is due, from where the parcel really starts."""

from __future__ import annotations

import pytest

from orderdesk.domain import Address, Customer
from orderdesk.errors import ConfigurationError
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.orders import NewLine, NewOrder
from orderdesk.services.shipping import ShippingService, spread_cod
from orderdesk.settings import Settings
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER
from tests.integration.carriers.conftest import make_request


@pytest.mark.parametrize(
    ("quantities", "cod"),
    [([3, 1], 4499), ([3], 4499), ([2, 5], 1001), ([7], 1), ([4, 4], 400), ([1], 0), ([3, 3], 10**9 + 1)],
)
def test_spread_cod_adds_up_to_exactly_what_is_due(quantities, cod):
    spread = spread_cod(quantities, cod)
    assert [sum(units for units, _per in parts) for parts in spread] == quantities
    assert sum(units * per for parts in spread for units, per in parts) == cod
    assert all(per >= 0 for parts in spread for _units, per in parts)


def _cod_order(service, *, quantity: int, price: int, fee: int) -> str:
    new = NewOrder(
        Customer(None, "Иван Петров", phone="+79161234567"),
        [NewLine("KETTLE", quantity, name="Чайник", unit_price_minor=price, weight_g=500)],
        "carrier",
        "cash_on_delivery",
        "RUB",
        address=Address("Иван Петров", "ул. Ленина, 1", "", "Москва", "101000", "", "RU"),
        shipping_fee_minor=fee,
    )
    number = service.create_order(new, OWNER).number
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        service.move(number, MoveRequest(status), OWNER)
    return number


def test_cash_on_delivery_reaches_cdek_to_the_kopeck(db, service, cdek, cdek_fake, tmp_path):
    # 3 x 10.00 + 14.99 delivery = 44.99 due: it was sent as 14.99 x 3 = 44.97.
    number = _cod_order(service, quantity=3, price=1000, fee=1499)
    assert service.get(number).cod_amount.minor == 4499
    registry = CarrierRegistry(Settings(db), overrides={"cdek": lambda: cdek})
    shipping = ShippingService(db, service, registry, labels_dir=tmp_path / "labels")
    purchase = shipping.buy_label(number, "cdek", OWNER, service="136")
    tracking = purchase.shipment.tracking_number
    body = next(o["body"] for o in cdek_fake.orders.values() if o["cdek_number"] == tracking)
    items = [item for package in body["packages"] for item in package["items"]]
    collected = sum(round(item["payment"]["value"] * 100) * item["amount"] for item in items)
    assert collected == 4499
    assert sum(item["amount"] for item in items if item["ware_key"] == "KETTLE") == 3


def test_no_sender_address_is_refused_before_the_call(cdek_fake):
    from orderdesk.services.carriers.cdek import CdekCarrier
    from tests.integration.carriers.conftest import http_for

    carrier = CdekCarrier(http_for(cdek_fake), "test-client", "test-secret", poll_interval=0.01, sender={})
    try:
        with pytest.raises(ConfigurationError, match=r"shop\.address"):
            carrier.create_shipment(make_request(service="138"))
        assert cdek_fake.count("POST", "/v2/orders") == 0
    finally:
        carrier.close()


def test_door_pickup_starts_at_the_shops_address(db):
    from orderdesk.services.carriers.cdek import CdekCarrier
    from tests.integration.carriers.conftest import http_for

    settings = Settings(db)
    settings.set("shop.address", "ул. Складская, 7|Москва|101000")
    sender = CarrierRegistry(settings).cdek_sender()
    assert sender["address"] == "ул. Складская, 7, 101000, Москва"

    class Unused:  # order_body never calls the network
        base_url = name = "cdek"

    carrier = CdekCarrier(http_for(Unused), "id", "secret", sender=sender)
    body = carrier.order_body(make_request(service="138"))
    assert body["from_location"] == {"address": "ул. Складская, 7, 101000, Москва"}
    assert "shipment_point" not in body
    carrier.close()
