"""Our QR encoder against an independent one (segno) and a real decoder (zbarimg)."""

from __future__ import annotations

import subprocess

import pytest

from orderdesk.services.documents import qr
from tests.support.components import require, require_tool

try:
    import segno  # test-only reference implementation (pip: segno)
except ImportError:  # pragma: no cover - CI installs it
    segno = None

# One value per interesting version: 1 (no alignment), 2-6 (one alignment), 7+ (version info),
# multi-block interleaving with short and long blocks (5, 10+), 16-bit character counts (10+).
LENGTHS = [1, 14, 20, 40, 60, 84, 100, 140, 200, 280, 400, 700, 1000, 1600, 2300]


def _value(n: int) -> str:
    text = "OD-2026-Zażółć-Жёлтый-张伟-"
    return (text * (n // len(text.encode()) + 1)).encode()[:n].decode("utf-8", "ignore")


def _read_back(matrix, version: int) -> list[int]:
    """Unmask the data modules in our placement order and pack them into codewords."""
    _size, _base, order = qr._template(version)
    bits = [(matrix[r][c] == 1) != masked for r, c, masked in order]
    return [int("".join("1" if b else "0" for b in bits[i : i + 8]), 2) for i in range(0, len(bits) - 7, 8)]


@pytest.mark.parametrize("n", LENGTHS)
def test_same_symbol_structure_as_segno(n):
    require(segno is not None, "the segno package (test dependency)")
    value = _value(n)
    eci = any(ord(ch) > 127 for ch in value)
    ref = segno.make_qr(value, error="m", mask=qr.MASK, boost_error=False, mode="byte", eci=eci)
    mine = qr.qr_matrix(value)
    version = qr.version_for(value.encode())
    assert ref.version == version
    size, base, order = qr._template(version)
    data_cells = {(r, c) for r, c, _m in order}
    # finder, timing, alignment, format and version modules are identical
    for r in range(size):
        for c in range(size):
            if (r, c) not in data_cells:
                assert ref.matrix[r][c] == base[r][c] == mine[r][c], (r, c)
    # reading segno's symbol in our module order yields a byte-mode header and our data
    theirs = _read_back(ref.matrix, version)
    ours = _read_back(mine, version)
    assert theirs[0] >> 4 == ours[0] >> 4 == (0b0111 if eci else 0b0100)
    # segno pads differently after the terminator (an extra zero byte), so compare the data part
    data_len = len(value.encode()) + (2 if version < 10 else 3) + (2 if eci else 0)
    if qr._BLOCKS[version] == 1:
        assert theirs[: data_len - 1] == ours[: data_len - 1]


def test_zbar_decodes_our_symbols(tmp_path):
    zbarimg = require_tool("zbarimg", "zbar-tools")
    from PIL import Image

    values = [_value(n) for n in LENGTHS[:12]] + ["OD-2026-000001", "https://example.com/o/OD-2026-000001?x=1"]
    paths = []
    for index, value in enumerate(values):
        matrix = qr.qr_matrix(value)
        n, scale, quiet = len(matrix), 4, 4
        image = Image.new("L", ((n + 2 * quiet) * scale,) * 2, 255)
        for r, row in enumerate(matrix):
            for c, dark in enumerate(row):
                if dark:
                    image.paste(
                        0, ((c + quiet) * scale, (r + quiet) * scale, (c + quiet + 1) * scale, (r + quiet + 1) * scale)
                    )
        path = tmp_path / f"qr{index}.png"
        image.save(path)
        paths.append(path)
    for value, path in zip(values, paths, strict=True):
        out = subprocess.run([zbarimg, "-q", "--raw", str(path)], capture_output=True, check=False)
        assert out.stdout.decode("utf-8").rstrip("\n") == value
