"""The template editor's fallback text and its check against the open orders: which orders the
text as typed could not be filled for, and whether the fallback covers them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from orderdesk.services.messaging.store import TemplateStore
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER
from tests.ui.conftest import make_order, wait_idle

FALLBACK = "{shop_name}: zapłać {amount_due} za {order_number} przelewem; dane wyślemy e-mailem."


def awaiting(service) -> str:
    number = make_order(service)  # the factory's customer writes Polish
    service.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    service.move(number, MoveRequest(Status.AWAITING_PAYMENT), OWNER)
    return number


def test_held_back_orders_and_the_fallback_text(qtbot, make_window, stocked, db, runner):
    a, b = awaiting(stocked), awaiting(stocked)
    window = make_window()
    editor = window.notifications.open_templates()
    qtbot.waitUntil(editor.isEnabled)
    editor.ask_unsaved = lambda: "discard"
    editor.select("awaiting_payment", "sms", "pl")  # uses {payment_link}: no link is set
    box = editor.held_back
    qtbot.waitUntil(lambda: box.found is not None and len(box.found) == 2, timeout=5000)
    assert {h.number for h in box.found} == {a, b}
    assert "2 would wait" in box.summary.text()
    assert all("{payment_link} → waits" in box.orders.item(i).text() for i in range(box.orders.count()))

    editor.fallback.setPlainText(FALLBACK)  # typed: checked again a moment later
    qtbot.waitUntil(lambda: box.found is not None and all(h.fallback for h in box.found), timeout=5000)
    assert "0 would wait" in box.summary.text() and "2 would get the fallback" in box.summary.text()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert TemplateStore(db).get("awaiting_payment", "sms", "pl").fallback == FALLBACK

    editor.fallback.setPlainText("{nope}")
    assert "{nope}" in editor.preview_error.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.fallback_error.isVisible(), timeout=5000)
    wait_idle(qtbot, runner)
    editor.close()


def test_a_shop_text_without_a_fallback_shows_the_orders_the_shipped_one_covers(
    qtbot, make_window, stocked, db, runner
):
    """A shop's own copy saved before templates had fallbacks: the check says which open orders
    would get the shipped fallback wording, and which would still wait."""
    from sqlalchemy import select

    from orderdesk.models import CustomerRow
    from orderdesk.services.messaging.templates import Template

    own = "Dzień dobry, {customer_name}! Zapłać {amount_due}: {payment_link}"
    TemplateStore(db).save(Template("awaiting_payment", "email", "pl", own, "Płatność {order_number}"))
    nameless = make_order(stocked, name="Ewa", phone="+48 601 222 333", email="ewa@example.pl")
    with db.session(write=True) as s:
        s.scalar(select(CustomerRow).where(CustomerRow.email == "ewa@example.pl")).name = ""
    stocked.move(nameless, MoveRequest(Status.CONFIRMED), OWNER)
    TemplateStore(db).save(Template("confirmed", "email", "pl", "Dzień dobry, {customer_name}!", "Zamówienie"))
    window = make_window()
    editor = window.notifications.open_templates()
    qtbot.waitUntil(editor.isEnabled)
    editor.ask_unsaved = lambda: "discard"
    editor.select("confirmed", "email", "pl")
    assert editor.fallback.toPlainText() == "" and "shipped fallback" in editor.fallback.placeholderText()
    box = editor.held_back
    qtbot.waitUntil(lambda: box.found is not None and len(box.found) == 1, timeout=5000)
    assert box.orders.item(0).text() == f"{nameless} — {{customer_name}} → shipped fallback"
    assert "0 would wait" in box.summary.text() and "1 would get the fallback" in box.summary.text()
    assert box.summary.text().startswith("Checked: orders in Confirmed.")
    stocked.move(nameless, MoveRequest(Status.AWAITING_PAYMENT), OWNER)  # the status that sends it
    editor.select("awaiting_payment", "email", "pl")  # no payment link: the shipped fallback lacks it too
    qtbot.waitUntil(lambda: box.found is not None and box.found[0].missing[-1] == "payment_link", timeout=5000)
    assert box.orders.item(0).text().endswith("→ waits")
    wait_idle(qtbot, runner)
    editor.close()
