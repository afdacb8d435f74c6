"""Work done in separate PROCESSES by the stock concurrency tests (spawned, so module-level)."""

from __future__ import annotations


def reserve_units(url: str, skus: list[str], count: int, start, results) -> None:
    """``count`` one-unit reservations, one transaction each, alternating over ``skus``."""
    from sqlalchemy import select

    from orderdesk.db import Database
    from orderdesk.models import ProductRow
    from orderdesk.services.stock import ledger

    db = Database(url)
    with db.session() as s:
        ids = [s.scalar(select(ProductRow.id).where(ProductRow.sku == sku)) for sku in skus]
    start.wait(60)
    granted = 0
    for i in range(count):
        with db.session(write=True) as s:
            if ledger.reserve(s, ids[i % len(ids)], 1, actor="worker", order_id=None):
                granted += 1
    db.dispose()
    results.put(granted)


def move_to_assembling(url: str, numbers: list[str], start, results) -> None:
    """The real workflow: each order to assembling (reserving its lines), by a packer."""
    from orderdesk.db import Database
    from orderdesk.domain import Actor
    from orderdesk.services.orders import OrderService
    from orderdesk.workflow import MoveRequest, Role, Status

    db = Database(url)
    service = OrderService(db)
    start.wait(60)
    for number in numbers:
        service.move(number, MoveRequest(Status.ASSEMBLING), Actor("packer", Role.PACKER))
    db.dispose()
    results.put(len(numbers))
