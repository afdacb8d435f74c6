"""The font shipped for documents, made available to every widget as well.

Chinese text (the Chinese interface, and Chinese customers' names in any language) needs a CJK
font; a Linux PC without one would show those names as empty boxes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

FALLBACK_FONT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "DroidSansFallbackFull.ttf"
_added = False


def add_bundled_fonts() -> bool:
    """Register the shipped CJK font with Qt, once per process (~5 ms); True when it is there.

    Qt's glyph fallback then finds it for characters the interface font lacks."""
    global _added
    if not _added:
        _added = QFontDatabase.addApplicationFont(str(FALLBACK_FONT)) >= 0
    return _added
