"""The return slip through a real CUPS queue (cups-pdf): what comes out is the slip, and the
print is in the order's history."""

from __future__ import annotations

import subprocess

from orderdesk.services.orders import OrderService
from orderdesk.services.returns import ReturnRequestLine, ReturnService
from orderdesk.services.returns.slips import print_slip, save_slip
from tests.factories import OWNER
from tests.integration.printing.conftest import find_cups_pdf_output
from tests.unit.services.returns.helpers import delivered_order


def test_return_slip_prints_through_cups_and_is_in_the_history(cups_queue, db, tmp_path):
    orders = OrderService(db)
    returns = ReturnService(orders)
    number = delivered_order(orders)
    r = returns.create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER)
    job = print_slip(returns, r.number, cups_queue, OWNER, wait=True)
    text = subprocess.run(
        ["pdftotext", str(find_cups_pdf_output(job)), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert r.number in text and "MUG-1" in text
    saved = save_slip(returns, r.number, tmp_path / "slip.pdf", OWNER)
    assert saved.read_bytes().startswith(b"%PDF")
    prints = [h for h in orders.get(number).history if h.kind == "print"]
    assert [(h.to_value, h.details["target"]) for h in prints] == [("return_slip", "printer"), ("return_slip", "file")]
