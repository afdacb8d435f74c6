"""EasyPost client against the strict EasyPost fake: quoting, buying once, labels, trackers."""

from __future__ import annotations

import pytest

from orderdesk.services.carriers.base import CarrierAuthError, CarrierNotCancellable, CarrierValidationError
from orderdesk.services.carriers.easypost import EasypostCarrier
from orderdesk.services.http import HttpClient, OutcomeUnknown
from tests.integration.carriers.conftest import US, make_request


def test_rates_then_buy_label_track_to_delivered(easypost, easypost_fake):
    rates = easypost.rates(make_request("ORD-1-1", **US))
    assert rates[0].service == "USPS Priority" and rates[0].amount == "10.07"
    request = make_request("ORD-1-1", rate_id=rates[0].rate_id, quote_id=rates[0].shipment_id, **US)
    created = easypost.create_shipment(request)
    assert created.tracking_number.startswith("EZ") and created.service == "USPS Priority"
    assert len(easypost_fake.shipments) == 1  # the quote's draft was bought, no second draft
    assert easypost.get_label(created, "pdf").content.startswith(b"%PDF")
    assert easypost.get_label(created, "zpl").content.startswith(b"^XA")
    for status in ("in_transit", "out_for_delivery", "delivered"):
        easypost_fake.advance({"tracking_code": created.tracking_number, "status": status, "city": "San Francisco"})
    result = easypost.track(created.external_id, created.tracking_number)
    assert result.current_code == "delivered" and result.events[-1].code == "delivered"


def test_service_by_name_and_unknown_service(easypost):
    created = easypost.create_shipment(make_request("ORD-2-1", service="UPS Ground", **US))
    assert created.service == "UPS Ground"
    with pytest.raises(CarrierValidationError):
        easypost.create_shipment(make_request("ORD-3-1", service="Pigeon Post", **US))


def test_cancel_is_a_refund_only_before_transit(easypost, easypost_fake):
    created = easypost.create_shipment(make_request("ORD-4-1", **US))
    easypost.cancel(created)
    assert easypost_fake.shipments[created.external_id]["refund_status"] == "submitted"
    moving = easypost.create_shipment(make_request("ORD-5-1", **US))
    easypost_fake.advance({"tracking_code": moving.tracking_number, "status": "in_transit"})
    with pytest.raises(CarrierNotCancellable):
        easypost.cancel(moving)


def test_address_errors_are_listed(easypost):
    bad = dict(US)
    from orderdesk.domain import Address

    bad["address"] = Address("Jane", "", "", "", "", "", "US")
    with pytest.raises(CarrierValidationError) as info:
        easypost.create_shipment(make_request("ORD-6-1", **bad))
    assert "to_address.street1" in str(info.value)


def test_bearer_or_basic_and_bad_key(easypost_fake):
    carrier = EasypostCarrier(HttpClient(easypost_fake.base_url + "/v2"), "wrong")
    with pytest.raises(CarrierAuthError):
        carrier.test_connection()


@pytest.mark.parametrize("fault", ["timeout", "drop", "malformed", "500"])
def test_unclear_buy_never_buys_twice(easypost, easypost_fake, fault):
    request = make_request(f"ORD-7{fault}-1", **US)
    easypost_fake.inject("POST", "/v2/shipments/shp_\\w+/buy", fault)
    with pytest.raises(OutcomeUnknown):
        easypost.create_shipment(request)
    found = easypost.find_by_reference(request.reference)
    assert found is not None
    done = easypost.resume(found, request)
    assert done.tracking_number
    bought = [s for s in easypost_fake.shipments.values() if s["reference"] == request.reference and s["postage_label"]]
    assert len(bought) == 1
    assert easypost_fake.count("POST", "/v2/shipments/shp_\\w+/buy") == (2 if fault == "500" else 1)


def test_second_buy_reads_what_was_bought(easypost, easypost_fake):
    request = make_request("ORD-8-1", **US)
    first = easypost.create_shipment(request)
    # A client that lost the first answer and buys the same draft again gets POSTAGE.EXISTS.
    again = easypost._buy({**easypost_fake.shipments[first.external_id], "postage_label": None}, request)
    assert again.tracking_number == first.tracking_number


def test_timed_out_draft_is_reused(easypost, easypost_fake):
    easypost_fake.inject("POST", "/v2/shipments", "timeout")
    created = easypost.create_shipment(make_request("ORD-9-1", **US))
    assert created.tracking_number and len(easypost_fake.shipments) == 1
