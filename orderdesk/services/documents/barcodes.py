"""Code 128 and QR codes drawn as plain filled rectangles, fast and crisp.

ReportLab's QR widget builds a Drawing per code and scores all eight masks in Python, which is
what made 1,000 labels take ~13 s. Here the QR matrix comes from ``segno`` with a fixed mask
(any of the eight masks is valid; the penalty score only picks the prettiest) and every run of
dark modules becomes one rectangle in a single path. Code 128 uses ReportLab's encoder for
the bar pattern (sets B/C switching, checksum) and draws the bars the same way.
"""

from __future__ import annotations

from functools import lru_cache

import segno
from reportlab.graphics.barcode.code128 import Code128

from orderdesk.errors import ValidationError
from orderdesk.i18n import _

# Bars are sized in printer dots so thermal printers print them without rounding artefacts.
DOTS_203 = 72.0 / 203.0  # one dot of a 203 dpi printer, in points
QR_MASK = 4  # fixed mask: skips the costly penalty scoring; still a standard-conforming symbol


@lru_cache(maxsize=4096)
def code128_modules(value: str) -> tuple[int, ...]:
    """Alternating bar/space widths in modules (bar first), start, checksum and stop included."""
    if not value or any(ord(c) > 127 for c in value):
        raise ValidationError(_("'{value}' cannot be encoded as a Code 128 barcode (ASCII only).").format(value=value))
    symbol = Code128(value, quiet=0)
    symbol.validate()
    symbol.encode()
    pattern = symbol.decompose()  # letters: A-D bar of 1-4 modules, a-d space of 1-4 modules
    return tuple(ord(ch.upper()) - ord("A") + 1 for ch in pattern)


def code128_width_modules(value: str) -> int:
    return sum(code128_modules(value))


def code128_module_width(value: str, max_width: float, preferred_dots: int = 3, min_dots: int = 2) -> float:
    """Module width in points: a whole number of 203 dpi dots, as wide as fits up to ``preferred_dots``."""
    modules = code128_width_modules(value)
    for dots in range(preferred_dots, min_dots - 1, -1):
        if modules * dots * DOTS_203 <= max_width:
            return dots * DOTS_203
    return max_width / modules  # very long value: narrower than ideal rather than cut off


def draw_code128(canvas, x: float, y: float, value: str, height: float, module: float) -> float:
    """Draw the bars with the lower left corner at (x, y); returns the symbol's width."""
    path = canvas.beginPath()
    pos = x
    for index, width in enumerate(code128_modules(value)):
        if index % 2 == 0:
            path.rect(pos, y, width * module, height)
        pos += width * module
    canvas.drawPath(path, stroke=0, fill=1)
    return pos - x


@lru_cache(maxsize=4096)
def qr_runs(value: str, error: str = "m") -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """(size in modules, dark runs as (row, first column, length)) of the QR code for ``value``."""
    qr = segno.make_qr(value, error=error, mask=QR_MASK, boost_error=False)
    matrix = qr.matrix
    runs: list[tuple[int, int, int]] = []
    for row_index, row in enumerate(matrix):
        start = -1
        for col, dark in enumerate(row):
            if dark and start < 0:
                start = col
            elif not dark and start >= 0:
                runs.append((row_index, start, col - start))
                start = -1
        if start >= 0:
            runs.append((row_index, start, len(row) - start))
    return len(matrix), tuple(runs)


def qr_size_modules(value: str) -> int:
    return qr_runs(value)[0]


def draw_qr(canvas, x: float, y: float, value: str, size: float, quiet: int = 0) -> float:
    """Draw the QR code in a ``size`` x ``size`` square with its lower left at (x, y); returns module size.

    ``quiet`` modules of white border are reserved inside the square (the area is left blank).
    """
    count, dark = qr_runs(value)
    module = size / (count + 2 * quiet)
    top = y + size - quiet * module
    left = x + quiet * module
    path = canvas.beginPath()
    for row, col, length in dark:
        path.rect(left + col * module, top - (row + 1) * module, length * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    return module
