"""A list of messages with the full text of the selected one, "Resend…" and, for an "unknown —
check" message, "It arrived" / "It did not arrive": shared by the order's Messages tab and the
global Outbox window.

Reading goes to the pool, resending to the writer lane; the list reloads after every change and
keeps the selected message selected by its id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk.db import Database
from orderdesk.errors import OrderDeskError
from orderdesk.services.messaging.outbox import OutboxMessage, list_messages, mark_checked, resend
from orderdesk.ui.notifications.messages_model import MessagesModel, status_text, when
from orderdesk.ui.tasks import TaskRunner
from orderdesk.ui.widgets import FieldError

RESENDABLE = ("sent", "delivered", "failed", "unknown")  # the service refuses the ones still on their way


class MessageList(QWidget):
    loaded = Signal(int)  # number of messages shown
    resent = Signal(int)  # id of the new message
    checked = Signal(int)  # id of an "unknown — check" message a person closed

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        actor_name: Callable[[], str],
        columns: Sequence[str],
        parent: QWidget | None = None,
        *,
        kick: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor_name = db, runner, actor_name
        self.kick = kick  # asks the background sender for a round now (after a resend)
        self.confirm: Callable[[str], bool] = self._ask  # tests answer for the person
        self.order_number: str | None = None
        self.status_filter: str | None = None
        self.limit = 500
        self.failures_first = True
        self._reading = False
        self._again = False  # asked again (a filter changed) while a read was out

        self.model = MessagesModel(columns, self)
        self.table = QTableView(objectName="messages")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_selected())

        self.detail = QPlainTextEdit(objectName="messageDetail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Select a message to see its whole text and what happened to it."))
        self.error = FieldError()
        self.resend_button = QPushButton(self.tr("Resend…"), objectName="resend")
        self.resend_button.setToolTip(self.tr("Send this message again, as a new message written to the history"))
        self.resend_button.setEnabled(False)
        self.resend_button.clicked.connect(self.resend_selected)
        # An "unknown — check" message is closed by a person who looked in the gateway's log.
        self.arrived_button = QPushButton(self.tr("It arrived"), objectName="arrived")
        self.not_arrived_button = QPushButton(self.tr("It did not arrive"), objectName="notArrived")
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.error, 1)
        self.buttons.addStretch(1)  # buttons keep their size while there is no error to show
        for button, arrived in ((self.arrived_button, True), (self.not_arrived_button, False)):
            button.setToolTip(self.tr("After checking the gateway's own log: close this 'unknown — check' message"))
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, a=arrived: self.mark(a))
            self.buttons.addWidget(button)
        self.buttons.addWidget(self.resend_button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 120])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.top = QHBoxLayout()
        layout.addLayout(self.top)
        layout.addWidget(splitter, 1)
        layout.addLayout(self.buttons)

    # -- reading
    def refresh(self) -> None:
        if self._reading:
            self._again = True  # read once more when this one is back: the newest question wins
            return
        self._reading = True
        db, number, status, limit, first = (
            self.db, self.order_number, self.status_filter, self.limit, self.failures_first,
        )  # fmt: skip
        self.runner.run(
            lambda: list_messages(db, order_number=number, status=status, limit=limit, failures_first=first),
            self._show,
            self._read_failed,
            label=self.tr("Reading messages…"),
        )

    def _show(self, messages: list[OutboxMessage]) -> None:
        self._reading = False
        if self._again:  # the answer is to an older question (e.g. the filter before)
            self._again = False
            self.refresh()
            return
        selected = self.selected()
        self.model.set_messages(messages)
        if not self.table.property("sized"):
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
            self.table.setProperty("sized", bool(messages))
        if selected is not None:
            self.select(selected.id)
        self._show_selected()
        self.loaded.emit(len(messages))

    def _read_failed(self, exc: BaseException) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        self.error.show_error(self.tr("Could not read the messages: {e}").format(e=exc))

    def selected(self) -> OutboxMessage | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.message(index.row()) if index.isValid() else None

    def select(self, message_id: int) -> bool:
        row = self.model.row_of(message_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _show_selected(self) -> None:
        m = self.selected()
        self.resend_button.setEnabled(m is not None and m.status in RESENDABLE)
        for button in (self.arrived_button, self.not_arrived_button):
            button.setEnabled(m is not None and m.status == "unknown")
        if m is None:
            self.detail.clear()
            return
        facts = [
            self.tr("#{id} · {channel} to {to} · {status}").format(
                id=m.id, channel=m.channel.upper(), to=m.recipient, status=status_text(m.status)
            ),
            self.tr("Queued {created}, sent {sent}, attempts {n}").format(
                created=when(m.created_at), sent=when(m.sent_at) or "—", n=m.attempts
            ),
        ]
        if m.gateway_id:
            facts.append(self.tr("Gateway {g}, id {i}").format(g=m.gateway, i=m.gateway_id))
        if m.parts:
            facts.append(self.tr("{enc}, {n} SMS part(s)").format(enc=m.encoding, n=m.parts))
        if m.delivery:
            facts.append(self.tr("Last delivery report from the gateway: {r}").format(r=m.delivery))
        if m.last_error:
            facts.append(self.tr("Error: {e}").format(e=m.last_error))
        text = "\n".join(facts) + "\n\n"
        if m.subject:
            text += m.subject + "\n\n"
        self.detail.setPlainText(text + m.body)
        self.selection_changed(m)

    def selection_changed(self, message: OutboxMessage) -> None:
        """Subclasses enable their own buttons."""

    # -- resending
    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Resend"), text)
        return answer == QMessageBox.StandardButton.Yes

    def resend_selected(self) -> None:
        m = self.selected()
        if m is None:
            return
        question = self.tr("Send this {channel} to {to} again? It goes out as a new message and is written to the order's history.").format(channel=m.channel.upper(), to=m.recipient)  # fmt: skip
        if not self.confirm(question):
            return
        self.error.clear_error()
        self.resend_button.setEnabled(False)  # one click, one message
        db, actor = self.db, self.actor_name()
        self.runner.write(
            lambda: resend(db, m.id, actor), self._resent, self._write_failed, label=self.tr("Queueing the message…")
        )

    # -- closing an "unknown — check" message
    def mark(self, arrived: bool) -> None:
        """The service writes the answer and a note to the order's history."""
        m = self.selected()
        if m is None or m.status != "unknown":
            return
        self.error.clear_error()
        for button in (self.arrived_button, self.not_arrived_button):
            button.setEnabled(False)  # one answer per message
        db, actor, message_id = self.db, self.actor_name(), m.id
        self.runner.write(
            lambda: mark_checked(db, message_id, arrived, actor),
            lambda _r: self._checked(message_id),
            self._write_failed,
            label=self.tr("Recording the check…"),
        )

    def _checked(self, message_id: int) -> None:
        self.checked.emit(message_id)
        self.refresh()

    def _resent(self, new_id: int) -> None:
        self.resent.emit(new_id)
        if self.kick is not None:
            self.kick()
        self.refresh()

    def _write_failed(self, exc: BaseException) -> None:
        self._show_selected()
        if isinstance(exc, OrderDeskError):
            self.error.show_error(str(exc))
        else:
            self.runner.default_failure(exc)
