"""Carrier return labels against the strict fakes over HTTP: InPost ShipX return shipments
(``is_return``, the customer as sender) and CDEK client returns of delivered orders, their
refusals, asking twice, and the label PDF read back with zbar."""

from __future__ import annotations

import pytest

from orderdesk.domain import Address
from orderdesk.services.carriers.base import (
    CarrierNotSupported,
    CarrierValidationError,
    Parcel,
    ReturnRequest,
)
from tests.support.barcodes import pdf_barcodes


def return_request(reference: str = "R-2026-00001", **overrides) -> ReturnRequest:
    values = dict(
        reference=reference,
        order_number="2026-000042",
        sender_name="Anna Kowalska",
        phone="+48 601 234 567",
        email="anna@example.com",
        address=Address("Anna Kowalska", "ul. Długa 5/3", "", "Kraków", "31-147", "", "PL"),
        parcels=(Parcel(900, 30, 20, 10, "small"),),
    )
    values.update(overrides)
    return ReturnRequest(**values)


# ------------------------------------------------------------------------------------- InPost
def test_inpost_return_shipment_goes_back_to_the_organization(inpost, inpost_fake, tmp_path):
    created = inpost.create_return(return_request())
    assert created.tracking_number and created.reference == "R-2026-00001"
    stored = inpost_fake.shipments[int(created.external_id)]
    assert stored["is_return"] is True and stored["receiver"] == {}
    assert stored["sender"]["phone"] == "601234567" and stored["sender"]["address"]["city"] == "Kraków"
    label = inpost.get_label(created, "pdf")
    pdf = tmp_path / "return.pdf"
    pdf.write_bytes(label.content)
    assert f"CODE-128:{created.tracking_number}" in pdf_barcodes(pdf)


def test_inpost_return_asked_twice_is_one_shipment(inpost, inpost_fake):
    first = inpost.create_return(return_request())
    again = inpost.create_return(return_request())
    assert again.external_id == first.external_id and again.tracking_number == first.tracking_number
    assert sum(1 for s in inpost_fake.shipments.values() if s["reference"] == "R-2026-00001") == 1


def test_inpost_refuses_a_return_with_a_bad_sender(inpost, inpost_fake):
    with pytest.raises(CarrierValidationError) as err:
        inpost.create_return(return_request(phone="12"))
    assert "sender.phone" in str(err.value) and not inpost_fake.shipments
    bare = Address("Anna Kowalska", "", "", "", "", "", "PL")
    with pytest.raises(CarrierValidationError) as err:
        inpost.create_return(return_request(address=bare))
    assert "sender.address" in str(err.value)


def test_a_dropped_answer_is_found_by_reference_not_bought_twice(inpost, inpost_fake):
    inpost_fake.inject("POST", "/v1/organizations/.*/shipments", "drop")
    from orderdesk.services.http import OutcomeUnknown

    with pytest.raises(OutcomeUnknown):
        inpost.create_return(return_request())
    created = inpost.create_return(return_request())  # the retry looks first
    assert created.tracking_number
    assert sum(1 for s in inpost_fake.shipments.values() if s["reference"] == "R-2026-00001") == 1


# --------------------------------------------------------------------------------------- CDEK
def delivered_cdek(cdek_fake, last: str = "DELIVERED") -> dict[str, str]:
    return cdek_fake.seed_processed(
        "2026-000042-1", [("CREATED", "2026-01-05T10:00:00+0300"), (last, "2026-01-07T12:00:00+0300")]
    )


def test_cdek_client_return_of_a_delivered_order(cdek, cdek_fake, tmp_path):
    forward = delivered_cdek(cdek_fake)
    created = cdek.create_return(return_request(forward_id=forward["uuid"], service="136"))
    assert created.tracking_number and created.tracking_number != forward["cdek_number"]
    assert created.external_id != forward["uuid"] and created.details["forward_uuid"] == forward["uuid"]
    stored = cdek_fake.orders[created.external_id]
    assert stored["is_client_return"] and stored["direct_uuid"] == forward["uuid"]
    kinds = [r["type"] for r in cdek_fake.orders[forward["uuid"]]["requests"]]
    assert kinds.count("CREATE_CLIENT_RETURN") == 1
    label = cdek.get_label(created)
    pdf = tmp_path / "cdek-return.pdf"
    pdf.write_bytes(label.content)
    assert f"CODE-128:{created.tracking_number}" in pdf_barcodes(pdf)
    # asked again: the same return order, no second request
    again = cdek.create_return(return_request(forward_id=forward["uuid"]))
    assert again.external_id == created.external_id
    assert [r["type"] for r in cdek_fake.orders[forward["uuid"]]["requests"]].count("CREATE_CLIENT_RETURN") == 1


def test_cdek_refuses_a_client_return_before_delivery(cdek, cdek_fake):
    forward = delivered_cdek(cdek_fake, last="ACCEPTED_AT_PICK_UP_POINT")
    with pytest.raises(CarrierValidationError) as err:
        cdek.create_return(return_request(forward_id=forward["uuid"]))
    assert err.value.code == "v2_order_not_delivered" and "Delivered" in str(err.value)
    assert len(cdek_fake.orders) == 1


def test_cdek_client_return_refused_while_processing(cdek, cdek_fake):
    forward = delivered_cdek(cdek_fake)
    with pytest.raises(CarrierValidationError) as err:
        cdek.create_return(return_request(forward_id=forward["uuid"], service="62"))
    assert err.value.code == "v2_tariff_unavailable" and "client return" in str(err.value)
    # a later try with a tariff of the contract works
    assert cdek.create_return(return_request(forward_id=forward["uuid"], service="136")).tracking_number


def test_cdek_needs_the_forward_order(cdek):
    with pytest.raises(CarrierValidationError):
        cdek.create_return(return_request())


def test_carriers_without_a_return_api_say_so(easypost):
    with pytest.raises(CarrierNotSupported) as err:
        easypost.create_return(return_request())
    assert "return slip" in str(err.value)
