"""Parsed TrueType faces kept between processes, so a print command does not read its fonts again.

ReportLab parses a TrueType file in Python each time a process registers it: about 0.03 s for
each DejaVu face and 0.15 s for the CJK face (a character map of 28,000 entries and 49,000 glyph
offsets), a fifth of a 1,000-label print run. What the parser extracts is kept in the user's cache
folder as ``marshal`` data: plain numbers, strings and containers, so loading it runs no code. The
font file's own bytes (which the PDF's subsets are cut from) are always read from the font file.

An entry is used only for the same file (path, size, modification time), the same ReportLab and
the same Python; anything else, a damaged or missing entry or a cache folder that cannot be
written, means parsing the file as before. Entries are written to a temporary name and renamed,
so processes starting together never read half an entry.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

log = logging.getLogger(__name__)

_FORMAT = 1  # bump when what an entry holds changes
_NOT_KEPT = ("_ttf_data", "_pdfScale")  # the file's bytes (read from the font) and a function
_FONT_OWN = ("face", "encoding", "state")  # made afresh for every font object


def load_font(name: str, path: Path, cache: Path | None) -> TTFont:
    """The TrueType font in ``path`` registered as ``name`` (not yet registered with ReportLab)."""
    entry = _entry_path(path, cache) if cache is not None else None
    if entry is not None:
        font = _read(name, path, entry)
        if font is not None:
            return font
    font = TTFont(name, str(path))
    if entry is not None:
        _write(font, entry)
    return font


def _entry_path(path: Path, cache: Path) -> Path | None:
    try:
        info = path.stat()
    except OSError:
        return None  # TTFont reports the missing file itself
    key = "|".join(
        map(str, (_FORMAT, path.resolve(), info.st_size, info.st_mtime_ns, reportlab.Version, sys.version_info[:2],
                  marshal.version))
    )  # fmt: skip
    return cache / f"{path.stem}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"


def _pdf_scale(units_per_em: int):
    """The parser's conversion from font units to PDF's thousandths of an em (``TTFontFile.extractInfo``)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _write(font: TTFont, entry: Path) -> None:
    face = font.face
    values = {k: v for k, v in vars(face).items() if k not in _NOT_KEPT}
    names = {k: v.ustr for k, v in values.items() if isinstance(v, TTFNameBytes)}
    scale = _pdf_scale(face.unitsPerEm)
    if any(face._pdfScale(x) != scale(x) for x in (0, 1, 7, 1000, face.unitsPerEm, -250)):
        return  # this ReportLab converts differently: not ours to rebuild
    data = {
        "face": {k: (bytes(v) if k in names else v) for k, v in values.items()},
        "names": names,
        "font": {k: v for k, v in vars(font).items() if k not in _FONT_OWN and k != "fontName"},
    }
    try:
        blob = marshal.dumps(data)
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=entry.parent, prefix=entry.name, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(temporary, entry)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):  # a read-only or full cache folder; a value marshal cannot keep
        log.info("parsed font not kept in the cache", exc_info=True)


def _read(name: str, path: Path, entry: Path) -> TTFont | None:
    try:
        data = marshal.loads(entry.read_bytes())
        values = dict(data["face"])
        for key, text in data["names"].items():
            values[key] = TTFNameBytes(text.encode("utf8"))
        font_values = dict(data["font"])
        file_bytes = path.read_bytes()
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError, UnicodeError):
        log.info("font cache entry unreadable; parsing the font", exc_info=True)
        return None
    face = TTFontFace.__new__(TTFontFace)
    pdfmetrics.TypeFace.__init__(face, None)  # as TTFontFace.__init__ begins
    vars(face).update(values)
    face._ttf_data = file_bytes
    face._pdfScale = _pdf_scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    vars(font).update(font_values)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    return font
