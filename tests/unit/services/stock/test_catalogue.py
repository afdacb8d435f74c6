"""The catalogue: barcode check digits, one barcode one product, search, archive, demo data."""

from __future__ import annotations

import random

import pytest

from orderdesk.errors import NotFound, ValidationError
from orderdesk.money import Money
from orderdesk.services.stock import Catalogue, ProductDraft, StockService
from orderdesk.services.stock.barcodes import check_digit, validate
from orderdesk.services.stock.check import ledger_problems


@pytest.mark.parametrize(
    "code",
    ["5901234123457", "4006381333931", "96385074", "036000291452", "0012345678905", "10614141000415", "SHELF-A-01"],
)
def test_valid_barcodes_pass(code):
    assert validate(code) == code


@pytest.mark.parametrize(
    ("code", "expected"),
    [("5901234123458", "7"), ("96385075", "4"), ("036000291453", "2"), ("4607654321011", "5")],
)
def test_wrong_check_digits_are_refused_naming_the_digit_and_field(code, expected):
    with pytest.raises(ValidationError) as refused:
        validate(code, field="barcode")
    assert refused.value.field == "barcode" and f"should be {expected}" in str(refused.value)


def test_a_number_of_no_barcode_length_is_refused():
    with pytest.raises(ValidationError, match="10 digits"):
        validate("5901234123")


def test_spaces_from_printed_groups_are_ignored():
    assert validate(" 590 1234 12345 7 ") == "5901234123457"
    assert check_digit("590123412345") == 7


@pytest.fixture
def catalogue(db):
    return Catalogue(db)


def mug(**changes):
    base = dict(sku="MUG-1", name="Kubek", price=Money(2500, "PLN"), barcodes=["5901234123457"], supplier="Hurt")
    return ProductDraft(**{**base, **changes})


def test_a_product_has_several_barcodes_and_is_found_by_each(catalogue):
    saved = catalogue.save(mug(barcodes=["5901234123457", "96385074"]))
    assert saved.barcode == "5901234123457" and saved.barcodes == ("5901234123457", "96385074")
    assert catalogue.find("96385074").sku == "MUG-1"
    assert catalogue.find("MUG-1").supplier == "Hurt"
    assert catalogue.find_by_sku("MUG-1").name == "Kubek"
    assert catalogue.find_by_sku("NOPE") is None


def test_a_barcode_of_another_product_is_refused_and_nothing_changes(catalogue):
    catalogue.save(mug())
    with pytest.raises(ValidationError) as refused:
        catalogue.save(mug(sku="TEA-2", name="Herbata", barcodes=["5901234123457"]))
    assert refused.value.field == "barcode" and "MUG-1" in str(refused.value)
    with pytest.raises(NotFound):
        catalogue.find("TEA-2")


def test_barcodes_can_be_reordered_and_removed(catalogue):
    catalogue.save(mug(barcodes=["5901234123457", "96385074"]))
    saved = catalogue.save(ProductDraft("MUG-1", barcodes=["96385074"]))
    assert saved.barcodes == ("96385074",) and saved.barcode == "96385074"
    assert catalogue.save(mug(sku="TEA-2", name="Herbata")).barcode == "5901234123457"  # free again


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ProductDraft(" ", name="x", price=Money(1, "PLN")), "sku"),
        (ProductDraft("A B", name="x", price=Money(1, "PLN")), "sku"),
        (ProductDraft("NEW-1", price=Money(1, "PLN")), "name"),
        (ProductDraft("NEW-1", name="x"), "price"),
        (ProductDraft("NEW-1", name="x", price=Money(-1, "PLN")), "price"),
        (ProductDraft("NEW-1", name="x", price=Money(1, "PLN"), weight_g=2_000_000), "weight_g"),
        (ProductDraft("NEW-1", name="x", price=Money(1, "PLN"), reorder_point=-1), "reorder_point"),
    ],
)
def test_bad_fields_are_named(catalogue, draft, field):
    with pytest.raises(ValidationError) as refused:
        catalogue.save(draft)
    assert refused.value.field == field


def test_search_by_sku_name_or_barcode_folds_case_and_accents_and_hides_archived(catalogue):
    catalogue.save(mug(name="Świeca sojowa"))
    catalogue.save(ProductDraft("TEA-2", name="Herbata", price=Money(1, "PLN"), barcodes=["96385074"]))
    ids = catalogue.search_ids
    assert [p.sku for p in catalogue.products(ids("swieca"))] == ["MUG-1"]
    assert [p.sku for p in catalogue.products(ids("96385074"))] == ["TEA-2"]
    assert [p.sku for p in catalogue.products(ids("tea-"))] == ["TEA-2"]
    assert len(ids("")) == 2
    catalogue.set_archived("TEA-2")
    assert [p.sku for p in catalogue.products(ids(""))] == ["MUG-1"]
    assert len(ids("", archived=True)) == 2


def test_a_product_reserved_for_orders_cannot_be_archived(service, catalogue, owner):
    from tests.factories import make_order, stock_products
    from tests.unit.services.stock.test_ledger import to_assembling

    stock_products(service)
    to_assembling(service, make_order(service))
    with pytest.raises(ValidationError, match="reserved"):
        catalogue.set_archived("MUG-1")


def test_demo_products_have_valid_unique_barcodes_suppliers_and_an_exact_ledger(db):
    from orderdesk.demo import PRODUCTS, SUPPLY, seed_products
    from orderdesk.services.orders import OrderService

    codes = [p[4] for p in PRODUCTS]
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert validate(code) == code
    seed_products(OrderService(db), random.Random(1))
    products = Catalogue(db).all_products()
    assert len(products) == len(PRODUCTS) == len(SUPPLY)
    assert all(p.supplier and p.reorder_point > 0 and p.barcodes == (p.barcode,) for p in products)
    assert ledger_problems(db) == []
    assert StockService(db).card("TEA-012").product.stock_on_hand == 12  # nearly sold out: on the re-order list


def test_pages_follow_each_other_in_sku_order(catalogue):
    for i in range(7):
        catalogue.save(ProductDraft(f"P-{i:02d}", name=f"Świeca {i}", price=Money(100, "PLN")))
    first = catalogue.page("swieca", limit=3)
    second = catalogue.page("swieca", after=first[-1].sku, limit=3)
    third = catalogue.page("swieca", after=second[-1].sku, limit=3)
    assert [p.sku for p in first + second + third] == [f"P-{i:02d}" for i in range(7)]


def test_the_trigram_index_and_the_sku_walk_find_the_same_products(catalogue, monkeypatch):
    from orderdesk.services.stock import catalogue as module

    for i in range(30):
        catalogue.save(
            ProductDraft(f"K-{i:02d}", name=f"Kubek {'zielony' if i % 3 else 'Żółty'} {i}", price=Money(1, "PLN"))
        )
    by_index = [p.sku for p in catalogue.page("zolty", limit=100)]  # few: the trigram index
    monkeypatch.setattr(module, "FEW", 2)  # as if many held it: the SKU index with LIKE
    by_walk = [p.sku for p in catalogue.page("zolty", limit=100)]
    assert by_index == by_walk == [f"K-{i:02d}" for i in range(0, 30, 3)]
    catalogue.save(ProductDraft("K-03", name="Kubek niebieski"))  # the index follows every write
    monkeypatch.setattr(module, "FEW", 2000)
    assert "K-03" not in [p.sku for p in catalogue.page("zolty", limit=100)]
