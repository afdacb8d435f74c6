"""The shipping label as ZPL II for Zebra-compatible thermal printers (203 or 300 dpi).

Sent raw to the printer (``lp -o raw``), so the printer's own fonts and barcode engine draw
it: nothing is rasterised on the PC. Text is UTF-8 (``^CI28``) and escaped with ``^FH`` so a
``^`` or ``~`` in an address cannot end a field. We wrap and shrink text ourselves and emit one
field per line, because a ``^FB`` block that overflows silently overprints its last line.
Latin and Cyrillic use the scalable font 0; text with Chinese uses the profile's Unicode
TrueType font (``E:ANMDJ.TTF`` on Asian-enabled Zebra firmware; change it in the profile).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from orderdesk.domain import OrderDetail
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.services.documents.barcodes import code128_width_modules
from orderdesk.services.documents.common import ShopInfo, about_order, delivery_text, money, weight_text
from orderdesk.services.documents.label import recipient_lines

SIZES_MM = {"4x6": (101.6, 152.4), "100x150": (100.0, 150.0)}


@dataclass(frozen=True)
class PrinterProfile:
    """What the thermal printer is: its resolution, and the font that has CJK glyphs."""

    dpi: int = 203
    unicode_font: str = "E:ANMDJ.TTF"
    # Link-OS firmware's font 0 has the WGL4 set (Latin incl. Polish, Cyrillic, Greek); older
    # printers only Latin-1: set False and everything beyond Latin-1 uses the Unicode font.
    font0_wgl4: bool = True
    darkness: int | None = None  # ~SD 0-30; None keeps the printer's setting

    def __post_init__(self) -> None:
        if self.dpi not in (203, 300):
            raise ValidationError(_("Thermal printers print at 203 or 300 dpi, not {dpi}.").format(dpi=self.dpi), "dpi")

    @property
    def dots_per_mm(self) -> float:
        return self.dpi / 25.4

    def dots(self, mm: float) -> int:
        return round(mm * self.dots_per_mm)


def escape(text: str) -> str:
    """Field data for ``^FH``: the hex indicator ``_`` and the command prefixes become _XX escapes."""
    return text.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _needs_unicode_font(text: str, profile: PrinterProfile) -> bool:
    if profile.font0_wgl4:
        return any(_wide(ch) for ch in text)
    return any(ord(ch) > 0xFF for ch in text)


def estimate_width(text: str, height: int) -> float:
    """Printed width in dots of ``text`` at character height ``height``: CJK cells are square,
    font 0 averages well under 0.6 of the height (we err on the wide side)."""
    return sum(height * (1.0 if _wide(ch) else 0.6) for ch in text)


def wrap(text: str, width: int, height: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines():
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if estimate_width(candidate, height) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            for ch in word:  # a word wider than the line (or CJK): break between characters
                if estimate_width(line + ch, height) > width and line:
                    lines.append(line)
                    line = ""
                line += ch
        lines.append(line)
    return [line for line in lines if line]


def fit(text: str, width: int, height: int, max_h: int, min_h: int, field: str) -> tuple[int, list[str]]:
    """Largest character height whose wrapped lines fit the box; refuses rather than cut text."""
    h = max_h
    while h >= min_h:
        lines = wrap(text, width, h)
        if len(lines) * round(h * 1.1) <= height:
            return h, lines
        h -= 1
    raise ValidationError(_("'{field}' is too long to print on the label; shorten it.").format(field=field), field)


class _Zpl:
    def __init__(self, profile: PrinterProfile) -> None:
        self.profile = profile
        self.out: list[str] = []

    def text(self, x: int, y: int, text: str, h: int, reverse: bool = False) -> None:
        if not text:
            return
        font = (
            f"^A@N,{h},{h},{self.profile.unicode_font}" if _needs_unicode_font(text, self.profile) else f"^A0N,{h},{h}"
        )
        self.out.append(f"^FO{x},{y}{font}{'^FR' if reverse else ''}^FH^FD{escape(text)}^FS")

    def block(self, x: int, y: int, w: int, h: int, text: str, max_h: int, min_h: int, field: str) -> int:
        """Wrapped text in a box; returns the y below the last line."""
        size, lines = fit(text, w, h, max_h, min_h, field)
        for line in lines:
            self.text(x, y, line, size)
            y += round(size * 1.1)
        return y

    def box(self, x: int, y: int, w: int, h: int, thickness: int) -> None:
        self.out.append(f"^FO{x},{y}^GB{w},{h},{thickness}^FS")


def label_zpl(order: OrderDetail, shop: ShopInfo, profile: PrinterProfile, size: str = "4x6") -> str:
    """ZPL for one label: ``^XA`` ... ``^XZ``."""
    if size not in SIZES_MM:
        raise ValidationError(_("ZPL labels are 4x6 or 100x150, not {size}.").format(size=size), "size")
    w_mm, h_mm = SIZES_MM[size]
    d = profile.dots
    pw, ll = d(w_mm), d(h_mm)
    m = d(4)
    inner = pw - 2 * m
    z = _Zpl(profile)
    z.out += ["^XA", "^CI28", f"^PW{pw}", f"^LL{ll}", "^LH0,0", "^PON"]
    if profile.darkness is not None:
        z.out.append(f"~SD{profile.darkness:02d}")

    y = m
    band = round(ll * 0.13)
    z.text(m, y, _("FROM"), d(2))
    sender = "\n".join(p for p in (shop.name, *shop.address_lines, shop.phone) if p)
    z.block(m, y + d(3), round(inner * 0.58), band - d(4), sender, d(3), d(1.8), _("shop address"))
    box_x = m + round(inner * 0.62)
    z.box(box_x, y, pw - m - box_x, band - d(1), 3)
    z.block(
        box_x + d(1.5),
        y + d(1.5),
        pw - m - box_x - d(3),
        band - d(4),
        delivery_text(order),
        d(4.5),
        d(2.2),
        _("delivery method"),
    )
    y += band
    z.box(0, y, pw, 1, 3)

    band = round(ll * 0.34)
    z.text(m, y + d(1.5), _("TO"), d(3))
    name = order.address.recipient or order.customer.name
    name_bottom = z.block(m, y + d(5), inner, round(band * 0.28), name, d(7), d(3), _("recipient"))
    z.block(
        m,
        name_bottom + d(1),
        inner,
        y + band - name_bottom - d(2),
        "\n".join(recipient_lines(order)),
        d(5),
        d(2.2),
        _("address"),
    )
    y += band
    z.box(0, y, pw, 1, 3)

    band = round(ll * 0.1)
    z.text(m, y + d(1.5), _("Order"), d(2.5))
    z.block(m, y + d(5), round(inner * 0.42), band - d(6), order.number, d(5), d(2.5), _("order number"))
    mid = m + round(inner * 0.44)
    z.text(mid, y + d(1.5), _("Weight"), d(2.5))
    z.text(mid, y + d(5.5), weight_text(order.weight_g), d(4))
    cod = order.cod_amount
    if cod is not None:
        cod_x = m + round(inner * 0.66)
        z.box(cod_x, y + d(1), pw - m - cod_x, band - d(2), band - d(2))  # thickness = height: a filled box
        z.text(cod_x + d(1.5), y + d(2), _("COD"), d(2.5), reverse=True)
        size, lines = fit(
            money(order, cod.minor, shop.locale), pw - m - cod_x - d(3), band - d(7), d(5), d(2.2), _("COD amount")
        )
        for i, line in enumerate(lines):
            z.text(cod_x + d(1.5), y + d(5) + i * round(size * 1.1), line, size, reverse=True)
    y += band
    z.box(0, y, pw, 1, 3)

    band = round(ll * 0.25)
    tracking = order.tracking_number
    value = tracking or order.number
    z.text(m, y + d(1.5), _("Tracking") if tracking else _("Order"), d(2.5))
    _barcode(z, m, y + d(5), inner, band - d(7), value)
    y += band
    z.box(0, y, pw, 1, 3)

    qr_mag = 6 if profile.dpi == 203 else 9
    qr_x = pw - m - d(24)
    z.out.append(f"^FO{qr_x},{y + d(2)}^BQN,2,{qr_mag}^FH^FDMA,{escape(order.number)}^FS")
    if tracking:
        _barcode(z, m, y + d(3), qr_x - m - d(3), ll - y - m - d(4), order.number)
    elif order.shelf_slot:
        z.block(
            m,
            y + d(3),
            qr_x - m - d(3),
            ll - y - m - d(4),
            _("Shelf {slot}").format(slot=order.shelf_slot),
            d(6),
            d(3),
            "shelf",
        )
    z.out += ["^PQ1", "^XZ"]
    return "\n".join(z.out) + "\n"


def _barcode(z: _Zpl, x: int, y: int, width: int, height: int, value: str) -> None:
    """Code 128 with its text underneath, module width in whole dots, centred with quiet zones."""
    modules = code128_width_modules(value)
    module = max(1, min(4, width // (modules + 20)))
    if module < 2:
        raise ValidationError(_("'{value}' is too long for a barcode on this label.").format(value=value))
    bar_h = height - z.profile.dots(4)
    left = x + (width - modules * module) // 2
    # ^BC: orientation N, height, text line below, not above, no UCC check digit, automatic subsets (A).
    z.out.append(f"^BY{module},3,{bar_h}^FO{left},{y}^BCN,{bar_h},Y,N,N,A^FH^FD{escape(value)}^FS")


def labels_zpl(orders: Iterable[OrderDetail], shop: ShopInfo, profile: PrinterProfile, size: str = "4x6") -> str:
    parts = []
    for order in orders:
        with about_order(order):
            parts.append(label_zpl(order, shop, profile, size))
    text = "".join(parts)
    if not text:
        raise ValidationError(_("No orders to print."))
    return text
