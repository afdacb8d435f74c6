"""A history row in words, in the reader's language: the window and `order show` share it."""

from __future__ import annotations

from datetime import datetime

import pytest

from orderdesk.domain import HistoryEntry
from orderdesk.services.history_text import describe
from orderdesk.services.orders import NewLine, OrderEdit
from tests.factories import OWNER, make_order, stock_products

AT = datetime(2026, 11, 20, 9, 30)


@pytest.fixture
def stocked(service):
    stock_products(service)
    return service


def entry(kind: str, *, from_value: str = "", to_value: str = "", reason: str = "", details=None, **who):
    actor = who.get("actor", "Olga")
    role = who.get("role", "owner")
    return HistoryEntry(1, AT, actor, role, kind, from_value, to_value, reason, details or {})


def test_an_edit_of_quantities_says_before_and_after_from_the_stored_row(stocked):
    number = make_order(stocked, lines=(("MUG-1", 2), ("TEA-2", 1)))
    edit = OrderEdit(lines=[NewLine("MUG-1", 3), NewLine("FAN-3", 1)])
    detail = stocked.update_order(number, edit, OWNER)
    row = detail.history[-1]
    assert row.kind == "edit" and row.to_value == "lines"  # the stored data is unchanged
    text = describe(row, "en", detail.currency)
    assert text.what == "Edited: items"
    assert text.more.splitlines() == ["MUG-1: quantity 2 → 3", "FAN-3 added (×1)", "TEA-2 removed (was ×1)"]


def test_one_change_is_said_on_the_line_itself():
    text = describe(entry("edit", to_value="lines", details={"lines": [[["MUG-1", 2]], [["MUG-1", 5]]]}), "en")
    assert text.what == "Edited: MUG-1: quantity 2 → 5"
    assert text.more == ""
    fee = entry("edit", to_value="shipping_fee_minor", details={"shipping_fee_minor": [1500, 0]})
    assert describe(fee, "pl", "PLN").what == "Zmieniono: koszt wysyłki: 15,00\u00a0PLN → 0,00\u00a0PLN"


@pytest.mark.parametrize(
    ("documents", "words"),
    [
        ("slips", "Printed: packing slip"),
        ("labels", "Printed: shipping label"),
        ("slips,labels", "Printed: packing slip, shipping label"),
    ],
)
def test_prints_name_the_document(documents, words):
    text = describe(entry("print", to_value=documents, details={"target": "printer", "printer": "Zebra", "copies": 2}))
    assert text.what == words
    assert text.more.splitlines() == ["printer: Zebra", "copies: 2"]
    saved = describe(entry("print", to_value="picklist", details={"target": "file", "file": "x.pdf"}))
    assert saved.what == "Saved as PDF: pick list"


def test_who_names_the_role_in_words_and_the_automatic_jobs_by_what_they_do():
    assert describe(entry("note", actor="Piotr", role="packer")).who == "Piotr · packer"
    assert describe(entry("note", actor="Olga (owner)", role="owner")).who == "Olga (owner)"
    assert describe(entry("note", actor="carrier:cdek", role="system")).who == "carrier tracking (CDEK)"
    assert describe(entry("note", actor="auto-complete", role="system")).who == "automatic completion"


def test_the_order_source_and_statuses_in_the_reader_language():
    assert describe(entry("create", to_value="new", reason="web")).what == "Order created: web store"
    moved = entry("status", from_value="packed", to_value="shipped", details={"consumed": {"MUG-1": 2}})
    assert describe(moved, "ru").what == "Собран → Передан в доставку"
    assert describe(moved, "zh").what == "已打包 → 已发货"
    assert describe(moved, "en").more == "taken from stock: MUG-1 ×2"
    paid = entry("status", from_value="awaiting_payment", to_value="paid", details={"payment_minor": 12900})
    assert describe(paid, "pl", "PLN").more == "płatność zarejestrowana: 129,00\u00a0PLN"
    held = entry("hold", to_value="address_problem", reason="no flat number")
    assert describe(held, "pl").what == "Wstrzymane: Problem z adresem"
    assert describe(held, "pl").why == "no flat number"


def test_unknown_kinds_and_odd_details_never_break_the_history():
    assert describe(entry("something_new", to_value="x")).what == "something_new: x"
    odd = entry("edit", to_value="lines", details={"lines": "not a list"})
    assert describe(odd).what == "Edited: items"
    assert describe(entry("label", to_value="cancelled", details={"tracking_number": "CD1"})).what == (
        "Shipping label cancelled: CD1"
    )
