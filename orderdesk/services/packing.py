"""The packing bench: scan an order, verify each item by scanning it, print, pack, hand over.

A ``PackingSession`` is plain data held by the station; checking a scanned item against it
needs no database, so the bench answers instantly. Everything that changes the order (moving
it, holds, history) goes through ``OrderService`` with the packer as the actor, so the
workflow's role rules apply here exactly as on the board.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol

from sqlalchemy import func, select

from orderdesk.domain import Actor, OrderDetail, Shipment
from orderdesk.errors import MoveRefused, NotFound, OrderDeskError, ValidationError
from orderdesk.hold_reasons import hold_reason
from orderdesk.i18n import _
from orderdesk.models import BarcodeRow, ProductRow
from orderdesk.packing_problems import PROBLEMS
from orderdesk.services import scancodes
from orderdesk.services.orders import OrderService
from orderdesk.services.users import require_reason, require_role
from orderdesk.settings import Settings, declare
from orderdesk.workflow import DeliveryMethod, Hold, MoveRequest, Role, Status, label

LABEL_AFTER_VERIFY = declare(
    "packing.label_after_verify",
    bool,
    True,
    "Print the parcel label at the packing bench only after every item has been verified",
)

BENCH_CARRIER = declare(
    "packing.bench_carrier",
    str,
    "",
    "Carrier whose label the packing bench buys for carrier orders without one (cdek, inpost, easypost; empty: none)",
)

SLIP = "packing_slip"
LABEL = "label"


# Problems a packer can report (the station offers them by number key).
class Printer(Protocol):
    """This bench's printers: documents by kind for one order, without a dialog.

    Kinds: ``packing_slip`` (A4) and ``label`` (4x6" thermal). Raise OrderDeskError when the
    printer cannot print; the order stays packed and the bench offers a reprint.
    """

    def print_documents(self, order_number: str, kinds: Sequence[str]) -> None: ...


class LabelBuyer(Protocol):
    """Buys the carrier label for an order (carriers engineer); returns the shipment or None."""

    def buy_label(self, order_number: str, actor: Actor) -> Shipment | None: ...


class CourierShipments(Protocol):
    """The own courier's tracking number at the bench: ours, or the one on the courier's waybill."""

    def own_number(self, order_number: str, actor: Actor) -> Shipment: ...

    def scanned_number(self, order_number: str, tracking_number: str, actor: Actor) -> Shipment: ...


class OwnCourierShipments:
    """Own-courier shipments through the shipping service, as "Buy label…" makes them (our number,
    our label file), or with the tracking number scanned from the courier's own waybill."""

    def __init__(self, shipping) -> None:  # shipping: services.shipping.ShippingService
        self.shipping = shipping

    def own_number(self, order_number: str, actor: Actor) -> Shipment:
        return self.shipping.buy_label(order_number, "own_courier", actor).shipment

    def scanned_number(self, order_number: str, tracking_number: str, actor: Actor) -> Shipment:
        return self.shipping.orders.add_shipment(
            order_number, carrier="own_courier", tracking_number=tracking_number, actor=actor, service="standard"
        )


def own_courier_shipments(orders: OrderService, settings: Settings) -> OwnCourierShipments:
    from orderdesk.services.carriers.registry import CarrierRegistry
    from orderdesk.services.shipping import ShippingService

    return OwnCourierShipments(ShippingService(orders.db, orders, CarrierRegistry(settings), settings=settings))


class CarrierLabelBuyer:
    """Buys the label at the bench through the carriers' shipping service (one carrier per bench)."""

    def __init__(self, shipping, carrier: str) -> None:  # shipping: services.shipping.ShippingService
        self.shipping = shipping
        self.carrier = carrier

    def buy_label(self, order_number: str, actor: Actor) -> Shipment | None:
        return self.shipping.buy_label(order_number, self.carrier, actor).shipment


class NoPrinter:
    """A bench without printers: refuses loudly, so nobody thinks it printed."""

    def print_documents(self, order_number: str, kinds: Sequence[str]) -> None:
        raise OrderDeskError(_("No printer is set up for this bench."))


class DocumentsPrinter:
    """The bench's real printer: our documents service, to this PC's remembered printers, or to PDFs.

    With ``folder`` set, each document is written there as ``<number>-<kind>.pdf`` (a bench
    without a printer, or tests); otherwise each kind goes to the printer chosen for it on this
    PC, without a dialog. History is written by ``PackingService``, so the documents service is
    given none here (one entry per print, not two).
    """

    KINDS = {SLIP: "slips", LABEL: "labels"}

    def __init__(self, orders: OrderService, settings: Settings, folder=None, preferences=None, print_system=None):
        from orderdesk.services import print_jobs  # the documents engineer's package
        from orderdesk.services.printing import PrinterPreferences

        self._print_jobs = print_jobs
        self.orders = orders
        self.folder = folder
        self.preferences = preferences if preferences is not None else PrinterPreferences.load()
        self.jobs = print_jobs.PrintJobService(print_jobs.shop_from_settings(settings), None, print_system)

    def print_documents(self, order_number: str, kinds: Sequence[str]) -> None:
        from pathlib import Path

        order = self.orders.get(order_number, with_history=False)
        nobody = Actor.system("packing bench")  # unused: no history writer given
        for kind in kinds:
            document = self.KINDS[kind]
            if self.folder is not None:
                target = Path(self.folder) / f"{order_number}-{document}.pdf"
                self.jobs.save(self._print_jobs.DocumentRequest(document), [order], target, nobody)
            else:
                self.jobs.print_remembered(document, [order], self.preferences, nobody)


def bench_printer(orders: OrderService, settings: Settings, folder=None) -> Printer:
    """The documents printer when the documents package is installed, else one that says so."""
    try:
        return DocumentsPrinter(orders, settings, folder)
    except ImportError:
        return NoPrinter()


class Result(StrEnum):
    TICKED = "ticked"  # one more of a line verified
    LINE_DONE = "line_done"  # that line is complete
    ALL_DONE = "all_done"  # every line is complete
    WRONG_ITEM = "wrong_item"
    TOO_MANY = "too_many"
    UNKNOWN = "unknown"  # not a code we know
    MISREAD = "misread"  # a broken code: scan again


@dataclass(frozen=True)
class PackLine:
    sku: str
    name: str
    barcode: str
    bin_location: str
    quantity: int
    verified: int = 0
    barcodes: tuple[str, ...] = ()  # the product's other barcodes: a carton from another supplier

    def matches(self, scanned: str) -> bool:
        return any(scancodes.same_product_code(scanned, code, self.sku) for code in (self.barcode, *self.barcodes))

    @property
    def done(self) -> bool:
        return self.verified >= self.quantity


@dataclass
class PackingSession:
    order: OrderDetail
    lines: list[PackLine]
    printed: set[str] = field(default_factory=set)
    closed: bool = False
    print_error: str = ""  # the last print that failed after the order had moved on (hand-over)
    # The packer's mistakes, for the packing-accuracy report: an item not in the order, one too many.
    wrong_scans: int = 0
    extra_scans: int = 0

    @property
    def number(self) -> str:
        return self.order.number

    @property
    def complete(self) -> bool:
        return all(line.done for line in self.lines)

    @property
    def verified_count(self) -> int:
        return sum(min(line.verified, line.quantity) for line in self.lines)

    @property
    def item_count(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def packed(self) -> bool:
        return self.order.status is not Status.ASSEMBLING

    @property
    def needs_tracking(self) -> bool:
        """Packed for a courier or carrier, but no tracking number yet: it cannot be handed over."""
        return (
            self.packed
            and self.order.delivery_method in (DeliveryMethod.OWN_COURIER, DeliveryMethod.CARRIER)
            and not self.order.tracking_number
        )

    @property
    def own_courier(self) -> bool:
        return self.order.delivery_method == DeliveryMethod.OWN_COURIER

    @property
    def to_pickup_shelf(self) -> bool:
        """Handed over onto our own pickup shelf rather than to a carrier or courier."""
        order = self.order
        return order.delivery_method == DeliveryMethod.PICKUP_SHOP or (
            order.delivery_method == DeliveryMethod.PICKUP_POINT and not order.tracking_number
        )


@dataclass(frozen=True)
class ItemScan:
    result: Result
    message: str
    line_index: int | None = None

    @property
    def ok(self) -> bool:
        return self.result in (Result.TICKED, Result.LINE_DONE, Result.ALL_DONE)


@dataclass(frozen=True)
class Finished:
    order: OrderDetail
    printed: tuple[str, ...]
    print_error: str = ""  # set when printing failed after the order was packed
    label_note: str = ""


def documents_for(order: OrderDetail) -> tuple[str, ...]:
    """What the bench prints for this order: always the slip, a label for anything that travels.

    An own-courier label waits for its tracking number (ours or the courier's, chosen by a scan
    after packing): a label without it would be stuck on the parcel with the wrong barcode.
    The shelf label of a pickup order prints on hand-over, when its slot is known.
    """
    if order.delivery_method == DeliveryMethod.PICKUP_SHOP:
        return (SLIP,)
    if order.delivery_method == DeliveryMethod.OWN_COURIER and not order.tracking_number:
        return (SLIP,)
    return (SLIP, LABEL)


class PackingService:
    def __init__(
        self,
        orders: OrderService,
        printer: Printer | None = None,
        label_buyer: LabelBuyer | None = None,
        settings: Settings | None = None,
        courier: CourierShipments | None = None,
    ) -> None:
        self.orders = orders
        self.printer = printer or NoPrinter()
        self.label_buyer = label_buyer
        self.settings = settings or Settings(orders.db)
        self._courier = courier

    @property
    def courier(self) -> CourierShipments:
        if self._courier is None:
            self._courier = own_courier_shipments(self.orders, self.settings)
        return self._courier

    # -- opening an order

    def start(self, text: str, actor: Actor) -> PackingSession:
        """Open the order named by a scanned slip barcode or a typed number."""
        require_role(actor, Role.PACKER, action=_("pack orders"))
        code = scancodes.classify(text)
        if code.kind is scancodes.Kind.INVALID:
            raise ValidationError(code.problem + " " + _("Scan again."))
        number = code.value if code.kind in (scancodes.Kind.ORDER, scancodes.Kind.PICKUP) else ""
        if not number:
            try:
                number = self.orders.find_number(text)
            except NotFound:
                raise NotFound(_("{c} is not an order. Scan the barcode on the packing slip.").format(c=text)) from None
        order = self.orders.get(number, with_history=False)
        if order.status in (Status.CONFIRMED, Status.PAID):
            # Picking starts here: reserves the stock (the workflow checks payment and holds).
            order = self.orders.move(number, MoveRequest(Status.ASSEMBLING), actor)
        if order.active_holds:
            held = "; ".join(f"{h.kind}: {h.reason}" for h in order.active_holds)
            raise MoveRefused(
                _("Order {n} is on hold ({h}). Put it aside for the owner.").format(n=number, h=held),
                order_number=number,
            )
        if order.status not in (Status.ASSEMBLING, Status.PACKED):
            raise MoveRefused(
                _("Order {n} is {s}: there is nothing to pack.").format(n=number, s=label(order.status)),
                order_number=number,
            )
        done = order.status is Status.PACKED  # already packed: reprint or hand over
        other_codes = self._barcodes_of([ln.sku for ln in order.lines])
        lines = [
            PackLine(
                sku=ln.sku,
                name=ln.name,
                barcode=ln.barcode,
                bin_location=ln.bin_location,
                quantity=ln.quantity,
                verified=ln.quantity if done else 0,
                barcodes=other_codes.get(ln.sku, ()),
            )
            for ln in order.lines
        ]
        return PackingSession(order=order, lines=lines)

    # -- verifying items (no database unless the code is wrong)

    def scan_item(self, session: PackingSession, text: str, look_up: bool = True) -> ItemScan:
        """Tick the scanned item off, or say why not. Only ``look_up`` touches the database:
        for a code not in the order, to name the product (the bench does that in a worker)."""
        code = scancodes.classify(text)
        if code.kind is scancodes.Kind.INVALID:
            return ItemScan(Result.MISREAD, code.problem + " " + _("Scan again."))
        scanned = code.value
        matches = [i for i, ln in enumerate(session.lines) if ln.matches(scanned)]
        if not matches:
            session.wrong_scans += 1
            unknown = ItemScan(Result.UNKNOWN, _("Not in this order: {c}. Check the item.").format(c=scanned))
            return self.explain_unknown(session.number, scanned) if look_up else unknown
        # The same product may be on two lines (e.g. different prices): fill them in order.
        open_lines = [i for i in matches if not session.lines[i].done]
        if not open_lines:
            line = session.lines[matches[0]]
            wanted = sum(session.lines[i].quantity for i in matches)
            session.extra_scans += 1
            return ItemScan(
                Result.TOO_MANY,
                _("Too many: order {n} has only {q} × {p}. Put this one back.").format(
                    n=session.number, q=wanted, p=line.name
                ),
                matches[0],
            )
        index = open_lines[0]
        line = replace(session.lines[index], verified=session.lines[index].verified + 1)
        session.lines[index] = line
        if session.complete:
            return ItemScan(Result.ALL_DONE, _("All {k} items verified.").format(k=session.item_count), index)
        if line.done:
            return ItemScan(
                Result.LINE_DONE, _("{p}: {v} of {q} ✓").format(p=line.name, v=line.verified, q=line.quantity), index
            )
        return ItemScan(
            Result.TICKED, _("{p}: {v} of {q}").format(p=line.name, v=line.verified, q=line.quantity), index
        )

    def _barcodes_of(self, skus: list[str]) -> dict[str, tuple[str, ...]]:
        """Every barcode of these products (one query): a carton from another supplier has its own."""
        found: dict[str, tuple[str, ...]] = {}
        with self.orders.db.session() as s:
            rows = s.execute(
                select(ProductRow.sku, BarcodeRow.code)
                .join(BarcodeRow, BarcodeRow.product_id == ProductRow.id)
                .where(ProductRow.sku.in_(skus))
                .order_by(BarcodeRow.id)
            )
            for sku, code in rows:
                found[sku] = (*found.get(sku, ()), code)
        return found

    def explain_unknown(self, number: str, code: str) -> ItemScan:
        """A code that is not in the order: name the product it belongs to, if any."""
        name = self._product_name(code)
        if name:
            return ItemScan(Result.WRONG_ITEM, _("Wrong item: {p} is not in order {n}.").format(p=name, n=number))
        return ItemScan(Result.UNKNOWN, _("Unknown code {c}. Scan the item's barcode again.").format(c=code))

    def _product_name(self, code: str) -> str:
        # One indexed lookup, only for a wrong scan, so the packer hears what they picked up.
        with self.orders.db.session() as s:
            any_barcode = select(BarcodeRow.product_id).where(BarcodeRow.code == code)
            row = s.scalar(
                select(ProductRow)
                .where(
                    (ProductRow.barcode == code)
                    | ProductRow.id.in_(any_barcode)
                    | (func.lower(ProductRow.sku) == code.lower())
                )
                .limit(1)
            )
            return row.name if row is not None else ""

    # -- finishing

    def label_allowed(self, session: PackingSession) -> bool:
        return session.complete or not self.settings.get(LABEL_AFTER_VERIFY.key)

    def print_label_now(self, session: PackingSession, actor: Actor) -> None:
        """Print the parcel label before packing is finished, when the owner allows it."""
        require_role(actor, Role.PACKER, action=_("print labels"))
        if not self.label_allowed(session):
            left = session.item_count - session.verified_count
            raise ValidationError(
                _("The label prints only after every item is verified ({k} still to scan).").format(k=left)
            )
        if session.order.delivery_method == DeliveryMethod.PICKUP_SHOP:
            raise ValidationError(_("Order {n} is picked up at the shop: it needs no label.").format(n=session.number))
        if LABEL not in documents_for(session.order):
            raise ValidationError(
                _(
                    "Order {n} has no tracking number yet: pack it, then scan the courier's tracking code or the slip."
                ).format(n=session.number)
            )
        self._print(session, (LABEL,), actor)

    def take_tracking(self, session: PackingSession, scanned: str, actor: Actor) -> OrderDetail:
        """Give a packed own-courier order its tracking number and print our label with it.

        ``scanned`` empty: our own number (the own courier's, as "Buy label…" makes it);
        otherwise the code scanned from the courier's waybill. A print failure afterwards is left
        in ``session.print_error``: the number is kept and a reprint prints the label.
        """
        require_role(actor, Role.PACKER, action=_("print labels"))
        order = self.orders.get(session.number, with_history=False)
        session.order = order
        if order.status is not Status.PACKED:
            raise MoveRefused(
                _("Order {n} is {s}, not packed.").format(n=session.number, s=label(order.status)),
                order_number=session.number,
            )
        if order.delivery_method != DeliveryMethod.OWN_COURIER:
            raise ValidationError(
                _("Order {n} goes by carrier: its tracking number comes with the carrier's label.").format(
                    n=session.number
                )
            )
        if order.tracking_number:
            raise ValidationError(
                _("Order {n} already has the tracking number {t}: scan the slip again to hand it over.").format(
                    n=session.number, t=order.tracking_number
                )
            )
        code = scanned.strip()
        if code:
            kind = scancodes.classify(code)
            if kind.kind is scancodes.Kind.INVALID:
                raise ValidationError(kind.problem + " " + _("Scan again."))
            if any(ln.matches(code) for ln in session.lines):
                raise ValidationError(
                    _("{c} is an item of this order, not a tracking code. Scan the courier's waybill.").format(c=code)
                )
            if len(code) < 6 or not code.replace("-", "").isalnum():
                raise ValidationError(_("{c} does not look like a tracking number. Scan again.").format(c=code))
            self.courier.scanned_number(session.number, code, actor)
        else:
            self.courier.own_number(session.number, actor)
        session.order = order = self.orders.get(session.number, with_history=False)
        session.printed.discard(LABEL)
        session.print_error = ""
        try:
            self._print(session, (LABEL,), actor)
        except OrderDeskError as exc:
            session.print_error = str(exc)
        return order

    def finish(self, session: PackingSession, actor: Actor) -> Finished:
        """All verified: move to packed, buy the label where a carrier needs one, print."""
        require_role(actor, Role.PACKER, action=_("pack orders"))
        if not session.complete:
            left = session.item_count - session.verified_count
            raise ValidationError(_("{k} items of order {n} are not verified yet.").format(k=left, n=session.number))
        order = session.order
        if order.status is Status.ASSEMBLING:
            order = self.orders.move(session.number, MoveRequest(Status.PACKED, expected_version=order.version), actor)
            self.orders.record_history(
                session.number,
                "note",
                actor,
                to_value="verified",
                reason=_("all items verified by scanning"),
                details={
                    "lines": len(session.lines),
                    "items": session.item_count,
                    "wrong_scans": session.wrong_scans,
                    "extra_scans": session.extra_scans,
                },
            )
        session.order = order
        note = ""
        if (
            self.label_buyer is not None
            and order.delivery_method == DeliveryMethod.CARRIER
            and not order.tracking_number
        ):
            try:
                if self.label_buyer.buy_label(session.number, actor) is not None:
                    session.order = order = self.orders.get(session.number, with_history=False)
            except OrderDeskError as exc:
                note = str(exc)
        kinds = tuple(k for k in documents_for(order) if k not in session.printed)
        try:
            self._print(session, kinds, actor)
        except OrderDeskError as exc:
            return Finished(order, tuple(sorted(session.printed)), print_error=str(exc), label_note=note)
        return Finished(order, tuple(sorted(session.printed)), label_note=note)

    def reprint(self, session: PackingSession, actor: Actor, kinds: Sequence[str] | None = None) -> None:
        require_role(actor, Role.PACKER, action=_("print documents"))
        wanted = tuple(kinds or documents_for(session.order))
        if LABEL in wanted and not self.label_allowed(session):
            raise ValidationError(_("The label prints only after every item is verified."))
        self._print(session, wanted, actor, again=True)

    def hand_over(self, session: PackingSession, actor: Actor) -> OrderDetail:
        """The parcel leaves the bench: shipped (carrier, courier) or onto the pickup shelf."""
        require_role(actor, Role.PACKER, action=_("hand over parcels"))
        order = self.orders.get(session.number, with_history=False)
        if order.status is not Status.PACKED:
            raise MoveRefused(
                _("Order {n} is {s}, not packed.").format(n=session.number, s=label(order.status)),
                order_number=session.number,
            )
        session.order = order
        if session.needs_tracking:
            if session.own_courier:
                message = _(
                    "Order {n} has no tracking number: scan the courier's tracking code, or the slip again for ours."
                )
            else:
                message = _(
                    "Order {n} has no tracking number: the owner buys its carrier label "
                    "(Carriers → Buy label…), then scan the slip again."
                )
            raise MoveRefused(message.format(n=session.number), order_number=session.number)
        target = Status.READY_FOR_PICKUP if session.to_pickup_shelf else Status.SHIPPED
        order = self.orders.move(session.number, MoveRequest(target, expected_version=order.version), actor)
        session.order = order
        session.closed = True
        session.print_error = ""
        if target is Status.READY_FOR_PICKUP:
            # The shelf label: the slot the clerk will look in, known only now (never the pickup code).
            try:
                self._print(session, (LABEL,), actor)
            except OrderDeskError as exc:
                session.print_error = str(exc)
        return order

    def report_problem(self, session: PackingSession, problem: str, note: str, actor: Actor) -> None:
        """Put the order on a packing-problem hold: it goes back to the owner."""
        require_role(actor, Role.PACKER, action=_("report packing problems"))
        note = (note or "").strip()
        if problem in PROBLEMS:  # a kind plus the packer's note, shown in each reader's language
            kind, params = ("packing_problem", {"note": note}) if note else ("packing_problem_plain", {})
            reason, coded = hold_reason(kind, problem=problem, **params)
        else:  # the bench's own words: kept as written
            reason = require_reason(f"{problem}: {note}" if note else problem, _("reporting a problem"))
            coded = {}
        details = {
            "problem": problem,
            "verified": {ln.sku: ln.verified for ln in session.lines},
            "wanted": {ln.sku: ln.quantity for ln in session.lines},
            **coded,
        }
        self.orders.add_hold(session.number, Hold.PACKING_PROBLEM, reason, actor, details)
        session.closed = True

    def _print(self, session: PackingSession, kinds: Sequence[str], actor: Actor, again: bool = False) -> None:
        if not kinds:
            return
        self.printer.print_documents(session.number, tuple(kinds))
        session.printed.update(kinds)
        self.orders.record_history(
            session.number,
            "print",
            actor,
            to_value=",".join(kinds),
            reason=_("reprinted at the packing bench") if again else _("printed at the packing bench"),
        )
