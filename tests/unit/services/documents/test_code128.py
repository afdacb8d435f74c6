"""Our Code 128 encoder: every symbol decodes back to its value with a right checksum, and the
values a shop prints come out exactly as ReportLab's encoder makes them."""

from __future__ import annotations

import random

import pytest

from orderdesk.services.documents.code128 import PATTERNS, START_A, START_B, START_C, STOP, modules


def decode(widths: tuple[int, ...]) -> str:
    """Read a symbol back: 6 widths per code value, checksum checked, sets A/B/C followed."""
    assert widths[-7:] == tuple(int(w) for w in PATTERNS[STOP]), "stop pattern"
    body = widths[:-7]
    assert len(body) % 6 == 0
    by_pattern = {p: code for code, p in enumerate(PATTERNS[:106])}
    codes = [by_pattern["".join(str(w) for w in body[i : i + 6])] for i in range(0, len(body), 6)]
    for i in range(0, len(body), 6):
        assert sum(body[i : i + 6]) == 11  # every symbol character is 11 modules wide
    *data, checksum = codes
    assert checksum == (data[0] + sum(i * c for i, c in enumerate(data[1:], start=1))) % 103
    mode = {START_A: "A", START_B: "B", START_C: "C"}[data[0]]
    text = ""
    for code in data[1:]:
        if mode == "C":
            assert code <= 101, "no function characters"
            if code < 100:
                text += f"{code:02d}"
            else:
                mode = "B" if code == 100 else "A"
        elif code == 99:
            mode = "C"
        elif (mode, code) == ("A", 100):
            mode = "B"
        elif (mode, code) == ("B", 101):
            mode = "A"
        else:
            assert code < 96, "no function characters"
            text += chr(code - 64) if mode == "A" and code >= 64 else chr(code + 32)
    return text


def _reportlab(value: str) -> tuple[int, ...]:
    from reportlab.graphics.barcode.code128 import Code128

    symbol = Code128(value, quiet=0)
    symbol.validate()
    symbol.encode()
    return tuple(ord(ch.upper()) - ord("A") + 1 for ch in symbol.decompose())


SHOP_VALUES = ["2026-000001", "OD-1", "12", "123", "1234", "CDEK1234567890RU", "TR0000000001", "MUG-001",
               "INPOST 6200 1234 5678", "Z", "00", "a1b2c3", "WEB-10042", "R-2026-0007"]  # fmt: skip


@pytest.mark.parametrize("value", SHOP_VALUES)
def test_shop_values_match_reportlab_exactly(value):
    assert modules(value) == _reportlab(value)
    assert decode(modules(value)) == value


def test_any_ascii_value_decodes_back_and_is_never_much_longer_than_reportlabs():
    rng = random.Random(7)
    alphabets = ["0123456789", "0123456789-", "ABCDEFGHIJ0123456789abc-", "\x01\x1fABCabc0123456789 ~\x7f"]
    for _ in range(2000):
        alphabet = rng.choice(alphabets)
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
        widths = modules(value)
        assert decode(widths) == value, repr(value)
        assert sum(widths) <= sum(_reportlab(value)) + 22, repr(value)  # at most two symbols longer
