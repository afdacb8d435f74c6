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
from orderdesk.errors import ConfigurationError, ValidationError
from orderdesk.i18n import _, language_scope
from orderdesk.services.documents.common import Progress, ShopInfo
from orderdesk.services.documents.label import LABEL_FORMATS, render_labels
from orderdesk.services.documents.packing_slip import render_slips
from orderdesk.services.documents.pick_list import render_pick_list
from orderdesk.services.documents.zpl import PrinterProfile, labels_zpl
from orderdesk.services.printing import (
    PrinterChoice,
    PrinterPreferences,
    PrintOptions,
    PrintSystem,
    default_print_system,
)

if TYPE_CHECKING:
    from orderdesk.settings import Settings

KINDS = ("labels", "slips", "picklist")
PAPERS = ("a4", "letter")
MEDIA = {"4x6": "Custom.4x6in", "100x150": "Custom.100x150mm", "a4x4": "A4", "a4": "A4", "letter": "Letter"}
HISTORY_KIND = "print"


class HistoryWriter(Protocol):
    """What we need of ``OrderService``: one history entry per order printed.

    A writer that also has ``record_history_many`` (``OrderService`` does) gets a batch in one call.
    """

    def record_history(
        self, number: str, kind: str, actor: Actor, to_value: str = "", reason: str = "", details: dict | None = None
    ) -> Any: ...


@dataclass(frozen=True)
class DocumentRequest:
    kind: str  # labels, slips, picklist
    size: str = ""  # labels: 4x6, 100x150, a4x4; slips and pick lists: a4, letter ("" = the usual)
    format: str = "pdf"  # pdf, or zpl for labels
    profile: PrinterProfile = field(default_factory=PrinterProfile)
    carrier_labels: bool = True  # labels: print the carrier's own label where the carrier gave one

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
        return DocumentRequest(self.kind, size, self.format, self.profile, self.carrier_labels)


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


def request_from_choice(kind: str, choice: PrinterChoice) -> DocumentRequest:
    """The document request for ``kind`` as this PC's printer choice says (size, format, printer profile)."""
    profile = PrinterProfile(choice.dpi or 203, choice.unicode_font or "E:ANMDJ.TTF", choice.font0_wgl4)
    fmt = choice.format if kind == "labels" and choice.format in ("pdf", "zpl") else "pdf"
    return DocumentRequest(kind, choice.size, fmt, profile)


def render(
    request: DocumentRequest, orders: Sequence[OrderDetail], shop: ShopInfo, progress: Progress | None = None
) -> Rendered:
    """Make the document bytes (PDF or ZPL) for ``orders``, in the shop's documents language."""
    request = request.normalised()
    if not orders:
        raise ValidationError(_("No orders to print."))
    with language_scope(shop.locale):  # "Documents language" in the settings, whatever the desk speaks
        return _render(request, orders, shop, progress)


def _render(
    request: DocumentRequest, orders: Sequence[OrderDetail], shop: ShopInfo, progress: Progress | None
) -> Rendered:
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


def carrier_label(order: OrderDetail, fmt: str) -> Path | None:
    """The carrier's own label for the live shipment, when the carrier gave one in the format we print.

    A carrier that sells a label expects *its* label on the parcel; a missing file is an error,
    not a reason to print ours instead.
    """
    shipment = order.active_shipment
    if shipment is None or not shipment.label_path or shipment.label_format.lower() != fmt:
        return None
    path = Path(shipment.label_path)
    if not path.is_absolute():
        from orderdesk.db import data_dir

        path = data_dir() / path
    if not path.is_file():
        raise ConfigurationError(
            _("The carrier's label for {number} is missing ({path}); download it again.").format(
                number=order.number, path=path
            )
        )
    return path


