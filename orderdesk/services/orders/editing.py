"""Editing an order: contact details, address, notes, fee and lines, each where the status allows it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from orderdesk import domain
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.models import OrderRow
from orderdesk.phones import normalize_phone
from orderdesk.services import order_checks
from orderdesk.services.orders.creating import CreatingMixin
from orderdesk.services.orders.inputs import EMAIL, OrderEdit
from orderdesk.services.orders.rows import get_address, refresh, set_address
from orderdesk.workflow import ACTIVE, EDITABLE_LINES_IN, Status


class EditingMixin(CreatingMixin):
    # ------------------------------------------------------------------ editing
    def update_order(self, number: str, edit: OrderEdit, actor: domain.Actor) -> domain.OrderDetail:
        order_checks.check_edit_fields(edit)
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            self._check_version(row, edit.expected_version)
            changed: dict[str, Any] = {}
            status = Status(row.status)
            customer = row.customer
            if edit.customer_name is not None and edit.customer_name.strip() != customer.name:
                if not edit.customer_name.strip():
                    raise ValidationError(_("Enter the customer's name."), field="customer_name")
                changed["customer_name"] = [customer.name, edit.customer_name.strip()]
                customer.name = edit.customer_name.strip()
            if edit.phone is not None:
                phone, valid = normalize_phone(edit.phone, self.config.default_country)
                if not valid:
                    raise ValidationError(
                        _("'{p}' is not a valid phone number: include the country code, e.g. +48 600 123 456.").format(
                            p=edit.phone
                        ),
                        field="phone",
                    )
                if phone != customer.phone:
                    changed["phone"] = [customer.phone, phone]
                    customer.phone, customer.phone_invalid = phone, False
            if edit.email is not None and edit.email.strip() != customer.email:
                if edit.email.strip() and not EMAIL.match(edit.email.strip()):
                    raise ValidationError(_("'{e}' is not an e-mail address.").format(e=edit.email), field="email")
                changed["email"] = [customer.email, edit.email.strip()]
                customer.email = edit.email.strip()
            if edit.language is not None and edit.language != customer.language:
                changed["language"] = [customer.language, edit.language]
                customer.language = edit.language
            if edit.vip is not None and edit.vip != bool(customer.vip):
                changed["vip"] = [bool(customer.vip), edit.vip]
                customer.vip = edit.vip
            if edit.address is not None:
                if status not in EDITABLE_LINES_IN | {Status.ASSEMBLING, Status.PACKED}:
                    raise ValidationError(
                        _("The address cannot change once the order has left the shop."), field="address"
                    )
                before = get_address(row)
                if before != edit.address:
                    changed["address"] = [before.lines(), edit.address.lines()]
                    set_address(row, edit.address)
            if edit.pickup_point_code is not None and edit.pickup_point_code != row.pickup_point_code:
                changed["pickup_point_code"] = [row.pickup_point_code, edit.pickup_point_code]
                row.pickup_point_code = edit.pickup_point_code
            if edit.notes is not None and edit.notes != row.notes:
                changed["notes"] = [row.notes, edit.notes]
                row.notes = edit.notes
            if edit.shipping_fee_minor is not None and edit.shipping_fee_minor != row.shipping_fee_minor:
                if status not in EDITABLE_LINES_IN:
                    raise ValidationError(
                        _("The shipping fee can only change before assembling."), field="shipping_fee"
                    )
                changed["shipping_fee_minor"] = [row.shipping_fee_minor, edit.shipping_fee_minor]
                row.shipping_fee_minor = edit.shipping_fee_minor
            if edit.lines is not None:
                if status not in EDITABLE_LINES_IN:
                    raise ValidationError(
                        _("Items can only change before assembling; move the order back first."), field="lines"
                    )
                if not edit.lines:
                    raise ValidationError(_("An order needs at least one item."), field="lines")
                before_lines = [(line.sku, line.quantity) for line in row.lines]
                row.lines = self._lines(s, edit.lines, row.currency)
                changed["lines"] = [before_lines, [(line.sku, line.quantity) for line in row.lines]]
            if not changed:
                return self._detail(s, row, True)
            refresh(row)
            order_checks.check_total(row.total_minor)
            self._history(s, row, actor, "edit", to_value=",".join(changed), details=changed)
            refresh(row)
            if {"lines", "shipping_fee_minor", "phone", "vip"} & changed.keys():
                self._apply_priority_rules(s, row)  # a bigger total, a VIP's phone or a VIP now
            if changed.get("vip") == [False, True]:
                self._prioritise_open_orders_of(s, row)
            s.flush()
            return self._detail(s, row, True)

    def _prioritise_open_orders_of(self, s: Session, row: OrderRow) -> None:
        """A customer made VIP: their other open orders go first too, each flagged by the rule with
        its own history row (the orders already closed are left as they were)."""
        others = s.scalars(
            select(OrderRow).where(
                OrderRow.customer_id == row.customer_id,
                OrderRow.id != row.id,
                OrderRow.status.in_([st.value for st in ACTIVE]),
                OrderRow.priority.is_(False),
            )
        )
        for other in others.all():
            self._apply_priority_rules(s, other)
