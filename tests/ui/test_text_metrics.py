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


def test_a_repeated_text_draws_as_drawtext_does(qapp):
    """Same glyphs in the same place as ``drawText`` in a row of the text's height (the cards' rows);
    anti-aliasing may differ by a shade, so the ink's bounds and amount are compared."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter

    from orderdesk.ui.board.text_metrics import RepeatedTexts

    font = QFont(qapp.font())
    line = QFontMetrics(font).height()
    repeated = RepeatedTexts()

    def ink(draw) -> tuple[tuple[int, int, int, int], int]:
        image = QImage(200, line + 8, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setFont(font)
        draw(painter)
        painter.end()
        dark = [
            (x, y) for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).value() < 128
        ]
        xs, ys = [x for x, _ in dark], [y for _, y in dark]
        return (min(xs), max(xs), min(ys), max(ys)), len(dark)

    for text in ("Paid", "Pickup point", "3 items", "2d"):
        by_qt = ink(
            lambda p, text=text: p.drawText(
                QRect(10, 4, 180, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
            )
        )
        kept = ink(lambda p, text=text: repeated.draw(p, font, 10, 4, text))
        assert all(abs(a - b) <= 1 for a, b in zip(by_qt[0], kept[0], strict=True)), (text, by_qt, kept)
        assert abs(by_qt[1] - kept[1]) <= max(2, by_qt[1] // 10), (text, by_qt, kept)
