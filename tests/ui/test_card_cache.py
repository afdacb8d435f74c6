"""Painted cards are kept and copied: the copies look exactly like freshly painted cards."""

from __future__ import annotations

from PySide6.QtGui import QImage

from orderdesk.ui.board.delegate import CardDelegate
from orderdesk.workflow import Status
from tests.factories import make_order


def column_image(window) -> QImage:
    view = window.board.columns[Status.NEW].view
    return view.viewport().grab().toImage()


def test_a_kept_card_looks_like_a_freshly_painted_one(make_window, stocked, qtbot):
    for i in range(3):
        make_order(stocked, name=f"Ola Nowak {i}", phone=f"+48 600 500 {i:03d}", email=f"ola{i}@example.pl")
    window = make_window()
    delegate: CardDelegate = window.delegate
    first = column_image(window)  # painted directly (each card drawn for the first time) ...
    second = column_image(window)  # ... then drawn into pixmaps ...
    kept = len(delegate._cards)
    third = column_image(window)  # ... and copied from them
    assert kept >= 3 and len(delegate._cards) == kept
    assert first == second == third

    # What a card shows is part of its key: a refusal on one card repaints it, and only it.
    model = window.column_model(Status.NEW)
    model.set_error(model.ids[0], "Refused: needs payment")
    refused = column_image(window)
    assert refused != third
    model.set_error(model.ids[0], "")
    assert column_image(window) == third


def test_the_card_cache_stays_within_its_budget(make_window, stocked, qtbot, monkeypatch):
    from orderdesk.ui.board import delegate as delegate_module

    for i in range(4):
        make_order(stocked, name=f"Piotr Zieliński {i}", phone=f"+48 600 600 {i:03d}", email=f"p{i}@example.pl")
    window = make_window()
    view = window.board.columns[Status.NEW].view
    one_card = view.visualRect(window.column_model(Status.NEW).index(0)).size()
    monkeypatch.setattr(delegate_module, "CARD_CACHE_BYTES", 2 * one_card.width() * one_card.height() * 4)
    for _ in range(3):
        column_image(window)
    delegate = window.delegate
    assert 1 <= len(delegate._cards) <= 2
    assert delegate._cards_bytes <= delegate_module.CARD_CACHE_BYTES
