"""The template editor's check against the shop's open orders: which of them the template as
typed could not be sent to (a placeholder without a value), and whether its fallback text would
go out instead. Read in the background a moment after the typing stops."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from orderdesk.errors import ValidationError
from orderdesk.services.messaging.held_back import HeldBack, held_back_orders
from orderdesk.services.messaging.rules import statuses_sending
from orderdesk.services.messaging.templates import Template, placeholders_in
from orderdesk.ui.tasks import TaskRunner
from orderdesk.workflow import ACTIVE, label

CHECK_DELAY_MS = 400  # after the last key: one read per pause, not per keystroke
SHOWN = 50


class HeldBackBox(QGroupBox):
    def __init__(self, db, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Orders this text cannot be filled for"))
        self.setObjectName("heldBack")
        self.db, self.runner = db, runner
        self.summary = QLabel(objectName="heldBackSummary")
        self.summary.setWordWrap(True)
        self.orders = QListWidget(objectName="heldBackOrders")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.orders, 1)
        self.found: list[HeldBack] | None = None
        self._template: Template | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._run)

    def hideEvent(self, event) -> None:
        # The editor closed: no check left to run. Also sent while a collected editor is deleted,
        # after its attributes were cleared (ui/heap.py): then there is no timer to stop.
        timer = self.__dict__.get("_timer")
        if timer is not None:
            timer.stop()
        super().hideEvent(event)

    def check(self, template: Template | None) -> None:
        """Check ``template`` against the orders it goes to, a moment from now (the latest one wins)."""
        self._template = template
        self._generation += 1
        self._timer.start()

    def _run(self) -> None:
        template, generation, db = self._template, self._generation, self.db
        if template is None or self.runner.closed or not self.isVisible():
            return
        try:
            placeholders_in(template.body + template.subject + template.fallback)
        except ValidationError:
            return  # a malformed brace: the editor already says what to fix
        self.summary.setText(self.tr("Checking the orders…"))
        self.runner.run(
            lambda: held_back_orders(db, template),
            lambda found: self._show(generation, found, template),
            lambda _exc: self.summary.setText(self.tr("The orders could not be read.")),
        )

    def _checked(self, template: Template) -> str:
        """Which orders were checked: "Checked: orders in Shipped." or the open ones."""
        statuses = statuses_sending(template.event)
        if statuses == ACTIVE:
            return self.tr("Checked: the open orders.")
        return self.tr("Checked: orders in %1.").replace("%1", ", ".join(label(st) for st in statuses))

    def _show(self, generation: int, found: list[HeldBack], template: Template) -> None:
        if generation != self._generation:
            return  # typed on meanwhile: a newer check follows
        self.found = found
        self.orders.clear()
        waiting = [h for h in found if not h.fallback]
        if not found:
            text = self.tr("Every one has the values this text uses.")
        else:
            text = (
                self.tr("%1 would wait in the outbox · %2 would get the fallback text")
                .replace("%1", str(len(waiting)))
                .replace("%2", str(len(found) - len(waiting)))
            )
        self.summary.setText(self._checked(template) + " " + text)
        for held in found[:SHOWN]:
            missing = ", ".join("{" + n + "}" for n in held.missing)
            if held.shipped:
                outcome = self.tr("shipped fallback")
            else:
                outcome = self.tr("fallback text") if held.fallback else self.tr("waits")
            self.orders.addItem(f"{held.number} — {missing} → {outcome}")
