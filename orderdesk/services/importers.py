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
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from orderdesk.domain import Actor, Address, Customer
from orderdesk.errors import OrderDeskError, ValidationError
from orderdesk.faults import explain_database_error, safe_message
from orderdesk.i18n import _
from orderdesk.limits import MAX_QUANTITY, MAX_WEIGHT_G
from orderdesk.models import OrderRow
from orderdesk.money import Money
from orderdesk.phones import normalize_phone
from orderdesk.services import import_values as values
from orderdesk.services.import_values import file_decimal_sign
from orderdesk.services.orders import NewLine, NewOrder, OrderService
from orderdesk.workflow import DeliveryMethod

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
    warnings: list[str] = field(default_factory=list)  # "row N: kept, but check this"

    @property
    def ok(self) -> bool:
        return not self.errors


def import_file(
    service: OrderService, path: Path, actor: Actor, *, dry_run: bool = False, fmt: str | None = None
) -> ImportReport:
    from orderdesk.services.users import require_role

    require_role(actor, action=_("import orders"))  # many orders at once, from outside: the owner's call
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
    known = _present_external_ids(service, records)
    if dry_run:
        return _check_all(service, records, known)
    return _import_all(service, records, known, actor)


def _present_external_ids(service: OrderService, records: list[tuple[str, Any]]) -> set[str]:
    """Which of the file's external ids the database already has: looked up by the file's own ids
    (an index lookup per 500), not by reading every order's id of a shop with a million orders."""
    wanted = sorted({value for _where, record in records if isinstance(record, dict) and (value := _raw_id(record))})
    present: set[str] = set()
    with service.db.session() as s:
        for start in range(0, len(wanted), 500):
            some = wanted[start : start + 500]
            present.update(s.scalars(select(OrderRow.external_id).where(OrderRow.external_id.in_(some))))
    return present


def _raw_id(record: dict) -> str:
    """The external id as ``parse_order`` will read it (a text or a number, trimmed)."""
    value = record.get("external_id")
    return "" if value is None or isinstance(value, dict | list) else str(value).strip()


def _check_all(service: OrderService, records: list[tuple[str, Any]], known: set[str]) -> ImportReport:
    """``--dry-run``: every row checked, nothing changed."""
    report = ImportReport()
    for where, record in records:
        try:
            new = parse_order(record)
            if new.external_id and new.external_id in known:
                report.skipped.append(new.external_id)
                continue
            warning = phone_warning(new, service.config.default_country)
            service.check_new_order(new)
            report.imported.append(new.external_id or where)
            if new.external_id:
                known.add(new.external_id)
            if warning:
                report.warnings.append(f"{where}: {warning}")
        except OrderDeskError as exc:
            report.errors.append(f"{where}: {exc}")
    return report


@dataclass
class _Row:
    where: str
    new: NewOrder | None = None
    warning: str = ""
    outcome: str = ""  # "imported" (number in ``text``), "skipped" (external id), "error" (message)
    text: str = ""


def _import_all(service: OrderService, records: list[tuple[str, Any]], known: set[str], actor: Actor) -> ImportReport:
    """Parse every row, then create the good ones in chunks (``order_bulk.create_orders``): the same
    checks and row-level errors as one order at a time, at a fraction of the cost."""
    rows: list[_Row] = []
    for where, record in records:
        row = _Row(where)
        rows.append(row)
        try:
            row.new = parse_order(record)
            row.warning = phone_warning(row.new, service.config.default_country) or ""
        except OrderDeskError as exc:
            row.outcome, row.text = "error", f"{where}: {exc}"
    # A second row with an external id already in the file goes in only if the first one did not.
    waiting = [r for r in rows if r.new is not None]
    while waiting:
        batch, later, seen = [], [], set()
        for row in waiting:
            ext = row.new.external_id if row.new else ""
            if ext and ext in known:
                row.outcome, row.text = "skipped", ext
            elif ext and ext in seen:
                later.append(row)
            else:
                if ext:
                    seen.add(ext)
                batch.append(row)
        _create(service, batch, rows, actor)
        known.update(r.new.external_id for r in batch if r.outcome == "imported" and r.new and r.new.external_id)
        waiting = later
    report = ImportReport()
    for row in rows:
        if row.outcome == "imported":
            report.imported.append(row.text)
            if row.warning:
                report.warnings.append(f"{row.where}: {row.warning}")
        elif row.outcome == "skipped":
            report.skipped.append(row.text)
        elif row.outcome == "error":
            report.errors.append(row.text)
    return report


