"""CDEK client against the strict CDEK fake: create, label, track, cancel, and every fault."""

from __future__ import annotations

import pytest

from orderdesk.services.carriers.base import (
    CarrierAuthError,
    CarrierNotCancellable,
    CarrierUnavailable,
    CarrierValidationError,
)
from orderdesk.services.carriers.cdek import CdekCarrier
from orderdesk.services.http import OutcomeUnknown
from tests.integration.carriers.conftest import http_for, make_request


def test_create_label_track_to_delivered(cdek, cdek_fake):
    created = cdek.create_shipment(make_request(pickup_point="MSK123"))
    assert created.tracking_number.isdigit()
    assert cdek_fake.count("POST", "/v2/orders") == 1
    label = cdek.get_label(created)
    assert label.format == "pdf" and label.content.startswith(b"%PDF")

    for code in ("RECEIVED_AT_SHIPMENT_WAREHOUSE", "SENT_TO_RECIPIENT_CITY", "ACCEPTED_AT_PICK_UP_POINT", "DELIVERED"):
        cdek_fake.advance({"uuid": created.external_id, "code": code, "city": "Москва"})
    result = cdek.track(created.external_id, created.tracking_number)
    codes = [e.code for e in result.events]
    assert codes[-1] == "DELIVERED" and "ACCEPTED_AT_PICK_UP_POINT" in codes
    assert result.current_code == "DELIVERED"
    assert all(e.at.tzinfo is not None for e in result.events)


def test_cancel_before_handover_and_refused_after(cdek, cdek_fake):
    first = cdek.create_shipment(make_request("ORD-2-1"))
    cdek.cancel(first)
    assert cdek.track(first.external_id, "").current_code == "REMOVED"

    second = cdek.create_shipment(make_request("ORD-3-1"))
    cdek_fake.advance({"uuid": second.external_id, "code": "RECEIVED_AT_SHIPMENT_WAREHOUSE"})
    with pytest.raises(CarrierNotCancellable):
        cdek.cancel(second)


def test_validation_error_names_the_field(cdek):
    with pytest.raises(CarrierValidationError) as info:
        cdek.create_shipment(make_request(items=()))
    assert info.value.code == "v2_field_is_empty" and "items" in str(info.value)


def test_asynchronous_rejection_is_reported(cdek):
    with pytest.raises(CarrierValidationError) as info:
        cdek.create_shipment(make_request(phone="call me"))
    assert info.value.code == "v2_invalid_format"


def test_bad_credentials_are_a_configuration_problem(cdek_fake):
    carrier = CdekCarrier(http_for(cdek_fake), "test-client", "wrong")
    with pytest.raises(CarrierAuthError):
        carrier.test_connection()


def test_expired_token_is_renewed_once(cdek, cdek_fake):
    cdek.test_connection()
    cdek_fake.inject("POST", "/v2/orders", "expired_token")
    created = cdek.create_shipment(make_request("ORD-4-1"))
    assert created.tracking_number
    assert cdek_fake.count("POST", "/v2/oauth/token") == 2
    assert len([o for o in cdek_fake.orders.values() if o["body"]["number"] == "ORD-4-1"]) == 1


@pytest.mark.parametrize("retry_after", [None, "0"])
def test_429_and_500_on_reads_are_retried(cdek, cdek_fake, retry_after):
    created = cdek.create_shipment(make_request("ORD-5-1"))
    cdek_fake.inject("GET", "/v2/orders/.*", "429", retry_after=retry_after)
    cdek_fake.inject("GET", "/v2/orders/.*", "500")
    assert cdek.track(created.external_id, "").events


def test_persistent_failure_is_a_clear_error(cdek, cdek_fake):
    created = cdek.create_shipment(make_request("ORD-6-1"))
    cdek_fake.inject("GET", "/v2/orders/.*", "500", times=10)
    with pytest.raises(CarrierUnavailable):
        cdek.track(created.external_id, "")


@pytest.mark.parametrize("fault", ["timeout", "drop", "malformed", "500"])
def test_unclear_create_is_reported_and_found_by_reference(cdek, cdek_fake, fault):
    request = make_request(f"ORD-7{fault}-1")
    cdek_fake.inject("POST", "/v2/orders", fault)
    with pytest.raises(OutcomeUnknown):
        cdek.create_shipment(request)
    found = cdek.find_by_reference(request.reference)
    if fault == "500":
        assert found is None  # the fake's 500 happens before processing
        return
    assert found is not None
    finished = cdek.resume(found, request)
    assert finished.tracking_number
    assert len([o for o in cdek_fake.orders.values() if o["body"]["number"] == request.reference]) == 1


def test_malformed_and_dropped_reads_are_retried(cdek, cdek_fake):
    created = cdek.create_shipment(make_request("ORD-8-1"))
    cdek_fake.inject("GET", "/v2/orders/.*", "drop")
    cdek_fake.inject("GET", "/v2/orders/.*", "timeout")
    assert cdek.track(created.external_id, "").events


def test_rates_from_the_tariff_calculator(cdek):
    rates = cdek.rates(make_request("ORD-9-1"))
    assert [r.service for r in rates] == ["136", "138", "137", "139"]
    assert rates[0].amount == "480.00" and rates[0].currency == "RUB" and rates[0].days == 3
