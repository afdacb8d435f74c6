"""Code 128 symbols as bar and space widths: the code values (sets A, B and C), checksum and stop.

Our own encoder instead of ReportLab's: importing ``reportlab.graphics.barcode`` loads its whole
widget and chart library (a tenth of a second on every print command) for a table and a loop.
Set C (two digits per symbol) is used for runs of digits long enough to save space, the rule of
the Code 128 specification (ISO/IEC 15417, annex on minimising the symbol length).
"""

from __future__ import annotations

# Bar/space widths in modules of each code value 0..106 (106: stop, with its final bar).
PATTERNS = (
    "212222",
    "222122",
    "222221",
    "121223",
    "121322",
    "131222",
    "122213",
    "122312",
    "132212",
    "221213",
    "221312",
    "231212",
    "112232",
    "122132",
    "122231",
    "113222",
    "123122",
    "123221",
    "223211",
    "221132",
    "221231",
    "213212",
    "223112",
    "312131",
    "311222",
    "321122",
    "321221",
    "312212",
    "322112",
    "322211",
    "212123",
    "212321",
    "232121",
    "111323",
    "131123",
    "131321",
    "112313",
    "132113",
    "132311",
    "211313",
    "231113",
    "231311",
    "112133",
    "112331",
    "132131",
    "113123",
    "113321",
    "133121",
    "313121",
    "211331",
    "231131",
    "213113",
    "213311",
    "213131",
    "311123",
    "311321",
    "331121",
    "312113",
    "312311",
    "332111",
    "314111",
    "221411",
    "431111",
    "111224",
    "111422",
    "121124",
    "121421",
    "141122",
    "141221",
    "112214",
    "112412",
    "122114",
    "122411",
    "142112",
    "142211",
    "241211",
    "221114",
    "413111",
    "241112",
    "134111",
    "111242",
    "121142",
    "121241",
    "114212",
    "124112",
    "124211",
    "411212",
    "421112",
    "421211",
    "212141",
    "214121",
    "412121",
    "111143",
    "111341",
    "131141",
    "114113",
    "114311",
    "411113",
    "411311",
    "113141",
    "114131",
    "311141",
    "411131",
    "211412",
    "211214",
    "211232",
    "2331112",
)
START_A, START_B, START_C = 103, 104, 105
TO_A, TO_B, TO_C = 101, 100, 99
STOP = 106


def _digits(value: str, at: int) -> int:
    """How many digits follow from at."""
    end = at
    while end < len(value) and value[end].isdigit() and value[end].isascii():
        end += 1
    return end - at


def _wants_c(value: str, at: int, start: bool) -> bool:
    """Does a run of digits at at save space in set C? (At the start or end 4 will, inside 6.)"""
    run = _digits(value, at)
    if start and run == len(value):
        return (run >= 2 and run % 2 == 0) or run >= 4
    return run >= 4 if at + run == len(value) or start else run >= 6


def _needs_a(value: str, at: int) -> bool:
    """Set A rather than B: a control character comes before any lower-case one."""
    for ch in value[at:]:
        if ord(ch) < 32:
            return True
        if 96 <= ord(ch) <= 127:
            return False
    return False


def code_values(value: str) -> list[int]:
    """The start code and data code values (ASCII 0-127 only: the caller checks), without the checksum."""
    if _wants_c(value, 0, start=True):
        codes, mode = [START_C], "C"
    elif _needs_a(value, 0):
        codes, mode = [START_A], "A"
    else:
        codes, mode = [START_B], "B"
    at = 0
    while at < len(value):
        if mode == "C":
            if _digits(value, at) >= 2:
                codes.append(int(value[at : at + 2]))
                at += 2
                continue
            mode = "A" if _needs_a(value, at) else "B"
            codes.append(TO_A if mode == "A" else TO_B)
            continue
        run = _digits(value, at)
        if run and _wants_c(value, at, start=False):
            if run % 2:  # an odd run: its first digit stays in this set
                codes.append(ord(value[at]) - 32)
                at += 1
            codes.append(TO_C)
            mode = "C"
            continue
        cp = ord(value[at])
        if mode == "B" and cp < 32:
            codes.append(TO_A)
            mode = "A"
        elif mode == "A" and cp >= 96:
            codes.append(TO_B)
            mode = "B"
        codes.append(cp + 64 if cp < 32 else cp - 32)
        at += 1
    return codes


def modules(value: str) -> tuple[int, ...]:
    """Alternating bar/space widths in modules (bar first): start, data, checksum and stop."""
    codes = code_values(value)
    checksum = (codes[0] + sum(i * code for i, code in enumerate(codes[1:], start=1))) % 103
    return tuple(int(w) for code in (*codes, checksum, STOP) for w in PATTERNS[code])
