"""Receiving a return at the bench: each item restocked, written off or sent for repair, each a
movement in the stock ledger with the return's number as the document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from orderdesk import domain
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.limits import MAX_NOTES, check_text
from orderdesk.models import BarcodeRow, OrderLineRow, ProductRow
from orderdesk.models_extra import ReturnRow
from orderdesk.services.returns.base import ReturnServiceBase
from orderdesk.services.returns.kinds import (
    COUNTED_STATUSES,
    OPEN_STATUSES,
    Disposition,
    ReturnStatus,
    parse_disposition,
)
from orderdesk.services.returns.notices import notify
from orderdesk.services.returns.records import Return, to_return
from orderdesk.services.stock import ledger
from orderdesk.services.stock.kinds import MovementKind
from orderdesk.workflow import MoveRequest, Status

MOVEMENT_OF = {
    Disposition.RESTOCK: MovementKind.RETURNED,
    Disposition.WRITE_OFF: MovementKind.WRITTEN_OFF,
    Disposition.REPAIR: MovementKind.REPAIR,
}
COLUMN_OF = {Disposition.RESTOCK: "restocked", Disposition.WRITE_OFF: "written_off", Disposition.REPAIR: "repair"}


@dataclass(frozen=True)
class ReceivedLine:
    sku: str
    quantity: int
    disposition: Disposition | str = Disposition.RESTOCK
    note: str = ""  # the state the item is in ("box dented", "screen cracked")


class ReceivingMixin(ReturnServiceBase):
    def receive(
        self,
        number: str,
        lines: Sequence[ReceivedLine],
        actor: domain.Actor,
        note: str = "",
        photos: Sequence[tuple[str, bytes]] = (),
    ) -> Return:
        """Book items of a return as arrived, with photos of their state ((file name, bytes), kept
        in the same transaction). When every item of the return is in, it is Received; when that
        completes a return of the whole order, the order moves to Returned."""
        if not lines:
            raise ValidationError(_("Scan or enter at least one returned item."), field="lines")
        check_text(note, _("note"), MAX_NOTES, "note")
        with self._unit() as s:
            row = self._return(s, number)
            # A part refunded before everything arrived: the rest can still come in (its refund follows).
            partly = row.status == ReturnStatus.PARTLY_REFUNDED and any(x.received < x.quantity for x in row.lines)
            if ReturnStatus(row.status) not in OPEN_STATUSES and not partly:
                raise ValidationError(
                    _("Return {n} is {s}: there is nothing more to receive.").format(
                        n=row.number, s=row.status.replace("_", " ")
                    ),
                    field="status",
                )
            order = row.order
            booked: list[dict] = []
            for got in lines:
                booked.extend(self._book(s, row, got, actor))
            if note:
                row.note = f"{row.note}\n{note}".strip() if row.note else note
            self._attach_photos(s, row, photos, actor)
            before = row.status
            done = all(line.received >= line.quantity for line in row.lines)
            if not partly:  # a partly refunded return stays so until the rest of its refund
                self._set_status(row, ReturnStatus.RECEIVED if done else ReturnStatus.AWAITING_PARCEL)
            entry = self._order_history(
                s,
                order,
                actor,
                "return_received",
                from_value=before,
                to_value=row.number,
                reason=note,
                details={"return": row.number, "items": booked, "complete": done},
            )
            if done:
                notify(s, order, "return_received", entry, row.number)
            if done and Status(order.status) is Status.RETURN_REQUESTED and self._whole_order_received(s, order):
                # The items are booked above, line by line: the whole-order move must not put them back again.
                for line in order.lines:
                    line.consumed = False
                self.orders.move(
                    order.number,
                    MoveRequest(Status.RETURNED, reason=_("return {r} received").format(r=row.number)),
                    actor,
                )
            left = self._left_minor(s, row) if partly else 0
            return to_return(row, self._refunds(s, row), refund_left_minor=left)

    def resolve_item(self, number: str, code: str) -> str:
        """The SKU of the return's item that ``code`` (a scanned barcode or a typed SKU) names;
        ValidationError when the code is none of the return's items."""
        code = code.strip()
        with self.db.session() as s:
            row = self._return(s, number)
            skus = {line.sku for line in row.lines}
            if code in skus:
                return code
            found = s.scalars(
                select(ProductRow.sku)
                .outerjoin(BarcodeRow, BarcodeRow.product_id == ProductRow.id)
                .where((ProductRow.barcode == code) | (BarcodeRow.code == code))
            ).all()
            match = next((sku for sku in found if sku in skus), None)
            if match is None:
                raise ValidationError(
                    _("{c} is not an item of return {n}: it expects {skus}.").format(
                        c=code, n=row.number, skus=", ".join(sorted(skus))
                    ),
                    field="sku",
                )
            return match

    def _book(self, s, row: ReturnRow, got: ReceivedLine, actor: domain.Actor) -> list[dict]:
        sku = got.sku.strip()
        how = parse_disposition(got.disposition) if isinstance(got.disposition, str) else got.disposition
        check_text(got.note, _("note"), MAX_NOTES, "note")
        if not isinstance(got.quantity, int) or isinstance(got.quantity, bool) or got.quantity <= 0:
            raise ValidationError(_("Receive at least one of {sku}.").format(sku=sku), field="quantity")
        matching = [line for line in row.lines if line.sku == sku]
        if not matching:
            raise ValidationError(
                _("{sku} is not in return {n}: it expects {skus}.").format(
                    sku=sku, n=row.number, skus=", ".join(sorted({line.sku for line in row.lines}))
                ),
                field="sku",
            )
        outstanding = sum(line.quantity - line.received for line in matching)
        if got.quantity > outstanding:
            raise ValidationError(
                _("Return {n} expects {a} more of {sku}, not {q}.").format(
                    n=row.number, a=outstanding, sku=sku, q=got.quantity
                ),
                field="quantity",
            )
        out, need = [], got.quantity
        for line in matching:
            part = min(need, line.quantity - line.received)
            if part <= 0:
                continue
            line.received += part
            setattr(line, COLUMN_OF[how], getattr(line, COLUMN_OF[how]) + part)
            if got.note:
                line.state_note = f"{line.state_note}; {got.note}".strip("; ") if line.state_note else got.note
            order_line = s.get(OrderLineRow, line.order_line_id)
            if order_line is not None and order_line.product_id is not None:
                ledger.record(
                    s,
                    order_line.product_id,
                    MOVEMENT_OF[how],
                    part,
                    actor=actor.name,
                    reason=got.note or how.value,
                    order_id=row.order_id,
                    document=row.number,
                )
            out.append({"sku": sku, "quantity": part, "disposition": how.value, "note": got.note})
            need -= part
            if need == 0:
                break
        return out

    def _whole_order_received(self, s, order) -> bool:
        """Every unit of every line is in a counted return and has arrived."""
        if not self._whole_order_returned(s, order):
            return False
        rows = s.scalars(
            select(ReturnRow).where(
                ReturnRow.order_id == order.id, ReturnRow.status.in_([st.value for st in COUNTED_STATUSES])
            )
        ).all()
        return all(line.received >= line.quantity for r in rows for line in r.lines)
