from __future__ import annotations

import re
from dataclasses import replace

import pytest

from orderdesk.domain import Address
from orderdesk.errors import ValidationError
from orderdesk.services.documents.samples import SHOP, sample_order
from orderdesk.services.documents.zpl import PrinterProfile, escape, estimate_width, label_zpl, labels_zpl

CASES = [(203, "4x6", 812, 1218), (300, "4x6", 1200, 1800), (203, "100x150", 799, 1199), (300, "100x150", 1181, 1772)]


def fields(zpl: str) -> list[str]:
    """The commands between ^XA and ^XZ."""
    body = zpl.strip()
    assert body.startswith("^XA") and body.endswith("^XZ")
    return [c.strip() for c in re.split(r"(?=[\^~])", body) if c.strip()]


@pytest.mark.parametrize(("dpi", "size", "pw", "ll"), CASES)
@pytest.mark.parametrize("index", range(4))
def test_label_is_well_formed(dpi, size, pw, ll, index):
    order = sample_order(index)
    zpl = label_zpl(order, SHOP, PrinterProfile(dpi), size)
    commands = fields(zpl)
    assert zpl.count("^XA") == 1 and zpl.count("^XZ") == 1
    assert "^CI28" in commands  # UTF-8
    assert f"^PW{pw}" in commands and f"^LL{ll}" in commands
    # every field opened with ^FD is closed with ^FS
    assert zpl.count("^FD") == zpl.count("^FS") - zpl.count("^GB")
    # every field origin lies on the label
    for x, y in re.findall(r"\^FO(\d+),(\d+)", zpl):
        assert 0 <= int(x) < pw and 0 <= int(y) < ll
    # Code 128 of the tracking number and of the order number, QR of the order number
    assert re.search(rf"\^BCN,\d+,Y,N,N,A\^FH\^FD{order.tracking_number}\^FS", zpl)
    assert re.search(rf"\^BCN,\d+,Y,N,N,A\^FH\^FD{order.number}\^FS", zpl)
    assert re.search(rf"\^BQN,2,\d+\^FH\^FDMA,{order.number}\^FS", zpl)
    assert order.address.city in zpl


def test_chinese_text_uses_the_unicode_font():
    zpl = label_zpl(sample_order(2, language="zh"), SHOP, PrinterProfile(203, unicode_font="E:TT0003M_.TTF"))
    assert "^A@N,56,56,E:TT0003M_.TTF^FH^FD张伟^FS" in zpl


def test_field_data_cannot_break_out_of_its_field():
    assert escape("a^b~c_d") == "a_5Eb_7Ec_5Fd"
    order = replace(sample_order(3), address=replace(sample_order(3).address, line1="Flat ^XZ~JR 2_a"))
    zpl = label_zpl(order, SHOP, PrinterProfile(203))
    assert zpl.count("^XZ") == 1
    assert "Flat _5EXZ_7EJR 2_5Fa" in zpl


def test_long_address_wraps_within_the_label():
    long_line = "ул. Генерала Ивана Христофоровича Баграмяна, дом 123, корпус 4, строение 5, квартира 1234 " * 2
    order = replace(
        sample_order(0), address=Address("Константин Константинопольский", long_line, "", "Москва", "123001", "", "RU")
    )
    zpl = label_zpl(order, SHOP, PrinterProfile(203))
    printed = " ".join(re.findall(r"\^FD([^\^]*)\^FS", zpl))
    for word in long_line.split():
        assert word in printed
    pattern = r"\^FO(\d+),(\d+)\^A[0@]N,(\d+),\d+[^\^]*(?:\^FR)?\^FH\^FD([^\^]*)\^FS"
    texts = re.findall(pattern, zpl)
    assert len(texts) > 10
    for x, y, h, text in texts:
        assert int(y) + int(h) <= 1218
        assert int(x) + estimate_width(text, int(h)) <= 812, text


def test_hopelessly_long_address_is_refused_naming_the_order():
    order = replace(sample_order(0), address=replace(sample_order(0).address, line1="дом " * 600))
    with pytest.raises(ValidationError):
        label_zpl(order, SHOP, PrinterProfile(203))
    with pytest.raises(ValidationError, match=f"^Order {order.number}: .*address"):
        labels_zpl([sample_order(1), order], SHOP, PrinterProfile(203))


def test_batch_is_one_label_per_order():
    zpl = labels_zpl([sample_order(i) for i in range(3)], SHOP, PrinterProfile(300))
    assert zpl.count("^XA") == 3 and zpl.count("^XZ") == 3


def test_only_203_and_300_dpi():
    with pytest.raises(ValidationError):
        PrinterProfile(600)


def test_old_printers_get_the_unicode_font_for_cyrillic_and_polish():
    order = sample_order(0, language="ru")
    modern = label_zpl(order, SHOP, PrinterProfile(203))
    old = label_zpl(order, SHOP, PrinterProfile(203, font0_wgl4=False))
    assert re.search(r"\^A0N,\d+,\d+\^FH\^FDАнна Кузнецова", modern)
    assert re.search(r"\^A@N,\d+,\d+,E:ANMDJ.TTF\^FH\^FDАнна Кузнецова", old)
    assert re.search(r"\^A0N,\d+,\d+\^FH\^FDOD-2026-000001", old)  # ASCII stays in font 0
