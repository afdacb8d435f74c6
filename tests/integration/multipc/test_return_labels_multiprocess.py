"""Several desks (separate processes, one SQLite file or one PostgreSQL database) press "Get a
return label" for the same return at once, against the InPost fake over HTTP: one parcel is
registered at the carrier, one return shipment is on the order, the customer is told once."""

from __future__ import annotations

from sqlalchemy import func, select

from orderdesk.db import Database
from orderdesk.models import OutboxRow
from orderdesk.services.carriers.inpost import InpostCarrier
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.http import HttpClient
from orderdesk.services.orders import OrderService
from orderdesk.services.shipping import ShippingService
from orderdesk.settings import Settings
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_return, packed_order
from tests.fakes.inpost import InpostFake
from tests.integration.multipc import returns_workers
from tests.support.multiproc import run_processes

PCS = 4


def test_one_return_label_however_many_desks_ask_at_once(shop_url, tmp_path):
    fake = InpostFake(latency=0.2)  # every call takes a while: the desks overlap at the carrier
    fake.start()
    try:
        db = Database.open(shop_url)
        orders = OrderService(db)
        number = packed_order(orders)
        client = InpostCarrier(HttpClient(fake.base_url, name="inpost"), "test-token", "1234", poll_interval=0.05)
        registry = CarrierRegistry(Settings(db), overrides={"inpost": lambda: client})
        ShippingService(db, orders, registry, labels_dir=tmp_path).buy_label(number, "inpost", OWNER)
        registry.close()
        for status in (Status.SHIPPED, Status.DELIVERED):
            orders.move(number, MoveRequest(status), OWNER)
        rn = make_return(orders, number)
        results = run_processes(
            returns_workers.return_label, [(shop_url, rn, fake.base_url, str(tmp_path / f"pc{i}")) for i in range(PCS)]
        )
        made = [r for r in results if r.startswith("made:")]
        assert len(made) == 1, results
        assert all(r == "busy" or r == made[0].replace("made", "reused") for r in results if r not in made), results
        assert sum(1 for s in fake.shipments.values() if s.get("is_return")) == 1
        returns_on_order = [s for s in orders.get(number).shipments if s.is_return]
        assert [s.tracking_number for s in returns_on_order] == [made[0].split(":", 1)[1]]
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(OutboxRow).where(OutboxRow.kind == "return_label")) == 1
        db.dispose()
    finally:
        fake.stop()
