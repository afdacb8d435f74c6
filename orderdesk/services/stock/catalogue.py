"""The product catalogue: find, search, save with validation, archive.

A product is never deleted (order lines and the ledger point at it); it is archived, which
hides it from search and the re-order list. ``find_by_sku`` is the stable look-up the store
channels use to match a web shop's products.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Integer, and_, column, func, select, table
from sqlalchemy import text as text_sql
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from orderdesk import domain, repository
from orderdesk.db import Database
from orderdesk.errors import NotFound, ValidationError
from orderdesk.i18n import _
from orderdesk.models import BarcodeRow, ProductRow
from orderdesk.money import Money
from orderdesk.search import fold, fts_expression
from orderdesk.services.stock import barcodes as codes
from orderdesk.services.stock import ledger

MAX_WEIGHT_G = 1_000_000  # a tonne: anything heavier is a typo in grams
FEW = 2_000  # matches up to which a search goes by the trigram index (more: by the SKU index)
# The SQLite trigram index over products.search_text (migration 0010_products_fts, rowid = products.id).
_FTS = table("products_fts", column("rowid", Integer))


@dataclass(frozen=True)
class ProductDraft:
    """A product as entered; None keeps an existing product's value (a new one gets the default)."""

    sku: str
    name: str | None = None
    price: Money | None = None
    barcodes: Sequence[str] | None = None  # the first is the main one, printed and shown
    weight_g: int | None = None
    bin_location: str | None = None
    supplier: str | None = None
    reorder_point: int | None = None
    reorder_quantity: int | None = None


def validate_draft(draft: ProductDraft, *, new: bool) -> list[str]:
    """Field checks that need no database; returns the cleaned barcodes. Raises ValidationError."""
    sku = draft.sku.strip()
    if not sku:
        raise ValidationError(_("A product needs a SKU."), field="sku")
    if len(sku) > 64 or any(ch.isspace() for ch in sku):
        raise ValidationError(_("A SKU has at most 64 characters and no spaces."), field="sku")
    if draft.name is not None and not draft.name.strip():
        raise ValidationError(_("Enter the product's name."), field="name")
    if new and draft.name is None:
        raise ValidationError(_("Enter the product's name."), field="name")
    if new and draft.price is None:
        raise ValidationError(_("Enter the product's price."), field="price")
    if draft.price is not None and draft.price.minor < 0:
        raise ValidationError(_("The price cannot be negative."), field="price")
    if draft.weight_g is not None and not 0 <= draft.weight_g <= MAX_WEIGHT_G:
        raise ValidationError(_("The weight is in grams, from 0 to 1,000,000."), field="weight_g")
    for value, name in ((draft.reorder_point, "reorder_point"), (draft.reorder_quantity, "reorder_quantity")):
        if value is not None and value < 0:
            raise ValidationError(_("This cannot be negative."), field=name)
    cleaned: list[str] = []
    for code in draft.barcodes or ():
        valid = codes.validate(code, field="barcode")
        if valid and valid not in cleaned:
            cleaned.append(valid)
    return cleaned


def _escaped(term: str) -> str:
    """A folded term as a LIKE pattern's literal part ('%' and '_' are plain characters here)."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_text_for(sku: str, name: str) -> str:
    """What search looks in: SKU and name folded (case, accents), so a plain LIKE finds 'swieca' in 'Świeca'."""
    return fold(f"{sku} {name}")


def save_in(s: Session, draft: ProductDraft) -> ProductRow:
    """Create or update a product in the caller's transaction."""
    row = s.scalar(select(ProductRow).where(ProductRow.sku == draft.sku.strip()))
    cleaned = validate_draft(draft, new=row is None)
    if row is None:
        row = ProductRow(
            sku=draft.sku.strip(),
            stock_on_hand=0,
            reserved=0,
            barcode="",
            weight_g=0,
            bin_location="",
            supplier="",
            reorder_point=0,
            reorder_quantity=0,
            archived=False,
            search_text="",
        )
        s.add(row)
    if draft.name is not None:
        row.name = draft.name.strip()
    if draft.price is not None:
        row.price_minor, row.currency = draft.price.minor, draft.price.currency
    if draft.weight_g is not None:
        row.weight_g = draft.weight_g
    if draft.bin_location is not None:
        row.bin_location = draft.bin_location.strip()[:32]
    if draft.supplier is not None:
        row.supplier = draft.supplier.strip()[:120]
    if draft.reorder_point is not None:
        row.reorder_point = draft.reorder_point
    if draft.reorder_quantity is not None:
        row.reorder_quantity = draft.reorder_quantity
    row.search_text = search_text_for(row.sku, row.name)
    s.flush()
    if draft.barcodes is not None:
        _set_barcodes(s, row, cleaned)
    return row


