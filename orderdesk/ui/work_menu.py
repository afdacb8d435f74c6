"""The card menu's work entries: Priority on/off and Assign to a person.

The service does the work (``OrderService.set_priority`` / ``assign``, with their history rows)
on the database-writer thread; the board then shows the fresh cards. The people to assign to
are read off the GUI thread and kept for the next menu.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMenu

from orderdesk.domain import OrderSummary
from orderdesk.workflow import Hold, Status


class WorkMenu(QObject):
    """Adds Priority and Assign to to every board's card menu of ``window``."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.people: list[str] = []
        for board in window.boards:
            board.menu_providers.append(lambda menu, status, ids, b=board: self.add_entries(menu, status, ids, b))
        self.reload_people()

    def reload_people(self) -> None:
        people = getattr(self.window.service, "people", None)
        if people is not None:
            self.window.runner.run(people, lambda names: setattr(self, "people", list(names)))

    @staticmethod
    def _summaries(board: Any, ids: list[int]) -> list[OrderSummary]:
        found = []
        for order_id in ids:
            model = board.model_of(order_id)
            summary = model.summary(order_id) if model is not None else None
            if summary is not None:
                found.append(summary)
        return found

    def add_entries(self, menu: QMenu, _status: Status, ids: list[int], board: Any) -> None:
        cards = self._summaries(board, ids)
        if not cards:
            return
        menu.addSeparator()
        all_priority = all(c.priority for c in cards)
        priority = menu.addAction(self.tr("Priority"))
        priority.setObjectName("togglePriority")
        priority.setCheckable(True)
        priority.setChecked(all_priority)
        numbers = [c.number for c in cards]
        priority.triggered.connect(lambda _c=False: self.set_priority(numbers, not all_priority))
        assign = menu.addMenu(self.tr("Assign to"))
        assign.setObjectName("assignMenu")
        current = {c.assigned_to for c in cards}
        for name in self.people:
            act = assign.addAction(name)
            act.setCheckable(True)
            act.setChecked(current == {name})
            act.triggered.connect(lambda _c=False, n=name: self.assign(numbers, n))
        if self.people:
            assign.addSeparator()
        nobody = assign.addAction(self.tr("Nobody"))
        nobody.setObjectName("assignNobody")
        nobody.setEnabled(current != {""})
        nobody.triggered.connect(lambda _c=False: self.assign(numbers, None))
        delayed = menu.addAction(self.tr("Mark delayed…"))
        delayed.setObjectName("markDelayed")
        delayed.setToolTip(self.tr("Put the order on a 'delayed' hold; the customer is told it is delayed"))
        delayed.triggered.connect(lambda _c=False: self.mark_delayed(numbers))
        self.reload_people()  # a user added meanwhile shows up next time

    def set_priority(self, numbers: list[str], on: bool) -> None:
        service, actor = self.window.service, self.window.actor()
        self.window.runner.write(
            lambda: [service.set_priority(n, on, actor) for n in numbers], lambda _d: self.window.refresh()
        )

    def assign(self, numbers: list[str], person: str | None) -> None:
        service, actor = self.window.service, self.window.actor()
        self.window.runner.write(
            lambda: [service.assign(n, person, actor) for n in numbers], lambda _d: self.window.refresh()
        )

    def ask_delay_reason(self) -> str | None:
        """The reason from the person (kept inside: the customer's message does not show it);
        None when they cancel. Tests replace this."""
        text, ok = QInputDialog.getText(
            self.window, self.tr("Mark delayed"), self.tr("Why is it delayed? (the owner reads this)")
        )
        return text if ok else None

    def mark_delayed(self, numbers: list[str]) -> None:
        reason = self.ask_delay_reason()
        if reason is None:
            return
        if not reason.strip():
            self.window.show_message(self.tr("Say why the order is delayed."))
            return
        service, actor = self.window.service, self.window.actor()
        self.window.runner.write(
            lambda: [service.add_hold(n, Hold.DELAYED, reason.strip(), actor) for n in numbers],
            lambda _d: self.window.refresh(),
        )
