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


def refund_part(db: Database, url: str, return_number: str, minor: int, seen: int) -> str:
    """A part of a return's refund by a desk that saw ``seen`` refunds of it."""
    from orderdesk.money import Money

    returns = ReturnService(OrderService(db))
    try:
        done = returns.refund(return_number, DESK, amount=Money(minor, "PLN"), rest_later=True, expected_refunds=seen)
        return str(done.refund.amount.minor)
    except (ValidationError, ConflictError) as exc:
        return "refused: " + str(exc)


refund_part.prepare = lambda url, return_number, minor, seen: _open(url)


def return_label(db: Database, url: str, return_number: str, fake_url: str, labels_dir: str) -> str:
    """Ask the InPost fake for the return's label; "made:T", "reused:T" or "busy"."""
    from pathlib import Path

    from orderdesk.services.carriers.inpost import InpostCarrier
    from orderdesk.services.carriers.registry import CarrierRegistry
    from orderdesk.services.http import HttpClient
    from orderdesk.services.return_labels import ReturnLabelService
    from orderdesk.settings import Settings

    client = InpostCarrier(HttpClient(fake_url, name="inpost"), "test-token", "1234", poll_interval=0.05)
    registry = CarrierRegistry(Settings(db), overrides={"inpost": lambda: client})
    labels = ReturnLabelService(ReturnService(OrderService(db)), registry, labels_dir=Path(labels_dir))
    try:
        got = labels.get_label(return_number, DESK)
    except ConflictError:
        return "busy"
    finally:
        registry.close()
    return f"{'reused' if got.reused else 'made'}:{got.shipment.tracking_number}"


return_label.prepare = lambda url, return_number, fake_url, labels_dir: _open(url)
