"""The delivery method on a card is not clipped in Russian or Polish, even in a narrow column."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from orderdesk.ui.board.delegate import CardDelegate
from orderdesk.ui.translations import install_translations

METHODS = ("pickup_shop", "pickup_point", "own_courier", "carrier")


@pytest.fixture
def in_language(qapp):
    def use(lang: str) -> CardDelegate:
        install_translations(qapp, lang)
        return CardDelegate(language=lang)

    yield use
    install_translations(qapp, "en")


@pytest.mark.parametrize("lang", ["ru", "pl", "zh", "en"])
def test_every_delivery_method_is_shown_whole_on_the_narrowest_card(in_language, lang):
    delegate = in_language(lang)
    fm = QFontMetrics(QFont(QApplication.font()))
    # The narrowest column (230 px) leaves ~196 px inside a card; the longest payment badge
    # ("Przy odbiorze", "Оплата позже") takes ~100 of them.
    badge = max(fm.horizontalAdvance(delegate.payment_label(s)) + 12 for s in ("on_delivery", "partly_paid", "unpaid"))
    room, last_row = 196 - badge - 6, 196
    for method in METHODS:
        label = delegate.delivery_label(method)
        assert label != method, "translated"
        row, shown = delegate.delivery_place(fm, label, room, last_row, last_row_free=True)
        assert shown == label, f"{lang}: '{label}' clipped to '{shown}'"
        if fm.horizontalAdvance(label) > room:
            assert row == 4  # moved to the free last row instead of being cut


def test_a_busy_last_row_keeps_the_method_beside_the_badge(in_language):
    delegate = in_language("pl")
    fm = QFontMetrics(QFont(QApplication.font()))
    label = delegate.delivery_label("pickup_shop")
    row, shown = delegate.delivery_place(fm, label, 40, 196, last_row_free=False)
    assert row == 3 and shown != label and shown.endswith("…")
