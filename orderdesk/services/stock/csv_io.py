"""Products to and from CSV, with the same habits as the order import: UTF-8 with or without a
BOM (Excel's "CSV UTF-8"), ``;`` or ``,`` (Excel in Poland, Russia or Germany saves ``;``), a
decimal comma in prices, and an error per row (the good rows go in, a bad row says what to fix).

Columns (the first line names them, in any order; only ``sku`` is required, and ``name`` and
``price`` for a new product): ``EXPORT_COLUMNS``. ``barcodes`` holds one or more codes separated
by spaces or ``|``. ``on_hand``, when filled, is a count: the difference goes to the ledger.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from orderdesk import domain
from orderdesk.db import Database
from orderdesk.errors import OrderDeskError, ValidationError
from orderdesk.i18n import _
from orderdesk.models import ProductRow
from orderdesk.money import Money
from orderdesk.services.importers import _delimiter
from orderdesk.services.stock import ledger
from orderdesk.services.stock.catalogue import Catalogue, ProductDraft, save_in

EXPORT_COLUMNS = (
    "sku", "name", "price", "currency", "barcodes", "weight_g", "bin_location", "supplier", "reorder_point",
    "reorder_quantity", "on_hand", "reserved", "archived",
)  # fmt: skip
DEFAULT_CURRENCY = "PLN"


@dataclass
class ProductImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "row N: what to fix"

    @property
    def ok(self) -> bool:
        return not self.errors


def _int(row: dict, key: str, line: int) -> int | None:
    raw = (row.get(key) or "").strip().replace("\u00a0", "").replace(" ", "")
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise ValidationError(_("{k} '{v}' is not a whole number").format(k=key, v=raw), field=key) from None


def parse_row(row: dict, line: int, default_currency: str = DEFAULT_CURRENCY) -> tuple[ProductDraft, int | None]:
    """One CSV row to a draft and the counted stock (None: not given). Empty cells keep what is there."""

    def text(key: str) -> str | None:
        value = row.get(key)
        return None if value is None or not value.strip() else value.strip()

    currency = (text("currency") or default_currency).upper()
    price = text("price")
    codes = text("barcodes") or text("barcode")
    return (
        ProductDraft(
            sku=(row.get("sku") or "").strip(),
            name=text("name"),
            price=Money.parse(price, currency) if price else None,
            barcodes=codes.replace("|", " ").split() if codes else None,
            weight_g=_int(row, "weight_g", line),
            bin_location=text("bin_location"),
            supplier=text("supplier"),
            reorder_point=_int(row, "reorder_point", line),
            reorder_quantity=_int(row, "reorder_quantity", line),
        ),
        _int(row, "on_hand", line),
    )


def import_products(db: Database, path: Path, actor: domain.Actor, *, dry_run: bool = False) -> ProductImportReport:
    """Create or update products from a CSV file; ``dry_run`` checks every row and changes nothing."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError(_("Cannot read {p}: there is no such file.").format(p=path)) from None
    except UnicodeDecodeError:
        raise ValidationError(
            _(
                'Cannot read {p}: it is not UTF-8 text. Save it as UTF-8 (in Excel: "CSV UTF-8") and import it again.'
            ).format(p=path.name)
        ) from None
    except OSError as exc:
        raise ValidationError(_("Cannot read {p}: {e}").format(p=path.name, e=exc)) from None
    header = text.splitlines()[0] if text else ""
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(header))
    names = [n.strip().lower() for n in reader.fieldnames or ()]
    if "sku" not in names:
        found = ", ".join(reader.fieldnames or ()) or _("none")
        raise ValidationError(_("{p}: missing column sku (the first line has: {f})").format(p=path.name, f=found))
    reader.fieldnames = names
    report = ProductImportReport()
    with db.session(write=True) as s:
        for row in reader:
            line = reader.line_num
            try:
                draft, on_hand = parse_row(row, line)
                with s.begin_nested():  # a bad row rolls back alone
                    known = s.scalar(select(ProductRow.id).where(ProductRow.sku == draft.sku.strip()))
                    saved = save_in(s, draft)
                    if on_hand is not None:
                        ledger.count(s, saved.id, on_hand, actor=actor.name, reason=_("product import"))
                (report.updated if known else report.created).append(saved.sku)
            except OrderDeskError as exc:
                report.errors.append(_("row {n}: {e}").format(n=line, e=exc))
        if dry_run:
            s.rollback()  # every row was checked against the database as it would have become
    return report


def export_products(db: Database, out: io.TextIOBase, *, archived: bool = False, delimiter: str = ",") -> int:
    """Write the catalogue (archived products too when asked) as CSV; returns the number of products."""
    products = Catalogue(db).all_products(archived=archived)
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for p in products:
        writer.writerow(
            [
                p.sku,
                p.name,
                str(p.price.decimal),
                p.price.currency,
                " ".join(p.barcodes),
                p.weight_g,
                p.bin_location,
                p.supplier,
                p.reorder_point,
                p.reorder_quantity,
                p.stock_on_hand,
                p.reserved,
                "yes" if p.archived else "",
            ]
        )
    return len(products)
