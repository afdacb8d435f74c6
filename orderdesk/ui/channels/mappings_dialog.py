"""Channels → Store mappings…: the owner's two tables for a store, edited and saved together.

Shipping methods (the ones seen in the store's orders and the built-in ones) → the desk's delivery
methods, and the desk's statuses → the store status a push sends. Reading and saving run on
workers (services/channels/mappings.py: validated there, saved in the store's settings under a
lock); a wrong pair is shown in the dialog and nothing is saved. Edits not saved yet are never
dropped silently: switching to another store or closing asks Save / Discard / Cancel first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk.errors import OrderDeskError
from orderdesk.services.channels.mappings import StoreMappings, check_shipping, load_mappings, save_mappings
from orderdesk.services.channels.registry import list_channels
from orderdesk.ui.channels.mappings_model import ChoiceDelegate, MappingModel, Row
from orderdesk.ui.notifications.unsaved import CANCEL, SAVE, ask_unsaved, may_close
from orderdesk.ui.store_words import delivery_text, store_status_text
from orderdesk.workflow import DeliveryMethod, label


class StoreMappingsDialog(QDialog):
    saved = Signal(object)  # StoreMappings

    def __init__(self, service: Any, runner: Any, parent: QWidget | None = None, language: str | None = None):
        super().__init__(parent)
        self.setObjectName("storeMappingsDialog")
        self.setWindowTitle(self.tr("Store mappings"))
        self.service, self.runner, self.language = service, runner, language
        self.mappings: StoreMappings | None = None
        self.shown = ""  # the store whose tables are shown
        self._loaded: tuple[dict[str, str], dict[str, str]] | None = None  # the tables as read
        self.ask_unsaved: Callable[[], str] = self._ask_unsaved  # tests answer for the person
        self.store = QComboBox(objectName="mappingStore")
        self.store.currentIndexChanged.connect(self._store_chosen)

        deliveries = [(d.value, delivery_text(d.value)) for d in DeliveryMethod]
        self.shipping = MappingModel(
            [self.tr("Store's method"), self.tr("Name in the store"), self.tr("Delivery at the desk")],
            deliveries,
            free_text=False,
            parent=self,
        )
        self.statuses = MappingModel(
            [self.tr("Desk status"), self.tr("Store status sent")], [], free_text=True, parent=self
        )
        self.shipping_view = self._table(self.shipping, "shippingMappings")
        self.status_view = self._table(self.statuses, "statusMappings")

        self.new_method = QLineEdit(objectName="newMethod")
        self.new_method.setPlaceholderText(self.tr("a method id, e.g. flat_rate:3"))
        self.add_button = QPushButton(self.tr("Add method"), objectName="addMethod")
        self.add_button.clicked.connect(self.add_method)
        self.new_method.returnPressed.connect(self.add_method)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_method, 1)
        add_row.addWidget(self.add_button)

        shipping_box = QGroupBox(self.tr("Shipping methods → delivery (orders coming in)"))
        sl = QVBoxLayout(shipping_box)
        hint = QLabel(
            self.tr(
                "A method with a number (flat_rate:3) is one shipping zone's; it follows its method's row "
                "until you change it. Methods the store's orders used are listed with their names."
            )
        )
        hint.setWordWrap(True)
        sl.addWidget(hint)
        sl.addWidget(self.shipping_view)
        sl.addLayout(add_row)
        status_box = QGroupBox(self.tr("Desk status → store status (sent to the store)"))
        tl = QVBoxLayout(status_box)
        status_hint = QLabel(
            self.tr(
                "Choose \u201c\u2014\u201d to tell the store nothing about a step. A plugin's own status "
                "(e.g. shipped) can be typed in. A payment is always recorded in the store as paid, and a "
                "refund of money as a refund."
            )
        )
        status_hint.setWordWrap(True)
        tl.addWidget(status_hint)
        tl.addWidget(self.status_view)

        self.result = QLabel(objectName="mappingResult")
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Store"), self.store)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        tables = QHBoxLayout()
        tables.addWidget(shipping_box, 3)
        tables.addWidget(status_box, 2)
        layout.addLayout(tables, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.resize(1180, 640)  # the delivery names in ru/pl need the width; fits a 1280-wide screen
        self.result.setText(self.tr("Loading…"))
        db = service.db
        self.runner.run(lambda: [c.name for c in list_channels(db)], self._stores, self._failed)

    def _table(self, model: MappingModel, name: str) -> QTableView:
        view = QTableView(objectName=name)
        view.setModel(model)
        view.setItemDelegateForColumn(model.value_column, ChoiceDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return view

    # ------------------------------------------------------------------ loading
    def _stores(self, names: list[str]) -> None:
        if not names:
            self.result.setText(self.tr("No store is connected yet: Channels → Add WooCommerce store…"))
            return
        self.store.blockSignals(True)
        self.store.addItems(names)
        self.store.blockSignals(False)
        self._store_chosen()

    def _store_chosen(self) -> None:
        name = self.store.currentText()
        if not name or name == self.shown:
            return
        if self.is_dirty():
            previous = self.shown
            answer = self.ask_unsaved()
            if answer == CANCEL or answer == SAVE:
                self._show_store_name(previous)  # the tables are still the previous store's
            if answer == CANCEL:
                return
            if answer == SAVE:  # the previous store's edits first; a refusal stays there with the reason
                self.save(then=lambda: self._show_store_name(name, load=True))
                return
        self._load(name)

    def _show_store_name(self, name: str, *, load: bool = False) -> None:
        self.store.blockSignals(True)
        self.store.setCurrentText(name)
        self.store.blockSignals(False)
        if load:
            self._load(name)

    def _load(self, name: str) -> None:
        self.mappings, self._loaded, self.shown = None, None, name
        self.save_button.setEnabled(False)
        self.result.setText(self.tr("Loading…"))
        db = self.service.db
        self.runner.run(lambda: load_mappings(db, name), self.show_mappings, self._failed)

    def show_mappings(self, mappings: StoreMappings) -> None:
        self.mappings = mappings
        zoned = {r.method.split(":", 1)[0] for r in mappings.shipping if ":" in r.method}
        any_zone = self.tr("(any zone not listed)")
        self.shipping.set_rows(
            [
                Row(r.method, r.method, r.title or (any_zone if r.method in zoned else ""), r.delivery, r.default)
                for r in mappings.shipping
            ]
        )
        choices = [("", "—")] + [(s, store_status_text(s)) for s in mappings.store_statuses]
        self.statuses.set_rows(
            [Row(r.desk, label(r.desk, self.language), "", r.store, r.default) for r in mappings.statuses], choices
        )
        self._loaded = (self.shipping.values(), self.statuses.values())
        self.result.setText("")
        self.save_button.setEnabled(True)

    def is_dirty(self) -> bool:
        """Edits not saved yet: a row changed or a method added since the tables were read."""
        return self._loaded is not None and (self.shipping.values(), self.statuses.values()) != self._loaded

    def _ask_unsaved(self) -> str:
        return ask_unsaved(
            self, self.tr("The mappings of store %1 have changes that are not saved.").replace("%1", self.shown)
        )

    def reject(self) -> None:
        """Cancel, Escape and the window's close button all come here (QDialog.closeEvent calls it)."""
        if not self.is_dirty() or may_close(self.ask_unsaved, self.save, lambda: None):
            super().reject()

    # ------------------------------------------------------------------ editing
    def add_method(self) -> None:
        method = self.new_method.text().strip()
        if not method:
            return
        try:
            check_shipping({method: DeliveryMethod.CARRIER.value})
        except OrderDeskError as exc:
            self.result.setText("✖ " + str(exc))
            return
        base = method.split(":", 1)[0]
        inherited = self.shipping.values().get(base, DeliveryMethod.CARRIER.value)
        at = self.shipping.add_row(Row(method, method, "", inherited, inherited))
        self.shipping_view.selectRow(at)
        self.shipping_view.edit(self.shipping.index(at, self.shipping.value_column))
        self.new_method.clear()
        self.result.setText("")

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the shown store's tables; then close, or ``then`` (another store chosen meanwhile)."""
        name = self.shown
        if self.mappings is None or not name:
            return
        shipping, statuses = self.shipping.values(), self.statuses.values()
        self.save_button.setEnabled(False)
        self.result.setText(self.tr("Saving…"))
        db = self.service.db

        def done(mappings: StoreMappings) -> None:
            self._loaded = (shipping, statuses)
            self.saved.emit(mappings)
            if then is None:
                self.accept()
            else:
                then()

        self.runner.write(lambda: save_mappings(db, name, shipping=shipping, statuses=statuses), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self.mappings is not None)
        if isinstance(exc, OrderDeskError):
            self.result.setText("✖ " + str(exc))
            return
        self.result.setText("✖ " + self.tr("Reading or saving the mappings failed unexpectedly; see the log."))
        reporter = getattr(self.parent(), "reporter", None)
        if reporter is not None:
            reporter.report(exc)
