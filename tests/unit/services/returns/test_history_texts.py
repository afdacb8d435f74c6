"""A return's steps read as words in the order's history (the timeline and support answers)."""

from __future__ import annotations

from orderdesk.services.history_text import describe_all
from orderdesk.services.returns import ReceivedLine as R
from orderdesk.services.returns import ReturnRequestLine as L
from orderdesk.services.returns import ReturnService
from tests.factories import OWNER
from tests.unit.services.returns.helpers import delivered_order


def test_each_step_has_its_words(service):
    returns = ReturnService(service)
    number = delivered_order(service, payment="cash_on_delivery")
    r = returns.create_return(number, [L("MUG-1", 2, "damaged")], OWNER)
    returns.accept(r.number, OWNER)
    returns.receive(r.number, [R("MUG-1", 1, "restock")], OWNER)
    returns.receive(r.number, [R("MUG-1", 1, "repair")], OWNER)
    returns.refund(r.number, OWNER)
    texts = [(t.what, t.more) for t in describe_all(service.get(number).history, "en", "PLN")]
    assert texts[-5:] == [
        (f"Return {r.number} opened", "MUG-1 ×2"),
        (f"Return {r.number} accepted", ""),
        (f"Return {r.number} partly received", "MUG-1 ×1 back in stock"),
        (f"Return {r.number} received", "MUG-1 ×1 sent for repair"),
        (f"Refund 50.00 PLN for return {r.number}, paid back by hand", ""),
    ]
