from __future__ import annotations

from dataclasses import replace

import pytest

from orderdesk.domain import Address
from orderdesk.errors import ValidationError
from orderdesk.services.documents.label import render_labels
from orderdesk.services.documents.samples import sample_order


@pytest.mark.parametrize(
    ("size", "expected"),
    [("4x6", (288.0, 432.0)), ("100x150", (283.465, 425.197)), ("a4x4", (595.276, 841.89))],
)
def test_page_size_is_exact(poppler, shop, size, expected):
    path = poppler.write(render_labels([sample_order(i) for i in range(5)], shop, size))
    sizes = poppler.page_sizes(path)
    assert len(sizes) == (2 if size == "a4x4" else 5)
    for w, h in sizes:
        assert w == pytest.approx(expected[0], abs=0.01)
        assert h == pytest.approx(expected[1], abs=0.01)


def test_text_extracts_intact_in_every_language(poppler, shop, order):
    text = poppler.text(poppler.write(render_labels([order], shop, "4x6")))
    flat = " ".join(text.split())
    assert order.address.recipient in flat
    assert order.address.city in flat
    assert order.address.line1.split()[0] in flat
    assert order.tracking_number in flat
    assert order.number in flat
    assert shop.address_lines[0] in flat  # Polish sender address


@pytest.mark.parametrize("size", ["4x6", "100x150", "a4x4"])
def test_barcodes_decode_at_203_dpi(poppler, shop, order, size):
    found = poppler.decode(poppler.write(render_labels([order], shop, size)))
    assert f"CODE-128:{order.tracking_number}" in found
    assert f"CODE-128:{order.number}" in found
    assert f"QR-Code:{order.number}" in found


def test_cash_on_delivery_amount_is_printed(poppler, shop):
    order = sample_order(0, language="ru")  # cash on delivery, nothing paid
    assert order.cod_amount is not None
    text = " ".join(poppler.text(poppler.write(render_labels([order], shop))).split())
    assert "COD" in text
    assert order.cod_amount.format(shop.locale).replace("\xa0", " ") in text.replace("\xa0", " ")


def test_very_long_address_stays_inside_the_recipient_box(poppler, shop):
    long_line = (
        "ул. Генерала Ивана Христофоровича Баграмяна, дом 123, корпус 4, строение 5, подъезд 6, этаж 17, "
        "квартира 1234, домофон 1234К, вход со двора через арку, 朝阳区建国路88号现代城3号楼1201室"
    )
    base = sample_order(0, language="ru")
    order = replace(
        base,
        address=Address(
            "Константин Константинович Константинопольский-Переславский",
            long_line,
            "Łódź, Zażółć gęślą jaźń 12/34",
            "Москва",
            "123001",
            "Московская область",
            "RU",
        ),
    )
    path = poppler.write(render_labels([order], shop, "4x6"))
    words = poppler.words(path)
    h = 432.0
    margin = 288.0 * 0.04
    band_top, band_bottom = margin + h * 0.13, margin + h * 0.47  # the "TO" section, measured from the top
    address_words = [w for w in words if band_top - 1 <= w[2] < band_bottom + 1]
    extracted = " ".join(w[0] for w in address_words)
    for word in (long_line + " Константин Константинович Łódź Zażółć gęślą jaźń").split():
        if not any("\u4e00" <= ch <= "\u9fff" for ch in word):
            assert word in extracted, f"{word!r} missing: text was cut"
    for word, x0, _y0, x1, y1 in address_words:
        assert 0 <= x0 and x1 <= 288.0, f"{word!r} runs off the label ({x0}..{x1})"
        assert y1 <= band_bottom + 0.5, f"{word!r} runs into the next section"
    # and the barcodes below are still intact
    assert f"CODE-128:{order.tracking_number}" in poppler.decode(path)


def test_no_orders_is_refused(shop):
    with pytest.raises(ValidationError):
        render_labels([], shop)


def test_address_too_long_even_for_tiny_text_names_the_order(shop):
    order = replace(sample_order(0), address=replace(sample_order(0).address, line1="улица " * 800))
    with pytest.raises(ValidationError, match=f"^Order {order.number}: .*address"):
        render_labels([sample_order(1), order], shop)
