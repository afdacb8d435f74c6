"""`orderdesk report` in a subprocess, and the CSV, XLSX and PDF files read back."""

from __future__ import annotations

import csv
import io
import json
import subprocess

import pytest

from orderdesk.db import Database
from orderdesk.services.reports import REPORT_NAMES, ReportService
from orderdesk.services.reports.export import to_csv, write_csv, write_pdf, write_xlsx
from tests.integration.reports.known_history import QUERY, seed
from tests.integration.test_cli import run
from tests.support.components import require_tool


@pytest.fixture(scope="module")
def known_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("reports") / "shop.sqlite3"
    db = Database.open(path)
    seed(db)
    db.dispose()
    return path


def test_report_as_json_for_scripts(known_db):
    out = run("report", "on-time", "--from", "2026-03-01", "--to", "2026-03-10", "--json", db=known_db)
    data = json.loads(out.stdout)
    assert data["report"] == "on-time"
    assert data["rows"][0] == {"day": "2026-03-02", "on_time": 1, "late": 1, "share": 50.0}


def test_report_as_csv_and_table(known_db):
    out = run("report", "revenue", "--from", "2026-03-01", "--to", "2026-03-10", "--format", "csv", db=known_db)
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows[0] == {"day": "2026-03-02", "currency": "PLN", "orders": "2", "total": "150.00", "paid": "100.00"}
    table = run("report", "packing", "--from", "2026-03-01", "--to", "2026-03-10", db=known_db).stdout
    assert "Piotr" in table and "66.7" in table


@pytest.mark.parametrize(
    "args, message",
    [
        (["revenue", "--from", "2026-02-30"], "--from takes a date like 2026-12-31"),
        (["revenue", "--from", "2026-03-10", "--to", "2026-03-01"], "is after --to"),
        (["revenue", "--format", "pdf"], "add --out FILE"),
        (["all", "--format", "csv"], "'all' needs --format json, xlsx or pdf"),
        (["revenue", "--from", "1850-01-01"], "outside the years"),
    ],
)
def test_bad_report_arguments_are_one_line(known_db, args, message):
    out = run("report", *args, db=known_db, check=False)
    assert out.returncode == 2
    assert message in out.stderr and "Traceback" not in out.stderr


def test_csv_round_trip(tmp_path, known_db):
    table = ReportService(Database.open(known_db)).run("messages", QUERY)
    path = tmp_path / "m.csv"
    write_csv(table, path)
    text = path.read_text(encoding="utf-8-sig")
    back = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert back[0] == [c.title for c in table.columns]
    assert back[1:] == [[str(v) for v in row] for row in table.rows]
    assert to_csv(table, keys=True).splitlines()[0] == ",".join(c.key for c in table.columns)


def test_xlsx_opened_back(tmp_path, known_db):
    from openpyxl import load_workbook

    service = ReportService(Database.open(known_db))
    tables = [service.run(n, QUERY) for n in REPORT_NAMES]
    path = tmp_path / "r.xlsx"
    write_xlsx(tables, path)
    book = load_workbook(path)
    assert len(book.sheetnames) == len(REPORT_NAMES)
    revenue = book[tables[REPORT_NAMES.index("revenue")].title]
    assert [c.value for c in revenue[2]] == ["2026-03-02", "PLN", 2, 150.0, 100.0]


@pytest.mark.parametrize("language", ["ru", "zh"])
def test_pdf_has_every_report_in_the_documents_language(tmp_path, known_db, language):
    pdftotext = require_tool("pdftotext", "poppler-utils")
    service = ReportService(Database.open(known_db))
    tables = [service.run(n, QUERY) for n in REPORT_NAMES]
    path = tmp_path / "r.pdf"
    write_pdf(tables, path, QUERY, language, "Sklep Łódź")
    text = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Sklep Łódź" in text
    assert "2026-000004" in text  # the stuck order
    assert "Piotr" in text and "cdek" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and fonts.count(" yes ") >= 1  # embedded
