"""What each PC does in the returns multi-process tests (module level, so spawned processes can run it)."""

from __future__ import annotations

from orderdesk.db import Database
from orderdesk.domain import Actor
from orderdesk.errors import ConflictError, ValidationError
from orderdesk.services.orders import OrderService
from orderdesk.services.returns import ReturnRequestLine, ReturnService
from orderdesk.workflow import Role

DESK = Actor("desk", Role.OWNER)


def _open(url: str) -> Database:
    return Database.open(url, migrate=False)


def return_one(db: Database, url: str, order_number: str, tries: int) -> list[str]:
    returns = ReturnService(OrderService(db))
    out = []
    for _ in range(tries):
        try:
            out.append(returns.create_return(order_number, [ReturnRequestLine("MUG-1", 1, "damaged")], DESK).number)
        except (ValidationError, ConflictError) as exc:
            out.append("refused" if "at most 0 more" in str(exc) else f"error: {exc}")
    return out


return_one.prepare = lambda url, order_number, tries: _open(url)


def refund(db: Database, url: str, return_number: str) -> str:
    returns = ReturnService(OrderService(db))
    try:
        return str(returns.refund(return_number, DESK).refund.amount.minor)
    except (ValidationError, ConflictError) as exc:
        return "refused: " + str(exc)


refund.prepare = lambda url, return_number: _open(url)


def refund_amount(db: Database, url: str, return_number: str, minor: int) -> str:
    from orderdesk.money import Money

    returns = ReturnService(OrderService(db))
    try:
        amount = Money(minor, "PLN")
        return str(returns.refund(return_number, DESK, amount=amount, reason="goodwill").refund.amount.minor)
    except (ValidationError, ConflictError) as exc:
        return "refused: " + str(exc)


refund_amount.prepare = lambda url, return_number, minor: _open(url)
