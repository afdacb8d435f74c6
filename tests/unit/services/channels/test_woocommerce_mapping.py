"""WooCommerce order JSON mapped to the desk's terms (the fact sheet's fields and their traps)."""

from __future__ import annotations

import copy

import pytest

from orderdesk.errors import ConfigurationError
from orderdesk.services.channels import base
from orderdesk.services.channels.woocommerce import check_site_url, map_order, overlap_since

SITE = "https://shop.example.pl"
ORDER = {
    "id": 727, "number": "FV/2026/727", "status": "processing", "currency": "PLN",
    "date_created_gmt": "2026-03-01T09:00:00", "date_modified_gmt": "2026-03-01T09:05:00", "date_paid_gmt": None,
    "total": "65.98", "shipping_total": "12.99", "shipping_tax": "0.00", "total_tax": "0.00",
    "payment_method": "cod",
    "billing": {"first_name": "Anna", "last_name": "Nowak", "company": "", "address_1": "ul. Polna 1",
                "address_2": "", "city": "Poznań", "state": "", "postcode": "60-001", "country": "PL",
                "email": "anna@example.pl", "phone": "600 123 456"},
    "shipping": {"first_name": "", "last_name": "", "address_1": "", "address_2": "", "city": "",
                 "state": "", "postcode": "", "country": "", "phone": ""},
    "line_items": [{"id": 1, "name": "Świeca", "product_id": 5, "quantity": 3, "sku": "CANDLE-1",
                    "subtotal": "49.99", "total": "49.99", "total_tax": "0.00", "price": 16.66}],
    "fee_lines": [{"name": "Opłata za pobranie", "total": "3.00", "total_tax": "0.00"}],
    "shipping_lines": [{"method_id": "easypack_parcel_machines_cod", "method_title": "Paczkomat", "total": "12.99"}],
    "meta_data": [{"id": 9, "key": "_parcel_machine_id", "value": "POZ08A"}],
}  # fmt: skip


def _map(**changes):
    order = copy.deepcopy(ORDER)
    order.update(changes)
    return map_order(order, {}, SITE)


def test_locker_cod_order_with_a_fee_and_uneven_line_total():
    o = _map()
    assert o.delivery_method == "pickup_point" and o.pickup_point_code == "POZ08A"
    assert o.payment_method == "cash_on_delivery" and not o.paid
    # 49.99 for 3 does not divide: 2 x 16.66 + 1 x 16.67, to the cent
    assert [(line.quantity, line.unit_price_minor) for line in o.lines[:2]] == [(2, 1666), (1, 1667)]
    assert sum(line.unit_price_minor * line.quantity for line in o.lines) + o.shipping_fee_minor == o.total_minor
    assert [line.name for line in o.lines][-1] == "Opłata za pobranie"
    assert o.external_number == "FV/2026/727" and o.language == "pl" and o.phone == "+48600123456"
    assert o.recipient == "Anna Nowak" and o.city == "Poznań"  # empty shipping: billing address used
    assert o.problems == () and o.meaning == base.OPEN


def test_a_total_that_does_not_add_up_is_flagged_not_recomputed():
    o = _map(total="70.00")
    assert o.total_minor == 7000 and "70.00" in o.problems[0]


def test_unknown_status_is_kept_with_a_problem_and_drafts_are_marked():
    assert _map(status="wc-awaiting-shipment").meaning == base.UNKNOWN
    assert _map(status="checkout-draft").meaning == base.DRAFT


def test_online_gateway_paid_local_pickup_on_pickup_and_language_from_country():
    paid = _map(payment_method="przelewy24", date_paid_gmt="2026-03-01T09:01:00",
                shipping_lines=[{"method_id": "flat_rate", "total": "12.99"}])  # fmt: skip
    assert paid.payment_method == "prepaid_online" and paid.paid and paid.delivery_method == "carrier"
    pickup = _map(shipping_lines=[{"method_id": "local_pickup", "total": "0.00"}], shipping_total="0.00", total="52.99")
    assert pickup.delivery_method == "pickup_shop" and pickup.payment_method == "on_pickup"
    billing = dict(ORDER["billing"], country="KZ", phone="+7 701 123 4567")
    assert _map(billing=billing).language == "ru"
    owner_map = map_order(
        ORDER | {"shipping_lines": [{"method_id": "flat_rate"}]}, {"shipping_map": {"flat_rate": "own_courier"}}, SITE
    )
    assert owner_map.delivery_method == "own_courier"


def test_site_address_rules_and_overlap():
    assert check_site_url("https://shop.example.pl/") == SITE
    assert check_site_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    with pytest.raises(ConfigurationError, match="https://"):
        check_site_url("http://shop.example.pl")
    assert overlap_since("2026-03-01T10:00:00", 300) == "2026-03-01T09:55:00"
