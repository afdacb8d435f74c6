"""Render documents, send them to a file or a printer, and write each print to the orders' history.

The one entry point the packing station, the board's batch print and ``orderdesk print`` share.
Runs in a worker thread (rendering 1,000 labels takes about a second): no Qt here; progress
goes to a plain callback.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from orderdesk.domain import Actor, OrderDetail
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.services.documents.common import Progress, ShopInfo
from orderdesk.services.documents.label import LABEL_FORMATS, render_labels
from orderdesk.services.documents.packing_slip import render_slips
from orderdesk.services.documents.pick_list import render_pick_list
from orderdesk.services.documents.zpl import PrinterProfile, labels_zpl
from orderdesk.services.printing import PrintOptions, PrintSystem, default_print_system

if TYPE_CHECKING:
    from orderdesk.settings import Settings

KINDS = ("labels", "slips", "picklist")
PAPERS = ("a4", "letter")
MEDIA = {"4x6": "Custom.4x6in", "100x150": "Custom.100x150mm", "a4x4": "A4", "a4": "A4", "letter": "Letter"}
HISTORY_KIND = "print"


class HistoryWriter(Protocol):
    """What we need of ``OrderService``: one history entry per order printed."""

    def record_history(
        self, number: str, kind: str, actor: Actor, to_value: str = "", reason: str = "", details: dict | None = None
    ) -> Any: ...


@dataclass(frozen=True)
class DocumentRequest:
    kind: str  # labels, slips, picklist
    size: str = ""  # labels: 4x6, 100x150, a4x4; slips and pick lists: a4, letter ("" = the usual)
    format: str = "pdf"  # pdf, or zpl for labels
    profile: PrinterProfile = field(default_factory=PrinterProfile)

    def normalised(self) -> DocumentRequest:
        if self.kind not in KINDS:
            raise ValidationError(_("Unknown document '{kind}'; use labels, slips or picklist.").format(kind=self.kind))
        size = self.size or ("4x6" if self.kind == "labels" else "a4")
        if self.kind == "labels" and size not in LABEL_FORMATS:
            raise ValidationError(_("Labels are 4x6, 100x150 or a4x4, not '{size}'.").format(size=size), "size")
        if self.kind != "labels" and size not in PAPERS:
            raise ValidationError(_("Slips and pick lists are a4 or letter, not '{size}'.").format(size=size), "size")
        if self.format not in ("pdf", "zpl"):
            raise ValidationError(_("Unknown format '{fmt}'; use pdf or zpl.").format(fmt=self.format), "format")
        if self.format == "zpl" and (self.kind != "labels" or size == "a4x4"):
            raise ValidationError(_("ZPL is for thermal labels only (4x6 or 100x150)."), "format")
        return DocumentRequest(self.kind, size, self.format, self.profile)


@dataclass(frozen=True)
class Rendered:
    request: DocumentRequest
    data: bytes
    order_numbers: tuple[str, ...]

    @property
    def extension(self) -> str:
        return ".zpl" if self.request.format == "zpl" else ".pdf"

    @property
    def title(self) -> str:
        names = {"labels": _("Labels"), "slips": _("Packing slips"), "picklist": _("Pick list")}
        numbers = self.order_numbers
        head = numbers[0] if len(numbers) == 1 else _("{n} orders").format(n=len(numbers))
        return f"{names[self.request.kind]} {head}"

    def print_options(self, copies: int = 1) -> PrintOptions:
        raw = self.request.format == "zpl"
        return PrintOptions(copies=copies, raw=raw, media="" if raw else MEDIA[self.request.size])


def render(
    request: DocumentRequest, orders: Sequence[OrderDetail], shop: ShopInfo, progress: Progress | None = None
) -> Rendered:
    """Make the document bytes (PDF or ZPL) for ``orders``."""
    request = request.normalised()
    if not orders:
        raise ValidationError(_("No orders to print."))
    if request.kind == "labels" and request.format == "zpl":
        data = labels_zpl(orders, shop, request.profile, request.size).encode("utf-8")
    elif request.kind == "labels":
        data = render_labels(orders, shop, request.size, progress)
    elif request.kind == "slips":
        data = render_slips(orders, shop, request.size, progress)
    else:
        data = render_pick_list(orders, shop, request.size)
    if progress and (request.kind == "picklist" or request.format == "zpl"):
        progress(len(orders), len(orders))  # these render in one step
    return Rendered(request, data, tuple(o.number for o in orders))


class PrintJobService:
    """Render + deliver + record. ``history`` is the OrderService (or None in previews)."""

    def __init__(
        self,
        shop: ShopInfo,
        history: HistoryWriter | None = None,
        print_system: PrintSystem | None = None,
    ) -> None:
        self.shop = shop
        self.history = history
        self.print_system = print_system or default_print_system()

    def save(
        self,
        request: DocumentRequest,
        orders: Sequence[OrderDetail],
        path: Path,
        actor: Actor,
        progress: Progress | None = None,
    ) -> Rendered:
        rendered = render(request, orders, self.shop, progress)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(rendered.data)
        tmp.replace(path)  # a half-written label file is never picked up by a print watcher
        self._record(rendered, actor, {"target": "file", "file": path.name})
        return rendered

    def print(
        self,
        request: DocumentRequest,
        orders: Sequence[OrderDetail],
        printer: str,
        actor: Actor,
        copies: int = 1,
        wait: bool = False,
        progress: Progress | None = None,
    ) -> str:
        """Print without a dialog; returns the print system's job id. Raises ``PrintError`` on failure."""
        if not printer:
            raise ValidationError(_("Choose a printer for this document first."), "printer")
        rendered = render(request, orders, self.shop, progress)
        job = self.print_system.submit(rendered.data, printer, rendered.title, rendered.print_options(copies))
        if wait:
            self.print_system.wait(job)
        self._record(rendered, actor, {"target": "printer", "printer": printer, "job": job, "copies": copies})
        return job

    def _record(self, rendered: Rendered, actor: Actor, details: dict) -> None:
        if self.history is None:
            return
        request = rendered.request
        base = {"document": request.kind, "size": request.size, "format": request.format, **details}
        if request.format == "zpl":
            base["dpi"] = request.profile.dpi
        for number in dict.fromkeys(rendered.order_numbers):
            self.history.record_history(number, HISTORY_KIND, actor, to_value=request.kind, details=dict(base))


def shop_from_settings(settings: Settings) -> ShopInfo:
    """The sender and header of our documents, from the shop settings (address lines split at '|')."""
    address = str(settings.get("shop.address") or "")
    return ShopInfo(
        name=str(settings.get("shop.name") or ""),
        address_lines=tuple(line.strip() for line in address.split("|") if line.strip()),
        phone=str(settings.get("shop.phone") or ""),
        email=str(settings.get("shop.email") or ""),
        locale=str(settings.get("shop.language") or "en"),
    )
