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


def _write_csv(path, header: str, rows: list[str], sep: str = ";") -> None:
    path.write_text("\n".join([header.replace(",", sep), *rows]) + "\n", encoding="utf-8")


CSV_HEADER = "external_id,customer_name,delivery_method,payment_method,currency,sku,name,quantity,unit_price"


def test_csv_money_follows_the_files_decimal_sign(service, tmp_path):
    # A Polish Excel file: decimal comma, so "1,000" there is one with three decimals, never 1.00.
    path = tmp_path / "pl.csv"
    _write_csv(
        path,
        CSV_HEADER,
        [
            "PL-1;Anna;pickup_shop;on_pickup;PLN;A;Kubek;1;1 250,50",
            "PL-2;Anna;pickup_shop;on_pickup;PLN;A;Kubek;1;1.000,00",
            "PL-3;Anna;pickup_shop;on_pickup;PLN;A;Kubek;1;1,000",
            ";;;;;;;;",
            ";;;;;;;;",
        ],
    )
    report = import_file(service, path, OWNER)
    assert [service.get(n).total_minor for n in report.imported] == [125050, 100000]
    assert report.errors == [
        "row 4: line 1 (row 4), column unit_price: '1,000' has more than 2 decimal places for PLN."
    ]

    # A US file: decimal point, so "1,000" is one thousand.
    path = tmp_path / "us.csv"
    _write_csv(
        path,
        CSV_HEADER,
        ['US-1,Bob,pickup_shop,on_pickup,PLN,A,Mug,1,"1,000"', "US-2,Bob,pickup_shop,on_pickup,PLN,A,Mug,1,12.50"],
        sep=",",
    )
    report = import_file(service, path, OWNER)
    assert report.errors == []
    assert [service.get(n).total_minor for n in report.imported] == [100000, 1250]


def test_csv_money_that_could_be_read_two_ways_is_refused_naming_row_and_column(service, tmp_path):
    path = tmp_path / "unclear.csv"
    _write_csv(
        path,
        CSV_HEADER,
        ["A-1;Anna;pickup_shop;on_pickup;PLN;A;Kubek;1;25", "A-2;Anna;pickup_shop;on_pickup;PLN;A;Kubek;2;1,000"],
    )
    report = import_file(service, path, OWNER)
    assert len(report.imported) == 1
    assert len(report.errors) == 1
    assert report.errors[0].startswith("row 3: line 1 (row 3), column unit_price: '1,000' is ambiguous")
    # Mixed decimal signs in one file: each amount that disagrees is named.
    path = tmp_path / "mixed.csv"
    _write_csv(
        path,
        CSV_HEADER,
        [f"M-{i};Anna;pickup_shop;on_pickup;PLN;A;Kubek;1;{p}" for i, p in enumerate(["2,50", "2,50", "3.50"])],
    )
    report = import_file(service, path, OWNER, dry_run=True)
    assert report.errors == [] and len(report.imported) == 3  # each shows its own decimal sign: no doubt
    # A file whose plain amounts settle the convention decides the ambiguous one.
    path = tmp_path / "settled.csv"
    _write_csv(
        path,
        CSV_HEADER,
        ["S-1;Anna;pickup_shop;on_pickup;PLN;A;Kubek;1;2,50", "S-2;Anna;pickup_shop;on_pickup;PLN;A;Kubek;1;1.000,5"],
    )
    report = import_file(service, path, OWNER)
    assert report.errors == [] and [service.get(n).total_minor for n in report.imported] == [250, 100050]


def _json_file(tmp_path, orders) -> object:
    path = tmp_path / "orders.json"
    path.write_text(json.dumps({"orders": orders}, ensure_ascii=False), encoding="utf-8")
    return path


def test_wrong_json_types_are_one_error_each_and_the_rest_goes_on(service, tmp_path):
    stock_products(service)
    bad = [
        {**GOOD, "external_id": "T-1", "customer": "Bob"},
        {**GOOD, "external_id": "T-2", "lines": "abc"},
        [1],
        {**GOOD, "external_id": "T-4", "lines": [{"sku": "MUG-1", "quantity": 2**62}]},
        {**GOOD, "external_id": "T-5", "lines": [{"sku": "X", "name": "Y", "quantity": 1, "unit_price": 1e30}]},
        {**GOOD, "external_id": "T-6", "customer": {**GOOD["customer"], "name": "Bob\u0000"}},
        {
            **GOOD,
            "external_id": "T-7",
            "delivery": {"method": "carrier", "address": {"line1": "x" * 10_000, "city": "K"}},
        },
        {**GOOD, "external_id": "T-8", "delivery": {"method": "carrier"}},
        {**GOOD, "external_id": "T-9", "lines": [{"sku": "X", "name": "Y", "quantity": 1, "unit_price": [1]}]},
        {**GOOD, "external_id": "T-10", "lines": [{"sku": "X", "name": "Y", "quantity": 1.5}]},
        {**GOOD, "external_id": "T-11", "payment": {**GOOD["payment"], "currency": {"x": 1}}},
        {**GOOD, "external_id": "OK-1"},
    ]
    path = _json_file(tmp_path, bad)
    text = path.read_text(encoding="utf-8").replace('"quantity": 1.5', '"quantity": NaN')
    text = text.replace("1e+30", "Infinity")
    path.write_text(text, encoding="utf-8")
    report = import_file(service, path, OWNER)
    assert len(report.imported) == 1, report.errors
    expected = [
        "order 1: customer: expected an object",
        "order 2: lines: expected a list, not the text 'abc'",
        "order 3: expected an object",
        "order 4: line 1: quantity: 4611686018427387904 is out of range",
        "order 5: line 1: unit_price: 'Infinity' is not an amount",
        "order 6: customer name contains a NUL character",
        "order 7: address line1 is 10000 characters long; at most 300 fit.",
        "order 8: delivery by carrier needs an address",
        "order 9: line 1: unit_price: expected an amount",
        "order 10: line 1: quantity 'NaN' is not a whole number",
        "order 11: currency: expected a text",
    ]
    assert len(report.errors) == len(expected)
    for error, start in zip(report.errors, expected, strict=True):
        assert error.startswith(start), (error, start)


