"""SMS length: GSM-7 or UCS-2, and how many parts (segments) a text is sent as.

Carriers bill per part, so the template editor shows this live. Rules (3GPP TS 23.038, and
PROTOCOLS.md D): a text made only of GSM-7 characters is 160 septets in one part or 153 per
part when split (the user data header takes 7); the extension characters ``^{}\\[~]|€`` and
form feed cost two septets (escape + char) and are never split across parts. Any other
character makes the whole text UCS-2: 70 UTF-16 units in one part, 67 per part, and a
surrogate pair (an emoji) is never split either.
"""

from __future__ import annotations

from dataclasses import dataclass

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")

GSM7_SINGLE, GSM7_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67


@dataclass(frozen=True)
class SmsInfo:
    encoding: str  # "GSM-7" or "UCS-2"
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    parts: int
    per_part: int  # capacity of one part at this length (160/153 or 70/67)
    remaining: int  # units left in the last part before another part is needed
    non_gsm: tuple[str, ...] = ()  # the characters that forced UCS-2, for the editor to show

    def summary(self) -> str:
        return f"{self.units} ({self.encoding}), {self.parts} part{'s' if self.parts != 1 else ''}"


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def _weights(text: str, gsm: bool) -> list[int]:
    """The cost of each indivisible piece of the text, in the encoding's units."""
    if gsm:
        return [2 if ch in GSM7_EXTENSION else 1 for ch in text]
    # UCS-2 counts UTF-16 units; a character outside the BMP is one surrogate pair (2, unsplittable).
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def _pack(weights: list[int], capacity: int) -> int:
    """Number of parts when pieces are packed in order and never split."""
    parts, used = 1, 0
    for w in weights:
        if used + w > capacity:
            parts += 1
            used = 0
        used += w
    return parts


def analyse(text: str) -> SmsInfo:
    gsm = is_gsm7(text)
    weights = _weights(text, gsm)
    units = sum(weights)
    single, multi = (GSM7_SINGLE, GSM7_MULTI) if gsm else (UCS2_SINGLE, UCS2_MULTI)
    non_gsm: tuple[str, ...] = ()
    if not gsm:
        non_gsm = tuple(dict.fromkeys(ch for ch in text if ch not in GSM7_BASIC and ch not in GSM7_EXTENSION))
    if units <= single:
        return SmsInfo("GSM-7" if gsm else "UCS-2", units, 1, single, single - units, non_gsm)
    parts = _pack(weights, multi)
    # Units left in the last part: replay the packing to find how full it is.
    used = 0
    for w in weights:
        if used + w > multi:
            used = 0
        used += w
    return SmsInfo("GSM-7" if gsm else "UCS-2", units, parts, multi, multi - used, non_gsm)


def count_parts(text: str) -> int:
    return analyse(text).parts
