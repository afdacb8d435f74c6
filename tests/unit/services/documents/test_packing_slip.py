from __future__ import annotations

import pytest

from orderdesk.services.documents.packing_slip import render_slips
from orderdesk.services.documents.samples import sample_order


@pytest.mark.parametrize(("paper", "expected"), [("a4", (595.276, 841.89)), ("letter", (612.0, 792.0))])
def test_page_size(poppler, shop, paper, expected):
    sizes = poppler.page_sizes(poppler.write(render_slips([sample_order(1)], shop, paper)))
    assert sizes == [pytest.approx(expected, abs=0.01)]


def test_slip_content_in_every_language(poppler, shop, order):
    path = poppler.write(render_slips([order], shop))
    flat = " ".join(poppler.text(path).split())
    for needle in (
        order.number,
        order.customer.name,
        order.address.city,
        order.notes.split()[0] if order.notes else "",
    ):
        assert needle in flat
    for line in order.lines:
        assert line.sku in flat
        assert line.bin_location in flat
        assert line.name.split()[0] in flat
    assert "Total" in flat
    found = poppler.decode(path)
    assert f"CODE-128:{order.number}" in found
    assert f"QR-Code:{order.number}" in found


def test_cash_on_delivery_shows_amount_to_collect(poppler, shop):
    order = sample_order(0, language="ru")
    flat = " ".join(poppler.text(poppler.write(render_slips([order], shop))).split())
    assert "To collect on delivery" in flat


def test_many_lines_continue_on_more_pages_without_losing_any(poppler, shop):
    order = sample_order(3, lines=60)
    path = poppler.write(render_slips([order], shop))
    sizes = poppler.page_sizes(path)
    assert len(sizes) >= 2
    text = poppler.text(path)
    assert text.count("TEA-EARL-200") == sum(1 for line in order.lines if line.sku == "TEA-EARL-200")
    assert "(continued)" in text


def test_batch_of_slips_is_one_pdf(poppler, shop):
    orders = [sample_order(i) for i in range(6)]
    path = poppler.write(render_slips(orders, shop))
    assert len(poppler.page_sizes(path)) == 6
