"""The cards' remembered text measurements give what Qt's own give."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from orderdesk.ui.board import text_metrics
from orderdesk.ui.board.text_metrics import MemoMetrics

TEXTS = ["Paid", "Pickup point", "Odbiór w sklepie", "Самовывоз", "张伟", "#WEB-1042", "", "3 items", "149,00 zł"]
MODES = [Qt.TextElideMode.ElideRight, Qt.TextElideMode.ElideMiddle]


def test_the_same_answers_as_qfontmetrics(qapp):
    font = QFont(qapp.font())
    bold = QFont(font)
    bold.setBold(True)
    for f in (font, bold):
        qt, memo = QFontMetrics(f), MemoMetrics(f)
        assert memo.height() == qt.height()
        for _ in range(2):  # measured, then remembered
            for text in TEXTS:
                assert memo.horizontalAdvance(text) == qt.horizontalAdvance(text), text
                for width in (0, 10, 40, 80, 400):
                    for mode in MODES:
                        assert memo.elidedText(text, mode, width) == qt.elidedText(text, mode, width), (text, width)


def test_it_stays_small_with_ever_new_texts(qapp, monkeypatch):
    monkeypatch.setattr(text_metrics, "MAX_TEXTS", 50)
    memo = MemoMetrics(QFont(qapp.font()))
    qt = QFontMetrics(QFont(qapp.font()))
    for i in range(500):
        name = f"Customer {i}"
        assert memo.elidedText(name, Qt.TextElideMode.ElideRight, 60) == qt.elidedText(
            name, Qt.TextElideMode.ElideRight, 60
        )
    assert len(memo._advances) <= 50 and len(memo._elided) <= 50
