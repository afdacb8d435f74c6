"""Everything about one order, and the edits its status allows.

Fields that may change are editable; the order service has the last word: its
``ValidationError(field=...)`` is shown under that field, a ``ConflictError`` (someone else
changed the order meanwhile) reloads the order and says so, nothing is overwritten.

The window is built from one module per part: ``customer_form`` (left), ``items_tab``,
``delivery_tab``, ``holds_tab`` and ``history_view``; each builds its widgets onto the window,
shows an order in them and (for the editable ones) says what the form changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from orderdesk.domain import Actor, OrderDetail
from orderdesk.errors import ConflictError, OrderDeskError, ValidationError
from orderdesk.i18n import current_language
from orderdesk.services.orders import OrderEdit, OrderService
from orderdesk.services.sync import StoredEvent, tracking_events
from orderdesk.ui.board.style import status_color
from orderdesk.ui.carriers import attach_carriers
from orderdesk.ui.channels import attach_channels
from orderdesk.ui.complaints import attach_complaints
from orderdesk.ui.crash import ErrorReporter
from orderdesk.ui.notifications import attach_message_log
from orderdesk.ui.order_details import customer_form, delivery_tab, history_view, holds_tab, items_tab
from orderdesk.ui.order_details.work_strip import attach_work
from orderdesk.ui.printing import attach_printing
from orderdesk.ui.records_model import RecordsModel
from orderdesk.ui.return_parcel import attach_return_parcel
from orderdesk.ui.returns import attach_returns
from orderdesk.ui.tasks import TaskRunner
from orderdesk.ui.times import when
from orderdesk.ui.widgets import FieldError
from orderdesk.workflow import label


class OrderDetailsWindow(QWidget):
    changed = Signal()  # saved something: the board refreshes
    loaded = Signal(object)  # OrderDetail, after every (re)load

    def __init__(
        self,
        service: OrderService,
        runner: TaskRunner,
        order_id: int,
        actor: Callable[[], Actor],
        reporter: ErrorReporter | None = None,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("orderDetails")
        self.service, self.runner, self.order_id, self.actor = service, runner, order_id, actor
        self.reporter = reporter
        self.language = language or current_language()  # the interface language set at start-up
        self.detail: OrderDetail | None = None
        self._close_armed = False  # a close with unsaved edits warns first
        self.errors: dict[str, FieldError] = {}
        self.setWindowTitle(self.tr("Order"))

        self.title = QLabel(objectName="title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.banner = FieldError()
        self.banner.setObjectName("banner")

        left_scroll = customer_form.build_customer_form(self)  # left: customer, address, notes
        # right: items, payment & delivery, holds, history
        items = items_tab.build_items_tab(self)
        delivery = delivery_tab.build_delivery_tab(self)
        holds = holds_tab.build_holds_tab(self)
        history_view.build_history(self)

        self.tabs = QTabWidget(objectName="detailTabs")
        self.tabs.addTab(items, self.tr("Items && payment"))
        self.tabs.addTab(delivery, self.tr("Delivery && shipments"))
        self.tabs.addTab(holds, self.tr("Holds"))

        # The history stays in view under the tabs: it is the order's story (who, when, what, why).
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.tabs)
        right.addWidget(history_box)
        right.setSizes([420, 300])
        splitter = QSplitter()
        splitter.addWidget(left_scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)

        self.save_button = QPushButton(self.tr("Save changes (Ctrl+S)"), objectName="save")
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton(self.tr("Reload"), objectName="reload")
        self.reload_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addWidget(self.banner)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        attach_printing(self)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(1200, 760)
        self.setEnabled(False)  # until the order is read
        attach_carriers(self)  # "Buy label…" on the delivery tab
        attach_channels(self)  # the store's status beside the desk's and the carrier's
        attach_message_log(self)
        attach_work(self)  # Priority and Assigned to, under the title
        attach_returns(self)  # the Returns tab: the order's returns, Create return…
        attach_complaints(self)  # the order's complaints, a new one, the decision
        attach_return_parcel(self)  # "Return parcel…": the customer's parcel coming back, tracked
        self.reload()

    # -- helpers ------------------------------------------------------------------------------------------
    def with_error(self, field: QWidget, key: str) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(field)
        error = FieldError()
        v.addWidget(error)
        self.errors[key] = error
        return box

    def records_table(self, model: RecordsModel, name: str) -> QTableView:
        view = QTableView(objectName=name)
        view.setModel(model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.horizontalHeader().setStretchLastSection(True)
        # Fit the columns to what was read (tracking numbers were cut to "OW5244196…").
        view.horizontalHeader().setMaximumSectionSize(420)
        model.modelReset.connect(view.resizeColumnsToContents)
        return view

    def error_text(self, key: str) -> str:
        error = self.errors[key]
        return error.text() if not error.isHidden() else ""

    # -- loading -------------------------------------------------------------------------------------------
    def reload(self) -> None:
        service, order_id = self.service, self.order_id

        def read() -> tuple[OrderDetail, list[StoredEvent]]:
            detail = service.get_by_id(order_id)
            return detail, tracking_events(service.db, detail.number) if detail.shipments else []

        def show(result: tuple[OrderDetail, list[StoredEvent]]) -> None:
            self.show_detail(result[0])
            self.show_events(result[1])

        self.runner.run(read, show, self._failed, label=self.tr("Reading the order…"))

    def show_events(self, events: list[StoredEvent]) -> None:
        delivery_tab.show_events(self, events)

    def show_detail(self, d: OrderDetail) -> None:
        self.detail = d
        lang = self.language
        self.setEnabled(True)
        self.setWindowTitle(self.tr("Order %1").replace("%1", d.number))
        accent = status_color(d.status, self.palette()).name()
        holds = "".join(
            f" &nbsp;<span style='color:#c0392b'>⚠ {holds_tab.hold_label(self, h.kind)}</span>" for h in d.active_holds
        )
        self.title.setText(
            f"<span style='font-size:16pt; font-weight:bold'>{d.number}</span> &nbsp; "
            f"<span style='color:{accent}; font-weight:bold'>● {label(d.status, lang)}</span>{holds}<br>"
            + self.tr("Created %1 from %2 · in this status since %3 · version %4")
            .replace("%1", when(d.created_at))
            .replace("%2", self._source_text(d.source))
            .replace("%3", when(d.status_changed_at))
            .replace("%4", str(d.version))
            + (" · " + self.tr("external id %1").replace("%1", d.external_id) if d.external_id else "")
        )
        customer_form.show_customer(self, d)
        items_tab.show_items(self, d)
        delivery_tab.show_delivery(self, d)
        holds_tab.show_holds(self, d)
        history_view.show_history(self, d)
        self.loaded.emit(d)

    def _source_text(self, source: str) -> str:
        texts = {"phone": self.tr("phone"), "web": self.tr("web store"), "import": self.tr("file import"), "demo": self.tr("demo")}  # fmt: skip
        return texts.get(source, source)

    # -- editing -------------------------------------------------------------------------------------------
    def collect_edit(self) -> OrderEdit | None:
        """Only what changed, with the version we showed (so a change made meanwhile is detected)."""
        d = self.detail
        if d is None:
            return None
        for error in self.errors.values():
            error.clear_error()
        self.banner.clear_error()
        try:
            changes = self._changes(d)
        except ValidationError as exc:
            self.errors["shipping_fee"].show_error(str(exc))
            return None
        return OrderEdit(expected_version=d.version, **changes) if changes else OrderEdit()

    def has_unsaved_edits(self) -> bool:
        """Whether the form differs from the order it shows (an unreadable field counts)."""
        if self.detail is None:
            return False
        try:
            return bool(self._changes(self.detail))
        except ValidationError:
            return True

    def _changes(self, d: OrderDetail) -> dict:
        """The fields the form changed; ValidationError for a shipping fee that is not money."""
        return customer_form.customer_changes(self, d) | items_tab.item_changes(self, d)

    def save(self) -> None:
        edit = self.collect_edit()
        if edit is None or self.detail is None:
            return
        if edit == OrderEdit():
            self.banner.show_error(self.tr("Nothing to save."))
            return
        service, number, actor = self.service, self.detail.number, self.actor()
        self.save_button.setEnabled(False)
        self.runner.write(lambda: service.update_order(number, edit, actor), self.after_save, self.save_failed, label=self.tr("Saving…"))  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:
        # Esc closed the window and silently dropped edits (a new address typed in): the first
        # close now says so in the banner, a second one closes without saving.
        if not self._close_armed and self.has_unsaved_edits():
            self._close_armed = True
            self.banner.show_error(self.tr("Not saved yet: Ctrl+S saves the changes, Esc again closes without saving."))
            event.ignore()
            return
        self._close_armed = False
        super().closeEvent(event)

    def after_save(self, detail: OrderDetail) -> None:
        self.save_button.setEnabled(True)
        self.show_detail(detail)
        self.banner.show_error("")
        self.changed.emit()

    def save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ConflictError):
            self.banner.show_error(str(exc))
            self.reload()  # show what the other person saved; their change is never overwritten
            self.changed.emit()
        elif isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors[exc.field].show_error(str(exc))
        elif isinstance(exc, OrderDeskError):
            self.banner.show_error(str(exc))
        else:
            self._failed(exc)

    def ask_new_hold(self) -> tuple[str, str] | None:
        """(kind, reason) from the person, or None; a test replaces this method."""
        return holds_tab.ask_new_hold(self)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OrderDeskError):
            self.banner.show_error(str(exc))
            self.setEnabled(True)
        elif self.reporter is not None:
            self.reporter.report(exc, self.tr("Order details"))
        else:
            self.runner.default_failure(exc)
