"""The re-order list, purchase orders (PDF and CSV) and receiving that closes them."""

from __future__ import annotations

import subprocess

import pytest

from orderdesk.domain import Actor
from orderdesk.errors import ValidationError
from orderdesk.money import Money
from orderdesk.services.documents.common import ShopInfo
from orderdesk.services.documents.purchase_order import purchase_order_csv, render_purchase_order
from orderdesk.services.stock import Catalogue, ProductDraft, StockService
from orderdesk.services.stock.check import ledger_problems
from orderdesk.services.stock.reorder import mark_ordered, purchase_order, purchase_orders, reorder_list, suggest
from orderdesk.workflow import MoveRequest, Role, Status
from tests.factories import OWNER, make_order
from tests.support.components import require_tool

PACKER = Actor("Piotr", Role.PACKER)


@pytest.mark.parametrize(
    ("available", "waiting", "on_order", "point", "usual", "expected"),
    [
        (50, 0, 0, 20, 60, 0),  # plenty
        (20, 0, 0, 20, 60, 60),  # at the point: the usual quantity
        (5, 0, 0, 20, 10, 16),  # far under: back over the point
        (25, 10, 0, 20, 60, 60),  # waiting orders take it under
        (5, 0, 60, 20, 60, 0),  # already on order
        (0, 3, 0, 0, 0, 3),  # no point set: just what the orders lack
        (0, 3, 0, 0, 12, 12),  # ... at least the usual pack
    ],
)
def test_suggested_quantities(available, waiting, on_order, point, usual, expected):
    assert suggest(available, waiting, on_order, point, usual) == expected


@pytest.fixture
def shop(service, db):
    catalogue = Catalogue(db)
    rows = [
        ("MUG-1", "Кружка «Москва»", "4601234567893", "ООО «Русский сувенир»", 20, 60, 5),
        ("TEA-2", "龙井绿茶 Longjing", "6901234567892", "杭州茶叶贸易有限公司", 10, 30, 50),
        ("CAN-3", "Świeca sojowa Lawenda", "5903333444556", "Hurtownia Świec", 5, 12, 8),
        ("OLD-4", "Archived thing", "", "Hurtownia Świec", 5, 12, 0),
    ]
    for sku, name, code, supplier, point, usual, stock in rows:
        catalogue.save(
            ProductDraft(sku, name, Money(1000, "PLN"), [code] if code else [], supplier=supplier,
                         reorder_point=point, reorder_quantity=usual)
        )  # fmt: skip
        service.upsert_product(sku, name, Money(1000, "PLN"), barcode=code, stock_on_hand=stock)
    catalogue.set_archived("OLD-4")
    return StockService(db, service)


def listed(db):
    return {
        supplier: [(line.product.sku, line.suggested) for line in lines] for supplier, lines in reorder_list(db).items()
    }


def test_the_list_groups_by_supplier_with_waiting_orders_and_leaves_archived_out(shop, service, db):
    assert listed(db) == {"ООО «Русский сувенир»": [("MUG-1", 60)]}
    number = make_order(service, payment="cash_on_delivery", lines=(("CAN-3", 10),))
    service.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    service.move(number, MoveRequest(Status.ASSEMBLING), PACKER)  # 8 on hand: held, short
    lines = reorder_list(db)["Hurtownia Świec"]
    assert [(line.product.sku, line.waiting, line.suggested) for line in lines] == [("CAN-3", 10, 12)]


def test_marking_as_ordered_takes_it_off_the_list_and_receiving_closes_the_order(shop, db):
    po = mark_ordered(db, "ООО «Русский сувенир»", {"MUG-1": 60}, OWNER)
    assert po.number.startswith("PO-") and po.status == "open"
    assert listed(db) == {}  # 60 coming: nobody orders it twice
    shop.receive("MUG-1", 20, OWNER, document="WZ/1")
    assert purchase_order(db, po.number).lines[0].received == 20 and purchase_orders(db)[0].number == po.number
    changes = shop.receive_purchase_order(po.number, OWNER, document="WZ/2")
    assert [c.quantity for c in changes] == [40]
    assert purchase_order(db, po.number).status == "received" and purchase_orders(db) == []
    assert shop.card("MUG-1").product.stock_on_hand == 65
    with pytest.raises(ValidationError, match="already received"):
        shop.receive_purchase_order(po.number, OWNER)
    assert ledger_problems(db) == []


def test_a_purchase_order_needs_lines_and_sane_quantities(shop, db):
    with pytest.raises(ValidationError):
        mark_ordered(db, "x", {}, OWNER)
    with pytest.raises(ValidationError) as refused:
        mark_ordered(db, "x", {"MUG-1": 0}, OWNER)
    assert refused.value.field == "quantity" and purchase_orders(db) == []


def test_purchase_order_pdf_prints_cyrillic_polish_and_chinese_and_csv_lists_it(shop, db, tmp_path):
    po = mark_ordered(db, "杭州茶叶贸易有限公司", {"TEA-2": 30, "MUG-1": 60, "CAN-3": 12}, OWNER)
    pdf = render_purchase_order(po, ShopInfo("Sklep Pod Lipą", ("ul. Długa 5", "30-001 Kraków")))
    path = tmp_path / "po.pdf"
    path.write_bytes(pdf)
    pdftotext = require_tool("pdftotext", "poppler-utils")
    text = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (po.number, "杭州茶叶贸易有限公司", "Кружка «Москва»", "Świeca sojowa", "龙井绿茶", "102 units"):
        assert expected in text, expected
    csv_text = purchase_order_csv(po)
    assert csv_text.splitlines()[0].startswith("purchase_order,supplier") and "TEA-2" in csv_text
