"""The web store's status on a card: readable in a narrow column, not "shop: proc…"."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from orderdesk.ui.board.delegate import store_text


def test_the_store_status_keeps_its_words_before_the_stores_name(qapp):
    fm = QFontMetrics(QFont())
    both, alone = "shop: processing", "processing"
    assert store_text(fm, "shop", "processing", fm.horizontalAdvance(both)) == both
    # Too narrow for both: the status alone, whole, rather than an elided "shop: proc…".
    assert store_text(fm, "shop", "processing", fm.horizontalAdvance(both) - 1) == alone
    assert store_text(fm, "shop", "processing", fm.horizontalAdvance(alone)) == alone
    narrow = store_text(fm, "shop", "processing", fm.horizontalAdvance(alone) - 1)
    assert narrow.endswith("…") and narrow.startswith("proc")
    assert store_text(fm, "shop", "", 500) == "shop: —"  # not known yet
