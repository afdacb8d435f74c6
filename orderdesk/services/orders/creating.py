"""Creating orders: checking a new order, finding or adding its customer, pricing its lines."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from orderdesk import domain
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.models import CustomerRow, OrderLineRow, OrderRow, ProductRow, utcnow
from orderdesk.money import Money
from orderdesk.phones import normalize_phone
from orderdesk.services import order_checks
from orderdesk.services.customer_language import language_or_guess
from orderdesk.services.orders.events import HoldAdded, OrderCreated
from orderdesk.services.orders.inputs import EMAIL, CustomerIndex, NewLine, NewOrder
from orderdesk.services.orders.numbering import NumberingMixin
from orderdesk.services.orders.plain_rows import PlainCustomer, PlainLine, PlainOrder
from orderdesk.services.orders.priority import rule_reason as priority_reason
from orderdesk.services.orders.rows import enum_value, refresh, set_address
from orderdesk.workflow import DeliveryMethod, Hold, PaymentMethod, Role, Status

# The rules' own name in the history, as the automation round writes it.
RULES_ACTOR = domain.Actor("automation", Role.SYSTEM)


class CreatingMixin(NumberingMixin):
    # ------------------------------------------------------------------ creating
    def check_new_order(self, new: NewOrder) -> None:
        """Validate a new order without saving it (import --dry-run uses this)."""
        self._validate_new(new)
        with self.db.session() as s:
            self._lines(s, new.lines, Money.zero(new.currency).currency)

    def _validate_new(self, new: NewOrder) -> tuple[DeliveryMethod, PaymentMethod, str]:
        order_checks.check_new_order_fields(new)
        delivery = enum_value(DeliveryMethod, new.delivery_method, "delivery_method")
        payment = enum_value(PaymentMethod, new.payment_method, "payment_method")
        currency = Money.zero(new.currency).currency
        if not new.customer.name.strip():
            raise ValidationError(_("Enter the customer's name."), field="customer_name")
        if not new.lines:
            raise ValidationError(_("An order needs at least one item."), field="lines")
        if new.customer.email and not EMAIL.match(new.customer.email.strip()):
            raise ValidationError(_("'{e}' is not an e-mail address.").format(e=new.customer.email), field="email")
        if new.shipping_fee_minor < 0 or new.amount_paid_minor < 0:
            raise ValidationError(_("Amounts cannot be negative."), field="amount")
        return delivery, payment, currency

    def create_order(self, new: NewOrder, actor: domain.Actor) -> domain.OrderDetail:
        checked = self._validate_new(new)
        with self.db.session(write=True) as s:
            row = self._insert(s, new, checked, actor)
            return self._detail(s, row, True)

    def create_orders(self, news: Sequence[NewOrder], actor: domain.Actor) -> list[str | Exception]:
        """Create many orders in one transaction (a store's page of orders): for each, its number,
        or the error that kept it out (a ``ValidationError``, or an ``IntegrityError`` when another
        desk created the same store order first). One failure does not undo the others."""
        results: list[str | Exception] = []
        with self.db.session(write=True) as s:
            skus = {line.sku.strip() for new in news for line in new.lines}
            # The batch's products read once, not once per line of every order.
            products = {p.sku: p for p in s.scalars(select(ProductRow).where(ProductRow.sku.in_(skus)))}
            products.update((sku, None) for sku in skus - products.keys())
            for new in news:
                try:
                    checked = self._validate_new(new)
                    with s.begin_nested():  # a savepoint: a refused order leaves the others in
                        results.append(self._insert(s, new, checked, actor, products).number)
                except (ValidationError, IntegrityError) as exc:
                    results.append(exc)
        return results

    def _insert(
        self,
        s: Session,
        new: NewOrder,
        checked: tuple[DeliveryMethod, PaymentMethod, str],
        actor: domain.Actor,
        products: Mapping[str, ProductRow | None] | None = None,
    ) -> OrderRow:
        delivery, payment, currency = checked
        row = self._build_order(s, new, delivery, payment, currency, products=products)
        s.add(row)
        s.flush()
        created = self._history(s, row, actor, "create", to_value=Status.NEW, reason=new.source, at=row.created_at)
        self._apply_priority_rules(s, row, at=row.created_at)  # flagged as it is stored
        for kind, reason, details in new.holds:
            hold = self._add_hold(s, row, Hold(kind), reason, actor, dict(details))
            refresh(row)
            s.flush()
            event = HoldAdded(row.id, row.number, Hold(kind), hold.id, reason, actor)
            for listener in self.listeners:
                listener(s, event)
        event = OrderCreated(row.id, row.number, created.id, actor)
        for listener in self.listeners:
            listener(s, event)
        return row

    def _apply_priority_rules(self, s: Session, row: OrderRow, at=None) -> None:
        """The priority rules, inside the caller's transaction: flag the order (with its history
        row, actor "automation") when a rule says so. They only ever switch it on."""
        if row.priority:
            return
        why = priority_reason(s, row, self.config.default_country)
        if why:
            row.priority = True
            self._history(s, row, RULES_ACTOR, "priority", from_value="off", to_value="on",
                          reason=_("rule priority: {w}").format(w=why), at=at)  # fmt: skip

    def _build_order(
        self,
        s: Session,
        new: NewOrder,
        delivery: DeliveryMethod,
        payment: PaymentMethod,
        currency: str,
        *,
        number: Callable[[int], str] | None = None,
        products: Mapping[str, ProductRow | None] | None = None,
        known: CustomerIndex | None = None,
        plain: bool = False,
    ) -> OrderRow:
        """A new order's row (not yet added; no holds). Everything that can refuse it runs before the
        customer and the number are touched, so a refused order in a bulk import leaves nothing behind.

        ``number(year)``, ``products`` and ``known``: what a bulk import has looked up at once;
        ``plain``: build ``plain_rows`` objects for a bulk writer instead of ORM rows.
        """
        lines = self._lines(s, new.lines, currency, products, plain)
        order_checks.check_total(sum(line.unit_price_minor * line.quantity for line in lines) + new.shipping_fee_minor)
        # Not given: guessed from where the parcel goes, else from the phone's country code.
        phone, _valid = normalize_phone(new.customer.phone, self.config.default_country)
        language = language_or_guess(new.customer.language, new.address.country, phone)
        customer = self._customer(s, dataclasses.replace(new.customer, language=language), known, plain)
        created = new.created_at or utcnow()
        row = (PlainOrder if plain else OrderRow)(
            number=(number or self._next_number_for(s))(created.year),
            external_id=new.external_id.strip(),
            source=new.source,
            status=Status.NEW.value,
            created_at=created,
            status_changed_at=created,
            customer=customer,
            delivery_method=delivery.value,
            payment_method=payment.value,
            currency=currency,
            shipping_fee_minor=new.shipping_fee_minor,
            amount_paid_minor=new.amount_paid_minor,
            pickup_point_code=new.pickup_point_code.strip(),
            notes=new.notes,
            refund_due=False,
            channel_id=new.channel_id,
            external_number=new.external_number,
            store_status=new.store_status,
            store_modified=new.store_modified,
        )
        set_address(row, new.address)
        row.lines = lines
        refresh(row)
        return row

    def _next_number_for(self, s: Session) -> Callable[[int], str]:
        return lambda year: self._next_number(s, year)

    def _customer(
        self, s: Session, c: domain.Customer, known: CustomerIndex | None = None, plain: bool = False
    ) -> CustomerRow:
        """The customer row for ``c``: found by id, valid phone or e-mail (in ``known`` when a bulk
        import looked them all up at once), else a new one (added to ``s``, unless ``known`` is given:
        then the bulk caller writes the new ones itself)."""
        phone, valid = normalize_phone(c.phone, self.config.default_country)
        email = c.email.strip().lower()
        row = None
        if c.id is not None:
            row = s.get(CustomerRow, c.id)
        # The lowest id first, as ``CustomerIndex.find`` does: the same customer on every backend.
        if row is None and phone and valid:
            row = (
                known.find("phone", phone)
                if known is not None
                else s.scalar(select(CustomerRow).where(CustomerRow.phone == phone).order_by(CustomerRow.id).limit(1))
            )
        if row is None and email:
            row = (
                known.find("email", email)
                if known is not None
                else s.scalar(select(CustomerRow).where(CustomerRow.email == email).order_by(CustomerRow.id).limit(1))
            )
        if row is None:
            row = (PlainCustomer if plain else CustomerRow)(
                name=c.name.strip(), phone=phone, email=email, language=c.language or "en"
            )
            row.sms_opt_out, row.email_opt_out, row.phone_invalid = c.sms_opt_out, c.email_opt_out, not valid
            if known is None:  # a bulk caller writes its new customers itself
                s.add(row)
        else:
            # The newest order's contact details win: people change numbers and addresses.
            row.name = c.name.strip() or row.name
            row.email = email or row.email
            if phone and (valid or row.phone_invalid or not row.phone):
                row.phone, row.phone_invalid = phone, not valid
        if known is not None:  # as a query would find it for the next order
            known.add(row)
        return row

    def _lines(
        self,
        s: Session,
        lines: Sequence[NewLine],
        currency: str,
        products: Mapping[str, ProductRow | None] | None = None,
        plain: bool = False,
    ) -> list[OrderLineRow]:
        """Order lines priced from the catalogue (``products``: the SKUs looked up at once, for a bulk import)."""
        result = []
        for n, line in enumerate(lines, 1):
            if line.quantity <= 0:
                raise ValidationError(_("Line {n}: the quantity must be at least 1.").format(n=n), field="quantity")
            sku = line.sku.strip()
            product = (
                products[sku]
                if products is not None and sku in products
                else s.scalar(select(ProductRow).where(ProductRow.sku == sku))
            )
            name = line.name if line.name is not None else (product.name if product else None)
            price = (
                line.unit_price_minor
                if line.unit_price_minor is not None
                else (product.price_minor if product else None)
            )
            if name is None or price is None:
                raise ValidationError(
                    _("Line {n}: unknown SKU '{s}'. Add the product first, or give its name and price.").format(
                        n=n, s=line.sku
                    ),
                    field="sku",
                )
            if product is not None and product.currency != currency and line.unit_price_minor is None:
                raise ValidationError(
                    _("Line {n}: {s} is priced in {c}, the order in {d}; give the price in {d}.").format(
                        n=n, s=line.sku, c=product.currency, d=currency
                    ),
                    field="sku",
                )
            if price < 0:
                raise ValidationError(_("Line {n}: the price cannot be negative.").format(n=n), field="price")
            weight = line.weight_g if line.weight_g is not None else (product.weight_g if product else 0)
            result.append(
                (PlainLine if plain else OrderLineRow)(
                    product=product,
                    sku=line.sku.strip(),
                    name=name,
                    quantity=line.quantity,
                    unit_price_minor=price,
                    weight_g=weight,
                    reserved=False,
                    consumed=False,
                )
            )
        return result
