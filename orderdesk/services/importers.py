"""Importing orders from a JSON or CSV file, row by row: good rows go in, bad rows are reported.

Every field is described for shop staff in docs/import-format.md; keep the two in step.

JSON: ``{"orders": [ORDER, ...]}`` (or a bare list). ORDER::

    {"external_id": "WEB-1001", "source": "web", "created_at": "2026-11-02T10:15:00",
     "customer": {"name": "Anna Kowalska", "phone": "+48600123456", "email": "a@example.pl", "language": "pl"},
     "delivery": {"method": "carrier", "pickup_point_code": "",
                  "address": {"recipient": "", "line1": "ul. Długa 5", "line2": "", "city": "Kraków",
                              "postcode": "30-001", "region": "", "country": "PL"}},
     "payment": {"method": "prepaid_online", "currency": "PLN", "paid": "0", "shipping_fee": "15.00"},
     "lines": [{"sku": "MUG-1", "quantity": 2, "name": "Mug", "unit_price": "25.00", "weight_g": 350}],
     "notes": ""}

CSV: one row per order line, rows of one order share ``external_id``; columns are
``CSV_COLUMNS`` (amounts in major units, e.g. 25.00). Re-importing a file skips orders whose
external id is already in the database, so an interrupted import can simply be run again.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from orderdesk.domain import Actor, Address, Customer
from orderdesk.errors import OrderDeskError, ValidationError
from orderdesk.i18n import _
from orderdesk.models import OrderRow
from orderdesk.money import Money
from orderdesk.services.orders import NewLine, NewOrder, OrderService

CSV_COLUMNS = (
    "external_id", "created_at", "customer_name", "phone", "email", "language", "delivery_method", "recipient",
    "address_line1", "address_line2", "city", "postcode", "region", "country", "pickup_point_code",
    "payment_method", "currency", "shipping_fee", "paid", "sku", "name", "quantity", "unit_price", "weight_g", "notes",
)  # fmt: skip


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)  # new order numbers (or external ids on a dry run)
    skipped: list[str] = field(default_factory=list)  # external ids already present
    errors: list[str] = field(default_factory=list)  # "row N: what to fix"

    @property
    def ok(self) -> bool:
        return not self.errors


def import_file(
    service: OrderService, path: Path, actor: Actor, *, dry_run: bool = False, fmt: str | None = None
) -> ImportReport:
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in ("json", "csv"):
        raise ValidationError(
            _("Cannot tell the format of {p}: use a .json or .csv file, or --format.").format(p=path.name)
        )
    try:
        records = list(_json_records(path) if fmt == "json" else _csv_records(path))
    except FileNotFoundError:
        raise ValidationError(_("Cannot read {p}: there is no such file.").format(p=path)) from None
    except UnicodeDecodeError:
        # Typically a CSV saved by Excel in the PC's own code page (cp1250, cp1251, GBK).
        raise ValidationError(
            _(
                'Cannot read {p}: it is not UTF-8 text. Save it as UTF-8 (in Excel: "CSV UTF-8") and import it again.'
            ).format(p=path.name)
        ) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(_("Cannot read {p}: it is not valid JSON ({e}).").format(p=path.name, e=exc)) from None
    except (OSError, csv.Error) as exc:
        raise ValidationError(_("Cannot read {p}: {e}").format(p=path.name, e=exc)) from None
    report = ImportReport()
    with service.db.session() as s:
        known = set(s.scalars(select(OrderRow.external_id).where(OrderRow.external_id != "")))
    for where, record in records:
        try:
            new = parse_order(record)
            if new.external_id and new.external_id in known:
                report.skipped.append(new.external_id)
                continue
            if dry_run:
                service.check_new_order(new)
                report.imported.append(new.external_id or where)
            else:
                report.imported.append(service.create_order(new, actor).number)
            if new.external_id:
                known.add(new.external_id)
        except OrderDeskError as exc:
            report.errors.append(f"{where}: {exc}")
    return report


def _json_records(path: Path) -> Iterator[tuple[str, dict]]:
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    orders = data.get("orders") if isinstance(data, dict) else data
    if not isinstance(orders, list):
        raise json.JSONDecodeError('expected a list of orders or {"orders": [...]}', "", 0)
    for i, record in enumerate(orders, 1):
        yield _("order {i}").format(i=i), record


def _csv_records(path: Path) -> Iterator[tuple[str, dict]]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh, delimiter=_delimiter(fh.readline()))
        fh.seek(0)
        missing = {"external_id", "customer_name", "sku", "quantity"} - set(reader.fieldnames or ())
        if missing:
            found = ", ".join(reader.fieldnames or ()) or _("none")
            raise csv.Error(
                _("missing columns: {m} (the first line has: {f})").format(m=", ".join(sorted(missing)), f=found)
            )
        groups: dict[str, tuple[int, list[dict]]] = {}
        for row in reader:
            key = (row.get("external_id") or "").strip() or f"#row{reader.line_num}"
            groups.setdefault(key, (reader.line_num, []))[1].append(row)
    for _key, (line_num, rows) in groups.items():
        first = rows[0]
        record = {
            "external_id": first.get("external_id", ""),
            "created_at": first.get("created_at", ""),
            "customer": {k: first.get(c, "") for k, c in (("name", "customer_name"), ("phone", "phone"), ("email", "email"), ("language", "language"))},
            "delivery": {
                "method": first.get("delivery_method", ""),
                "pickup_point_code": first.get("pickup_point_code", ""),
                "address": {k: first.get(c, "") for k, c in (("recipient", "recipient"), ("line1", "address_line1"), ("line2", "address_line2"), ("city", "city"), ("postcode", "postcode"), ("region", "region"), ("country", "country"))},
            },
            "payment": {"method": first.get("payment_method", ""), "currency": first.get("currency", ""), "paid": first.get("paid") or "0", "shipping_fee": first.get("shipping_fee") or "0"},
            "lines": [{k: r.get(k, "") for k in ("sku", "name", "quantity", "unit_price", "weight_g")} for r in rows],
            "notes": first.get("notes", ""),
        }  # fmt: skip
        yield _("row {n}").format(n=line_num), record


def _delimiter(header: str) -> str:
    """Comma, or what the header is split by: Excel in Poland, Russia or Germany saves ';'."""
    return max((",", ";", "\t"), key=header.count) if header else ","


def _text(record: dict, key: str) -> str:
    value = record.get(key, "")
    return "" if value is None else str(value).strip()


def parse_order(record: Any) -> NewOrder:
    """One JSON/CSV order record to a NewOrder; a ValidationError names the field to fix."""
    if not isinstance(record, dict):
        raise ValidationError(_("expected an object with customer, delivery, payment and lines"))
    customer = record.get("customer") or {}
    delivery = record.get("delivery") or {}
    payment = record.get("payment") or {}
    address = delivery.get("address") or {}
    currency = _text(payment, "currency")
    if not currency:
        raise ValidationError(_("payment.currency is missing (e.g. PLN)"), field="currency")
    lines = []
    for n, line in enumerate(record.get("lines") or [], 1):
        try:
            quantity = int(str(line.get("quantity", "")).strip())
        except ValueError:
            raise ValidationError(
                _("line {n}: quantity '{q}' is not a whole number").format(n=n, q=line.get("quantity")),
                field="quantity",
            ) from None
        price = _text(line, "unit_price")
        weight = _text(line, "weight_g")
        lines.append(
            NewLine(
                sku=_text(line, "sku"), quantity=quantity, name=_text(line, "name") or None,
                unit_price_minor=Money.parse(price, currency).minor if price else None,
                weight_g=int(weight) if weight.isdigit() else None,
            )
        )  # fmt: skip
    created_raw = _text(record, "created_at")
    try:
        created = datetime.fromisoformat(created_raw).replace(tzinfo=None) if created_raw else None
    except ValueError:
        raise ValidationError(
            _("created_at '{v}' is not a date like 2026-11-02T10:15:00").format(v=created_raw), field="created_at"
        ) from None
    return NewOrder(
        customer=Customer(None, _text(customer, "name"), phone=_text(customer, "phone"), email=_text(customer, "email"), language=_text(customer, "language")),
        lines=lines,
        delivery_method=_text(delivery, "method"),
        payment_method=_text(payment, "method"),
        currency=currency,
        address=Address(**{k: _text(address, k) for k in ("recipient", "line1", "line2", "city", "postcode", "region", "country")}),
        pickup_point_code=_text(delivery, "pickup_point_code"),
        shipping_fee_minor=Money.parse(_text(payment, "shipping_fee") or "0", currency).minor,
        amount_paid_minor=Money.parse(_text(payment, "paid") or "0", currency).minor,
        external_id=_text(record, "external_id"),
        source=_text(record, "source") or "import",
        notes=_text(record, "notes"),
        created_at=created,
    )  # fmt: skip
