"""Return parcels tracked in the same sync as outgoing ones, against the InPost fake over HTTP:
the events land in the order's history, the order is neither moved nor held, the card keeps
the outgoing tracking number, and a carrier failure loses nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from orderdesk.domain import Actor
from orderdesk.errors import ValidationError
from orderdesk.models import HistoryRow, OrderRow
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.return_shipments import record_return_shipment
from orderdesk.services.shipping import ShippingService
from orderdesk.services.sync import TrackingSync, tracking_events
from orderdesk.settings import Settings
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, make_return, packed_order, stock_products

PACKER = Actor("Piotr (packer)")


@pytest.fixture
def registry(db, cdek, inpost, easypost):
    return CarrierRegistry(
        Settings(db), overrides={"cdek": lambda: cdek, "inpost": lambda: inpost, "easypost": lambda: easypost}
    )


@pytest.fixture
def delivered(db, service, registry, inpost_fake, tmp_path):
    """An InPost order delivered to the customer, and the sync that tracked it."""
    shipping = ShippingService(db, service, registry, labels_dir=tmp_path / "labels")
    sync = TrackingSync(db, service, registry, max_workers=2, stall_days=5)
    number = packed_order(service)
    outgoing = shipping.buy_label(number, "inpost", PACKER).shipment
    service.move(number, MoveRequest(Status.SHIPPED), PACKER)
    inpost_fake.advance({"tracking_number": outgoing.tracking_number, "status": "delivered"})
    sync.run_round()
    assert service.get(number).status is Status.DELIVERED
    return number, outgoing, sync


def return_history(db, number: str) -> list[HistoryRow]:
    with db.session() as s:
        oid = s.scalar(select(OrderRow.id).where(OrderRow.number == number))
        return list(s.scalars(select(HistoryRow).where(HistoryRow.order_id == oid, HistoryRow.kind == "return parcel")))


def test_return_parcel_events_go_to_the_history_and_the_order_stays(db, service, inpost_fake, delivered):
    number, outgoing, sync = delivered
    rn = make_return(service, number)
    back = inpost_fake.seed_confirmed(rn)["tracking_number"]
    shipment = record_return_shipment(service, number, carrier="inpost", tracking_number=back,
                                      return_number=rn.lower(), actor=OWNER)  # fmt: skip
    assert shipment.is_return and shipment.return_number == rn
    order = service.get(number)
    assert order.tracking_number == outgoing.tracking_number  # the card keeps the outgoing parcel
    assert order.active_shipment.id == outgoing.id

    inpost_fake.advance({"tracking_number": back, "status": "collected_from_sender", "location": "Kraków"})
    sync.run_round()
    inpost_fake.advance({"tracking_number": back, "status": "delivered"})
    summary = sync.run_round()
    order = service.get(number)
    assert order.status is Status.DELIVERED and not order.active_holds, summary.lines()
    notes = return_history(db, number)
    assert [n.to_value for n in notes][-2:] == ["accepted", "delivered"]
    assert all(n.from_value == rn and back in n.reason for n in notes)
    assert "Kraków" in notes[-2].reason and notes[-1].actor == "carrier:inpost"
    assert back in {e.tracking_number for e in tracking_events(db, number)}
    sync.run_round()
    assert len(return_history(db, number)) == len(notes)  # each event once
    # entered twice: still one parcel
    again = record_return_shipment(service, number, carrier="inpost", tracking_number=back,
                                   return_number=rn, actor=OWNER)  # fmt: skip
    assert again.id == shipment.id and len(service.get(number).shipments) == 2


def test_a_carrier_failure_is_reported_and_the_next_round_catches_up(db, service, inpost_fake, delivered):
    number, _outgoing, sync = delivered
    rn = make_return(service, number)
    back = inpost_fake.seed_confirmed(rn)["tracking_number"]
    record_return_shipment(service, number, carrier="inpost", tracking_number=back, return_number=rn,
                           actor=OWNER)  # fmt: skip
    inpost_fake.advance({"tracking_number": back, "status": "collected_from_sender"})
    inpost_fake.inject("GET", "/v1/tracking/.*", "500", times=20)
    summary = sync.run_round()
    assert summary.errors and return_history(db, number) == []
    inpost_fake.faults.clear()
    sync.run_round()
    assert [n.to_value for n in return_history(db, number)][-1] == "accepted"
    assert service.get(number).status is Status.DELIVERED


def test_refusals(service, delivered):
    number, _outgoing, _sync = delivered
    with pytest.raises(ValidationError, match="carrier"):
        record_return_shipment(service, number, carrier="pigeon", tracking_number="1", return_number="R-1", actor=OWNER)
    with pytest.raises(ValidationError, match="R-number"):
        record_return_shipment(service, number, carrier="inpost", tracking_number="1", return_number=" ", actor=OWNER)
    rn = make_return(service, number)
    with pytest.raises(ValidationError, match="Enter the tracking number"):
        record_return_shipment(service, number, carrier="inpost", tracking_number=" ", return_number=rn, actor=OWNER)
    stock_products(service)
    fresh = make_order(service)
    with pytest.raises(ValidationError, match="nothing to send back"):
        record_return_shipment(service, fresh, carrier="inpost", tracking_number="1", return_number=rn, actor=OWNER)
    assert len(service.get(number).shipments) == 1


def test_the_return_number_must_be_a_return_of_this_order(service, delivered):
    from orderdesk.errors import NotFound
    from orderdesk.services.returns import ReturnService

    number, _outgoing, _sync = delivered
    with pytest.raises(NotFound, match="No return R-2026-99999"):
        record_return_shipment(service, number, carrier="inpost", tracking_number="62001", return_number="R-2026-99999",
                               actor=OWNER)  # fmt: skip
    other = packed_order(service, delivery="own_courier")
    service.add_shipment(other, carrier="own_courier", tracking_number="OD2", actor=OWNER)
    for status in (Status.SHIPPED, Status.DELIVERED):
        service.move(other, MoveRequest(status), OWNER)
    theirs = make_return(service, other)
    with pytest.raises(ValidationError, match=f"belongs to order {other}, not to {number}"):
        record_return_shipment(service, number, carrier="inpost", tracking_number="62001", return_number=theirs,
                               actor=OWNER)  # fmt: skip
    mine = make_return(service, number)
    ReturnService(service).reject(mine, OWNER, "not our product")
    with pytest.raises(ValidationError, match="was rejected"):
        record_return_shipment(service, number, carrier="inpost", tracking_number="62001", return_number=mine,
                               actor=OWNER)  # fmt: skip
    assert [s.return_number for s in service.get(number).shipments] == [""]


def test_cli_records_the_return_parcel_and_refuses_with_exit_codes(monkeypatch, capsys, tmp_path):
    from orderdesk import cli
    from orderdesk.db import Database
    from orderdesk.services.orders import OrderService

    path = tmp_path / "desk.sqlite3"
    db = Database.open(path)
    service = OrderService(db)
    number = packed_order(service, delivery="own_courier")
    service.add_shipment(number, carrier="own_courier", tracking_number="OD1", actor=OWNER)
    for status in (Status.SHIPPED, Status.DELIVERED):
        service.move(number, MoveRequest(status), OWNER)
    rn = make_return(service, number)
    db.dispose()
    argv = ["shipment", "return", number, "--carrier", "inpost", "--tracking", "620000000000000000000001",
            "--return", rn, "--db", str(path)]  # fmt: skip
    assert cli.main(argv) == 0
    assert rn in capsys.readouterr().out
    with pytest.raises(SystemExit) as refused:  # argparse refuses an unknown carrier
        cli.main([*argv[:4], "pigeon", *argv[5:]])
    assert refused.value.code == 2
    assert cli.main(["shipment", "return", "1999-000001", *argv[3:]]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert cli.main([*argv[:8], "R-2026-99999", *argv[9:]]) == 3  # no such return
    assert "No return R-2026-99999" in capsys.readouterr().err
    db = Database.open(path)
    shipments = OrderService(db).get(number).shipments
    assert [s.return_number for s in shipments] == ["", rn]
    db.dispose()
