"""Tried as a new user would, every step a real ``orderdesk`` command in its own process: an empty
desk, the catalogue imported, a WooCommerce store connected (keys in the real keyring), its order
synced in, packed, an InPost locker label bought from the carrier, the parcel picked up (the
tracking sync ships the order), and the next store round: the store's order is completed and the
customer got one note with the InPost tracking number.

The fake WooCommerce shop and the fake InPost ShipX run on this computer and speak the vendors'
documented protocols. Run under ``scripts/_with_keyring.sh``.
"""

from __future__ import annotations

import json

import pytest

from tests.integration.channels.test_cli_channels import connect, od
from tests.support.components import require_keyring

TOKEN, ORGANIZATION = "shipx-token-e2e", "4321"
PRODUCTS = (
    "sku,name,price,currency,weight_g,on_hand\nCANDLE-1,Świeca sojowa,24.99,PLN,300,20\nMUG-1,Kubek,49.99,PLN,450,10\n"
)


@pytest.fixture
def inpost():
    from tests.fakes.inpost import InpostFake

    fake = InpostFake(token=TOKEN, organization=ORGANIZATION)
    fake.start()
    yield fake
    fake.stop()


def test_a_new_desk_ships_a_store_order_with_inpost_and_the_store_shows_it_completed_with_the_tracking_note(
    tmp_path, woo, inpost
):
    require_keyring()
    db = tmp_path / "desk.sqlite3"
    catalogue = tmp_path / "products.csv"
    catalogue.write_text(PRODUCTS, encoding="utf-8")
    od(db, "products", "import", str(catalogue))

    # Paid online (Przelewy24) in the shop, to an InPost locker chosen with the locker plugin.
    locker = [{"id": 7, "method_title": "Paczkomat InPost", "method_id": "easypack_parcel_machines",
               "instance_id": "2", "total": "15.00", "meta_data": []}]  # fmt: skip
    woo.add_order(
        id=1501,
        payment_method="przelewy24",
        payment_method_title="Przelewy24",
        shipping_lines=locker,
        meta_data=[{"id": 9, "key": "_parcel_machine_id", "value": "KRA010"}],
    )
    connect(db, woo)
    assert "read and write" in od(db, "channels", "test", "shop").stdout
    out = od(db, "channels", "sync").stdout
    assert "1 new" in out and "0 held" in out, out  # the catalogue has its SKUs: nothing to check

    [row] = json.loads(od(db, "orders", "list", "--json").stdout)
    number = row["number"]
    order = json.loads(od(db, "order", "show", number, "--json").stdout)
    assert order["channel"]["external_id"] == "1501" and order["channel"]["store_status"] == "processing"
    assert order["delivery_method"] == "pickup_point" and order["pickup_point_code"] == "KRA010", order

    for status in ("confirmed", "assembling", "packed"):
        od(db, "order", "move", number, status)
    od(db, "config", "set", "carriers.inpost.base_url", inpost.base_url)
    od(db, "config", "set", "carriers.inpost.organization_id", ORGANIZATION)
    od(db, "credentials", "set", "inpost.token", stdin=TOKEN)
    bought = od(db, "shipment", "create", number, "--carrier", "inpost", "--locker-size", "small")
    tracking = json.loads(od(db, "order", "show", number, "--json").stdout)["tracking_number"]
    assert tracking and tracking in bought.stdout
    [parcel] = inpost.shipments.values()
    assert parcel["custom_attributes"]["target_point"] == "KRA010"

    out = od(db, "channels", "sync").stdout  # packed, label bought: the shop is not told yet
    assert woo.orders[1501]["status"] == "processing" and not woo.notes[1501], out

    inpost.advance({"tracking_number": tracking, "status": "collected_from_sender"})  # the courier took it
    od(db, "sync")
    assert json.loads(od(db, "order", "show", number, "--json").stdout)["status"] == "shipped"

    out = od(db, "channels", "sync", "shop").stdout
    assert "2 sent" in out and "0 refused" in out, out
    assert woo.orders[1501]["status"] == "completed"
    [note] = [n for n in woo.notes[1501] if n["customer_note"]]
    assert tracking in note["note"] and "InPost" in note["note"], note
    shown = json.loads(od(db, "order", "show", number, "--json").stdout)
    assert shown["channel"]["store_status"] == "completed"
    assert json.loads(od(db, "channels", "list", "--json").stdout)[0]["pending_pushes"] == 0
    out = od(db, "channels", "sync", "shop").stdout  # nothing more to send, nothing out of step
    assert "0 sent" in out and "mismatch" not in out, out
