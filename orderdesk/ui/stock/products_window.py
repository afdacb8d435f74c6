"""The Products window: search (typed or scanned), the lazily-fetched table, the editor beside it.

A product is archived, never deleted. Every read and write goes through the task runner; the
window shows what the catalogue service answers, and a refusal next to the field it is about.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk.db import Database
from orderdesk.domain import Actor, Product
from orderdesk.errors import OrderDeskError, ValidationError
from orderdesk.services.stock import Catalogue, ProductDraft
from orderdesk.ui.scanner import ScannerConfig, ScannerFilter
from orderdesk.ui.stock.product_editor import ProductEditor
from orderdesk.ui.stock.products_model import ProductsModel
from orderdesk.ui.tasks import TaskRunner


class ProductsWindow(QMainWindow):
    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        actor: Callable[[], Actor],
        *,
        scanner: ScannerConfig | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productsWindow")
        self.setWindowTitle(self.tr("Products"))
        self.catalogue = Catalogue(db)
        self.runner = runner
        self.actor = actor
        self.model = ProductsModel(self._fetch, runner.run, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("productSearch")
        self.search.setPlaceholderText(self.tr("SKU, name or barcode — or scan"))
        self.search.setClearButtonEnabled(True)
        self.archived = QCheckBox(self.tr("Show archived"), self)
        self.new_button = QPushButton(self.tr("New product"), self)
        self.new_button.setObjectName("newProduct")
        self.count = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("productsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((110, 260, 120, 70, 70, 70, 70, 80, 170, 90)):
            self.table.setColumnWidth(column, width)
        self.editor = ProductEditor(self)
        self.status = QLabel(self)
        self.status.setObjectName("productsStatus")
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(8000)
        self._status_timer.timeout.connect(self.status.clear)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.archived)
        top.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.count)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self.resize(1240, 720)

        self.search.textChanged.connect(lambda text: self.model.search(text))
        self.search.returnPressed.connect(self._pick_single)
        self.archived.toggled.connect(lambda on: self.model.search(self.search.text(), archived=on))
        self.new_button.clicked.connect(self._new)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._selected(current.row()))
        self.model.loaded.connect(self._loaded)
        self.model.load_failed.connect(lambda exc: self._show_status(str(exc), error=True))
        self.editor.save_requested.connect(self._save)
        self.editor.archive_requested.connect(self._archive)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        new = QAction(self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self._new)
        self.addAction(new)

        # A scan anywhere in the window looks the code up, whichever field has the focus.
        self.scanner = ScannerFilter(self, scanner)
        self.scanner.scanned.connect(self.scanned)
        self.scanner.install()
        self._select_after_load = ""
        self.model.search("")

    # -- reading
    def _fetch(self, text: str, after: str, limit: int, archived: bool) -> list[Product]:
        return self.catalogue.page(text, after=after, limit=limit, archived=archived)

    def _loaded(self, rows: int) -> None:
        more = "+" if self.model.canFetchMore() else ""
        self.count.setText(self.tr("{n} products").format(n=f"{rows}{more}"))
        wanted, self._select_after_load = self._select_after_load, ""
        if wanted:
            row = self.model.row_of(wanted)
            if row < 0 and rows == 1:
                row = 0  # found by barcode
            if row >= 0:
                self.table.selectRow(row)
                self._selected(row)

    def scanned(self, code: str) -> None:
        """A scanner burst: search for the code and open the product it finds."""
        self._select_after_load = code
        self.search.blockSignals(True)
        self.search.setText(code)
        self.search.blockSignals(False)
        self.model.search(code)

    def _pick_single(self) -> None:
        if self.model.rowCount() >= 1:
            self.table.selectRow(0)
            self._selected(0)
            self.editor.name.setFocus()

    def _selected(self, row: int) -> None:
        product = self.model.product(row)
        if product is not None:
            self.editor.show_product(product)

    def _new(self) -> None:
        self.table.clearSelection()
        self.editor.new_product()
        self.editor.sku.setFocus()

    # -- writing
    def _save(self, draft: ProductDraft) -> None:
        self.editor.save_button.setEnabled(False)
        self.runner.write(
            lambda: self.catalogue.save(draft), self._saved, self._refused, label=self.tr("Saving the product")
        )

    def _saved(self, product: Product) -> None:
        self.editor.save_button.setEnabled(True)
        self.editor.show_product(product)
        if self.model.replace(product) < 0:
            self._select_after_load = product.sku
            self.model.refresh()
        self._show_status(self.tr("{sku} saved").format(sku=product.sku))

    def _archive(self, sku: str, archive: bool) -> None:
        self.runner.write(
            lambda: self.catalogue.set_archived(sku, archive),
            self._archived,
            self._refused,
            label=self.tr("Archiving the product"),
        )

    def _archived(self, product: Product) -> None:
        self.editor.show_product(product)
        self.model.refresh()
        message = self.tr("{sku} archived") if product.archived else self.tr("{sku} is back in the catalogue")
        self._show_status(message.format(sku=product.sku))

    def _refused(self, exc: BaseException) -> None:
        self.editor.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field:
            self.editor.show_error(exc)
        elif isinstance(exc, OrderDeskError):
            self._show_status(str(exc), error=True)
        else:
            self.runner.default_failure(exc)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b3261e;" if error else "")
        self.status.setText(text)
        self._status_timer.stop()
        if not error:
            self._status_timer.start()

    def showEvent(self, event) -> None:
        self.scanner.install()  # again after a close: the window is kept and shown anew
        super().showEvent(event)

    def closeEvent(self, event) -> None:
        self.scanner.uninstall()
        super().closeEvent(event)
