"""Every documented carrier code is in its table; milestones map to real workflow moves."""

from __future__ import annotations

import pytest

from orderdesk.services.carriers import status_maps
from orderdesk.services.carriers.status_maps import MILESTONE_TARGET, Milestone
from orderdesk.workflow import FORWARD, Status

# Codes as listed in PROTOCOLS.md (sections A-C), copied here so a table edit cannot hide one.
DOCUMENTED = {
    "cdek": """ACCEPTED CREATED RECEIVED_AT_SHIPMENT_WAREHOUSE RECEIVED_AT_SENDER_WAREHOUSE
        READY_FOR_SHIPMENT_IN_SENDER_CITY RETURNED_TO_SENDER_CITY_WAREHOUSE TAKEN_BY_TRANSPORTER_FROM_SENDER_CITY
        SENT_TO_TRANSIT_CITY ACCEPTED_IN_TRANSIT_CITY ACCEPTED_AT_TRANSIT_WAREHOUSE RETURNED_TO_TRANSIT_WAREHOUSE
        READY_FOR_SHIPMENT_IN_TRANSIT_CITY TAKEN_BY_TRANSPORTER_FROM_TRANSIT_CITY SENT_TO_SENDER_CITY
        SENT_TO_RECIPIENT_CITY ACCEPTED_IN_SENDER_CITY ACCEPTED_IN_RECIPIENT_CITY ARRIVED_AT_RECIPIENT_CITY
        ACCEPTED_AT_RECIPIENT_CITY_WAREHOUSE ACCEPTED_AT_PICK_UP_POINT TAKEN_BY_COURIER
        RETURNED_TO_RECIPIENT_CITY_WAREHOUSE DELIVERED NOT_DELIVERED INVALID REMOVED POSTOMAT_POSTED
        POSTOMAT_SEIZED POSTOMAT_RECEIVED IN_CUSTOMS_INTERNATIONAL SHIPPED_TO_DESTINATION
        PASSED_TO_TRANSIT_CARRIER IN_CUSTOMS_LOCAL CUSTOMS_COMPLETE""",
    "inpost": """created offers_prepared offer_selected confirmed dispatched_by_sender dispatched_by_sender_to_pok
        collected_from_sender taken_by_courier taken_by_courier_from_pok adopted_at_source_branch
        sent_from_source_branch adopted_at_sorting_center sent_from_sorting_center adopted_at_target_branch
        delay_in_delivery out_for_delivery out_for_delivery_to_address ready_to_pickup ready_to_pickup_from_pok
        pickup_reminder_sent avizo stack_in_box_machine stack_in_customer_service_point delivered
        returned_to_sender rejected_by_receiver undelivered undelivered_wrong_address
        undelivered_incomplete_address undelivered_unknown_receiver oversized missing claimed canceled cancelled""",
    "easypost": """unknown pre_transit in_transit out_for_delivery delivered available_for_pickup return_to_sender
        failure cancelled error""",
}


@pytest.mark.parametrize("carrier", sorted(DOCUMENTED))
def test_every_documented_code_is_mapped(carrier):
    table = status_maps.TABLES[carrier]
    missing = [code for code in DOCUMENTED[carrier].split() if code not in table]
    assert missing == []


def test_unknown_codes_are_info_and_move_nothing():
    mapping = status_maps.lookup("cdek", "SOMETHING_NEW")
    assert mapping.milestone is Milestone.INFO and status_maps.target_status(mapping) is None


def test_every_milestone_has_a_target_entry():
    assert set(MILESTONE_TARGET) == set(Milestone)


def test_targets_are_reachable_from_shipped_or_in_transit():
    for target in {t for t in MILESTONE_TARGET.values() if t is not None} - {Status.SHIPPED}:
        assert target in FORWARD[Status.SHIPPED] | FORWARD[Status.IN_TRANSIT] | {Status.IN_TRANSIT}


def test_delivered_is_final_everywhere():
    for carrier, code in (("cdek", "DELIVERED"), ("inpost", "delivered"), ("easypost", "delivered")):
        assert status_maps.lookup(carrier, code).milestone in status_maps.FINAL


def test_describe_lists_every_carrier_with_its_settings():
    from orderdesk.services.carriers.registry import describe

    info = {c.name: c for c in describe()}
    assert set(info) == {"cdek", "inpost", "easypost", "own_courier", "pickup"}
    assert "carriers.cdek.base_url" in info["cdek"].settings
    assert info["easypost"].credentials == ("easypost.api_key",) and not info["pickup"].tracks
