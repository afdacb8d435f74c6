"""Fonts for printed documents: one embedded TrueType font per script, chosen per run of text.

ReportLab embeds (subsets) TrueType ``glyf`` fonts only, so we ship DejaVu Sans (Latin incl.
Polish, Cyrillic) and Droid Sans Fallback (Chinese) in ``orderdesk/resources/fonts`` and split every
string into runs that one font can draw. A PDF that names a font the printer PC lacks, or a
font without the glyph, prints black boxes: that is what this module exists to prevent.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from orderdesk.services.documents.font_cache import load_font

# Package data, so an installed wheel prints the same as a source checkout.
FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

REGULAR = "OD-Sans"
BOLD = "OD-Sans-Bold"
CJK = "OD-CJK"

# name -> file; the CJK font has no bold face, so bold Chinese uses the regular one.
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}
_lock = threading.Lock()
_coverage: dict[str, frozenset[int] | set[int]] = {}
# The CJK font is four times the others and ~0.1 s to read: it is read the first time a text
# has a character the Latin/Cyrillic faces lack, so a shop without Chinese text never pays for it.
_EAGER = (REGULAR, BOLD)


def register_fonts() -> None:
    """Register the Latin/Cyrillic fonts with ReportLab once per process (thread safe)."""
    if all(name in _coverage for name in _EAGER):
        return
    for name in _EAGER:
        _register(name)


def _register(name: str) -> frozenset[int] | set[int]:
    """Register one of our fonts (once) and return the characters it has."""
    found = _coverage.get(name)
    if found is not None:
        return found
    with _lock:
        if name not in _coverage:
            font = load_font(name, FONT_DIR / _FILES[name], _cache_folder())
            pdfmetrics.registerFont(font)
            _coverage[name] = set(font.face.charToGlyph)
    return _coverage[name]


def _cache_folder() -> Path | None:
    from orderdesk.paths import cache_dir

    try:
        return cache_dir() / "fonts"
    except (OSError, RuntimeError, KeyError):  # no home folder to keep a cache in: parse every time
        return None


def _covers(name: str, cp: int) -> bool:
    return cp in (_coverage.get(name) or _register(name))


@dataclass(frozen=True)
class Run:
    font: str
    text: str


def _chain(bold: bool) -> tuple[str, ...]:
    return (BOLD if bold else REGULAR, CJK)


@lru_cache(maxsize=65536)
def runs(text: str, bold: bool = False) -> tuple[Run, ...]:
    """Split ``text`` into runs, each drawable by one font (first font in the chain that has the glyph).

    Spaces and punctuation that the current font also has stay in the current run, so a
    Chinese address with ASCII digits is not chopped into many tiny runs.
    """
    register_fonts()
    chain = _chain(bold)
    if _coverage[chain[0]].issuperset(map(ord, text)):
        # Latin or Cyrillic throughout (most texts): one run of the first font, as the loop makes.
        return (Run(chain[0], text),) if text else ()
    out: list[Run] = []
    current = ""
    buf: list[str] = []
    for ch in text:
        cp = ord(ch)
        if current and _covers(current, cp) and (ch.isspace() or not ch.isalnum() or current == chain[0]):
            buf.append(ch)
            continue
        font = next((f for f in chain if _covers(f, cp)), chain[0])  # unknown glyph: base font's .notdef
        if font != current and buf:
            out.append(Run(current, "".join(buf)))
            buf = []
        current = font
        buf.append(ch)
    if buf:
        out.append(Run(current, "".join(buf)))
    return tuple(out)


def missing_glyphs(text: str) -> str:
    """Characters none of our fonts can draw (they would print as boxes)."""
    register_fonts()
    return "".join(ch for ch in text if not ch.isspace() and not any(_covers(f, ord(ch)) for f in _FILES))


@lru_cache(maxsize=65536)
def unit_width(text: str, bold: bool = False) -> float:
    """Width of ``text`` at 1 pt; multiply by the font size (widths scale linearly)."""
    return sum(pdfmetrics.stringWidth(r.text, r.font, 1.0) for r in runs(text, bold))


def text_width(text: str, size: float, bold: bool = False) -> float:
    return unit_width(text, bold) * size


def draw_text(canvas, x: float, y: float, text: str, size: float, bold: bool = False, align: str = "left") -> float:
    """Draw one line of text at baseline ``y``; returns its width. ``align``: left, right, centre.

    Writes the PDF text operators itself (what ``canvas.drawString`` does for a TrueType font,
    minus its per-call text object): a thousand labels draw ~25,000 strings. The operators after
    the position are kept per document, so a repeated text (headings, products, the shop's
    address) is worked out once: a font's glyph subsets never change once assigned.
    """
    memo = canvas.__dict__.get("_od_text_ops")
    if memo is None:
        memo = canvas._od_text_ops = {}
    key = (text, bold, size)
    known = memo.get(key)
    if known is None:
        known = memo[key] = _text_ops(canvas, text, size, bold)
    width, body, wrapped = known
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    literal = f"BT 1 0 0 1 {x:.3f} {y:.3f} Tm{body} ET"
    canvas.addLiteral(f"q {literal} Q" if wrapped else literal)
    return width


def _text_ops(canvas, text: str, size: float, bold: bool) -> tuple[float, str, bool]:
    """(width, the operators between the position and ET with a leading space, wrap in q/Q?)."""
    parts = runs(text, bold)
    width = unit_width(text, bold) * size
    doc = canvas._doc  # ReportLab's document: needed to assign glyphs to embedded font subsets
    escape = canvas._escape
    ops = []
    for index, run in enumerate(parts):
        font = pdfmetrics.getFont(run.font)
        if index:
            ops.append(f"{pdfmetrics.stringWidth(parts[index - 1].text, parts[index - 1].font, size):.3f} 0 Td")
        fake_bold = bold and run.font == CJK  # no bold CJK face: fill and stroke the outline instead
        if fake_bold:
            ops.append(f"2 Tr {size * 0.035:.3f} w")
        for subset, chunk in font.splitString(run.text, doc):
            ops.append(f"{font.getSubsetInternalName(subset, doc)} {size:.2f} Tf ({escape(chunk)}) Tj")
        if fake_bold:
            ops.append("0 Tr")
    body = "".join(f" {op}" for op in ops)
    wrapped = bold and bool(ops) and any(r.font == CJK for r in parts)  # keep the line width change local
    return width, body, wrapped
