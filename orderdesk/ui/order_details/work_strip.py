"""The order window's work strip under the title: Priority on/off and who the order is assigned to.

Each change is saved at once through the order service (with its history row), like a hold;
the window then reloads the order and the board refreshes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from orderdesk.domain import OrderDetail


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderDetailsWindow", text)


class WorkStrip(QWidget):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("workStrip")
        self.window = window
        self.priority = QCheckBox(_tr("Priority (first on the board and the pick list)"), objectName="priority")
        self.assignee = QComboBox(objectName="assignedTo")
        self.assignee.setMinimumContentsLength(12)
        self._people: list[str] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.priority)
        layout.addSpacing(16)
        layout.addWidget(QLabel(_tr("Assigned to:")))
        layout.addWidget(self.assignee)
        layout.addStretch(1)
        self.priority.clicked.connect(self._priority_clicked)
        self.assignee.activated.connect(self._assignee_chosen)
        people = getattr(window.service, "people", None)
        if people is not None:
            window.runner.run(people, self._set_people)

    def _set_people(self, names: list[str]) -> None:
        self._people = list(names)
        if self.window.detail is not None:
            self.show_order(self.window.detail)

    def show_order(self, d: OrderDetail) -> None:
        self.priority.setChecked(d.priority)
        names = list(self._people)
        if d.assigned_to and d.assigned_to not in names:
            names.append(d.assigned_to)  # a user switched off since: still shown
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItem(_tr("Nobody"), "")
        for name in names:
            self.assignee.addItem(name, name)
        self.assignee.setCurrentIndex(max(self.assignee.findData(d.assigned_to), 0))
        self.assignee.blockSignals(False)

    def _refuse_with_unsaved_edits(self) -> bool:
        if not self.window.has_unsaved_edits():
            return False
        self.window.banner.show_error(_tr("Save or undo your edits first, then change the priority or the person."))
        self.show_order(self.window.detail)
        return True

    def _write(self, fn) -> None:
        def done(_detail: object) -> None:
            self.window.reload()
            self.window.changed.emit()

        self.window.runner.write(fn, done, self.window.save_failed)

    def _priority_clicked(self, on: bool) -> None:
        d = self.window.detail
        if d is None or self._refuse_with_unsaved_edits():
            return
        service, actor = self.window.service, self.window.actor()
        self._write(lambda: service.set_priority(d.number, on, actor, expected_version=d.version))

    def _assignee_chosen(self, _index: int) -> None:
        d = self.window.detail
        if d is None or self._refuse_with_unsaved_edits():
            return
        person = self.assignee.currentData() or None
        if (person or "") == d.assigned_to:
            return
        service, actor = self.window.service, self.window.actor()
        self._write(lambda: service.assign(d.number, person, actor, expected_version=d.version))


def attach_work(window: Any) -> WorkStrip:
    """The strip just under the order window's title; it follows every (re)load."""
    strip = WorkStrip(window)
    layout = window.title.parentWidget().layout()
    layout.insertWidget(layout.indexOf(window.title) + 1, strip)
    window.work_strip = strip
    window.loaded.connect(strip.show_order)
    return strip
