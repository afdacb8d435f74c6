"""Return photos on a real PostgreSQL server: the migration makes the table (BYTEA), a photo
goes in with the receipt and comes back byte for byte on another connection, a refused one
leaves nothing."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from orderdesk.errors import ValidationError
from orderdesk.services.orders import OrderService
from orderdesk.services.returns import ReceivedLine, ReturnRequestLine, ReturnService
from tests.factories import OWNER
from tests.support.pg_fixtures import fresh_pg_database, pg_server  # noqa: F401 - fixture
from tests.unit.services.returns.helpers import delivered_order


def test_photos_round_trip_on_postgres(pg_server):  # noqa: F811 - the fixture
    from orderdesk.db import Database

    url = fresh_pg_database(pg_server)
    db = Database.open(url)
    assert not db.needs_upgrade() and db.check() == []
    service = OrderService(db)
    returns = ReturnService(service)
    number = delivered_order(service)
    r = returns.create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER)
    out = io.BytesIO()
    Image.new("RGB", (320, 240), (10, 120, 200)).save(out, "PNG")
    photo = out.getvalue() + bytes(range(256))  # every byte value survives the column
    returns.receive(r.number, [ReceivedLine("MUG-1", 1, "restock")], OWNER, photos=[("parcel.png", photo)])
    with pytest.raises(ValidationError):
        returns.add_photos(r.number, [("scan.pdf", b"%PDF-1.4")], OWNER)
    db.dispose()

    again = Database.open(url)
    other = ReturnService(OrderService(again))
    [kept] = other.photos(r.number)
    assert (kept.file_name, kept.size) == ("parcel.png", len(photo))
    assert other.photo_data(r.number, kept.id) == photo
    again.dispose()
