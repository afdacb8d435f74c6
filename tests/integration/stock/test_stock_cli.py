"""``orderdesk stock`` and ``orderdesk products`` against a real SQLite file: output, JSON, exit codes,
and the product CSV import with Excel's habits and bad rows."""

from __future__ import annotations

import json

import pytest

from orderdesk.cli import main
from orderdesk.db import Database
from orderdesk.services.orders import OrderService
from tests.factories import stock_products


@pytest.fixture
def dbfile(tmp_path, monkeypatch):
    monkeypatch.setenv("ORDERDESK_USER", "olga")
    path = tmp_path / "shop.sqlite3"
    db = Database.open(path)
    stock_products(OrderService(db), stock=10)
    db.dispose()
    return path


def cli(capsys, dbfile, *args):
    code = main(["--db", str(dbfile), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_receive_adjust_show_and_the_ledger_check(capsys, dbfile):
    code, out, _err = cli(capsys, dbfile, "stock", "receive", "MUG-1", "24", "--document", "WZ/2026/118")
    assert code == 0 and "MUG-1: +24 received, 34 on hand" in out
    code, out, _err = cli(capsys, dbfile, "stock", "adjust", "5901234123457", "-2", "--reason", "broken in transit")
    assert code == 0 and "-2 adjusted, 32 on hand" in out
    code, out, _err = cli(capsys, dbfile, "stock", "show", "MUG-1", "--json")
    card = json.loads(out)
    assert card["product"]["stock_on_hand"] == 32
    assert [(m["kind"], m["quantity"], m["document"]) for m in card["movements"]][:2] == [
        ("adjusted", -2, ""),
        ("received", 24, "WZ/2026/118"),
    ]
    assert cli(capsys, dbfile, "db", "check")[0] == 0


def test_stocktake_from_the_command_line(capsys, dbfile):
    code, out, _err = cli(capsys, dbfile, "stock", "count", "MUG-1=8", "TEA-2=10", "--reason", "shelf A")
    assert code == 0 and "MUG-1: expected 10, counted 8 (-2)" in out and "2 counted, 1 differed" in out
    code, _out, err = cli(capsys, dbfile, "stock", "count", "MUG-1:8", "--reason", "x")
    assert code == 2 and "SKU=COUNT" in err


@pytest.mark.parametrize(
    ("args", "exit_code", "says"),
    [
        (("stock", "receive", "NOPE-1", "3"), 3, "No product with SKU or barcode 'NOPE-1'"),
        (("stock", "receive", "MUG-1", "0"), 2, "from 1 to 1,000,000"),
        (("stock", "adjust", "MUG-1", "-11", "--reason", "lost"), 2, "Only 10 on hand"),
        (("stock", "answer", "2026-999999", "wait"), 3, "No order 2026-999999"),
    ],
)
def test_errors_are_one_line_with_the_readme_exit_codes(capsys, dbfile, args, exit_code, says):
    code, _out, err = cli(capsys, dbfile, *args)
    assert code == exit_code and says in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_missing_database_file_is_not_created(capsys, tmp_path):
    code, _out, err = cli(capsys, tmp_path / "typo.sqlite3", "stock", "show", "MUG-1")
    assert code == 7 and "There is no database" in err and not (tmp_path / "typo.sqlite3").exists()


def test_product_import_excel_semicolons_bom_decimal_comma_and_bad_rows(capsys, dbfile, tmp_path):
    csv_file = tmp_path / "produkty.csv"
    csv_file.write_text(
        "SKU;Name;Price;Currency;Barcodes;Weight_g;Supplier;Reorder_point;On_hand\r\n"
        "KUB-9;Kubek góralski;39,90;PLN;5901234123440;310;Hurt Kraków;5;12\r\n"
        "MUG-1;;;;;;Гжель-Опт;8;\r\n"  # an update: empty cells keep what is there
        "BAD-1;Zły kod;10;PLN;5901234123441;;;;\r\n"  # wrong check digit
        "DUP-1;Cudzy kod;10;PLN;5901234123464;;;;\r\n"  # TEA-2's barcode
        "NEW-2;;10;PLN;;;;;\r\n"  # a new product without a name
        "NEW-3;Pióro;10;PLN;;ciężkie;;;\r\n",  # weight not a number
        encoding="utf-8-sig",
    )
    code, out, err = cli(capsys, dbfile, "products", "import", str(csv_file), "--dry-run")
    assert code == 2 and "would create 1, updated 1, 4 with errors" in out
    assert "row 4:" in err and "should be 0" in err
    assert "row 5:" in err and "TEA-2" in err
    assert "row 6:" in err and "name" in err
    assert "row 7:" in err and "weight_g" in err
    code, out, _err = cli(capsys, dbfile, "products", "list", "--json")
    assert "KUB-9" not in out  # the dry run changed nothing
    code, out, _err = cli(capsys, dbfile, "products", "import", str(csv_file))
    assert code == 2 and "created 1, updated 1, 4 with errors" in out
    products = {p["sku"]: p for p in json.loads(cli(capsys, dbfile, "products", "list", "--json")[1])}
    assert set(products) == {"KUB-9", "MUG-1", "TEA-2", "FAN-3"}
    kub = products["KUB-9"]
    assert (kub["price"]["minor"], kub["barcodes"], kub["stock_on_hand"], kub["supplier"]) == (
        3990,
        ["5901234123440"],
        12,
        "Hurt Kraków",
    )
    assert products["MUG-1"]["name"] == "Кружка «Москва»" and products["MUG-1"]["supplier"] == "Гжель-Опт"
    assert cli(capsys, dbfile, "db", "check")[0] == 0


def test_export_then_import_round_trips(capsys, dbfile, tmp_path):
    out_file = tmp_path / "export.csv"
    assert cli(capsys, dbfile, "products", "export", str(out_file), "--semicolon")[0] == 0
    data = out_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b";" in data.splitlines()[0]
    code, out, _err = cli(capsys, dbfile, "products", "import", str(out_file))
    assert code == 0 and "created 0, updated 3, 0 with errors" in out


def test_archive_hides_a_product_from_the_list(capsys, dbfile):
    assert cli(capsys, dbfile, "products", "archive", "FAN-3")[0] == 0
    listed = json.loads(cli(capsys, dbfile, "products", "list", "--json")[1])
    assert [p["sku"] for p in listed] == ["MUG-1", "TEA-2"]
    assert cli(capsys, dbfile, "products", "archive", "FAN-3", "--restore")[0] == 0


def test_reorder_order_purchase_order_files_and_receiving_it(capsys, dbfile, tmp_path):
    assert cli(capsys, dbfile, "products", "import", str(_supplier_csv(tmp_path)))[0] == 0
    code, out, _err = cli(capsys, dbfile, "stock", "reorder")
    assert code == 0 and "Hurt Kraków" in out and "→ order 24" in out
    code, out, _err = cli(capsys, dbfile, "stock", "order", "--supplier", "Hurt Kraków", "--suggested", "--json")
    po = json.loads(out)
    assert [(line["sku"], line["quantity"]) for line in po["lines"]] == [("MUG-1", 24)]
    assert "Nothing to re-order." in cli(capsys, dbfile, "stock", "reorder")[1]
    pdf, csv_file = tmp_path / "po.pdf", tmp_path / "po.csv"
    assert cli(capsys, dbfile, "stock", "po", po["number"], "--pdf", str(pdf), "--csv", str(csv_file))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF") and "MUG-1" in csv_file.read_text(encoding="utf-8-sig")
    code, out, _err = cli(capsys, dbfile, "stock", "receive-po", po["number"], "--document", "WZ/5")
    assert code == 0 and "MUG-1: +24, 34 on hand" in out
    assert cli(capsys, dbfile, "stock", "po")[1] == ""  # no open purchase orders left


def _supplier_csv(tmp_path):
    path = tmp_path / "suppliers.csv"
    path.write_text("sku,supplier,reorder_point,reorder_quantity\nMUG-1,Hurt Kraków,12,24\n", encoding="utf-8")
    return path
