"""A small, fast QR code encoder: byte mode, error correction level M, one fixed mask.

Why our own: general QR libraries spend most of their time choosing among eight masks and
modes in pure Python (~0.3-1 ms a code); a thousand labels need a thousand codes in well under
a second. Everything that does not depend on the data (finder, timing and alignment patterns,
format and version bits, the zig-zag order of data modules and the mask) is computed once per
version and cached; per code we only build the codewords, the Reed-Solomon blocks, and place
the bits. The algorithm follows ISO/IEC 18004 as laid out in Project Nayuki's QR Code
generator (MIT); the tests compare every module with ``segno`` for the same mask.
"""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter

MASK = 4  # (row // 2 + col // 3) % 2 == 0; any mask is valid, this one scans well on labels
_ECL_M_FORMAT = 0  # format bits of level M

# Per version (index 1-40), level M (ISO/IEC 18004 table 9).
_ECC_PER_BLOCK = (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28,
                  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28)  # fmt: skip
_BLOCKS = (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28,
           29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49)  # fmt: skip

# GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


def _raw_modules(ver: int) -> int:
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        align = ver // 7 + 2
        result -= (25 * align - 10) * align - 55
        if ver >= 7:
            result -= 36
    return result


def data_codewords(ver: int) -> int:
    return _raw_modules(ver) // 8 - _ECC_PER_BLOCK[ver] * _BLOCKS[ver]


def _capacity_bytes(ver: int, eci: bool = False) -> int:
    count_bits = 8 if ver < 10 else 16
    return (data_codewords(ver) * 8 - 4 - count_bits - (12 if eci else 0)) // 8


@lru_cache(maxsize=64)
def _rs_divisor(degree: int) -> tuple[int, ...]:
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = _EXP[_LOG[result[j]] + _LOG[root]] if result[j] and root else 0
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = _EXP[_LOG[root] + 1]
    return tuple(result)


@lru_cache(maxsize=64)
def _rs_products(degree: int) -> tuple[int, ...]:
    """For each byte value, the divisor times that value, its coefficients as one big-endian integer."""
    divisor = _rs_divisor(degree)
    return tuple(
        int.from_bytes(bytes(_EXP[_LOG[c] + _LOG[factor]] if c and factor else 0 for c in divisor), "big")
        for factor in range(256)
    )


def _rs_remainder(data: list[int], degree: int) -> list[int]:
    """The Reed-Solomon error correction bytes of ``data``: polynomial division with the
    remainder held in one integer (a shift register), one table lookup per data byte."""
    products = _rs_products(degree)
    top = 8 * (degree - 1)
    keep = (1 << top) - 1
    remainder = 0
    for byte in data:
        remainder = ((remainder & keep) << 8) ^ products[byte ^ (remainder >> top)]
    return list(remainder.to_bytes(degree, "big"))


def _alignment_positions(ver: int) -> list[int]:
    if ver == 1:
        return []
    size = ver * 4 + 17
    count = ver // 7 + 2
    step = (ver * 8 + count * 3 + 5) // (count * 4 - 4) * 2
    return sorted([size - 7 - i * step for i in range(count - 1)] + [6])


