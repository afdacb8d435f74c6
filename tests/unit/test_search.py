from __future__ import annotations

from orderdesk.search import fold, query_terms
from tests.factories import OWNER, make_order, stock_products


def test_fold_and_terms():
    assert fold("Łódź ЁЛКИН") == "lodz елкин"
    assert query_terms("+48 600-123") == ["48600123"]
    assert query_terms("  Anna  KOWALSKA ") == ["anna", "kowalska"]


def test_search_finds_by_every_field(service):
    stock_products(service)
    a = make_order(service, name="Юрий Ёлкин", phone="+7 916 123-45-67", email="elkin@example.ru")
    b = make_order(service, name="Małgorzata Wiśniewska", phone="+48 601 222 333", email="gosia@example.pl",
                   lines=(("FAN-3", 1),))  # fmt: skip
    c = make_order(service, name="王伟", phone="+86 138 1234 5678", email="wang@example.cn")
    service.add_shipment(c, carrier="own_courier", tracking_number="TRK998877", actor=OWNER)

    def found(query):
        return {o.number for o in service.search(query)}

    assert found("Елкин") == {a}
    assert found("wisniew") == {b}
    assert found("王伟") == {c}
    assert found("916 123") == {a}
    assert found("601222333") == {b}
    assert found("gosia@") == {b}
    assert found("TRK998") == {c}
    assert found("FAN-3") == {b}
    assert found(a) == {a}
    assert found("Małgorzata FAN") == {b}
    assert found("nobody-like-this") == set()


def test_local_phone_forms_reduce_to_national_digits():
    assert query_terms("8 916 608-33-11") == ["9166083311"]
    assert query_terms("89166083311") == ["9166083311"]
    assert query_terms("+7 916 608-33-11") == ["79166083311"]
    assert query_terms("0048 601 222 333") == ["48601222333"]
    assert query_terms("8 916") == ["8916"]  # a fragment keeps its digits: it may be anywhere


def test_search_finds_a_russian_phone_written_the_local_way(service):
    stock_products(service)
    a = make_order(service, name="Юрий Ёлкин", phone="+7 916 608-33-11")
    make_order(service, name="Anna Nowak", phone="+48 601 222 333")

    def found(query):
        return {o.number for o in service.search(query)}

    for typed in ("8 916 608-33-11", "89166083311", "8 (916) 608 33 11", "+7 916 608-33-11", "79166083311"):
        assert found(typed) == {a}, typed


def test_search_follows_edits(service):
    from orderdesk.services.orders import OrderEdit

    stock_products(service)
    number = make_order(service, email="old@example.pl")
    service.update_order(number, OrderEdit(email="new-address@example.pl", customer_name="Zofia Nowak"), OWNER)
    assert [o.number for o in service.search("new-address")] == [number]
    assert [o.number for o in service.search("zofia")] == [number]
    assert service.search("old@example") == []


def test_index_key_is_the_longest_plain_run_of_the_terms():
    from orderdesk.search import index_key, query_terms

    assert index_key(query_terms("Anna Kowalska")) == "kowalska"
    assert index_key(query_terms("anna.kowalska123@example.pl")) == "kowalska123"
    assert index_key(query_terms("+48 600 123 456")) == "48600123456"
    assert index_key(query_terms("王小明")) == "王小明"
    assert index_key(query_terms("ab")) is None and index_key(query_terms("a_b%c")) is None


def test_search_text_keeps_each_piece_once_and_finds_every_part():
    from orderdesk.search import build_search_text, fold

    parts = ["2026-000123", "SHOP-77", "Jędrzej Dąbrowski", "Jędrzej Dąbrowski", "+48 600 100 200", "+48600100200",
             "j.d@example.pl", "MUG-001", "mug-001"]  # fmt: skip
    text = build_search_text(parts)
    pieces = text.split(" | ")
    assert len(pieces) == len(set(pieces))
    assert pieces.count("jedrzej dabrowski") == 1  # the recipient who is the customer
    assert "48600100200" in pieces  # the spaced phone's digits, once, as its own piece
    assert "001" not in pieces and "2026000123" in pieces  # "001" is inside "mug-001"; the number's is not
    for part in parts:
        assert fold(part) in text
        digits = "".join(ch for ch in part if ch.isdigit())
        assert digits in text
