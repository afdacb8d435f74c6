"""End to end: demo orders in a real SQLite file -> ``orderdesk print`` -> file or CUPS -> order history."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from orderdesk import cli
from orderdesk.demo import create_demo
from orderdesk.services.orders import OrderService
from orderdesk.settings import Settings
from orderdesk.workflow import Status
from tests.integration.printing.conftest import find_cups_pdf_output
from tests.support.components import require_tool


@pytest.fixture
def run():
    """``orderdesk ...`` in-process."""
    return cli.main


@pytest.fixture
def demo(db, tmp_path):
    create_demo(db, orders=40, seed=5)
    settings = Settings(db)
    settings.set("shop.name", "Чайная лавка «Самовар»")
    settings.set("shop.address", "ul. Długa 5|31-147 Kraków")
    settings.set("shop.phone", "+48 12 345 67 89")
    return db, str(tmp_path / "orderdesk.sqlite3")


def _shipped(db) -> list[str]:
    return sorted(o.number for o in OrderService(db).list_orders(status=Status.SHIPPED))


def test_labels_for_a_status_to_a_pdf_file_with_history(demo, run, tmp_path, capsys):
    db, path = demo
    numbers = _shipped(db)
    assert numbers, "the demo has shipped orders"
    out = tmp_path / "labels.pdf"
    code = run(
        [
            "print",
            "labels",
            "--status",
            "shipped",
            "--size",
            "100x150",
            "--out",
            str(out),
            "--db",
            path,
            "--user",
            "Piotr",
        ]
    )
    assert code == 0, capsys.readouterr().err
    require_tool("pdftotext", "poppler-utils")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    for number in numbers:
        assert number in text
    assert "Самовар" in text and "Kraków" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(rf"Pages:\s+{len(numbers)}\b", info)
    service = OrderService(db)
    first = service.get(numbers[0])
    prints = [h for h in first.history if h.kind == "print"]
    assert prints and prints[-1].actor == "Piotr" and prints[-1].to_value == "labels"
    assert prints[-1].details["file"] == "labels.pdf"
    # the tracking number barcode on the first label scans
    zbarimg = require_tool("zbarimg", "zbar-tools")
    subprocess.run(["pdftoppm", "-r", "203", "-gray", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")], check=True)
    found = subprocess.run([zbarimg, "-q", str(next(tmp_path.glob("p*.pgm")))], capture_output=True, text=True).stdout
    assert f"CODE-128:{first.tracking_number}" in found.split()


def test_zpl_for_named_orders_as_json(demo, run, tmp_path, capsys):
    db, path = demo
    numbers = _shipped(db)[:2]
    out = tmp_path / "labels.zpl"
    assert run(["print", "labels", *numbers, "--dpi", "300", "--out", str(out), "--db", path, "--json"]) == 0
    body = out.read_text(encoding="utf-8")
    assert body.count("^XA") == 2 and "^PW1200" in body and "^CI28" in body
    assert '"format": "zpl"' in capsys.readouterr().out


def test_refusals_exit_non_zero_with_a_reason(demo, run, tmp_path, capsys):
    _db, path = demo
    assert run(["print", "slips", "--db", path, "--out", str(tmp_path / "x.pdf")]) == 2  # no orders named
    assert run(["print", "slips", "OD-NOPE", "--db", path, "--out", str(tmp_path / "x.pdf")]) == 3
    assert (
        run(
            [
                "print",
                "picklist",
                "--status",
                "assembling",
                "--format",
                "zpl",
                "--db",
                path,
                "--out",
                str(tmp_path / "x.zpl"),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert err.count("error:") == 3
    typo = str(tmp_path / "shpo.sqlite3")  # a mistyped --db: said, not an empty new database
    assert run(["print", "slips", "--status", "new", "--db", typo, "--out", str(tmp_path / "y.pdf")]) == 7
    assert "There is no database at" in capsys.readouterr().err and not Path(typo).exists()


def test_pick_list_to_a_real_printer(demo, run, cups_queue, capsys):
    db, path = demo
    code = run(
        ["print", "picklist", "--status", "assembling", "--printer", cups_queue, "--wait", "--db", path, "--json"]
    )
    assert code == 0, capsys.readouterr().err
    import json

    result = json.loads(capsys.readouterr().out)
    output = find_cups_pdf_output(result["jobs"][0])
    text = subprocess.run(["pdftotext", str(output), "-"], capture_output=True, text=True).stdout
    assert "Pick list" in text
    for number in result["orders"]:
        assert number in text
    history = OrderService(db).get(result["orders"][0]).history
    assert any(h.kind == "print" and h.details.get("job") == result["jobs"][0] for h in history)


def test_remembered_printer_and_paper_are_used(demo, run, cups_queue, capsys):
    import json

    from orderdesk.services.printing import PrinterChoice, PrinterPreferences

    db, path = demo
    PrinterPreferences.load().set("slips", PrinterChoice(cups_queue, "pdf", "letter"))
    number = _shipped(db)[0]
    assert run(["print", "slips", number, "--wait", "--db", path, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["printer"] == cups_queue and result["size"] == "letter"
    info = subprocess.run(["pdfinfo", str(find_cups_pdf_output(result["jobs"][0]))], capture_output=True, text=True)
    assert re.search(r"Page size:\s+612 x 792 pts", info.stdout)