def _set_barcodes(s: Session, row: ProductRow, cleaned: list[str]) -> None:
    if cleaned:
        taken = s.execute(
            select(BarcodeRow.code, ProductRow.sku)
            .join(ProductRow, ProductRow.id == BarcodeRow.product_id)
            .where(BarcodeRow.code.in_(cleaned), BarcodeRow.product_id != row.id)
        ).first()
        if taken is not None:
            raise ValidationError(
                _("Barcode {c} already belongs to {sku}: one barcode, one product.").format(c=taken[0], sku=taken[1]),
                field="barcode",
            )
    keep = [b for b in row.barcodes if b.code in cleaned]
    for b in row.barcodes:
        if b.code not in cleaned:
            s.delete(b)
    s.flush()  # a code moved out before it is added again in another position
    existing = {b.code for b in keep}
    row.barcodes = keep + [BarcodeRow(code=c) for c in cleaned if c not in existing]
    row.barcodes.sort(key=lambda b: cleaned.index(b.code))
    row.barcode = cleaned[0] if cleaned else ""
    try:
        s.flush()
    except IntegrityError:
        # Another PC saved the same code a moment ago: the unique index is the last word.
        raise ValidationError(
            _("One of these barcodes was just given to another product. Check and try again."), field="barcode"
        ) from None


def product_for(s: Session, text: str) -> ProductRow | None:
    """The product with this SKU or barcode (what a scanner or a person typed), archived ones too."""
    value = text.strip()
    if not value:
        return None
    row = s.scalar(select(ProductRow).where(ProductRow.sku == value))
    if row is None:
        code = codes.normalize(value)
        row = s.scalar(
            select(ProductRow).join(BarcodeRow, BarcodeRow.product_id == ProductRow.id).where(BarcodeRow.code == code)
        )
    return row


