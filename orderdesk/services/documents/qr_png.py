"""A QR code as a PNG image, for e-mails (the customer's pickup code).

PNG needs only zlib and a few chunk headers, so an 8-bit greyscale image of our own QR matrix
costs no imaging library.
"""

from __future__ import annotations

import struct
import zlib

from orderdesk.services.documents.qr import qr_matrix

QUIET_ZONE = 4  # modules of white around the symbol, as ISO/IEC 18004 asks


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def qr_png(text: str, scale: int = 8) -> bytes:
    """PNG bytes of the QR code for ``text``, ``scale`` pixels a module."""
    matrix = qr_matrix(text)
    modules = len(matrix) + 2 * QUIET_ZONE
    side = modules * scale
    white_row = b"\x00" + b"\xff" * side  # leading 0: PNG filter type "none"
    rows = [white_row] * (QUIET_ZONE * scale)
    margin = b"\xff" * (QUIET_ZONE * scale)
    for bits in matrix:
        line = b"\x00" + margin + b"".join(b"\x00" * scale if bit else b"\xff" * scale for bit in bits) + margin
        rows.extend([line] * scale)
    rows.extend([white_row] * (QUIET_ZONE * scale))
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)  # 8-bit greyscale, no interlace
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _chunk(b"IEND", b"")
    )
