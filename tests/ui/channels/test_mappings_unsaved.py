"""Channels → Store mappings… never drops edits silently: choosing another store or closing the
dialog (or the main window) with unsaved edits asks Save / Discard / Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt

from orderdesk.services.channels import mappings, registry
from tests.ui.conftest import wait_idle


def _row_of(model, key: str) -> int:
    return next(i for i, r in enumerate(model.rows) if r.key == key)


def _open(qtbot, window, asked: list[str], answer: str):
    dialog = window.channels.edit_mappings()
    dialog.ask_unsaved = lambda: asked.append(answer) or answer
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    return dialog


def _answer(dialog, asked: list[str], answer: str) -> None:
    dialog.ask_unsaved = lambda: asked.append(answer) or answer


def _edit(dialog, value: str = "own_courier") -> None:
    ship = dialog.shipping
    assert ship.setData(ship.index(_row_of(ship, "flat_rate"), ship.value_column), value)


def _saved_map(service, name: str) -> dict:
    return mappings.load_mappings(service.db, name).shipping_map()


def test_switching_store_with_unsaved_edits_asks_first(qtbot, make_window, service, runner):
    registry.add_channel(service.db, "woocommerce", "alpha", "https://alpha.example.com")
    registry.add_channel(service.db, "woocommerce", "beta", "https://beta.example.com")
    built_in = _saved_map(service, "alpha")["flat_rate"]
    window = make_window()
    asked: list[str] = []
    dialog = _open(qtbot, window, asked, "cancel")
    assert dialog.store.currentText() == "alpha" and not dialog.is_dirty()

    _edit(dialog)
    assert dialog.is_dirty()
    dialog.store.setCurrentText("beta")  # Cancel: still alpha, the edit kept
    assert asked == ["cancel"] and dialog.store.currentText() == "alpha" and dialog.shown == "alpha"
    assert dialog.shipping.values()["flat_rate"] == "own_courier"

    _answer(dialog, asked, "discard")
    dialog.store.setCurrentText("beta")  # Discard: beta's tables, alpha's edit gone
    qtbot.waitUntil(lambda: dialog.shown == "beta" and dialog.save_button.isEnabled(), timeout=5000)
    assert asked[-1] == "discard" and dialog.shipping.values()["flat_rate"] == built_in
    assert _saved_map(service, "alpha")["flat_rate"] == built_in

    _edit(dialog)
    _answer(dialog, asked, "save")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.store.setCurrentText("alpha")  # Save: beta's edit stored, then alpha's tables
    qtbot.waitUntil(lambda: dialog.shown == "alpha" and dialog.save_button.isEnabled(), timeout=5000)
    assert asked[-1] == "save" and dialog.isVisible() and dialog.store.currentText() == "alpha"
    assert _saved_map(service, "beta")["flat_rate"] == "own_courier"
    assert dialog.shipping.values()["flat_rate"] == built_in and not dialog.is_dirty()

    count = len(asked)
    dialog.store.setCurrentText("beta")  # nothing edited: no question
    qtbot.waitUntil(lambda: dialog.shown == "beta" and dialog.save_button.isEnabled(), timeout=5000)
    assert len(asked) == count and dialog.shipping.values()["flat_rate"] == "own_courier"
    dialog.close()
    wait_idle(qtbot, runner)


def test_a_refused_save_while_switching_stays_on_the_store_with_the_reason(qtbot, make_window, service, runner):
    registry.add_channel(service.db, "woocommerce", "alpha", "https://alpha.example.com")
    registry.add_channel(service.db, "woocommerce", "beta", "https://beta.example.com")
    window = make_window()
    asked: list[str] = []
    dialog = _open(qtbot, window, asked, "save")
    stat = dialog.statuses
    assert stat.setData(stat.index(_row_of(stat, "shipped"), 1), "Wysłane!")  # not a store status
    dialog.store.setCurrentText("beta")
    qtbot.waitUntil(lambda: dialog.result.text().startswith("✖"), timeout=5000)
    assert dialog.shown == "alpha" and dialog.store.currentText() == "alpha" and dialog.is_dirty()
    assert registry.get_channel(service.db, "alpha").settings.get("status_map") in (None, {})
    _answer(dialog, asked, "discard")
    dialog.close()
    assert not dialog.isVisible()
    wait_idle(qtbot, runner)


def test_closing_with_unsaved_edits_asks_save_discard_or_cancel(qtbot, make_window, service, runner):
    registry.add_channel(service.db, "woocommerce", "alpha", "https://alpha.example.com")
    built_in = _saved_map(service, "alpha")["flat_rate"]
    window = make_window()
    asked: list[str] = []
    dialog = _open(qtbot, window, asked, "cancel")
    dialog.close()  # nothing changed: closes without a question
    assert not dialog.isVisible() and asked == []

    dialog = _open(qtbot, window, asked, "cancel")
    _edit(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape, Cancel and the title bar's X all ask
    assert asked == ["cancel"] and dialog.isVisible()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert asked == ["cancel", "cancel"] and dialog.isVisible()
    window.close()  # the main window stays open too while the owner keeps the edits
    assert window.isVisible() and dialog.isVisible() and asked == ["cancel"] * 3

    _answer(dialog, asked, "discard")
    dialog.close()
    assert not dialog.isVisible() and asked[-1] == "discard"
    assert _saved_map(service, "alpha")["flat_rate"] == built_in  # discarded: nothing stored

    dialog = _open(qtbot, window, asked, "save")
    _edit(dialog)
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)  # closes once stored
    assert asked[-1] == "save" and _saved_map(service, "alpha")["flat_rate"] == "own_courier"
    wait_idle(qtbot, runner)
