"""Read the barcodes printed on a PDF page back with the real tools (poppler + zbar)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.support.components import require_tool


def pdf_barcodes(pdf: Path, page: int = 1, dpi: int = 300) -> set[str]:
    """Every barcode / QR code zbar finds on ``page`` of ``pdf``, as ``TYPE:data`` strings."""
    pdftoppm = require_tool("pdftoppm", "poppler-utils")
    zbarimg = require_tool("zbarimg", "zbar-tools")
    prefix = pdf.with_suffix("")
    subprocess.run(
        [
            pdftoppm,
            "-r",
            str(dpi),
            "-gray",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            "-png",
            str(pdf),
            str(prefix),
        ],
        check=True,
        capture_output=True,
    )
    image = prefix.with_suffix(".png")
    found = subprocess.run([zbarimg, "-q", str(image)], capture_output=True, text=True).stdout
    image.unlink()
    return {line.strip() for line in found.splitlines() if line.strip()}
