"""The import's fast path (orders created in chunks) reports exactly what one-by-one did."""

from __future__ import annotations

import json

from orderdesk.services import order_bulk
from orderdesk.services.importers import import_file
from tests.factories import OWNER, stock_products
from tests.unit.services.test_importers import GOOD


def write(tmp_path, orders) -> object:
    path = tmp_path / "orders.json"
    path.write_text(json.dumps({"orders": orders}, ensure_ascii=False), encoding="utf-8")
    return path


def test_rows_keep_their_place_across_chunks_and_errors_stay_on_their_row(service, tmp_path, monkeypatch):
    monkeypatch.setattr(order_bulk, "CHUNK", 3)  # several chunks from a small file
    stock_products(service)
    orders = []
    for i in range(1, 11):
        order = {**GOOD, "external_id": f"WEB-{i}"}
        if i in (2, 7):
            order["lines"] = [{"sku": "NOPE", "quantity": 1}]  # refused when created
        if i == 5:
            order["lines"] = [{"sku": "MUG-1", "quantity": "two"}]  # refused when read
        orders.append(order)
    report = import_file(service, write(tmp_path, orders), OWNER)
    assert [e.split(":")[0] for e in report.errors] == ["order 2", "order 5", "order 7"]
    numbers = [int(n.split("-")[1]) for n in report.imported]
    assert numbers == list(range(numbers[0], numbers[0] + 7))  # in file order, no gaps
    assert [service.get(n).external_id for n in report.imported] == [f"WEB-{i}" for i in (1, 3, 4, 6, 8, 9, 10)]


def test_a_repeated_external_id_goes_in_once_or_when_its_first_row_was_refused(service, tmp_path):
    stock_products(service)
    refused_first = {**GOOD, "external_id": "WEB-7", "lines": [{"sku": "NOPE", "quantity": 1}]}
    orders = [GOOD, {**GOOD}, refused_first, {**GOOD, "external_id": "WEB-7"}]
    report = import_file(service, write(tmp_path, orders), OWNER)
    assert report.skipped == ["WEB-1"]
    assert [service.get(n).external_id for n in report.imported] == ["WEB-1", "WEB-7"]
    assert [e.split(":")[0] for e in report.errors] == ["order 3"]
    again = import_file(service, write(tmp_path, orders), OWNER)  # a second run skips what went in
    assert again.imported == [] and again.skipped == ["WEB-1", "WEB-1", "WEB-7", "WEB-7"]


def test_ids_already_stored_are_looked_up_by_the_file_s_own_ids(service, db, tmp_path):
    from sqlalchemy import event

    stock_products(service)
    first = import_file(service, write(tmp_path, [{**GOOD, "external_id": f"OLD-{i}"} for i in range(30)]), OWNER)
    assert len(first.imported) == 30
    seen: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, *_args) -> None:
        if "SELECT orders.external_id" in statement:
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        orders = [{**GOOD, "external_id": " OLD-3 "}, {**GOOD, "external_id": "NEW-1"}, {**GOOD, "external_id": 77}]
        report = import_file(service, write(tmp_path, orders), OWNER)
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    assert report.skipped == ["OLD-3"] and len(report.imported) == 2
    assert [sorted(p) if isinstance(p, (list, tuple)) else p for _s, p in seen] == [sorted(["77", "NEW-1", "OLD-3"])]