@dataclass(frozen=True)
class Outcome:
    """What a print or save did: print jobs, files written, orders that got the carrier's own label."""

    jobs: tuple[str, ...] = ()
    files: tuple[Path, ...] = ()
    carrier_labels: tuple[str, ...] = ()


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

    @staticmethod
    def _split(request: DocumentRequest, orders: Sequence[OrderDetail]):
        """(orders for our own document, [(order, carrier label file)])."""
        if request.kind != "labels" or not request.carrier_labels:
            return list(orders), []
        own, theirs = [], []
        for order in orders:
            path = carrier_label(order, request.format)
            if path is None:
                own.append(order)
            else:
                theirs.append((order, path))
        return own, theirs

    def save(
        self,
        request: DocumentRequest,
        orders: Sequence[OrderDetail],
        path: Path,
        actor: Actor,
        progress: Progress | None = None,
    ) -> Outcome:
        """Write the document to ``path``; carriers' own labels are copied beside it as ``<name>-<order>.<ext>``."""
        request = request.normalised()
        if not orders:
            raise ValidationError(_("No orders to print."))
        own, theirs = self._split(request, orders)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        files: list[Path] = []
        for order, source in theirs:
            target = path.with_name(f"{path.stem}-{order.number}{source.suffix or path.suffix}")
            _write_atomically(target, source.read_bytes())
            files.append(target)
            self._record(
                request, (order.number,), actor, {"target": "file", "file": target.name, "carrier_label": True}
            )
        if own:
            rendered = render(request, own, self.shop, progress)
            _write_atomically(path, rendered.data)
            files.insert(0, path)
            self._record(request, rendered.order_numbers, actor, {"target": "file", "file": path.name})
        return Outcome(files=tuple(files), carrier_labels=tuple(o.number for o, _p in theirs))

    def print(
        self,
        request: DocumentRequest,
        orders: Sequence[OrderDetail],
        printer: str,
        actor: Actor,
        copies: int = 1,
        wait: bool = False,
        progress: Progress | None = None,
    ) -> Outcome:
        """Print without a dialog. Raises ``PrintError`` (with the print system's reason) on failure."""
        if not printer:
            raise ValidationError(_("Choose a printer for this document first."), "printer")
        request = request.normalised()
        if not orders:
            raise ValidationError(_("No orders to print."))
        own, theirs = self._split(request, orders)
        submitted: list[tuple[str, tuple[str, ...], dict]] = []
        for order, source in theirs:
            options = Rendered(request, b"", (order.number,)).print_options(copies)
            title = _("Carrier label {number}").format(number=order.number)
            job = self.print_system.submit(source.read_bytes(), printer, title, options)
            submitted.append((job, (order.number,), {"carrier_label": True}))
        if own:
            rendered = render(request, own, self.shop, progress)
            job = self.print_system.submit(rendered.data, printer, rendered.title, rendered.print_options(copies))
            submitted.append((job, rendered.order_numbers, {}))
        for job, numbers, extra in submitted:
            if wait:
                self.print_system.wait(job)
            details = {"target": "printer", "printer": printer, "job": job, "copies": copies, **extra}
            self._record(request, numbers, actor, details)
        return Outcome(jobs=tuple(j for j, _n, _e in submitted), carrier_labels=tuple(o.number for o, _p in theirs))

    def print_remembered(
        self,
        kind: str,
        orders: Sequence[OrderDetail],
        preferences: PrinterPreferences,
        actor: Actor,
        progress: Progress | None = None,
    ) -> Outcome:
        """The packing bench's "print, no dialog": the printer, size and format chosen for ``kind`` on this PC."""
        choice = preferences.get(kind)
        if not choice.printer:
            raise ValidationError(
                _("No printer is chosen for {kind} on this computer; choose one in the print settings.").format(
                    kind=kind
                ),
                "printer",
            )
        return self.print(request_from_choice(kind, choice), orders, choice.printer, actor, progress=progress)

    def _record(self, request: DocumentRequest, numbers: Sequence[str], actor: Actor, details: dict) -> None:
        if self.history is None:
            return
        base = {"document": request.kind, "size": request.size, "format": request.format, **details}
        if request.format == "zpl":
            base["dpi"] = request.profile.dpi
        many = getattr(self.history, "record_history_many", None)
        if many is not None:  # one transaction for the whole batch, not one per order
            many(list(numbers), HISTORY_KIND, actor, to_value=request.kind, details=base)
            return
        for number in dict.fromkeys(numbers):
            self.history.record_history(number, HISTORY_KIND, actor, to_value=request.kind, details=dict(base))


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)  # a half-written label file is never picked up by a print watcher


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
