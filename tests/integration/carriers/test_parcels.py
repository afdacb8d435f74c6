"""Parcels (several boxes, sizes, InPost locker sizes) from the service and the command line to
the carrier's request body, as each vendor documents it; bad parcels refused before any request."""

from __future__ import annotations

import io

import pytest

from orderdesk import cli
from orderdesk.db import Database
from orderdesk.errors import ValidationError
from orderdesk.services.carriers.base import CarrierValidationError, Parcel
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.orders import OrderService
from orderdesk.services.shipping import ShippingService, parcel_problems, parcel_rules
from orderdesk.settings import Settings
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, packed_order
from tests.integration.carriers.conftest import make_request
from tests.support.components import require_keyring


@pytest.fixture
def shipping(db, service, cdek, inpost, easypost, tmp_path):
    registry = CarrierRegistry(
        Settings(db), overrides={"cdek": lambda: cdek, "inpost": lambda: inpost, "easypost": lambda: easypost}
    )
    return ShippingService(db, service, registry, labels_dir=tmp_path / "labels")


@pytest.fixture
def offline(db, service, tmp_path):
    """For checks that never reach a carrier (no fakes to start and stop)."""
    return ShippingService(db, service, CarrierRegistry(Settings(db)), labels_dir=tmp_path / "labels")


@pytest.fixture
def inpost_bodies(inpost_fake):
    """The courier dimensions are not kept in the fake's state: record the create bodies."""
    bodies: list[dict] = []
    create = inpost_fake.create

    def recording(req):
        bodies.append(req.json())
        return create(req)

    inpost_fake._routes = [(m, p, recording if h == create else h) for m, p, h in inpost_fake._routes]
    return bodies


def cdek_body(cdek_fake, tracking: str) -> dict:
    return next(o["body"] for o in cdek_fake.orders.values() if o["cdek_number"] == tracking)


# -------------------------------------------------------------------------------- the service
def test_two_cdek_parcels_reach_packages(shipping, service, cdek_fake):
    number = packed_order(service)
    parcels = [Parcel(1200, 30, 20, 10), Parcel(800)]
    rates = shipping.quote(number, "cdek", service="136", parcels=parcels)
    assert rates  # the calculator got both packages (it sums their weights)
    purchase = shipping.buy_label(number, "cdek", OWNER, service="136", parcels=parcels)
    packages = cdek_body(cdek_fake, purchase.shipment.tracking_number)["packages"]
    assert [(p["weight"], p.get("length"), p.get("width"), p.get("height")) for p in packages] == [
        (1200, 30, 20, 10),
        (800, None, None, None),  # no size given: none sent (CDEK's sizes are optional)
    ]
    assert packages[0]["number"] != packages[1]["number"]
    assert all(p["items"] for p in packages)  # CDEK wants items in every package


def test_inpost_locker_size_reaches_the_template(shipping, service, inpost_fake):
    number = packed_order(service, delivery="pickup_point", pickup_point_code="KRA010")
    purchase = shipping.buy_label(number, "inpost", OWNER, parcels=[Parcel(900, template="large")])
    shipment = next(
        s for s in inpost_fake.shipments.values() if s["tracking_number"] == purchase.shipment.tracking_number
    )
    assert shipment["service"] == "inpost_locker_standard"
    assert [p["template"] for p in shipment["parcels"]] == ["large"]


def test_inpost_courier_parcels_carry_dimensions_in_mm_and_weight_in_kg(shipping, service, inpost_bodies):
    number = packed_order(service)
    parcels = [Parcel(1500, 40, 30, 20), Parcel(250, 10, 10, 5)]
    shipping.buy_label(number, "inpost", OWNER, service="inpost_courier_standard", parcels=parcels)
    sent = inpost_bodies[-1]["parcels"]
    assert sent[0]["dimensions"] == {"length": 400, "width": 300, "height": 200, "unit": "mm"}
    assert sent[1]["weight"] == {"amount": 0.25, "unit": "kg"}


def test_inpost_locker_without_a_size_is_refused_before_any_request(shipping, service, inpost_fake):
    number = packed_order(service, delivery="pickup_point", pickup_point_code="KRA010")
    with pytest.raises(ValidationError) as err:
        shipping.buy_label(number, "inpost", OWNER, parcels=[Parcel(900)])
    assert err.value.field == "parcels[0].template" and "locker size" in str(err.value)
    with pytest.raises(ValidationError) as err:
        shipping.buy_label(number, "inpost", OWNER, parcels=[Parcel(900, template="small")] * 2)
    assert err.value.field == "parcels" and "one parcel" in str(err.value)
    assert inpost_fake.log == []
    assert service.get(number).shipments == ()


def test_easypost_refuses_two_parcels_and_sends_nothing(shipping, service, easypost_fake):
    number = packed_order(service)
    two = [Parcel(500, 20, 15, 10), Parcel(700, 20, 15, 10)]
    for call in (
        lambda: shipping.quote(number, "easypost", parcels=two),
        lambda: shipping.buy_label(number, "easypost", OWNER, parcels=two),
    ):
        with pytest.raises(ValidationError, match="EasyPost takes one parcel") as err:
            call()
        assert err.value.field == "parcels"
    assert easypost_fake.log == [] and service.get(number).shipments == ()


def test_easypost_one_parcel_sends_its_size_in_inches(shipping, service, easypost_fake):
    number = packed_order(service)
    shipping.quote(number, "easypost", parcels=[Parcel(1000, 254, 127, 25)])
    parcel = list(easypost_fake.shipments.values())[-1]["parcel"]
    assert (parcel["length"], parcel["width"], parcel["height"]) == (100.0, 50.0, 9.8)
    assert parcel["weight"] == pytest.approx(35.3, abs=0.05)


