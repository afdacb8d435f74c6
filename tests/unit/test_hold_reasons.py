"""Hold reasons the app writes are stored as a kind plus parameters (with the English text beside
them) and read in the reader's language; older rows and a person's own words read as written."""

from __future__ import annotations

from orderdesk import repository
from orderdesk.hold_reasons import hold_reason, render_reason
from orderdesk.i18n import language_scope
from orderdesk.models import HoldRow
from orderdesk.services.history_text import describe
from orderdesk.workflow import Hold, MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products


def short_order(service) -> str:
    stock_products(service, stock=1)
    number = make_order(service, payment="cash_on_delivery")  # wants 2 mugs, 1 in stock
    for status in (Status.CONFIRMED, Status.ASSEMBLING):
        service.move(number, MoveRequest(status), OWNER)
    return number


def test_a_short_stock_hold_is_stored_in_english_and_read_in_the_reader_language(service):
    number = short_order(service)
    with service.db.session() as s:
        row = s.query(HoldRow).one()
        assert row.reason == "Not enough stock: MUG-1 (1)"  # the stored text: English, whatever the desk spoke
        assert row.details["reason"] == {"kind": "short_stock", "params": {"m": {"MUG-1": 1}}}
        assert row.details["MUG-1"] == 1  # the evidence as before
    with language_scope("ru"):
        hold = service.get(number).active_holds[0]
        assert hold.reason == "Недостаточно товара на складе: MUG-1 (1)"
        with service.db.session() as s:
            (card,) = repository.summaries(s, [hold_order_id(service, number)])
        assert card.holds == (("out_of_stock", "Недостаточно товара на складе: MUG-1 (1)"),)
    with language_scope("en"):
        assert service.get(number).active_holds[0].reason == "Not enough stock: MUG-1 (1)"
    history = [e for e in service.get(number).history if e.kind == "hold"][-1]
    assert describe(history, "ru").why == "Недостаточно товара на складе: MUG-1 (1)"


def hold_order_id(service, number: str) -> int:
    return service.get(number).id


def test_statuses_in_a_reason_are_named_in_the_reader_language():
    text, details = hold_reason("status_differs", s="delivered", c="RETURNED")
    assert text == "The order is Delivered, but the carrier says: RETURNED."
    assert render_reason(text, details, "ru") == "Заказ в статусе «Доставлен», но служба доставки сообщает: RETURNED."
    text, details = hold_reason("no_tracking_event", d=6, c="")
    assert text == "No tracking event for 6 days (last: none)."
    assert render_reason(text, details, "ru") == "Нет событий отслеживания уже 6 дн. (последнее: нет)."


def test_old_rows_and_people_s_own_words_read_as_written(service):
    stock_products(service)
    number = make_order(service)
    service.add_hold(number, Hold.ADDRESS_PROBLEM, "нет номера квартиры", OWNER)
    with language_scope("pl"):
        assert service.get(number).active_holds[0].reason == "нет номера квартиры"
    assert render_reason("Not enough stock: X (1)", {}, "ru") == "Not enough stock: X (1)"  # before kinds were stored
    assert render_reason("odd", {"reason": {"kind": "no_such_kind", "params": {}}}, "ru") == "odd"
    assert render_reason("odd", {"reason": {"kind": "short_stock", "params": {}}}, "ru") == "odd"  # broken params


def test_a_cancelled_order_s_resolved_holds_say_why_in_the_reader_language(service):
    number = short_order(service)
    service.move(number, MoveRequest(Status.CANCELLED, reason="asked"), OWNER)
    resolved = [e for e in service.get(number).history if e.kind == "hold" and e.to_value == "resolved"]
    assert resolved[0].reason == "order cancelled"
    assert describe(resolved[0], "ru").why == "заказ отменён"


def test_the_carrier_ahead_of_the_desk_reads_in_the_reader_language():
    text, details = hold_reason("carrier_ahead", c="cdek", d="DELIVERED", s="assembling")
    assert text.startswith("cdek says: DELIVERED, but the order is still Assembling.")
    assert "«Сборка»" in render_reason(text, details, "ru") or "Сборка" in render_reason(text, details, "ru")
