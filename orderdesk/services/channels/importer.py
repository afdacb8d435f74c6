"""Store orders into the desk: new ones created through the order service, changes applied or held.

An order is created once per (channel, store id): the unique index on orders makes a second
insert by another desk fail, and that failure simply means "already imported". A change the
store makes later (a cancel, an address, a late payment) is applied with the store named in
the history while the order has not been packed; after that it is put on a
``channel_mismatch`` hold that shows both sides and the fix.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from orderdesk import domain
from orderdesk.errors import OrderDeskError
from orderdesk.hold_reasons import hold_reason
from orderdesk.i18n import _
from orderdesk.models import ChannelRow, OrderRow, ProductRow
from orderdesk.money import Money
from orderdesk.services.channels import base
from orderdesk.services.channels.base import StoreOrder, Unreadable
from orderdesk.services.channels.mappings import SeenShippingMethods
from orderdesk.services.channels.registry import Channel
from orderdesk.services.order_bulk import create_orders
from orderdesk.services.orders import NewLine, NewOrder, OrderEdit, OrderService
from orderdesk.workflow import ADDRESS_NEEDED, Hold, MoveRequest, Status

log = logging.getLogger(__name__)

# Until the order is packed, the store's change is simply applied (the parcel is not made yet).
BEFORE_PACKING = frozenset({Status.NEW, Status.CONFIRMED, Status.AWAITING_PAYMENT, Status.PAID, Status.ASSEMBLING})
CLOSED_AT_DESK = frozenset({Status.CANCELLED, Status.REFUNDED, Status.RETURNED})


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)  # desk order numbers
    updated: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped_closed: int = 0  # never seen and already finished in the store
    skipped_drafts: int = 0
    already_imported: int = 0  # another desk was faster
    failed: list[str] = field(default_factory=list)  # "store id: why"
    failed_ids: list[str] = field(default_factory=list)  # store ids kept to be read again next round
    retried: int = 0  # orders read again by id this round (an earlier round could not take them)
    gone: list[str] = field(default_factory=list)  # read again, but the store no longer has them


@dataclass(frozen=True)
class _Known:
    number: str
    status: Status
    store_status: str
    store_modified: str
    address: tuple[str, ...]
    amount_paid_minor: int
    total_minor: int
    delivery_method: str


class Importer:
    def __init__(self, orders: OrderService, channel: Channel) -> None:
        self.orders = orders
        self.db = orders.db
        self.channel = channel
        self.actor = channel.actor
        self._remembered: set[str] | None = None  # SKUs whose store id is remembered (this round)
        self._methods = SeenShippingMethods(self.db, channel.id)  # listed in the mapping table

    def apply_page(self, page: list[StoreOrder | Unreadable], report: ImportReport) -> None:
        for broken in (o for o in page if isinstance(o, Unreadable)):
            self.record_failure(report, broken.external_id, broken.error)
        page = [o for o in page if isinstance(o, StoreOrder)]
        self._learn_store_products(page)
        self._methods.note(page)
        known = self._known([o.external_id for o in page])
        catalogue = self._catalogue(page)
        new_orders: list[tuple[StoreOrder, NewOrder]] = []
        for order in page:
            if order.meaning == base.DRAFT:
                report.skipped_drafts += 1
                continue
            try:
                current = known.get(order.external_id)
                if current is None:
                    if order.meaning not in (base.OPEN, base.UNKNOWN):
                        report.skipped_closed += 1  # finished in the store before the desk saw it
                    else:
                        new_orders.append((order, self._new_order(order, catalogue)))
                elif current.store_modified == order.modified and current.store_status == order.store_status:
                    report.unchanged += 1  # seen in the overlap window: dedupe on (id, modified)
                else:
                    self._apply_change(current, order, report)
            except OrderDeskError as exc:
                self.record_failure(report, order.external_id, str(exc))
            except SQLAlchemyError as exc:  # the database refused the change: read it again next round
                self.record_failure(
                    report, order.external_id, _("the database refused it ({e})").format(e=type(exc).__name__)
                )
        if new_orders:
            self._create(new_orders, report)

    def _create(self, new_orders: list[tuple[StoreOrder, NewOrder]], report: ImportReport) -> None:
        # The bulk path: one transaction and one insert per table for the page's new orders,
        # those arriving on the check hold included (their holds and history go in alongside).
        results = create_orders(self.orders, [new for _order, new in new_orders], self.actor)
        refused = [
            o.external_id
            for (o, _new), r in zip(new_orders, results, strict=True)
            if isinstance(r.error, IntegrityError)
        ]
        # A refusal counts as "another desk imported it" only when the order is there now: any
        # other refusal (a constraint, a trigger) is a failure to read again next round.
        there = set(self._known(refused)) if refused else set()
        for (order, new), result in zip(new_orders, results, strict=True):
            if isinstance(result.error, IntegrityError) and order.external_id in there:
                report.already_imported += 1  # another desk imported it a moment ago
            elif isinstance(result.error, SQLAlchemyError):
                self.record_failure(
                    report, order.external_id, _("the database refused it ({e})").format(e=_first_line(result.error))
                )
            elif result.error is not None:
                self.record_failure(report, order.external_id, str(result.error))
            else:
                report.imported.append(result.number)
                if new.holds:
                    report.held.append(result.number)

    @staticmethod
    def record_failure(report: ImportReport, external_id: str, why: str) -> None:
        log.warning("store order %s not applied; read again next round", external_id)
        report.failed.append(f"{external_id}: {why}")
        if external_id not in report.failed_ids:
            report.failed_ids.append(external_id)

    def _learn_store_products(self, page: list[StoreOrder]) -> None:
        """Remember the store's id of each SKU the page's orders sold (a variation's included), so a
        stock push for it needs no look-up; one that is remembered already is left as it is."""
        seen = {line.sku: line.store_product_id for o in page for line in o.lines if line.sku and line.store_product_id}
        if self._remembered is None:
            with self.db.session() as s:
                settings = s.get(ChannelRow, self.channel.id).settings or {}
                self._remembered = set(settings.get("store_products") or {})
        if not seen.keys() - self._remembered:
            return  # the usual page: nothing new, no write
        self._remembered |= seen.keys()
        with self.db.session(write=True) as s:
            row = s.get(ChannelRow, self.channel.id, with_for_update=True)  # the mapping dialog writes them too
            settings = dict(row.settings or {})
            remembered = dict(settings.get("store_products") or {})
            new = {sku: store_id for sku, store_id in seen.items() if sku not in remembered}
            if new:
                settings["store_products"] = {**remembered, **new}
                row.settings = settings

    # ------------------------------------------------------------------ reading
    def _known(self, ids: list[str]) -> dict[str, _Known]:
        with self.db.session() as s:
            rows = s.scalars(
                select(OrderRow).where(OrderRow.channel_id == self.channel.id, OrderRow.external_id.in_(ids))
            ).all()
            return {
                r.external_id: _Known(
                    r.number,
                    Status(r.status),
                    r.store_status,
                    r.store_modified,
                    (r.recipient, r.address_line1, r.address_line2, r.city, r.postcode, r.region, r.country),
                    r.amount_paid_minor,
                    r.total_minor,
                    r.delivery_method,
                )
                for r in rows
            }

    def _catalogue(self, page: list[StoreOrder]) -> set[str]:
        """The page's SKUs that the desk's catalogue has (one query per page)."""
        skus = {line.sku for order in page for line in order.lines if line.sku}
        if not skus:
            return set()
        with self.db.session() as s:
            return set(s.scalars(select(ProductRow.sku).where(ProductRow.sku.in_(skus))))

    # ------------------------------------------------------------------ new orders
    def _new_order(self, order: StoreOrder, catalogue: set[str]) -> NewOrder:
        problems = list(order.problems)
        missing = sorted({line.sku for line in order.lines if line.sku} - catalogue)
        if any(not line.sku for line in order.lines if line.store_product_id):
            missing.append(_("(an item with no SKU)"))
        if missing:
            problems.append(
                _("Items not in the catalogue: {s}. Add the products or fix the SKU in the store.").format(
                    s=", ".join(missing)
                )
            )
        if not order.lines:
            problems.append(_("The store sent the order without items."))
        holds = (
            (
                (
                    Hold.CHANNEL_CHECK.value,
                    " ".join(problems),
                    {"store_status": order.store_status, "admin_url": order.admin_url},
                ),
            )
            if problems
            else ()
        )
        return NewOrder(
            customer=domain.Customer(
                id=None, name=order.customer_name, phone=order.phone, email=order.email, language=order.language
            ),
            lines=[NewLine(line.sku, line.quantity, line.name, line.unit_price_minor, None) for line in order.lines]
            or [NewLine("", 1, _("(the store sent no items)"), 0, 0)],
            delivery_method=order.delivery_method,
            payment_method=order.payment_method,
            currency=order.currency,
            address=domain.Address(
                order.recipient, order.line1, order.line2, order.city, order.postcode, order.region, order.country
            ),
            pickup_point_code=order.pickup_point_code,
            shipping_fee_minor=order.shipping_fee_minor,
            amount_paid_minor=order.total_minor if order.paid else 0,
            external_id=order.external_id,
            source="web",
            notes=order.note,
            created_at=order.created_at,
            channel_id=self.channel.id,
            external_number=order.external_number,
            store_status=order.store_status,
            store_modified=order.modified,
            holds=holds,
        )

    # ------------------------------------------------------------------ changes
    def _apply_change(self, current: _Known, order: StoreOrder, report: ImportReport) -> None:
        if order.meaning == base.DELETED:
            self._deleted(current, order, report)
            return
        number = current.number
        changed = False
        safe = current.status in BEFORE_PACKING
        mismatches: list[str] = []
        if order.meaning in (base.CANCELLED, base.REFUNDED) and current.status not in CLOSED_AT_DESK:
            if safe:
                self.orders.move(
                    number,
                    MoveRequest(
                        Status.CANCELLED, reason=_("cancelled in the store ({s})").format(s=order.store_status)
                    ),
                    self.actor,
                )
                changed = True
            else:
                mismatches.append(
                    _("The store says '{s}' but the order is already {d} at the desk.").format(
                        s=order.store_status, d=current.status.value
                    )
                )
        if (
            order.address_key != current.address
            and current.delivery_method in {m.value for m in ADDRESS_NEEDED}
            and any(order.address_key)
            and current.status not in CLOSED_AT_DESK
        ):
            if safe:
                address = domain.Address(*order.address_key)
                self.orders.update_order(number, OrderEdit(address=address), self.actor)
                changed = True
            else:
                mismatches.append(
                    _("The address was changed in the store to '{a}' after the order was packed.").format(
                        a=", ".join(p for p in order.address_key if p)
                    )
                )
        due = current.total_minor - current.amount_paid_minor
        if order.paid and due > 0 and current.status not in CLOSED_AT_DESK:
            self.orders.record_payment(
                number,
                Money(due, order.currency),
                self.actor,
                reason=_("paid in the store ({s})").format(s=order.store_status),
            )
            changed = True
        if order.meaning == base.UNKNOWN and order.store_status != current.store_status:
            self.orders.add_hold(number, Hold.CHANNEL_CHECK, " ".join(order.problems), self.actor,
                                 {"store_status": order.store_status, "admin_url": order.admin_url})  # fmt: skip
            report.held.append(number)
        if mismatches:
            self.orders.add_hold(
                number,
                Hold.CHANNEL_MISMATCH,
                " ".join(mismatches) + " " + _("Fix: undo the change in the store, or accept the store's version."),
                self.actor,
                {"desk": current.status.value, "store": order.store_status, "admin_url": order.admin_url},
            )
            report.held.append(number)
        self._remember(order)
        if changed:
            report.updated.append(number)
        elif not mismatches:
            report.unchanged += 1  # a meta-only edit, or the echo of our own push

    def _deleted(self, current: _Known, order: StoreOrder, report: ImportReport) -> None:
        """Moved to the store's trash: a mismatch hold (restore it there, or cancel it here)."""
        if current.status not in CLOSED_AT_DESK:
            reason, coded = hold_reason("store_deleted")
            details = {"desk": current.status.value, "store": order.store_status, "admin_url": order.admin_url, **coded}
            self.orders.add_hold(current.number, Hold.CHANNEL_MISMATCH, reason, self.actor, details)
            report.held.append(current.number)
        self._remember(order)

    def _remember(self, order: StoreOrder) -> None:
        """The store's status and modification time (no version bump: the desk's order did not change)."""
        with self.db.session(write=True) as s:
            s.execute(
                update(OrderRow)
                .where(OrderRow.channel_id == self.channel.id, OrderRow.external_id == order.external_id)
                .values(store_status=order.store_status, store_modified=order.modified)
                .execution_options(synchronize_session=False)
            )


def _first_line(exc: Exception) -> str:
    """The database's own words, first line only (no SQL, no customer's data in parameters)."""
    orig = getattr(exc, "orig", None) or exc
    return str(orig).splitlines()[0][:200] if str(orig) else type(exc).__name__