@lru_cache(maxsize=40)
def _template(ver: int) -> tuple[int, tuple[bytes, ...], tuple[tuple[int, int, bool], ...]]:
    """(size, function-pattern rows (1 = dark), data positions as (row, col, masked)) for a version."""
    size = ver * 4 + 17
    dark = [[0] * size for _ in range(size)]
    func = [[False] * size for _ in range(size)]

    def put(col: int, row: int, on: bool) -> None:
        dark[row][col] = 1 if on else 0
        func[row][col] = True

    for i in range(size):  # timing patterns
        put(6, i, i % 2 == 0)
        put(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):  # finders with separators
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    dist = max(abs(dx), abs(dy))
                    put(x, y, dist not in (2, 4))
    positions = _alignment_positions(ver)
    last = len(positions) - 1
    for i, ay in enumerate(positions):
        for j, ax in enumerate(positions):
            if (i, j) in ((0, 0), (0, last), (last, 0)):
                continue  # these overlap the finders
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    put(ax + dx, ay + dy, max(abs(dx), abs(dy)) != 1)
    # format bits (level M, our mask), both copies, and the dark module
    data = _ECL_M_FORMAT << 3 | MASK
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    bits = (data << 10 | rem) ^ 0x5412

    def bit(value: int, i: int) -> bool:
        return (value >> i) & 1 != 0

    for i in range(6):
        put(8, i, bit(bits, i))
    put(8, 7, bit(bits, 6))
    put(8, 8, bit(bits, 7))
    put(7, 8, bit(bits, 8))
    for i in range(9, 15):
        put(14 - i, 8, bit(bits, i))
    for i in range(8):
        put(size - 1 - i, 8, bit(bits, i))
    for i in range(8, 15):
        put(8, size - 15 + i, bit(bits, i))
    put(8, size - 8, True)
    if ver >= 7:  # version information blocks
        rem = ver
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        vbits = ver << 12 | rem
        for i in range(18):
            a, b = size - 11 + i % 3, i // 3
            put(a, b, bit(vbits, i))
            put(b, a, bit(vbits, i))
    # zig-zag order of the data modules, with the mask decided per module
    order: list[tuple[int, int, bool]] = []
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = size - 1 - vert if upward else vert
                if not func[y][x]:
                    order.append((y, x, (y // 2 + x // 3) % 2 == 0))
        right -= 2
    return size, tuple(bytes(row) for row in dark), tuple(order)


def _codewords(data: bytes, ver: int) -> list[int]:
    count_bits = 8 if ver < 10 else 16
    bits = (0b0100 << count_bits | len(data)) << (8 * len(data)) | int.from_bytes(data, "big")
    nbits = 4 + count_bits + 8 * len(data)
    if _needs_eci(data):  # ECI 26 = UTF-8, so scanners do not guess Shift JIS for "ż" or "张"
        bits |= (0b0111 << 8 | 26) << nbits
        nbits += 12
    capacity = data_codewords(ver) * 8
    term = min(4, capacity - nbits)
    bits <<= term
    nbits += term
    pad = (-nbits) % 8
    bits <<= pad
    nbits += pad
    words = list(bits.to_bytes(nbits // 8, "big"))
    filler = (0xEC, 0x11)
    words += [filler[i % 2] for i in range(data_codewords(ver) - len(words))]
    # split into blocks, add error correction, interleave
    blocks_n, ecc_len = _BLOCKS[ver], _ECC_PER_BLOCK[ver]
    raw = _raw_modules(ver) // 8
    short_n = blocks_n - raw % blocks_n
    short_len = raw // blocks_n
    blocks = []
    k = 0
    for i in range(blocks_n):
        n = short_len - ecc_len + (0 if i < short_n else 1)
        block = words[k : k + n]
        k += n
        ecc = _rs_remainder(block, ecc_len)
        if i < short_n:
            block.append(0)
        blocks.append(block + ecc)
    out = []
    for i in range(len(blocks[0])):
        for j, block in enumerate(blocks):
            if i != short_len - ecc_len or j >= short_n:
                out.append(block[i])
    return out


def _needs_eci(data: bytes) -> bool:
    return any(b >= 0x80 for b in data)


def version_for(data: bytes) -> int:
    eci = _needs_eci(data)
    for ver in range(1, 41):
        if len(data) <= _capacity_bytes(ver, eci):
            return ver
    raise ValueError("too much data for a QR code")


@lru_cache(maxsize=40)
def _placement(ver: int) -> tuple[int, int, int, str, itemgetter]:
    """How a version's modules are filled, as one gather over a string of bits.

    (size, data modules, the mask as an integer over the data modules in zig-zag order, the
    function modules' bits, and a getter that takes the string "data bits, then function bits" to
    the symbol's modules row by row). Placing the bits is then a few C-level calls per code
    instead of a Python step per module.
    """
    size, base, order = _template(ver)
    count = len(order)
    mask = 0
    where = {}
    for i, (row, col, masked) in enumerate(order):
        mask = mask << 1 | masked
        where[row * size + col] = i
    sources = []
    functions = []
    for pos in range(size * size):
        if pos in where:
            sources.append(where[pos])
        else:
            sources.append(count + len(functions))
            functions.append("1" if base[pos // size][pos % size] else "0")
    return size, count, mask, "".join(functions), itemgetter(*sources)


_AS_MODULES = bytes.maketrans(b"01", b"\x00\x01")


def qr_rows(text: str) -> tuple[bytes, ...]:
    """Rows of the QR symbol for ``text`` (UTF-8, byte mode, level M, mask 4); 1 = dark.

    Non-ASCII text is preceded by an ECI 26 (UTF-8) designator. A data module is dark when its
    bit differs from the mask's (the remainder bits after the codewords are 0)."""
    data = text.encode("utf-8")
    ver = version_for(data)
    size, count, mask, functions, gather = _placement(ver)
    words = _codewords(data, ver)
    bits = (int.from_bytes(bytes(words), "big") << (count - 8 * len(words))) ^ mask
    flat = "".join(gather(format(bits, f"0{count}b") + functions)).encode("ascii").translate(_AS_MODULES)
    return tuple(flat[start : start + size] for start in range(0, size * size, size))


def qr_matrix(text: str) -> list[bytearray]:
    """Rows of the QR symbol for ``text`` as editable rows (see ``qr_rows``)."""
    return [bytearray(row) for row in qr_rows(text)]