def test_json_nested_too_deep_or_with_huge_numbers_is_one_order_refused(service, tmp_path):
    stock_products(service)
    good = json.dumps({**GOOD, "external_id": "OK-2"}, ensure_ascii=False)
    deep = "[" * 100_000 + "]" * 100_000
    huge = json.dumps({**GOOD, "external_id": "H-1"}).replace('"quantity": 2', '"quantity": ' + "9" * 5000)
    path = tmp_path / "deep.json"
    path.write_text('{"orders": [' + ", ".join([deep, huge, good]) + "]}", encoding="utf-8")
    report = import_file(service, path, OWNER)
    assert len(report.imported) == 1
    assert report.errors[0].startswith("order 1: the order is nested too deep")
    assert report.errors[1].startswith("order 2: line 1: quantity: '9999")
    assert len(report.errors) == 2


def test_created_at_keeps_the_instant_and_refuses_impossible_years(service, tmp_path):
    stock_products(service)
    orders = [
        {**GOOD, "external_id": "D-1", "created_at": "2026-11-02T10:15:00+03:00"},
        {**GOOD, "external_id": "D-2", "created_at": "1900-01-01T00:00:00"},
        {**GOOD, "external_id": "D-3", "created_at": "9999-12-31T00:00:00"},
    ]
    report = import_file(service, _json_file(tmp_path, orders), OWNER)
    assert service.get(report.imported[0]).created_at.isoformat() == "2026-11-02T07:15:00"
    assert [e.split(";")[0] for e in report.errors] == [
        "order 2: created_at is in the year 1900",
        "order 3: created_at is in the year 9999",
    ]


def test_a_phone_that_is_no_number_is_kept_and_listed_as_a_warning(service, tmp_path):
    stock_products(service)
    orders = [{**GOOD, "external_id": "P-1", "customer": {**GOOD["customer"], "phone": "12"}}]
    report = import_file(service, _json_file(tmp_path, orders), OWNER)
    assert report.ok and len(report.imported) == 1
    assert report.warnings == [
        "order 1: phone '12' is not a valid number; the order is kept, check the number with the customer"
    ]
    assert service.get(report.imported[0]).customer.phone_invalid


def test_field_lengths_are_checked_by_the_service_with_the_field_named(service):
    import pytest

    from orderdesk.domain import Address, Customer
    from orderdesk.errors import ValidationError
    from orderdesk.services.orders import NewLine, NewOrder, OrderEdit

    stock_products(service)
    base = NewOrder(Customer(None, "Anna"), [NewLine("MUG-1", 1)], "pickup_shop", "on_pickup", "PLN")
    with pytest.raises(ValidationError, match="address city is 121 characters long; at most 120 fit"):
        service.create_order(
            NewOrder(base.customer, base.lines, "carrier", "on_pickup", "PLN", address=Address(city="x" * 121)), OWNER
        )
    with pytest.raises(ValidationError, match="line 1 quantity is 100001"):
        service.create_order(
            NewOrder(base.customer, [NewLine("MUG-1", 100_001)], "pickup_shop", "on_pickup", "PLN"), OWNER
        )
    number = service.create_order(base, OWNER).number
    with pytest.raises(ValidationError, match="customer name is 201 characters long"):
        service.update_order(number, OrderEdit(customer_name="x" * 201), OWNER)
    assert service.get(number).customer.name == "Anna"


def test_an_order_the_database_refuses_is_one_plain_row_error_and_the_others_go_in(service, tmp_path):
    from sqlalchemy import text

    stock_products(service)
    with service.db.engine.begin() as c:  # a real refusal by the database, for one order only
        c.execute(
            text(
                "CREATE TRIGGER refuse_web_2 BEFORE INSERT ON orders WHEN NEW.external_id = 'WEB-2' "
                "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END"
            )
        )
    others = [{**GOOD, "external_id": f"WEB-{i}"} for i in (2, 3)]
    path = tmp_path / "orders.json"
    path.write_text(json.dumps({"orders": [GOOD, *others]}, ensure_ascii=False), encoding="utf-8")

    report = import_file(service, path, OWNER)

    assert sorted(service.get(n).external_id for n in report.imported) == ["WEB-1", "WEB-3"]
    assert report.errors == ["order 2: refused by the test trigger"]  # no SQL, no customer's values
