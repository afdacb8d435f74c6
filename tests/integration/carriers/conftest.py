"""Fixtures: each carrier client wired to its strict local fake on 127.0.0.1."""

from __future__ import annotations

import pytest

from orderdesk.domain import Address
from orderdesk.services.carriers.base import Item, Parcel, ShipmentRequest
from orderdesk.services.http import HttpClient, RetryPolicy

# Short time-outs and back-off so fault tests run fast; the fake hangs longer than the time-out.
FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05, max_retry_after=1.5)
TIMEOUT = (2.0, 0.6)


def http_for(fake) -> HttpClient:
    return HttpClient(
        fake.base_url + "/v2" if fake.name == "cdek" else fake.base_url,
        timeout=TIMEOUT,
        retry=FAST_RETRY,
        name=fake.name,
    )


@pytest.fixture
def cdek_fake():
    from tests.fakes.cdek import CdekFake

    fake = CdekFake(hang_seconds=1.5)
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def cdek(cdek_fake):
    from orderdesk.services.carriers.cdek import CdekCarrier

    carrier = CdekCarrier(
        http_for(cdek_fake),
        "test-client",
        "test-secret",
        poll_interval=0.01,
        poll_timeout=5,
        sender={"shipment_point": "MSK5"},
    )
    yield carrier
    carrier.close()


@pytest.fixture
def inpost_fake():
    from tests.fakes.inpost import InpostFake

    fake = InpostFake(hang_seconds=1.5)
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def inpost(inpost_fake):
    from orderdesk.services.carriers.inpost import InpostCarrier

    carrier = InpostCarrier(http_for(inpost_fake), "test-token", "1234", poll_interval=0.01, poll_timeout=5)
    yield carrier
    carrier.close()


@pytest.fixture
def easypost_fake():
    from tests.fakes.easypost import EasypostFake

    fake = EasypostFake(hang_seconds=1.5)
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def easypost(easypost_fake):
    from orderdesk.services.carriers.easypost import EasypostCarrier

    sender = {"name": "Shop", "street1": "1 Main St", "city": "Austin", "state": "TX", "zip": "78701", "country": "US"}
    carrier = EasypostCarrier(
        HttpClient(easypost_fake.base_url + "/v2", timeout=TIMEOUT, retry=FAST_RETRY), "EZTKtest", from_address=sender
    )
    yield carrier
    carrier.close()


US = dict(
    recipient_name="Jane Doe",
    phone="+15125550100",
    email="jane@example.com",
    address=Address("Jane Doe", "417 Montgomery St", "Floor 5", "San Francisco", "94104", "CA", "US"),
    currency="USD",
)


def make_request(reference: str = "ORD-1-1", **overrides) -> ShipmentRequest:
    values = dict(
        reference=reference,
        order_number=reference.rsplit("-", 1)[0],
        recipient_name="Иван Петров",
        phone="+79161234567",
        email="ivan@example.com",
        address=Address("Иван Петров", "ул. Ленина, 1", "", "Москва", "101000", "", "RU"),
        parcels=(Parcel(1200, 30, 20, 10, "small"),),
        items=(Item("SKU-1", "Чайник", 1, 250000, 1100),),
        currency="RUB",
    )
    values.update(overrides)
    return ShipmentRequest(**values)