def _create(service: OrderService, batch: list[_Row], rows: list[_Row], actor: Actor) -> None:
    from orderdesk.services.order_bulk import CHUNK, create_orders

    for start in range(0, len(batch), CHUNK):
        chunk = batch[start : start + CHUNK]
        try:
            results = create_orders(service, [r.new for r in chunk if r.new], actor)
        except OrderDeskError:
            raise
        except Exception as exc:
            # A full disk or a lost server stops the import where it is; say what got in, so the
            # person can run it again (imported orders are skipped by their external id).
            explained = explain_database_error(exc, str(service.db.sqlite_path or service.db.display_url))
            if explained is None:
                raise
            imported = [r.text for r in rows if r.outcome == "imported"]
            done = ", ".join(imported[-3:]) or _("none")
            raise type(explained)(
                _(
                    "{e} The import stopped at {w}; {n} orders were imported before it (last: {d}). Run it again "
                    "when this is fixed: the imported ones are skipped."
                ).format(e=explained, w=chunk[0].where, n=len(imported), d=done)
            ) from None
        for row, result in zip(chunk, results, strict=True):
            if isinstance(result.error, OrderDeskError):
                row.outcome, row.text = "error", f"{row.where}: {result.error}"
            elif result.error is not None:  # the database refused it: its first line, no SQL or values
                row.outcome, row.text = "error", f"{row.where}: {safe_message(result.error)}"
            else:
                row.outcome, row.text = "imported", result.number


def _json_records(path: Path) -> Iterator[tuple[str, Any]]:
    text = path.read_text(encoding="utf-8-sig")
    try:
        data = json.loads(text, parse_float=Decimal, parse_int=_json_int, parse_constant=_NotANumber)
    except RecursionError:
        # One order nested 100,000 deep must not take the others down: split the list by hand.
        yield from _json_records_one_by_one(text)
        return
    orders = data.get("orders") if isinstance(data, dict) else data
    if not isinstance(orders, list):
        raise json.JSONDecodeError('expected a list of orders or {"orders": [...]}', "", 0)
    for i, record in enumerate(orders, 1):
        yield _("order {i}").format(i=i), record


def _json_int(digits: str) -> int | str:
    # Python refuses to read more than 4300 digits; a number that long is not an order field.
    return int(digits) if len(digits) <= 30 else digits


class _NotANumber(str):
    """JSON's non-standard NaN / Infinity, kept as text so the field is refused as 'not an amount'."""


def _json_records_one_by_one(text: str) -> Iterator[tuple[str, Any]]:
    spans = _list_item_spans(text)
    for i, (start, end) in enumerate(spans, 1):
        where = _("order {i}").format(i=i)
        try:
            record = json.loads(text[start:end], parse_float=Decimal, parse_int=_json_int, parse_constant=_NotANumber)
        except RecursionError:
            record = _TooDeep()
        yield where, record


class _TooDeep:
    pass


