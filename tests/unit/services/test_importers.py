from __future__ import annotations

import json

from orderdesk.services.importers import CSV_COLUMNS, import_file
from tests.factories import OWNER, stock_products

GOOD = {
    "external_id": "WEB-1",
    "customer": {"name": "Иван Петров", "phone": "+7 916 123-45-67", "email": "ivan@example.ru", "language": "ru"},
    "delivery": {
        "method": "carrier",
        "address": {"line1": "ул. Тверская, 12", "city": "Москва", "postcode": "125009", "country": "RU"},
    },
    "payment": {"method": "prepaid_online", "currency": "PLN", "paid": "0", "shipping_fee": "15.00"},
    "lines": [{"sku": "MUG-1", "quantity": 2}, {"sku": "X-9", "name": "Гжель", "quantity": 1, "unit_price": "99.90"}],
}


def test_json_import_reports_bad_rows_and_keeps_good_ones(service, tmp_path):
    stock_products(service)
    bad_qty = {**GOOD, "external_id": "WEB-2", "lines": [{"sku": "MUG-1", "quantity": "two"}]}
    bad_sku = {**GOOD, "external_id": "WEB-3", "lines": [{"sku": "NOPE", "quantity": 1}]}
    no_currency = {**GOOD, "external_id": "WEB-4", "payment": {"method": "prepaid_online"}}
    path = tmp_path / "orders.json"
    path.write_text(
        json.dumps({"orders": [GOOD, bad_qty, bad_sku, no_currency, "junk"]}, ensure_ascii=False), encoding="utf-8"
    )

    dry = import_file(service, path, OWNER, dry_run=True)
    assert dry.imported == ["WEB-1"] and len(dry.errors) == 4
    assert service.list_orders() == []

    report = import_file(service, path, OWNER)
    assert len(report.imported) == 1 and len(report.errors) == 4
    messages = "\n".join(report.errors)
    assert "order 2: line 1: quantity 'two' is not a whole number" in messages
    assert "order 3: Line 1: unknown SKU 'NOPE'" in messages
    assert "order 4: payment.currency is missing" in messages
    order = service.get(report.imported[0])
    assert order.total_minor == 2 * 2500 + 9990 + 1500 and order.customer.phone == "+79161234567"
    assert order.external_id == "WEB-1" and order.source == "import"

    again = import_file(service, path, OWNER)
    assert again.skipped == ["WEB-1"] and again.imported == []


def test_csv_import_groups_lines_by_external_id(service, tmp_path):
    stock_products(service)
    rows = [
        {"external_id": "CSV-1", "customer_name": "Anna Kowalska", "phone": "600123456", "delivery_method": "pickup_shop",
         "payment_method": "on_pickup", "currency": "PLN", "sku": "MUG-1", "quantity": "1"},
        {"external_id": "CSV-1", "sku": "TEA-2", "quantity": "3"},
        {"external_id": "CSV-2", "customer_name": "", "delivery_method": "pickup_shop", "payment_method": "on_pickup",
         "currency": "PLN", "sku": "MUG-1", "quantity": "1"},
    ]  # fmt: skip
    path = tmp_path / "orders.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        import csv

        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    report = import_file(service, path, OWNER)
    assert len(report.imported) == 1
    assert report.errors == ["row 4: Enter the customer's name."]
    assert service.get(report.imported[0]).item_count == 4


def test_unreadable_file_is_a_clear_error(service, tmp_path):
    import pytest

    from orderdesk.errors import ValidationError

    path = tmp_path / "orders.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"Cannot read orders\.json"):
        import_file(service, path, OWNER)
    with pytest.raises(ValidationError, match="Cannot tell the format"):
        import_file(service, tmp_path / "orders.xlsx", OWNER)