class Catalogue:
    def __init__(self, db: Database) -> None:
        self.db = db

    def find_by_sku(self, sku: str) -> domain.Product | None:
        with self.db.session() as s:
            row = s.scalar(select(ProductRow).where(ProductRow.sku == sku.strip()))
            return repository.to_product(row) if row is not None else None

    def find(self, text: str) -> domain.Product:
        """By SKU or any barcode; NotFound says what was looked for."""
        with self.db.session() as s:
            row = product_for(s, text)
            if row is None:
                raise NotFound(_("No product with SKU or barcode '{t}'.").format(t=text.strip()))
            return repository.to_product(row)

    def save(self, draft: ProductDraft) -> domain.Product:
        with self.db.session(write=True) as s:
            return repository.to_product(save_in(s, draft))

    def set_archived(self, sku: str, archived: bool = True) -> domain.Product:
        with self.db.session(write=True) as s:
            row = s.scalar(select(ProductRow).where(ProductRow.sku == sku.strip()))
            if row is None:
                raise NotFound(_("No product with SKU '{t}'.").format(t=sku.strip()))
            if archived and row.reserved > 0:
                raise ValidationError(
                    _("{sku} is reserved for orders ({n}): finish or cancel them before archiving it.").format(
                        sku=row.sku, n=row.reserved
                    )
                )
            row.archived = archived
            s.flush()
            return repository.to_product(row)

    def search_ids(self, text: str = "", *, archived: bool = False, limit: int | None = None) -> list[int]:
        """Ids of matching products in SKU order: SKU or name contains the text, or a barcode is it."""
        stmt = select(ProductRow.id).order_by(ProductRow.sku)
        if not archived:
            stmt = stmt.where(ProductRow.archived.is_(False))
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.session() as s:
            if text.strip():
                stmt = stmt.where(self._match(s, text))
            return list(s.execute(stmt).scalars())

    def page(
        self, text: str = "", *, after: str = "", limit: int = 200, archived: bool = False
    ) -> list[domain.Product]:
        """The next ``limit`` matching products in SKU order after SKU ``after`` (keyset paging:
        the first page of 50,000 products costs what the first page of 50 does)."""
        stmt = select(ProductRow).options(selectinload(ProductRow.barcodes)).order_by(ProductRow.sku).limit(limit)
        if after:
            stmt = stmt.where(ProductRow.sku > after)
        if not archived:
            stmt = stmt.where(ProductRow.archived.is_(False))
        with self.db.session() as s:
            if text.strip():
                stmt = stmt.where(self._match(s, text))
            return [repository.to_product(row) for row in s.scalars(stmt)]

    def _match(self, s: Session, text: str):
        """SKU or name holds every word of the text (in any order, as order search does), or a
        barcode is the whole text."""
        value = text.strip()
        terms = list(dict.fromkeys(fold(value).split()))
        code = codes.normalize(value)
        by_barcode = ProductRow.id.in_(select(BarcodeRow.product_id).where(BarcodeRow.code == code))
        if any(len(t) >= 3 for t in terms):
            # Words few products hold: the trigram index names them without reading the other
            # 50,000. Words many hold: walking the SKU index with LIKE meets a page of them
            # almost at once.
            ids = self._few(s, terms)
            if len(ids) <= FEW:
                # The barcode's product by its own index too, so the page reads only these ids.
                ids += s.scalars(select(BarcodeRow.product_id).where(BarcodeRow.code == code))
                return ProductRow.id.in_(ids)
        every = [ProductRow.search_text.like(f"%{_escaped(t)}%", escape="\\") for t in terms]
        return and_(*every) | by_barcode

    def _few(self, s: Session, terms: list[str]) -> list[int]:
        """Up to FEW + 1 ids of products holding every term, found through the trigram index.

        SQLite asks products_fts for the words of three or more characters (each a quoted phrase
        of trigrams: the same substring match as LIKE), and checks the shorter ones on the rows it
        names. PostgreSQL gives its pg_trgm index (migration 0013_products_trgm) a bare LIKE on the
        longest word only (the one most likely to be rare) and checks the others with strpos,
        which the planner does not take to the index, as order search does (repository.apply_filter):
        every word's trigrams would make the index read the long lists of common ones too.
        """
        long_terms = [t for t in terms if len(t) >= 3]
        short = [t for t in terms if len(t) < 3]
        if self.db.is_sqlite:
            match = text_sql("products_fts MATCH :q").bindparams(q=fts_expression(long_terms))
            if not short:
                stmt = select(_FTS.c.rowid).where(match)
            else:
                stmt = select(ProductRow.id).join_from(ProductRow, _FTS, _FTS.c.rowid == ProductRow.id).where(match)
                stmt = stmt.where(*(func.instr(ProductRow.search_text, t) > 0 for t in short))
        else:
            key = max(long_terms, key=len)
            stmt = select(ProductRow.id).where(ProductRow.search_text.like(f"%{_escaped(key)}%", escape="\\"))
            stmt = stmt.where(*(func.strpos(ProductRow.search_text, t) > 0 for t in terms if t != key))
        return list(s.scalars(stmt.limit(FEW + 1)))

    def products(self, ids: Sequence[int]) -> list[domain.Product]:
        """The products with these ids, in the same order (missing ones left out)."""
        if not ids:
            return []
        with self.db.session() as s:
            stmt = select(ProductRow).options(selectinload(ProductRow.barcodes)).where(ProductRow.id.in_(list(ids)))
            rows = {r.id: r for r in s.scalars(stmt)}
            return [repository.to_product(rows[i]) for i in ids if i in rows]

    def all_products(self, *, archived: bool = False) -> list[domain.Product]:
        return self.products(self.search_ids(archived=archived))

    def counters(self, sku: str) -> ledger.Counters:
        with self.db.session() as s:
            row = product_for(s, sku)
            if row is None:
                raise NotFound(_("No product with SKU or barcode '{t}'.").format(t=sku.strip()))
            return ledger.counters(s, row.id)
