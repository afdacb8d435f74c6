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


def test_excel_csv_with_semicolons_and_a_bom_imports(service, tmp_path):
    # What Excel in Poland saves as "CSV UTF-8": a BOM and ';' between the columns.
    stock_products(service)
    path = tmp_path / "excel.csv"
    header = "external_id;customer_name;phone;delivery_method;payment_method;currency;sku;quantity"
    path.write_text(
        f"\ufeff{header}\nXL-1;Zofia Woźniak;600123456;pickup_shop;on_pickup;PLN;MUG-1;2\n", encoding="utf-8"
    )
    report = import_file(service, path, OWNER)
    assert report.errors == []
    assert service.get(report.imported[0]).customer.name == "Zofia Woźniak"


def test_unreadable_files_say_what_to_do(service, tmp_path):
    import pytest

    from orderdesk.errors import ValidationError

    path = tmp_path / "cp1250.csv"
    path.write_bytes("external_id,customer_name,sku,quantity\nA-1,Łucja,MUG-1,1\n".encode("cp1250"))
    with pytest.raises(ValidationError, match=r"not UTF-8 text\. Save it as UTF-8"):
        import_file(service, path, OWNER)
    with pytest.raises(ValidationError, match="there is no such file"):
        import_file(service, tmp_path / "missing.json", OWNER)
    path = tmp_path / "other.csv"
    path.write_text("order,name\n1,Anna\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"missing columns: .*\(the first line has: order, name\)"):
        import_file(service, path, OWNER)
