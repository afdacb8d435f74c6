"""Fitting text into boxes: wrap at spaces (or between any two characters for CJK), then shrink.

Nothing is ever cut silently: if a text cannot fit even at the smallest readable size, the
caller gets a ``ValidationError`` that names the field, so a packer fixes the address instead
of shipping a parcel with half an address on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.services.documents.fonts import draw_text, unit_width

LEADING = 1.18  # line height as a multiple of the font size
ASCENT = 0.92  # baseline below the top of a line, as a multiple of the size
ABSOLUTE_MIN_SIZE = 4.5  # below this a thermal printer smears the glyphs

_TOKEN = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: tuple[str, ...]

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LEADING


def _break_word(word: str, max_units: float, bold: bool) -> list[str]:
    """Split a word wider than the line between characters (how CJK text wraps anyway)."""
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and unit_width(current + ch, bold) > max_units:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return 0x2E80 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF


@lru_cache(maxsize=16384)
def wrap(text: str, max_units: float, bold: bool = False, break_words: bool = True) -> tuple[str, ...] | None:
    """Wrap ``text`` so that each line is at most ``max_units`` wide at 1 pt (width / size).

    Without ``break_words`` a Latin/Cyrillic word wider than the line makes it fail (None), so
    the caller shrinks the text instead of splitting "OD-2026-000001" in two; CJK text, which
    has no spaces, always breaks between characters.
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for token in _TOKEN.findall(paragraph):
            if token.isspace():
                if line:
                    line += " "
                continue
            candidate = line + token
            if unit_width(candidate, bold) <= max_units:
                line = candidate
                continue
            if line.strip():
                lines.append(line.rstrip())
            if unit_width(token, bold) <= max_units:
                line = token
            elif not break_words and not any(_is_cjk(ch) for ch in token):
                return None
            else:
                *full, line = _break_word(token, max_units, bold)
                lines.extend(full)
        lines.append(line.rstrip())
    return tuple(lines)


@lru_cache(maxsize=16384)  # a batch repeats its headings, shop, SKUs and amounts on every page
def fit(
    text: str, width: float, height: float, max_size: float, min_size: float = 6.0, bold: bool = False, field: str = ""
) -> Fitted:
    """Largest size (stepping down by 0.5 pt) at which ``text`` wrapped to ``width`` fits in ``height``."""
    floor = min(min_size, max_size)
    size = max_size
    while size >= floor:  # first pass: shrink rather than split a word
        lines = wrap(text, width / size, bold, break_words=False)
        if lines is not None and len(lines) * size * LEADING <= height + 0.01:
            return Fitted(size, lines)
        size -= 0.5
    size = max_size
    while True:
        lines = wrap(text, width / size, bold)
        if len(lines) * size * LEADING <= height + 0.01:
            return Fitted(size, lines)
        if size <= floor:
            if floor > ABSOLUTE_MIN_SIZE:
                floor = ABSOLUTE_MIN_SIZE  # last resort: smaller than we like, but complete
            else:
                raise ValidationError(
                    _("'{field}' is too long to print in the space on the document; shorten it.").format(
                        field=field or text[:40]
                    ),
                    field=field or None,
                )
        size = max(floor, size - 0.5)


def fit_lines(
    lines: list[str],
    width: float,
    height: float,
    max_size: float,
    min_size: float = 6.0,
    bold: bool = False,
    field: str = "",
) -> Fitted:
    """Like ``fit`` for several logical lines (an address) that must all share one size."""
    return fit("\n".join(line for line in lines if line), width, height, max_size, min_size, bold, field)


def draw_fitted(canvas, x: float, top: float, fitted: Fitted, bold: bool = False, align: str = "left") -> float:
    """Draw fitted lines downward from ``top`` (the top edge of the box); returns the bottom y."""
    y = top
    for line in fitted.lines:
        # DejaVu's ascent is 0.93 em and descent 0.24 em: the glyphs stay inside the line box.
        draw_text(canvas, x, y - fitted.size * ASCENT, line, fitted.size, bold, align)
        y -= fitted.size * LEADING
    return y


def draw_in_box(
    canvas,
    text: str,
    x: float,
    top: float,
    width: float,
    height: float,
    max_size: float,
    min_size: float = 6.0,
    bold: bool = False,
    field: str = "",
    align: str = "left",
) -> Fitted:
    fitted = fit(text, width, height, max_size, min_size, bold, field)
    anchor = x + width if align == "right" else x + width / 2 if align == "centre" else x
    draw_fitted(canvas, anchor, top, fitted, bold, align)
    return fitted
