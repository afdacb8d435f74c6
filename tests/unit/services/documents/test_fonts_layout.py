from __future__ import annotations

import pytest

from orderdesk.errors import ValidationError
from orderdesk.services.documents import fonts
from orderdesk.services.documents.layout import LEADING, fit, wrap


def test_runs_pick_a_font_per_script():
    runs = fonts.runs("Анна Łódź 张伟 88号")
    assert [r.font for r in runs] == [fonts.REGULAR, fonts.CJK, fonts.REGULAR, fonts.CJK]
    assert "".join(r.text for r in runs) == "Анна Łódź 张伟 88号"


def _walk(text: str, bold: bool) -> tuple[fonts.Run, ...]:
    """The rule character by character: a space or punctuation stays in the run it is in, a letter
    goes to the first font of the chain that has it."""
    chain = (fonts.BOLD if bold else fonts.REGULAR, fonts.CJK)
    out: list[fonts.Run] = []
    for ch in text:
        current = out[-1].font if out else ""
        stays = (
            current and fonts._covers(current, ord(ch)) and (ch.isspace() or not ch.isalnum() or current == chain[0])
        )
        font = current if stays else next((f for f in chain if fonts._covers(f, ord(ch))), chain[0])
        if out and font == current:
            out[-1] = fonts.Run(font, out[-1].text + ch)
        else:
            out.append(fonts.Run(font, ch))
    return tuple(out)


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize(
    "text", ["", " ", "Анна Łódź, ul. Długa 5/7", "OD-2026-000001", "Zhang 张", "张伟 88号", "a\U00013000b"]
)
def test_a_text_one_font_draws_is_one_run_as_the_character_walk_makes_it(text, bold):
    got = fonts.runs(text, bold)
    assert got == _walk(text, bold)
    assert "".join(r.text for r in got) == text
    if text and all(fonts._covers(fonts.BOLD if bold else fonts.REGULAR, ord(ch)) for ch in text):
        assert len(got) == 1


def test_bold_uses_bold_face_for_latin_and_cjk_font_for_chinese():
    runs = fonts.runs("Zhang 张", bold=True)
    assert [r.font for r in runs] == [fonts.BOLD, fonts.CJK]


def test_all_our_languages_are_covered():
    assert fonts.missing_glyphs("Съешь же ещё этих мягких булок Zażółć gęślą jaźń 我能吞下玻璃而不伤身体 Ёё") == ""
    assert fonts.missing_glyphs("a\U00013000") == "\U00013000"  # a hieroglyph: reported, not hidden


def test_wrap_keeps_every_character_and_respects_width():
    text = "ул. Большая Садовая, д. 10, кв. 50, подъезд 3, этаж 7, домофон 50К"
    lines = wrap(text, 100 / 10)
    assert len(lines) > 1
    assert all(fonts.text_width(line, 10) <= 100.01 for line in lines)
    assert " ".join(lines).split() == text.split()


def test_chinese_wraps_between_characters():
    text = "北京市朝阳区建国路八十八号现代城三号楼一二零一室"
    lines = wrap(text, 60 / 10)
    assert len(lines) > 1 and "".join(lines) == text


def test_fit_shrinks_an_identifier_rather_than_split_it():
    fitted = fit("OD-2026-000001", 80, 20, 15, 6)
    assert fitted.lines == ("OD-2026-000001",)
    assert fitted.size < 15


def test_fit_result_stays_in_the_box():
    fitted = fit("Łukasz Żółtowski-Wąsik " * 6, 150, 40, 14, 6)
    assert fitted.height <= 40.01
    assert len(fitted.lines) * fitted.size * LEADING <= 40.01


def test_text_that_cannot_fit_is_refused_not_cut():
    with pytest.raises(ValidationError) as info:
        fit("x " * 2000, 50, 20, 12, 6, field="address")
    assert info.value.field == "address"


def test_a_repeated_text_draws_the_same_operators_as_the_first_time():
    import io

    from orderdesk.services.documents.common import new_canvas

    def literals(canvas) -> list[str]:
        return [op for op in canvas._code if " Tm" in op]

    texts = [
        ("Кружка «Москва» 王伟 Łódź", True),
        ("SKU MUG-001", False),
        ("王伟", True),
        ("Кружка «Москва» 王伟 Łódź", True),
    ]
    memo = new_canvas(io.BytesIO(), (300, 300), "t")
    for text, bold in texts:
        fonts.draw_text(memo, 10, 20, text, 9, bold=bold)
    fresh = []
    for index, (text, bold) in enumerate(texts):
        canvas = new_canvas(io.BytesIO(), (300, 300), "t")
        for earlier, earlier_bold in texts[:index]:  # the same glyph subsets assigned before it
            fonts.draw_text(canvas, 10, 20, earlier, 9, bold=earlier_bold)
        canvas._od_text_ops = {}  # nothing remembered: worked out again from the fonts
        fonts.draw_text(canvas, 10, 20, text, 9, bold=bold)
        fresh.append(literals(canvas)[-1])
    assert literals(memo) == fresh
    assert literals(memo)[0] == literals(memo)[3] and literals(memo)[0].startswith("q BT")  # bold CJK: wrapped


def test_the_cjk_font_is_read_only_for_text_that_needs_it():
    import subprocess
    import sys

    script = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "from orderdesk.services.documents import fonts\n"
        "fonts.register_fonts(); fonts.runs('Łódź, ul. Długa 5 — Москва')\n"
        "print(fonts.CJK in pdfmetrics.getRegisteredFontNames())\n"
        "print([r.font for r in fonts.runs('王伟 5')])\n"
        "print(fonts.CJK in pdfmetrics.getRegisteredFontNames())\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:3] == ["False", "['OD-CJK', 'OD-Sans']", "True"]  # the digit stays in the Latin face
