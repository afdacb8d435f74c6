from __future__ import annotations

from datetime import datetime

from orderdesk.services.documents.pick_list import build_pick_list, render_pick_list
from orderdesk.services.documents.samples import sample_order


def test_lines_are_merged_by_sku_and_sorted_by_bin():
    orders = [sample_order(i) for i in range(8)]
    rows = build_pick_list(orders)
    assert len({r.sku for r in rows}) == len(rows)
    bins = [r.bin_location for r in rows]
    assert bins == sorted(bins)
    for row in rows:
        expected = sum(line.quantity for o in orders for line in o.lines if line.sku == row.sku)
        assert row.quantity == expected
        assert sum(q for _n, q in row.orders) == expected


def test_bins_sort_naturally_and_unshelved_last():
    from dataclasses import replace

    base = sample_order(0, lines=3)
    lines = (
        replace(base.lines[0], sku="X", bin_location="A-10"),
        replace(base.lines[1], sku="Y", bin_location="A-2"),
        replace(base.lines[2], sku="Z", bin_location=""),
    )
    rows = build_pick_list([replace(base, lines=lines)])
    assert [r.sku for r in rows] == ["Y", "X", "Z"]


def test_rendered_pick_list_names_every_order(poppler, shop):
    orders = [sample_order(i) for i in range(10)]
    path = poppler.write(render_pick_list(orders, shop, printed_at=datetime(2026, 11, 22, 8, 0)))
    flat = " ".join(poppler.text(path).split())
    for order in orders:
        assert order.number in flat
    assert "Чай пуэр" in flat and "龙井绿茶" in flat and "Żuraw" in flat


def test_rendered_pick_list_prints_the_priority_order_first(poppler, shop):
    """On paper, as pdftotext reads it: the priority order's row above the others although its bin
    comes last, and its number first and marked "!" in the header's list of orders."""
    from dataclasses import replace

    orders = [sample_order(i, lines=1) for i in range(4)]
    last_bin = max(orders, key=lambda o: (o.lines[0].bin_location, o.lines[0].sku))
    others = [o for o in orders if o.lines[0].sku != last_bin.lines[0].sku]
    urgent = replace(last_bin, priority=True)
    assert urgent.number != orders[0].number  # by bin and by number it would not come first
    pdf = render_pick_list(
        [o if o is not last_bin else urgent for o in orders], shop, printed_at=datetime(2026, 11, 22, 8, 0)
    )
    path = poppler.write(pdf)
    tops = {}
    for word, _x0, y0, _x1, _y1 in poppler.words(path):
        tops.setdefault(word, y0)
    assert tops[urgent.lines[0].sku] < min(tops[o.lines[0].sku] for o in others)  # nearer the top
    flat = " ".join(poppler.text(path).split())
    listed = flat.split("Orders: ", 1)[1]
    assert listed.startswith("!" + urgent.number + ",")
    assert "(! = priority, picked first)" in flat
    assert f"!{urgent.number} ×" in flat
