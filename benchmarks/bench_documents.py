"""Document rendering speed: 1,000 4x6 labels (mixed scripts, Code 128 + QR) and 1,000 packing slips.

    python -m benchmarks.bench_documents [--count 1000] [--png docs/]

Targets (the documents benchmark): labels <= 2 s to a finished PDF, slips <= 5 s. Fonts are loaded once per
process (the app does it at start-up); that one-off cost is printed separately. Every value is
new to its run (caches cold) except where noted; wall time and this process's CPU time are
both printed, since a shared machine inflates wall time.
``--png DIR`` also writes one PNG of each document kind (the images in docs/).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from orderdesk.services.documents.fonts import register_fonts
from orderdesk.services.documents.label import render_labels
from orderdesk.services.documents.packing_slip import render_slips
from orderdesk.services.documents.pick_list import render_pick_list
from orderdesk.services.documents.samples import SHOP, sample_order, sample_orders
from orderdesk.services.documents.zpl import PrinterProfile, labels_zpl

TARGETS = {"labels 4x6 PDF": 2.0, "packing slips A4 PDF": 5.0}


def _time(label: str, func, count: int) -> float:
    start, cpu = time.perf_counter(), time.process_time()
    data = func()
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    target = TARGETS.get(label)
    verdict = "" if target is None else (f"  target <= {target:.1f} s: " + ("OK" if elapsed <= target else "TOO SLOW"))
    size = len(data) / 1024
    print(
        f"{label:<24} {count:>5} docs  {elapsed:6.3f} s (cpu {cpu:5.2f} s)  {elapsed / count * 1000:5.2f} ms/doc"
        f"  {size:6.0f} KiB{verdict}"
    )
    return elapsed


def write_pngs(folder: Path) -> None:
    """One PNG per document kind, rendered by poppler as a printer would see it."""
    folder.mkdir(parents=True, exist_ok=True)
    docs = {
        "label_4x6": render_labels([sample_order(0)], SHOP, "4x6"),
        "label_100x150_zh": render_labels([sample_order(2)], SHOP, "100x150"),
        "labels_a4x4": render_labels(sample_orders(4), SHOP, "a4x4"),
        "packing_slip_a4": render_slips([sample_order(0)], SHOP, "a4"),
        "pick_list_a4": render_pick_list(sample_orders(8), SHOP, "a4"),
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in docs.items():
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(data)
            dpi = "120" if name.startswith("label_") else "72"
            subprocess.run(
                ["pdftoppm", "-png", "-r", dpi, "-singlefile", "-f", "1", str(pdf), str(folder / name)], check=True
            )
            print(f"wrote {folder / name}.png")


def baseline(count: int) -> float:
    """The straightforward way, for comparison: ReportLab's QR widget and Code 128 flowable per label."""
    import io

    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode import code128, qr
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import inch
    from reportlab.pdfgen.canvas import Canvas

    orders = sample_orders(count)
    start = time.perf_counter()
    canvas = Canvas(io.BytesIO(), pagesize=(4 * inch, 6 * inch))
    for order in orders:
        canvas.setFont("OD-Sans", 12)
        canvas.drawString(20, 400, order.address.recipient)
        code128.Code128(order.tracking_number, barHeight=60).drawOn(canvas, 20, 200)
        widget = qr.QrCodeWidget(order.number)
        drawing = Drawing(90, 90)
        drawing.add(widget)
        renderPDF.draw(drawing, canvas, 180, 20)
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--png", type=Path, help="also write one PNG per document kind into this folder")
    parser.add_argument("--baseline", type=int, metavar="N", help="also time N labels the straightforward way")
    args = parser.parse_args(argv)
    n = args.count

    start = time.perf_counter()
    register_fonts()
    print(f"{'font loading (once)':<24} {'':>5}        {time.perf_counter() - start:6.3f} s")
    orders = sample_orders(n)
    slip_orders = sample_orders(n, lines=4)
    languages = sorted({o.customer.language for o in orders})
    print(
        f"orders: {n}, languages: {', '.join(languages)}; Code 128 x2 + QR per label; Python {sys.version.split()[0]}"
    )

    results = {
        "labels 4x6 PDF": _time("labels 4x6 PDF", lambda: render_labels(orders, SHOP, "4x6"), n),
        "labels A4 (4 x A6) PDF": _time("labels A4x4 PDF (warm)", lambda: render_labels(orders, SHOP, "a4x4"), n),
        "labels ZPL 203 dpi": _time(
            "labels ZPL 203 dpi", lambda: labels_zpl(orders, SHOP, PrinterProfile(203)).encode(), n
        ),
        "packing slips A4 PDF": _time("packing slips A4 PDF", lambda: render_slips(slip_orders, SHOP, "a4"), n),
        "pick list (all orders)": _time("pick list (all orders)", lambda: render_pick_list(orders, SHOP), n),
    }
    if args.baseline:
        elapsed = baseline(args.baseline)
        print(
            f"{'baseline (RL widgets)':<24} {args.baseline:>5} docs  {elapsed:6.3f} s"
            f"  -> {elapsed / args.baseline * 1000:.1f} s per 1,000 labels"
        )
    if args.png:
        write_pngs(args.png)
    slow = [k for k, limit in TARGETS.items() if results[k] > limit]
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
