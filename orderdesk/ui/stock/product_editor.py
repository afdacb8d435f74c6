"""Edit one product: every field with its own error line under it, filled from the service's answer.

The form only collects text; the catalogue service checks it (check digits, a barcode of another
product, negative numbers) and names the field, which this form shows next to that field.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orderdesk.domain import Product
from orderdesk.errors import ValidationError
from orderdesk.money import Money
from orderdesk.services.stock import ProductDraft

FIELDS = (
    "sku",
    "name",
    "price",
    "barcode",
    "bin_location",
    "supplier",
    "reorder_point",
    "reorder_quantity",
    "weight_g",
)
ERROR_STYLE = "color: #b3261e;"


class ProductEditor(QWidget):
    save_requested = Signal(object)  # ProductDraft
    archive_requested = Signal(str, bool)  # sku, archive (False: restore)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productEditor")
        self._product: Product | None = None
        self.sku = QLineEdit(self)
        self.name = QLineEdit(self)
        self.price = QLineEdit(self)
        self.price.setPlaceholderText("12.50")
        self.currency = QLineEdit("PLN", self)
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(60)
        self.barcode = QLineEdit(self)
        self.barcode.setPlaceholderText(self.tr("one or more, separated by spaces"))
        self.bin_location = QLineEdit(self)
        self.supplier = QLineEdit(self)
        self.reorder_point = QSpinBox(self)
        self.reorder_quantity = QSpinBox(self)
        self.weight_g = QSpinBox(self)
        for spin in (self.reorder_point, self.reorder_quantity):
            spin.setRange(0, 1_000_000)
        self.weight_g.setRange(0, 1_000_000)
        self.weight_g.setSuffix(" g")
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        price_row = QHBoxLayout()
        price_row.addWidget(self.price, 1)
        price_row.addWidget(self.currency)
        labels = {
            "sku": self.tr("SKU"),
            "name": self.tr("Name"),
            "price": self.tr("Price"),
            "barcode": self.tr("Barcodes"),
            "bin_location": self.tr("Bin"),
            "supplier": self.tr("Supplier"),
            "reorder_point": self.tr("Re-order at"),
            "reorder_quantity": self.tr("Usual order"),
            "weight_g": self.tr("Weight"),
        }
        for key in FIELDS:
            editor = getattr(self, key)
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addLayout(price_row) if key == "price" else box.addWidget(editor)
            error = QLabel(self)
            error.setObjectName(f"error_{key}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.errors[key] = error
            form.addRow(labels[key], box)
        self.stock_line = QLabel(self)
        self.stock_line.setObjectName("stockLine")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveProduct")
        self.save_button.setDefault(True)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.archive_button.setObjectName("archiveProduct")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stock_line)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self._save)
        self.archive_button.clicked.connect(self._archive)
        for key in ("sku", "name", "price", "barcode", "bin_location", "supplier"):
            getattr(self, key).returnPressed.connect(self._save)
        self.new_product()

    def new_product(self) -> None:
        self._product = None
        for key in ("sku", "name", "price", "barcode", "bin_location", "supplier"):
            getattr(self, key).clear()
        for key in ("reorder_point", "reorder_quantity", "weight_g"):
            getattr(self, key).setValue(0)
        self.sku.setReadOnly(False)
        self.stock_line.setText(self.tr("New product"))
        self.archive_button.setEnabled(False)
        self.clear_errors()

    def show_product(self, product: Product) -> None:
        self._product = product
        self.sku.setText(product.sku)
        self.sku.setReadOnly(True)  # the SKU is how the store and the ledger know it
        self.name.setText(product.name)
        self.price.setText(str(product.price.decimal))
        self.currency.setText(product.price.currency)
        self.barcode.setText(" ".join(product.barcodes or ((product.barcode,) if product.barcode else ())))
        self.bin_location.setText(product.bin_location)
        self.supplier.setText(product.supplier)
        self.reorder_point.setValue(product.reorder_point)
        self.reorder_quantity.setValue(product.reorder_quantity)
        self.weight_g.setValue(product.weight_g)
        self.stock_line.setText(
            self.tr("{sku}: {on_hand} on hand, {reserved} reserved, {available} available").format(
                sku=product.sku, on_hand=product.stock_on_hand, reserved=product.reserved, available=product.available
            )
            + (self.tr(" (archived)") if product.archived else "")
        )
        self.archive_button.setEnabled(True)
        self.archive_button.setText(self.tr("Restore") if product.archived else self.tr("Archive"))
        self.clear_errors()

    @property
    def product(self) -> Product | None:
        return self._product

    def draft(self) -> ProductDraft:
        """What the form holds; a price that is not an amount is refused here, under its field."""
        text = self.price.text().strip()
        currency = self.currency.text().strip().upper() or "PLN"
        try:
            price = Money.parse(text, currency) if text else None
        except (ValidationError, ValueError) as exc:
            raise ValidationError(str(exc), field="price") from None
        return ProductDraft(
            sku=self.sku.text().strip(),
            name=self.name.text(),
            price=price,
            barcodes=self.barcode.text().replace(",", " ").split(),
            weight_g=self.weight_g.value(),
            bin_location=self.bin_location.text(),
            supplier=self.supplier.text(),
            reorder_point=self.reorder_point.value(),
            reorder_quantity=self.reorder_quantity.value(),
        )

    def show_error(self, exc: ValidationError) -> None:
        """Under the field it is about (the first field for a message about none)."""
        self.clear_errors()
        key = {"barcodes": "barcode", "quantity": "reorder_point", "currency": "price"}.get(exc.field or "", exc.field)
        label = self.errors.get(key or "") or self.errors["sku"]
        label.setText(str(exc))
        label.show()
        widget = getattr(self, key) if key in FIELDS else self.sku
        widget.setFocus()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def _save(self) -> None:
        try:
            draft = self.draft()
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.clear_errors()
        self.save_requested.emit(draft)

    def _archive(self) -> None:
        if self._product is not None:
            self.archive_requested.emit(self._product.sku, not self._product.archived)
