"""InPost ShipX client against the strict ShipX fake."""

from __future__ import annotations

import pytest

from orderdesk.domain import Address
from orderdesk.services.carriers.base import (
    CarrierAuthError,
    CarrierNotCancellable,
    CarrierValidationError,
)
from orderdesk.services.carriers.inpost import COURIER, LOCKER, InpostCarrier
from orderdesk.services.http import OutcomeUnknown
from tests.integration.carriers.conftest import http_for, make_request

PL = dict(
    recipient_name="Anna Kowalska",
    phone="+48 501 234 567",
    email="anna@example.pl",
    address=Address("Anna Kowalska", "ul. Długa 5/3", "", "Kraków", "31-147", "", "PL"),
)


def test_locker_create_label_track_to_delivered(inpost, inpost_fake):
    created = inpost.create_shipment(make_request("ORD-1-1", service=LOCKER, pickup_point="KRA010", **PL))
    assert created.tracking_number and created.status == "confirmed"
    pdf = inpost.get_label(created, "pdf")
    assert pdf.content.startswith(b"%PDF")
    zpl = inpost.get_label(created, "zpl")
    assert zpl.format == "zpl" and zpl.content.startswith(b"^XA")
    for status in ("dispatched_by_sender", "adopted_at_sorting_center", "ready_to_pickup", "delivered"):
        inpost_fake.advance({"tracking_number": created.tracking_number, "status": status, "location": "Kraków"})
    result = inpost.track(created.external_id, created.tracking_number)
    assert [e.code for e in result.events][-2:] == ["ready_to_pickup", "delivered"]
    assert result.current_code == "delivered"


def test_courier_shipment_sends_address_and_dimensions(inpost, inpost_fake):
    created = inpost.create_shipment(make_request("ORD-2-1", service=COURIER, **PL))
    body = inpost_fake.shipments[int(created.external_id)]
    assert body["receiver"]["address"]["building_number"] == "5/3"
    assert body["receiver"]["phone"] == "501234567"


def test_validation_errors_name_fields(inpost):
    with pytest.raises(CarrierValidationError) as info:
        inpost.create_shipment(make_request("ORD-3-1", service=LOCKER, pickup_point="NOPE01", **PL))
    assert "target_point: does_not_exist" in str(info.value)


def test_cancel_only_before_confirmation(inpost, inpost_fake):
    created = inpost.create_shipment(make_request("ORD-4-1", service=LOCKER, pickup_point="KRA010", **PL))
    with pytest.raises(CarrierNotCancellable) as info:
        inpost.cancel(created)
    assert "confirmed" in str(info.value)
    inpost_fake.reads_to_confirm = 100
    resp = inpost.http.post(
        "v1/organizations/1234/shipments",
        json=inpost.shipment_body(make_request("ORD-5-1", service=LOCKER, pickup_point="KRA010", **PL)),
        headers={"Authorization": "Bearer test-token"},
    )
    from orderdesk.services.carriers.base import CreatedShipment

    pending = CreatedShipment(str(resp.json()["id"]), "")
    inpost.cancel(pending)
    assert inpost_fake.shipments[int(pending.external_id)]["status"] == "cancelled"


def test_bad_token_and_wrong_organization(inpost_fake):
    with pytest.raises(CarrierAuthError):
        InpostCarrier(http_for(inpost_fake), "bad", "1234").test_connection()
    with pytest.raises(CarrierAuthError):
        InpostCarrier(http_for(inpost_fake), "test-token", "9999").test_connection()


@pytest.mark.parametrize("fault", ["timeout", "drop", "malformed"])
def test_unclear_create_found_by_reference_never_twice(inpost, inpost_fake, fault):
    request = make_request(f"ORD-6{fault}-1", service=LOCKER, pickup_point="KRA010", **PL)
    inpost_fake.inject("POST", "/v1/organizations/1234/shipments", fault)
    with pytest.raises(OutcomeUnknown):
        inpost.create_shipment(request)
    found = inpost.find_by_reference(request.reference)
    assert found is not None
    done = inpost.resume(found, request)
    assert done.tracking_number
    assert sum(1 for s in inpost_fake.shipments.values() if s["reference"] == request.reference) == 1


def test_429_then_500_on_tracking_are_retried(inpost, inpost_fake):
    created = inpost.create_shipment(make_request("ORD-7-1", service=LOCKER, pickup_point="KRA010", **PL))
    inpost_fake.inject("GET", "/v1/tracking/.*", "429", retry_after=0)
    inpost_fake.inject("GET", "/v1/tracking/.*", "429")
    inpost_fake.inject("GET", "/v1/tracking/.*", "500")
    assert inpost.track(created.external_id, created.tracking_number).events


def test_revoked_token_is_an_auth_error(inpost, inpost_fake):
    inpost_fake.inject("GET", "/v1/organizations/.*", "expired_token")
    with pytest.raises(CarrierAuthError):
        inpost.find_by_reference("x")
