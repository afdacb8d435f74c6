"""Complaints → Rules…: the days to answer a complaint per country and how early the reminder
comes (the shop settings ``complaints.answer_days`` and ``complaints.remind_days_before``)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from orderdesk.errors import OrderDeskError, ValidationError
from orderdesk.services.complaints.rules import ANSWER_DAYS, REMIND_DAYS
from orderdesk.settings import Settings
from orderdesk.ui.tasks import TaskRunner
from orderdesk.ui.widgets import FieldError


class ComplaintRulesDialog(QDialog):
    def __init__(self, settings: Settings, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintRules")
        self.setWindowTitle(self.tr("Complaint rules"))
        self.settings, self.runner = settings, runner
        self.answer_days = QLineEdit(objectName="answerDays")
        self.answer_days.setPlaceholderText("PL=14, RU=10, CN=7, *=14")
        self.remind = QSpinBox(objectName="remindDays")
        self.remind.setRange(REMIND_DAYS.low or 0, REMIND_DAYS.high or 60)
        self.error = FieldError()
        hint = QLabel(
            self.tr(
                "COUNTRY=days, or COUNTRY:ask=days for one kind of claim (repair, replacement, refund, "
                "price_reduction); * for every other country. Polish law: 14 days to answer a complaint; "
                "Russian law: 10 days to meet a refund claim."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Days to answer"), self.answer_days)
        form.addRow(hint)
        form.addRow(self.tr("Remind, days before"), self.remind)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(520)
        self.setEnabled(False)
        runner.run(lambda: (settings.get(ANSWER_DAYS.key), settings.get(REMIND_DAYS.key)), self._show, self._failed)

    def _show(self, values: tuple[str, int]) -> None:
        self.answer_days.setText(values[0])
        self.remind.setValue(int(values[1]))
        self.setEnabled(True)

    def save(self) -> None:
        self.error.clear_error()
        try:
            rule = Settings.check(ANSWER_DAYS.key, self.answer_days.text())
            remind = Settings.check(REMIND_DAYS.key, str(self.remind.value()))
        except ValidationError as exc:
            self.error.show_error(str(exc))
            return
        settings = self.settings

        def write() -> None:
            settings.set(ANSWER_DAYS.key, rule)
            settings.set(REMIND_DAYS.key, remind)

        self.setEnabled(False)
        self.runner.write(write, lambda _r: self.accept(), self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(exc, OrderDeskError):
            self.error.show_error(str(exc))
        else:
            self.runner.default_failure(exc)
