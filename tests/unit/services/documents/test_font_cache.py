"""Parsed fonts kept between processes: what comes back from the cache is what parsing gives."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from orderdesk.services.documents.font_cache import load_font
from orderdesk.services.documents.fonts import FONT_DIR

SAMPLE = "Zażółć gęślą jaźń · Съешь же ещё этих булок · 你好，世界 123"
FILES = ("DejaVuSans.ttf", "DroidSansFallbackFull.ttf")


def _face_values(font) -> dict:
    values = {k: v for k, v in vars(font.face).items() if k != "_pdfScale"}
    values["scaled"] = [font.face._pdfScale(x) for x in (0, 1, 3, 1000, 2048, -117)]
    return values


def _document(font) -> bytes:
    """A one-page PDF with the sample in ``font``, byte for byte the same for the same font data."""
    pdfmetrics.registerFont(font)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont(font.fontName, 12)
    canvas.drawString(20, 700, SAMPLE)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("file", FILES)
def test_a_cached_face_is_the_parsed_face(tmp_path: Path, file: str) -> None:
    parsed = load_font(f"P-{file}", FONT_DIR / file, None)
    written = load_font(f"W-{file}", FONT_DIR / file, tmp_path)  # parses and keeps it
    assert len(list(tmp_path.iterdir())) == 1
    cached = load_font(f"C-{file}", FONT_DIR / file, tmp_path)
    assert type(cached.face) is type(parsed.face)
    assert _face_values(cached) == _face_values(parsed) == _face_values(written)
    for name in ("name", "familyName", "styleName", "fullName"):
        assert getattr(cached.face, name).ustr == getattr(parsed.face, name).ustr
    assert {k: v for k, v in vars(cached).items() if k not in ("fontName", "face", "encoding", "state")} == {
        k: v for k, v in vars(parsed).items() if k not in ("fontName", "face", "encoding", "state")
    }
    assert cached.stringWidth(SAMPLE, 10) == parsed.stringWidth(SAMPLE, 10)
    # The same name in two documents: the embedded subsets and widths must come out identical.
    first = _document(load_font("Same", FONT_DIR / file, None))
    again = _document(load_font("Same", FONT_DIR / file, tmp_path))
    assert first == again


def test_a_damaged_entry_is_parsed_again_and_replaced(tmp_path: Path) -> None:
    path = FONT_DIR / FILES[0]
    load_font("A", path, tmp_path)
    (entry,) = tmp_path.iterdir()
    entry.write_bytes(b"\x00not marshal data")
    font = load_font("B", path, tmp_path)
    assert font.face.charWidths == load_font("C", path, None).face.charWidths
    assert entry.read_bytes() != b"\x00not marshal data"  # rewritten on the next parse
    entry.write_bytes(b"")  # an empty file (a disk that filled up mid-write before the rename)
    assert load_font("D", path, tmp_path).face.numGlyphs == font.face.numGlyphs


def test_a_changed_font_file_is_not_read_from_an_old_entry(tmp_path: Path) -> None:
    copy = tmp_path / "font.ttf"
    copy.write_bytes((FONT_DIR / FILES[0]).read_bytes())
    cache = tmp_path / "cache"
    load_font("A", copy, cache)
    copy.write_bytes((FONT_DIR / "DejaVuSans-Bold.ttf").read_bytes())
    os.utime(copy, ns=(1, 1))
    font = load_font("B", copy, cache)
    assert font.face.fullName.ustr == "DejaVu Sans Bold"
    assert len(list(cache.iterdir())) == 2


def test_a_cache_folder_that_cannot_be_written_still_gives_the_font(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    font = load_font("A", FONT_DIR / FILES[0], blocked / "fonts")
    assert font.face.numGlyphs > 5000


def test_processes_starting_together_share_one_cache(tmp_path: Path) -> None:
    """Several print runs at once with an empty cache: each gets the font, the entry is whole."""
    script = (
        "import sys; from pathlib import Path\n"
        "from orderdesk.services.documents.font_cache import load_font\n"
        "from orderdesk.services.documents.fonts import FONT_DIR\n"
        f"font = load_font('X', FONT_DIR / {FILES[1]!r}, Path(sys.argv[1]))\n"
        "print(font.face.numGlyphs, len(font.face.charToGlyph))\n"
    )
    runs = [
        subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    outputs = {run.communicate(timeout=120)[0].strip() for run in runs}
    assert all(run.returncode == 0 for run in runs)
    parsed = load_font("P", FONT_DIR / FILES[1], None)
    assert outputs == {f"{parsed.face.numGlyphs} {len(parsed.face.charToGlyph)}"}
    assert [p.suffix for p in tmp_path.iterdir()] == [".marshal"]  # no temporary left behind
    assert load_font("C", FONT_DIR / FILES[1], tmp_path).face.charWidths == parsed.face.charWidths
