"""The complaints table with its buttons, shared by the list window and the order window's tab.

Reading and writing run on the task runner (never on the GUI thread); what a person types is
checked by the complaint service, whose refusal is shown in the panel's message line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from orderdesk.domain import Actor
from orderdesk.errors import OrderDeskError
from orderdesk.services.complaints import Complaint, ComplaintService
from orderdesk.ui.complaints.dialogs import DecideDialog
from orderdesk.ui.complaints.model import ComplaintsModel
from orderdesk.ui.tasks import TaskRunner
from orderdesk.ui.widgets import FieldError


class ComplaintsPanel(QWidget):
    changed = Signal()  # a complaint was recorded or decided
    loaded = Signal(int)  # how many complaints are shown

    def __init__(
        self,
        complaints: ComplaintService,
        runner: TaskRunner,
        actor: Callable[[], Actor],
        *,
        with_order: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.complaints, self.runner, self.actor = complaints, runner, actor
        self.model = ComplaintsModel(self, with_order=with_order)
        self.table = QTableView(objectName="complaintsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setMaximumSectionSize(360)
        self.model.modelReset.connect(self.table.resizeColumnsToContents)
        self.summary = QLabel(objectName="complaintsSummary")
        self.message = FieldError()
        self.decide_button = QPushButton(self.tr("Decide…"), objectName="decideComplaint")
        self.decide_button.clicked.connect(lambda _checked=False: self.decide())
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.summary)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.decide_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._read: Callable[[], list[Complaint]] = lambda: []
        self._generation = 0  # which load is the newest: an older one finishing later is dropped
        self._enable()

    # -- reading
    def load(self, read: Callable[[], list[Complaint]] | None = None) -> None:
        if read is not None:
            self._read = read
        complaints, fetch = self.complaints, self._read
        self._generation += 1
        generation = self._generation
        self.runner.run(lambda: (fetch(), complaints.today(), generation), self._show, self.failed,
                        label=self.tr("Reading complaints…"))  # fmt: skip

    def _show(self, result: tuple[list[Complaint], object, int]) -> None:
        rows, today, generation = result
        if generation != self._generation:
            return  # an older read finishing late: the newer one (another filter) shows
        self.model.set_complaints(rows, today)
        open_count = sum(1 for c in rows if c.is_open)
        overdue = self.model.overdue_count()
        text = self.tr("%1 open").replace("%1", str(open_count))
        if overdue:
            text += " · <span style='color:#c0392b; font-weight:bold'>" + self.tr("%1 overdue").replace("%1", str(overdue)) + "</span>"  # fmt: skip
        self.summary.setText(text)
        self._enable()
        self.loaded.emit(len(rows))

    def selected(self) -> Complaint | None:
        index = self.table.currentIndex()
        return self.model.complaint(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        c = self.selected()
        self.decide_button.setEnabled(c is not None and c.is_open)

    # -- deciding
    def ask_decision(self, c: Complaint) -> tuple[str, str] | None:
        """(decision, text) from the person, or None; a test replaces this method."""
        dialog = DecideDialog(c.id, c.claim, self)
        return dialog.values() if dialog.exec() == DecideDialog.DialogCode.Accepted else None

    def decide(self) -> None:
        c = self.selected()
        if c is None or not c.is_open:
            return
        asked = self.ask_decision(c)
        if asked is None:
            return
        decision, text = asked
        complaints, actor = self.complaints, self.actor()
        self.runner.write(lambda: complaints.decide(c.id, decision, text, actor), self.saved, self.failed,
                          label=self.tr("Saving the decision…"))  # fmt: skip

    def saved(self, _result: object) -> None:
        self.message.show_error("")
        self.changed.emit()
        self.load()

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, OrderDeskError):
            self.message.show_error(str(exc))
        else:
            self.runner.default_failure(exc)
