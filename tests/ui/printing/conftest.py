"""Printing from the owner's windows through the real CUPS queue (see tests/integration/printing)."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QItemSelectionModel

from tests.integration.printing.conftest import cups_queue, find_cups_pdf_output  # noqa: F401  (fixture reuse)
from tests.support.components import require_tool


def select_cards(window, numbers: list[str]) -> list[int]:
    """Select these cards on the active board, as Ctrl+click would; returns their ids."""
    ids = []
    for status, model in window.board.models.items():
        view = window.board.columns[status].view
        for row, order_id in enumerate(model.ids):
            if model.summary(order_id).number in numbers:
                view.selectionModel().select(model.index(row), QItemSelectionModel.SelectionFlag.Select)
                ids.append(order_id)
    assert len(ids) == len(numbers), f"cards {numbers} not all on the board"
    return ids


def pdf_text(path) -> str:
    require_tool("pdftotext", "poppler-utils")
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(result.stdout.split())


def prints_of(service, number: str) -> list:
    return [e for e in service.get(number).history if e.kind == "print"]


@pytest.fixture
def two_orders(stocked):
    from tests.factories import make_order

    return [make_order(stocked, name="Zofia Woźniak"), make_order(stocked, name="Иван Петров")]