def test_easypost_client_itself_never_merges_parcels(easypost, easypost_fake):
    # Even a caller that skips the service's check gets a refusal, not one summed parcel.
    with pytest.raises(CarrierValidationError, match="one parcel"):
        easypost.rates(make_request(parcels=(Parcel(500), Parcel(600))))
    assert easypost_fake.log == []


def test_the_weight_only_override_still_works(offline, service):
    order = service.get(packed_order(service))
    request = offline.build_request(order, weight_g=2500)
    assert [p.weight_g for p in request.parcels] == [2500]
    assert request.parcels[0].length_cm > 0  # the default size from the setting
    # An explicit parcel list wins over the weight.
    assert offline.build_request(order, weight_g=2500, parcels=[Parcel(300)]).parcels == (Parcel(300),)


@pytest.mark.parametrize(
    ("parcels", "field", "words"),
    [
        ([], "parcels", "at least one"),
        ([Parcel(0)], "parcels[0].weight_g", "more than 0"),
        ([Parcel(500), Parcel(-5)], "parcels[1].weight_g", "Parcel 2"),
        ([Parcel(5_000_000)], "parcels[0].weight_g", "check the weight"),
        ([Parcel(500, 30, 20, 0)], "parcels[0].dimensions", "all three"),
        ([Parcel(500, -1, 20, 10)], "parcels[0].dimensions", "between 0"),
        ([Parcel(500, template="huge")], "parcels[0].template", "small, medium or large"),
    ],
)
def test_bad_parcels_are_named_by_field(offline, service, parcels, field, words):
    order = service.get(packed_order(service))
    with pytest.raises(ValidationError, match=words) as err:
        offline.build_request(order, parcels=parcels)
    assert err.value.field == field


def test_carrier_rules_without_a_client():
    assert parcel_rules("inpost", pickup_point="KRA010").locker_size
    assert parcel_rules("inpost", "inpost_courier_standard").dimensions
    assert parcel_rules("easypost").max_parcels == 1
    assert parcel_rules("cdek").max_parcels == 255
    assert parcel_rules("own_courier").max_parcels is None
    courier = parcel_rules("inpost", "inpost_courier_standard")
    problems = parcel_problems([Parcel(500)] * 11, courier, "InPost")
    assert [p.field for p in problems][:2] == ["parcels", "parcels[0].dimensions"]


# -------------------------------------------------------------------------------- the command line
def run(monkeypatch, argv: list[str]) -> int:
    monkeypatch.setattr(cli, "EXTENSION_MODULES", ("orderdesk.cli_notify", "orderdesk.cli_carriers"))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    return cli.main(argv)


@pytest.fixture
def desk(tmp_path, cdek_fake, inpost_fake, easypost_fake):
    """A desk file whose carrier settings point at the fakes, secrets in the real keyring."""
    from orderdesk.services.credentials import Credentials

    require_keyring()
    path = tmp_path / "desk.sqlite3"
    db = Database.open(path)
    settings = Settings(db)
    settings.set("carriers.cdek.base_url", cdek_fake.base_url + "/v2")
    settings.set("carriers.inpost.base_url", inpost_fake.base_url)
    settings.set("carriers.easypost.base_url", easypost_fake.base_url + "/v2")
    settings.set("carriers.inpost.organization_id", "1234")
    settings.set("carriers.cdek.shipment_point", "MSK5")
    secrets = {
        "cdek.client_id": "test-client",
        "cdek.client_secret": "test-secret",
        "inpost.token": "test-token",
        "easypost.api_key": "EZTKtest",
    }
    credentials = Credentials()
    for name, secret in secrets.items():
        credentials.set(name, secret)
    service = OrderService(db)
    numbers = {
        "plain": packed_order(service),
        "locker": make_order(service, payment="cash_on_delivery", delivery="pickup_point", pickup_point_code="KRA010"),
    }
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        service.move(numbers["locker"], MoveRequest(status), OWNER)
    db.dispose()
    yield path, numbers
    for name in secrets:
        credentials.delete(name)


def test_cli_two_parcels_to_cdek(monkeypatch, desk, cdek_fake, capsys):
    path, numbers = desk
    argv = ["shipment", "create", numbers["plain"], "--carrier", "cdek", "--service", "136", "--db", str(path)]
    assert run(monkeypatch, [*argv, "--parcel", "1200x30x20x10", "--parcel", "800"]) == 0
    tracking = capsys.readouterr().out.split()[3]
    packages = cdek_body(cdek_fake, tracking)["packages"]
    assert [(p["weight"], p.get("length")) for p in packages] == [(1200, 30), (800, None)]


def test_cli_locker_size_to_inpost(monkeypatch, desk, inpost_fake):
    path, numbers = desk
    argv = ["shipment", "create", numbers["locker"], "--carrier", "inpost", "--db", str(path)]
    assert run(monkeypatch, [*argv, "--locker-size", "B"]) == 0
    (shipment,) = inpost_fake.shipments.values()
    assert [p["template"] for p in shipment["parcels"]] == ["medium"]


def test_cli_bad_parcels_are_refused_before_any_request(monkeypatch, desk, easypost_fake, cdek_fake, capsys):
    path, numbers = desk
    base = ["shipment", "create", numbers["plain"], "--db", str(path)]
    assert run(monkeypatch, [*base, "--carrier", "cdek", "--parcel", "1200x30x20"]) == 2
    assert "1200x30x20x10" in capsys.readouterr().err  # says how to write it
    assert run(monkeypatch, [*base, "--carrier", "easypost", "--parcel", "500", "--parcel", "600"]) == 2
    assert "EasyPost takes one parcel" in capsys.readouterr().err
    assert easypost_fake.log == [] and cdek_fake.count("POST", "/v2/orders") == 0
