"""Printing through a real CUPS scheduler: a cups-pdf queue, a stopped queue, a raw socket printer."""

from __future__ import annotations

import re
import socket
import subprocess
import threading
from dataclasses import replace

import pytest

from orderdesk.domain import Actor
from orderdesk.errors import ValidationError
from orderdesk.services.documents.samples import SHOP, sample_order
from orderdesk.services.print_jobs import DocumentRequest, PrintJobService, render
from orderdesk.services.printing import CupsPrintSystem, PrintError
from tests.integration.printing.conftest import find_cups_pdf_output, is_root
from tests.support.components import require, require_tool


class History:
    def __init__(self) -> None:
        self.entries: list[tuple] = []

    def record_history(self, number, kind, actor, to_value="", reason="", details=None):
        self.entries.append((number, kind, actor.name, to_value, details))


def _pdf_text_and_size(path) -> tuple[str, list[tuple[float, float]]]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True, text=True).stdout
    sizes = [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]
    return text, sizes


def test_queue_is_listed(cups_queue):
    names = [p.name for p in CupsPrintSystem().list_printers()]
    assert cups_queue in names


def _decode(path, tmp_path) -> set[str]:
    zbarimg = require_tool("zbarimg", "zbar-tools")
    subprocess.run(["pdftoppm", "-r", "203", "-gray", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")], check=True)
    image = next(tmp_path.glob("p*.pgm"))
    return set(subprocess.run([zbarimg, "-q", str(image)], capture_output=True, text=True).stdout.split())


def test_labels_print_through_cups_at_their_own_size(cups_queue, tmp_path):
    require_tool("pdftotext", "poppler-utils")
    history = History()
    service = PrintJobService(SHOP, history, CupsPrintSystem())
    orders = [sample_order(0, language="ru"), sample_order(2, language="zh")]
    (job,) = service.print(DocumentRequest("labels", "4x6"), orders, cups_queue, Actor("packer"), wait=True).jobs
    assert job.startswith(f"{cups_queue}-")
    output = find_cups_pdf_output(job)
    text, sizes = _pdf_text_and_size(output)
    flat = " ".join(text.split())
    # cups-pdf re-distills through Ghostscript, which drops the ToUnicode maps of non-Latin text,
    # so check the ASCII text, the page size (not scaled onto A4) and that the barcodes still scan.
    assert orders[0].number in flat and orders[1].number in flat
    assert len(sizes) == 2
    assert all(w == pytest.approx(288, abs=1) and h == pytest.approx(432, abs=1) for w, h in sizes)
    assert {f"CODE-128:{orders[0].tracking_number}", f"QR-Code:{orders[0].number}"} <= _decode(output, tmp_path)
    assert [(e[0], e[1], e[3], e[4]["job"]) for e in history.entries] == [
        (o.number, "print", "labels", job) for o in orders
    ]


def test_packing_slip_prints_on_a4(cups_queue):
    require_tool("pdftotext", "poppler-utils")
    (job,) = (
        PrintJobService(SHOP, None, CupsPrintSystem())
        .print(DocumentRequest("slips", "a4"), [sample_order(1, language="pl")], cups_queue, Actor("packer"), wait=True)
        .jobs
    )
    text, sizes = _pdf_text_and_size(find_cups_pdf_output(job))
    assert sample_order(1).number in text
    assert sizes[0] == (pytest.approx(595, abs=1), pytest.approx(842, abs=1))


def test_unknown_printer_is_an_error_not_silence(cups_queue):
    with pytest.raises(PrintError, match="no printer called"):
        PrintJobService(SHOP, History(), CupsPrintSystem()).print(
            DocumentRequest("slips"), [sample_order(0)], "NoSuchPrinter", Actor("packer")
        )


@pytest.fixture
def admin(cups_queue):
    require(is_root(), "root to add CUPS queues (CI runs as root)")
    require_tool("lpadmin", "cups")
    created: list[str] = []
    yield created
    for name in created:
        subprocess.run(["lpadmin", "-x", name], capture_output=True, check=False)


def test_stopped_printer_reports_the_reason_and_writes_no_history(admin):
    name = "OrderDeskTestStopped"
    subprocess.run(["lpadmin", "-p", name, "-v", "socket://127.0.0.1:9", "-E"], check=True, capture_output=True)
    admin.append(name)
    subprocess.run(["cupsdisable", "-r", "Out of labels", name], check=True)
    history = History()
    with pytest.raises(PrintError, match="Out of labels"):
        PrintJobService(SHOP, history, CupsPrintSystem()).print(
            DocumentRequest("labels"), [sample_order(0)], name, Actor("packer")
        )
    assert history.entries == []


def test_zpl_reaches_the_printer_raw_and_unchanged(admin, tmp_path):
    """A raw queue to a 'Zebra' listening on 127.0.0.1 (JetDirect port protocol); one order has the
    carrier's own ZPL label, which goes out as its own job, byte for byte."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(2)
    server.settimeout(60)
    received: list[bytes] = []

    def accept() -> None:
        for _job in range(2):
            conn, _addr = server.accept()
            data = bytearray()
            with conn:
                while chunk := conn.recv(65536):
                    data.extend(chunk)
            received.append(bytes(data))

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    name = "OrderDeskTestZebra"
    port = server.getsockname()[1]
    subprocess.run(["lpadmin", "-p", name, "-v", f"socket://127.0.0.1:{port}", "-E"], check=True, capture_output=True)
    admin.append(name)
    carrier_zpl = b"^XA^CI28^FO50,50^A0N,40,40^FDCDEK label 10000123^FS^XZ\n"
    label_file = tmp_path / "cdek-10000123.zpl"
    label_file.write_bytes(carrier_zpl)
    cdek = sample_order(0, language="ru")
    cdek = replace(cdek, shipments=(replace(cdek.shipments[0], label_path=str(label_file), label_format="zpl"),))
    ours = [sample_order(2, language="zh"), sample_order(1, language="pl")]
    request = DocumentRequest("labels", "4x6", "zpl")
    history = History()
    outcome = PrintJobService(SHOP, history, CupsPrintSystem()).print(
        request, [ours[0], cdek, ours[1]], name, Actor("packer"), wait=True
    )
    thread.join(60)
    server.close()
    assert len(outcome.jobs) == 2 and outcome.carrier_labels == (cdek.number,)
    assert sorted(received) == sorted([carrier_zpl, render(request, ours, SHOP).data])
    assert {e[0]: bool(e[4].get("carrier_label")) for e in history.entries} == {
        cdek.number: True,
        ours[0].number: False,
        ours[1].number: False,
    }


def test_packing_bench_prints_with_the_remembered_choice(cups_queue, tmp_path):
    from orderdesk.services.printing import PrinterChoice, PrinterPreferences

    prefs = PrinterPreferences.load(tmp_path / "printers.json")
    service = PrintJobService(SHOP, History(), CupsPrintSystem())
    with pytest.raises(ValidationError, match="No printer is chosen"):
        service.print_remembered("labels", [sample_order(0)], prefs, Actor("packer"))
    prefs.set("labels", PrinterChoice(cups_queue, "pdf", "100x150"))
    outcome = service.print_remembered(
        "labels", [sample_order(3)], PrinterPreferences.load(prefs.path), Actor("packer")
    )
    CupsPrintSystem().wait(outcome.jobs[0])
    _text, sizes = _pdf_text_and_size(find_cups_pdf_output(outcome.jobs[0]))
    assert sizes == [(pytest.approx(283.46, abs=1), pytest.approx(425.2, abs=1))]
