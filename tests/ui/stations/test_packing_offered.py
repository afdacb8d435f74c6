"""The packing bench offers what to pack next: the packer's own orders, then priority orders,
then the oldest; F4 opens the first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from orderdesk.services.packing import PackingService
from orderdesk.services.packing_queue import next_to_pack
from orderdesk.services.users import UserService
from orderdesk.ui.stations.packing_station import PackingStation
from orderdesk.workflow import Hold, Status
from tests.ui.stations.conftest import StationDriver
from tests.unit.services.stations_data import OWNER, PACKER_PIN, make_order


@pytest.fixture
def orders(service, shop):
    oldest = make_order(service, [("MUG-01", 1)])
    urgent = make_order(service, [("MUG-01", 1)])
    mine = make_order(service, [("TEA-GRN", 1)])
    others = make_order(service, [("TEA-GRN", 1)])
    held = make_order(service, [("TEA-GRN", 1)])
    packed = make_order(service, [("TEA-GRN", 1)], to=Status.PACKED)
    service.set_priority(urgent, True, OWNER)
    service.assign(mine, "Piotr", OWNER)
    service.assign(others, "Olga", OWNER)
    service.add_hold(held, Hold.ADDRESS_PROBLEM, "no flat number", OWNER)
    return {"oldest": oldest, "urgent": urgent, "mine": mine, "others": others, "held": held, "packed": packed}


def test_next_to_pack_order(db, orders):
    got = [c.number for c in next_to_pack(db, "Piotr")]
    assert got == [orders["mine"], orders["urgent"], orders["oldest"], orders["others"]]
    # Someone else at the bench: the packer's own order is theirs, after the unassigned ones.
    got = [c.number for c in next_to_pack(db, "Chen")]
    assert got == [orders["urgent"], orders["oldest"], orders["mine"], orders["others"]]


def test_bench_names_them_and_f4_opens_the_first(qtbot, db, service, orders):
    station = PackingStation(db, PackingService(service), UserService(db), sounds=False)
    qtbot.addWidget(station)
    station.resize(1280, 800)
    station.show()
    qtbot.waitExposed(station)
    bench = StationDriver(qtbot, station)
    bench.sign_in("Piotr", PACKER_PIN)
    qtbot.waitUntil(lambda: [c.number for c in station.offered][:1] == [orders["mine"]], timeout=5000)
    text = station.detail_label.text()
    assert f"{orders['mine']} (yours)" in text and f"{orders['urgent']} (priority)" in text
    assert orders["held"] not in text and orders["packed"] not in text
    bench.key(Qt.Key.Key_F4)
    bench.wait_idle()
    assert station.session is not None and station.session.number == orders["mine"]
