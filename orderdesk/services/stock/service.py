"""Stock operations people do: receive a delivery, correct by hand, count a shelf, look back.

Each is one transaction: the counters and their ledger rows change together. After a delivery,
orders waiting for it (``backorders``) reserve by themselves, each in its own short
transaction, oldest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from orderdesk import domain, repository
from orderdesk.db import Database
from orderdesk.errors import NotFound, ValidationError
from orderdesk.i18n import _
from orderdesk.models import OrderRow, ProductRow, StockMovementRow
from orderdesk.services.stock import backorders, ledger, purchasing
from orderdesk.services.stock.catalogue import product_for
from orderdesk.services.stock.kinds import MovementKind
from orderdesk.services.users import require_role

MAX_QUANTITY = 1_000_000  # one scan or line: more is a typo (a barcode scanned into the quantity field)


@dataclass(frozen=True)
class StockChange:
    product: domain.Product
    quantity: int
    allocated: list[str] = field(default_factory=list)  # orders that reserved from this delivery, oldest first


@dataclass(frozen=True)
class StockCard:
    """A product with its latest movements (newest first)."""

    product: domain.Product
    movements: list[ledger.Movement]


@dataclass(frozen=True)
class CountLine:
    """A stocktake line: what the shelf holds and what was counted."""

    sku: str
    name: str
    bin_location: str
    expected: int
    counted: int

    @property
    def difference(self) -> int:
        return self.counted - self.expected


def _quantity(value: int, *, signed: bool = False) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(_("The quantity must be a whole number."), field="quantity")
    if (value == 0 if signed else value <= 0) or abs(value) > MAX_QUANTITY:
        message = (
            _("Enter a quantity other than 0, at most 1,000,000 either way.")
            if signed
            else _("Enter a quantity from 1 to 1,000,000.")
        )
        raise ValidationError(message, field="quantity")
    return value


def _product(s, text: str) -> ProductRow:
    row = product_for(s, text)
    if row is None:
        raise NotFound(_("No product with SKU or barcode '{t}'.").format(t=text.strip()))
    return row


class StockService:
    def __init__(self, db: Database, orders=None) -> None:
        self.db = db
        self.orders = orders  # an OrderService, to cancel an order the customer gave up on

    def receive(
        self,
        sku: str,
        quantity: int,
        actor: domain.Actor,
        *,
        note: str = "",
        document: str = "",
        allocate: bool = True,
        purchase_order: str = "",
    ) -> StockChange:
        """Units in from a supplier (``document``: their delivery note number); waiting orders then reserve."""
        quantity = _quantity(quantity)
        with self.db.session(write=True) as s:
            row = _product(s, sku)
            ledger.record(
                s,
                row.id,
                MovementKind.RECEIVED,
                quantity,
                actor=actor.name,
                reason=note.strip(),
                document=document.strip(),
            )
            purchasing.receive_in(s, row.id, quantity, purchase_order)
            product_id = row.id
        allocated = backorders.allocate(self.db, [product_id], actor) if allocate else []
        return StockChange(self.product(product_id), quantity, allocated)

    def receive_purchase_order(self, number: str, actor: domain.Actor, *, document: str = "") -> list[StockChange]:
        """Everything still outstanding on a purchase order arrived: receive each line, which closes it."""
        from orderdesk.services.stock.reorder import purchase_order

        po = purchase_order(self.db, number)
        if po.status != purchasing.OPEN:
            raise ValidationError(_("Purchase order {n} is already {s}.").format(n=po.number, s=po.status))
        return [
            self.receive(
                line.sku,
                line.quantity - line.received,
                actor,
                note=po.number,
                document=document,
                purchase_order=po.number,
            )
            for line in po.lines
            if line.quantity > line.received
        ]

    def adjust(self, sku: str, quantity: int, actor: domain.Actor, reason: str) -> StockChange:
        """A correction by hand (±): breakage, a find, a gift. The reason is required."""
        require_role(actor, action=_("correct stock"))  # the owner: a packer receives, but does not write stock off
        quantity = _quantity(quantity, signed=True)
        if not reason.strip():
            raise ValidationError(_("Say why the stock changes (e.g. 'broken in transit')."), field="reason")
        with self.db.session(write=True) as s:
            row = _product(s, sku)
            ledger.record(
                s,
                row.id,
                MovementKind.ADJUSTED,
                quantity,
                actor=actor.name,
                reason=reason.strip(),
                keep_on_hand_positive=True,
            )
            product_id = row.id
        allocated = backorders.allocate(self.db, [product_id], actor) if quantity > 0 else []
        return StockChange(self.product(product_id), quantity, allocated)

    def expected(self, skus: Sequence[str] = (), *, bin_prefix: str = "") -> list[CountLine]:
        """What the ledger says is on the shelf (a stocktake's starting point), counted as 0 so far."""
        with self.db.session() as s:
            stmt = (
                select(ProductRow)
                .where(ProductRow.archived.is_(False))
                .order_by(ProductRow.bin_location, ProductRow.sku)
            )
            if skus:
                stmt = stmt.where(ProductRow.sku.in_(list(skus)))
            if bin_prefix:
                stmt = stmt.where(ProductRow.bin_location.startswith(bin_prefix.strip()))
            return [CountLine(r.sku, r.name, r.bin_location, r.stock_on_hand, 0) for r in s.scalars(stmt)]

    def apply_count(
        self, counts: dict[str, int], actor: domain.Actor, reason: str, *, document: str = ""
    ) -> list[CountLine]:
        """A stocktake in one step: every counted product's on hand becomes its count; returns the differences.

        The difference is taken against on hand at the moment of applying (not when counting
        began), so a sale packed meanwhile is not counted twice.
        """
        require_role(actor, action=_("apply a stocktake"))
        if not reason.strip():
            raise ValidationError(_("Say why the count is applied (e.g. 'stocktake shelf A')."), field="reason")
        changed: list[CountLine] = []
        with self.db.session(write=True) as s:
            rows = []
            for sku, counted in counts.items():
                if not isinstance(counted, int) or counted < 0 or counted > MAX_QUANTITY:
                    raise ValidationError(
                        _("{sku}: a count is a whole number from 0 to 1,000,000.").format(sku=sku), field="quantity"
                    )
                rows.append((_product(s, sku), counted))
            for row, counted in sorted(rows, key=lambda pair: pair[0].id):  # lock order: by product id
                before = ledger.counters(s, row.id).on_hand
                difference, _after = ledger.count(
                    s, row.id, counted, actor=actor.name, reason=reason.strip(), document=document
                )
                if difference:
                    changed.append(CountLine(row.sku, row.name, row.bin_location, before, counted))
            product_ids = [row.id for row, _counted in rows]
        backorders.allocate(self.db, product_ids, actor)
        return sorted(changed, key=lambda line: (line.bin_location, line.sku))

    def product(self, product_id: int) -> domain.Product:
        with self.db.session() as s:
            row = s.get(ProductRow, product_id)
            if row is None:
                raise NotFound(_("Product #{i} does not exist.").format(i=product_id))
            return repository.to_product(row)

    def card(self, sku: str, limit: int = 50) -> StockCard:
        """The product and its latest ``limit`` movements."""
        with self.db.session() as s:
            row = _product(s, sku)
            stmt = (
                select(StockMovementRow, OrderRow.number)
                .outerjoin(OrderRow, OrderRow.id == StockMovementRow.order_id)
                .where(StockMovementRow.product_id == row.id)
                .order_by(StockMovementRow.id.desc())
                .limit(limit)
            )
            movements = [
                ledger.Movement(
                    m.id,
                    m.product_id,
                    MovementKind(m.kind),
                    m.quantity,
                    m.on_hand_after,
                    m.reserved_after,
                    m.at,
                    m.actor,
                    m.reason,
                    m.order_id,
                    m.document,
                    number or "",
                )
                for m, number in s.execute(stmt)
            ]
            return StockCard(repository.to_product(row), movements)

    def wait_or_cancel(self, number: str, actor: domain.Actor) -> int:
        """Send the customer of an order still short the choice to wait or cancel; returns outbox rows queued."""
        return backorders.offer_choice(self.db, number, actor)

    def record_answer(self, number: str, answer: str, actor: domain.Actor, note: str = "") -> None:
        """The customer's answer to wait-or-cancel: 'wait' is written down, 'cancel' cancels the order."""
        backorders.record_answer(self.db, self.orders, number, answer, actor, note)
