"""Code 128 and QR codes drawn as plain filled rectangles, fast and crisp.

ReportLab's QR widget builds a Drawing per code and scores all eight masks in Python, which is
what made 1,000 labels take ~13 s. Here the QR matrix comes from our small encoder (``qr.py``,
fixed mask, cached templates) and every run of dark modules becomes one rectangle, written as
raw PDF operators in module units under one scaling matrix. Code 128 comes from our encoder
(``code128.py``: sets A/B/C, checksum) and its bars are drawn the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.services.documents import code128
from orderdesk.services.documents.qr import qr_rows

# Bars are sized in printer dots so thermal printers print them without rounding artefacts.
DOTS_203 = 72.0 / 203.0  # one dot of a 203 dpi printer, in points


@lru_cache(maxsize=4096)
def code128_modules(value: str) -> tuple[int, ...]:
    """Alternating bar/space widths in modules (bar first), start, checksum and stop included."""
    if not value or any(ord(c) > 127 for c in value):
        raise ValidationError(_("'{value}' cannot be encoded as a Code 128 barcode (ASCII only).").format(value=value))
    return code128.modules(value)


def code128_width_modules(value: str) -> int:
    return sum(code128_modules(value))


def code128_module_width(value: str, max_width: float, preferred_dots: int = 3, min_dots: int = 2) -> float:
    """Module width in points: a whole number of 203 dpi dots, as wide as fits up to ``preferred_dots``."""
    modules = code128_width_modules(value)
    for dots in range(preferred_dots, min_dots - 1, -1):
        if modules * dots * DOTS_203 <= max_width:
            return dots * DOTS_203
    return max_width / modules  # very long value: narrower than ideal rather than cut off


@lru_cache(maxsize=4096)
def _code128_ops(value: str) -> str:
    """PDF rectangle operators for the bars, in module units (x) and a unit height: cached per value."""
    ops = []
    pos = 0
    for index, width in enumerate(code128_modules(value)):
        if index % 2 == 0:
            ops.append(f"{pos} 0 {width} 1 re")
        pos += width
    return "\n".join(ops)


def draw_code128(canvas, x: float, y: float, value: str, height: float, module: float) -> float:
    """Draw the bars with the lower left corner at (x, y); returns the symbol's width.

    The bars are written as raw PDF rectangles in module units under one scaling matrix: no
    per-bar float formatting, which is what makes a thousand labels fast.
    """
    canvas.addLiteral(f"q {module:.5f} 0 0 {height:.4f} {x:.4f} {y:.4f} cm\n{_code128_ops(value)}\nf Q")
    return code128_width_modules(value) * module


_DARK_RUN = re.compile(b"\x01+")


@lru_cache(maxsize=4096)
def qr_runs(value: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """(size in modules, dark runs as (row, first column, length)) of the QR code for ``value``."""
    runs: list[tuple[int, int, int]] = []
    rows = qr_rows(value)  # 0 light, 1 dark
    for row_index, row in enumerate(rows):
        runs.extend((row_index, m.start(), m.end() - m.start()) for m in _DARK_RUN.finditer(row))
    return len(rows), tuple(runs)


@lru_cache(maxsize=4096)
def _qr(value: str) -> tuple[int, str]:
    """(size in modules, PDF operators drawing the code, one unit per module, row 0 at the top).

    Each row steps the matrix one module down and fills its dark runs as rectangles at y = 0, so
    a row's operators depend only on its modules: the few thousand distinct rows of a batch's
    codes are formatted once each (``_row_ops``), not once per code.
    """
    rows = qr_rows(value)
    return len(rows), "\n".join([_row_ops(row) for row in rows])


@lru_cache(maxsize=16384)
def _row_ops(row: bytes) -> str:
    runs = "".join([f" {start} 0 {end - start} 1 re" for start, end in map(re.Match.span, _DARK_RUN.finditer(row))])
    return f"1 0 0 1 0 -1 cm{runs} f" if runs else "1 0 0 1 0 -1 cm"


def _qr_ops(value: str) -> str:
    return _qr(value)[1]


def qr_size_modules(value: str) -> int:
    return _qr(value)[0]


def draw_qr(canvas, x: float, y: float, value: str, size: float, quiet: int = 0) -> float:
    """Draw the QR code in a ``size`` x ``size`` square with its lower left at (x, y); returns module size.

    ``quiet`` modules of white border are reserved inside the square (the area is left blank).
    Every run of dark modules in a row is one rectangle, in module units under one matrix.
    """
    count = qr_size_modules(value)
    module = size / (count + 2 * quiet)
    left = x + quiet * module
    top = y + size - quiet * module
    canvas.addLiteral(f"q {module:.5f} 0 0 {module:.5f} {left:.4f} {top:.4f} cm\n{_qr_ops(value)}\nQ")
    return module
