from __future__ import annotations

import pytest

from orderdesk.errors import ValidationError
from orderdesk.services.documents.barcodes import (
    DOTS_203,
    code128_module_width,
    code128_modules,
    qr_runs,
)


def test_code128_pattern_is_well_formed():
    modules = code128_modules("CDEK1234567890RU")
    assert len(modules) % 2 == 1  # starts and ends with a bar
    # every symbol character is 11 modules, the stop pattern 13
    assert (sum(modules) - 13) % 11 == 0
    assert modules[-7:] == (2, 3, 3, 1, 1, 1, 2)  # stop


def test_digits_are_packed_in_code_set_c():
    assert sum(code128_modules("12345678901234")) < sum(code128_modules("ABCDEFGHIJKLMN"))


def test_code128_refuses_non_ascii():
    with pytest.raises(ValidationError):
        code128_modules("Заказ-1")


def test_module_width_is_whole_printer_dots_when_it_fits():
    module = code128_module_width("OD-2026-000001", 300)
    assert module / DOTS_203 == pytest.approx(round(module / DOTS_203))


def test_qr_runs_cover_finder_patterns():
    size, runs = qr_runs("OD-2026-000001")
    assert size == 21  # version 1
    assert (0, 0, 7) in runs  # top left finder pattern, first row


@pytest.mark.parametrize("value", ["OD-2026-000001", "https://example.pl/t/2026-000001?c=王伟", "x"])
def test_the_drawn_qr_rectangles_are_the_dark_runs(value):
    from orderdesk.services.documents.barcodes import _qr_ops, qr_size_modules

    size, runs = qr_runs(value)
    assert qr_size_modules(value) == size
    # Read the operators as a PDF reader does: each "cm" moves the origin one module down, each
    # "re" is a rectangle at the current origin, each "f" fills what came before it.
    drawn, pending, offset = [], [], 0
    for op in _tokens(_qr_ops(value)):
        if op[-1] == "cm":
            assert op == ["1", "0", "0", "1", "0", "-1", "cm"]
            assert not pending, "a translation inside a path"
            offset -= 1
        elif op[-1] == "re":
            x, y, w, h = map(int, op[:4])
            assert (y, h) == (0, 1)
            pending.append((-offset - 1, x, w))
        else:
            assert op == ["f"] and pending
            drawn += pending
            pending = []
    assert not pending
    assert sorted(drawn) == sorted(runs)
    assert -offset == size


def _tokens(ops: str) -> list[list[str]]:
    """The operators of a content stream, each with its operands."""
    out, operands = [], []
    for token in ops.split():
        operands.append(token)
        if token.isalpha():
            out.append(operands)
            operands = []
    assert not operands
    return out