def _list_item_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of each item of the orders list (top-level list, or the list under "orders"),
    found by counting brackets outside strings: no recursion, so any depth is fine."""
    depth, in_string, escaped = 0, False, False
    list_depth: int | None = None
    key_start, last_key = -1, ""
    spans: list[tuple[int, int]] = []
    item_start = -1
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
                if depth == 1 and list_depth is None:
                    last_key = text[key_start + 1 : i]
            continue
        if ch == '"':
            in_string, key_start = True, i
            if list_depth is not None and depth == list_depth and item_start < 0:
                item_start = i
        elif ch in "[{":
            if list_depth is None and ch == "[" and (depth == 0 or (depth == 1 and last_key == "orders")):
                list_depth = depth + 1
            elif list_depth is not None and depth == list_depth and item_start < 0:
                item_start = i
            depth += 1
        elif ch in "]}":
            depth -= 1
            if list_depth is not None and depth == list_depth - 1:
                if item_start >= 0:
                    spans.append((item_start, i))
                return spans
            if list_depth is not None and depth == list_depth and item_start >= 0:
                spans.append((item_start, i + 1))
                item_start = -1
        elif ch == "," and list_depth is not None and depth == list_depth:
            if item_start >= 0:
                spans.append((item_start, i))
            item_start = -1
        elif not ch.isspace() and list_depth is not None and depth == list_depth and item_start < 0:
            item_start = i
    raise json.JSONDecodeError("the list of orders is not closed", text, len(text))


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
        amounts: set[str] = set()  # the file's decimal sign is read from each different amount once
        for row in reader:
            if not any((v or "").strip() for k, v in row.items() if k is not None):
                continue  # Excel's trailing ';;;;' rows: nothing in them
            row["_row"] = reader.line_num
            amounts.update(row.get(c) or "" for c in _MONEY_COLUMNS)
            key = (row.get("external_id") or "").strip() or f"#row{reader.line_num}"
            groups.setdefault(key, (reader.line_num, []))[1].append(row)
    decimal_sign = file_decimal_sign(amounts)
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
            "lines": [{k: r.get(k, "") for k in ("sku", "name", "quantity", "unit_price", "weight_g", "_row")} for r in rows],
            "notes": first.get("notes", ""),
            "_row": line_num,
            "_decimal_sign": decimal_sign,
        }  # fmt: skip
        yield _("row {n}").format(n=line_num), record


_MONEY_COLUMNS = ("shipping_fee", "paid", "unit_price")


def _delimiter(header: str) -> str:
    """Comma, or what the header is split by: Excel in Poland, Russia or Germany saves ';'."""
    return max((",", ";", "\t"), key=header.count) if header else ","


def parse_order(record: Any) -> NewOrder:
    """One JSON/CSV order record to a NewOrder; a ValidationError names the field to fix."""
    if isinstance(record, _TooDeep):
        raise ValidationError(_("the order is nested too deep to be an order; check how the file was made"))
    if not isinstance(record, dict):
        raise ValidationError(_("expected an object with customer, delivery, payment and lines"))
    csv_row = record.get("_row")
    sign = record.get("_decimal_sign")
    customer = values.section(record, "customer")
    delivery = values.section(record, "delivery")
    payment = values.section(record, "payment")
    address = values.section(delivery, "address")
    currency = values.text(payment, "currency")
    if not currency:
        raise ValidationError(_("payment.currency is missing (e.g. PLN)"), field="currency")
    Money.zero(currency)  # a currency code of three letters, or a clear error
    lines = []
    for n, line in enumerate(values.items(record, "lines"), 1):
        if not isinstance(line, dict):
            raise ValidationError(_("line {n}: expected an object with sku and quantity").format(n=n), field="lines")
        row = line.get("_row")
        where = (
            _("line {n} (row {r}), column {c}").format(n=n, r=row, c="{c}")
            if row
            else _("line {n}: {c}").format(n=n, c="{c}")
        )
        quantity = line.get("quantity", "")
        if isinstance(quantity, str) and quantity.strip() and not quantity.strip().lstrip("+-").isdigit():
            raise ValidationError(
                _("line {n}: quantity '{q}' is not a whole number").format(n=n, q=quantity[:40]), field="quantity"
            )
        quantity = values.whole_number(quantity, where.format(c="quantity"), low=1, high=MAX_QUANTITY)
        price = line.get("unit_price")
        weight = line.get("weight_g")
        lines.append(
            NewLine(
                sku=values.text(line, "sku"), quantity=quantity, name=values.text(line, "name") or None,
                unit_price_minor=(
                    values.amount(price, currency, where.format(c="unit_price"), sign).minor
                    if price not in (None, "") else None
                ),
                weight_g=(
                    values.whole_number(weight, where.format(c="weight_g"), low=0, high=MAX_WEIGHT_G)
                    if weight not in (None, "") else None
                ),
            )
        )  # fmt: skip
    created = values.created_at(values.text(record, "created_at"))
    column = (lambda c: _("row {r}, column {c}").format(r=csv_row, c=c)) if csv_row else (lambda c: f"payment.{c}")
    new = NewOrder(
        customer=Customer(None, values.text(customer, "name"), phone=values.text(customer, "phone"), email=values.text(customer, "email"), language=values.text(customer, "language")),
        lines=lines,
        delivery_method=values.text(delivery, "method"),
        payment_method=values.text(payment, "method"),
        currency=currency,
        address=Address(**{k: values.text(address, k) for k in ("recipient", "line1", "line2", "city", "postcode", "region", "country")}),
        pickup_point_code=values.text(delivery, "pickup_point_code"),
        shipping_fee_minor=values.amount(payment.get("shipping_fee") or "0", currency, column("shipping_fee"), sign).minor,
        amount_paid_minor=values.amount(payment.get("paid") or "0", currency, column("paid"), sign).minor,
        external_id=values.text(record, "external_id"),
        source=values.text(record, "source") or "import",
        notes=values.text(record, "notes"),
        created_at=created,
    )  # fmt: skip
    _check_delivery_address(new)
    return new


def _check_delivery_address(new: NewOrder) -> None:
    """A parcel sent by a carrier or a courier needs somewhere to go: a street or a pickup point."""
    if str(new.delivery_method) not in (DeliveryMethod.CARRIER.value, DeliveryMethod.OWN_COURIER.value):
        return
    if new.pickup_point_code or (new.address.line1 and new.address.city):
        return
    raise ValidationError(
        _("delivery by {m} needs an address (line1 and city) or a pickup point code").format(m=new.delivery_method),
        field="address",
    )


def phone_warning(new: NewOrder, default_country: str) -> str | None:
    """The import keeps a number it cannot read (the customer may still answer it), but says so."""
    if not new.customer.phone:
        return None
    _phone, valid = normalize_phone(new.customer.phone, default_country)
    if valid:
        return None
    return _("phone '{p}' is not a valid number; the order is kept, check the number with the customer").format(
        p=new.customer.phone[:40]
    )
