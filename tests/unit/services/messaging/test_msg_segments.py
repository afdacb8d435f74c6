"""GSM-7 vs UCS-2 detection and part counting (3GPP 23.038; PROTOCOLS.md D)."""

from __future__ import annotations

import pytest

from orderdesk.services.messaging.segments import analyse, count_parts, is_gsm7


@pytest.mark.parametrize(
    ("text", "encoding", "units", "parts"),
    [
        ("", "GSM-7", 0, 1),
        ("a" * 160, "GSM-7", 160, 1),
        ("a" * 161, "GSM-7", 161, 2),
        ("a" * 306, "GSM-7", 306, 2),
        ("a" * 307, "GSM-7", 307, 3),
        ("€" * 80, "GSM-7", 160, 1),  # extension characters count two
        ("€" * 81, "GSM-7", 162, 2),
        ("[]{}^~|\\", "GSM-7", 16, 1),
        ("Zażółć", "UCS-2", 6, 1),  # Polish diacritics are not GSM-7 (ó is not either)
        ("é" * 160, "GSM-7", 160, 1),  # é is in the GSM-7 basic table
        ("я" * 70, "UCS-2", 70, 1),
        ("я" * 71, "UCS-2", 71, 2),
        ("я" * 134, "UCS-2", 134, 2),
        ("я" * 135, "UCS-2", 135, 3),
        ("订单已发货" * 14, "UCS-2", 70, 1),
        ("😀" * 35, "UCS-2", 70, 1),  # an emoji is two UTF-16 units
        ("😀" * 36, "UCS-2", 72, 2),
    ],
)
def test_encoding_units_and_parts(text, encoding, units, parts):
    info = analyse(text)
    assert (info.encoding, info.units, info.parts) == (encoding, units, parts)


def test_extension_character_is_not_split_across_parts():
    # 152 septets then "€" (2): 154 > 153, so the escape pair moves whole into part 2...
    text = "a" * 152 + "€" + "a" * 10
    assert analyse(text).units == 164 and count_parts(text) == 2
    # ...and exactly filling two parts with a pair straddling the boundary needs a third.
    assert count_parts("a" * 152 + "€" + "a" * 152) == 3


def test_surrogate_pair_is_not_split_across_parts():
    assert count_parts("я" * 66 + "😀" + "я" * 66) == 3  # 66+2 > 67: the emoji starts part 2
    assert count_parts("я" * 65 + "😀" + "я" * 67) == 2


def test_remaining_and_offending_characters_for_the_editor():
    info = analyse("Hello ż")
    assert info.non_gsm == ("ż",) and info.remaining == 63
    assert analyse("a" * 150).remaining == 10
    assert is_gsm7("Cena: 10€ [promo]") and not is_gsm7("Cena: 10 zł")
