"""Orders → Automation…: the rules that act by themselves, each on or off with its numbers, and
a dry run that lists what the next round would do (nothing is changed by looking)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orderdesk.errors import OrderDeskError, ValidationError
from orderdesk.settings import OPTIONS, Settings
from orderdesk.ui.tasks import TaskRunner
from orderdesk.ui.widgets import FieldError

NUMBERS = (
    "messaging.payment_reminder_hours",
    "automation.payment_second_reminder_hours",
    "automation.cancel_unpaid_days",
    "workflow.auto_complete_days",
    "automation.late_hours",
    "automation.round_minutes",
    "automation.auto_confirm_max_total",
    "automation.priority_total_over",
)
EXPRESS = "automation.priority_delivery_methods"
VIP = "automation.priority_vip_phones"
LATE_BY_STATUS = "automation.late_hours_by_status"
CALL_PHONES = "automation.call_phones"
CALL_FIRST = "automation.call_first_orders"


class AutomationDialog(QDialog):
    def __init__(self, settings: Settings, runner: TaskRunner, dry_run, parent: QWidget | None = None) -> None:
        """``dry_run``: a callable that runs one round with ``dry_run=True`` and returns its lines."""
        super().__init__(parent)
        self.setObjectName("automationDialog")
        self.setWindowTitle(self.tr("Automation"))
        self.settings, self.runner, self._dry_run = settings, runner, dry_run
        self.auto_confirm = QCheckBox(
            self.tr("Confirm new orders that need no call (paid online, in stock, address complete)"),
            objectName="automation.auto_confirm",
        )
        self.call_first = QCheckBox(self.tr("A customer's first order needs a call"), objectName=CALL_FIRST)
        self.call_phones = QLineEdit(objectName=CALL_PHONES)
        self.call_phones.setPlaceholderText(self.tr("e.g. numbers that refused parcels before"))
        self.numbers: dict[str, QSpinBox] = {}
        for key in NUMBERS:
            option = OPTIONS[key]
            spin = QSpinBox(objectName=key)
            spin.setRange(
                option.low if option.low is not None else 0, option.high if option.high is not None else 10**6
            )
            self.numbers[key] = spin
        self.error = FieldError()
        # Priority orders: first in each board column and on the pick list.
        self.express = {
            key: QCheckBox(text, objectName=f"express_{key}")
            for key, text in (
                ("pickup_shop", self.tr("Shop pickup")),
                ("pickup_point", self.tr("Pickup point")),
                ("own_courier", self.tr("Own courier")),
                ("carrier", self.tr("Carrier")),
            )
        }
        self.vip = QLineEdit(objectName=VIP)
        self.vip.setPlaceholderText(self.tr("+48 600 123 456, +7 916 000 00 00"))
        priority = QGroupBox(self.tr("Priority orders"))
        rf = QFormLayout(priority)
        express_row = QHBoxLayout()
        for box in self.express.values():
            express_row.addWidget(box)
        rf.addRow(self.tr("Express delivery methods"), express_row)
        rf.addRow(self.tr("VIP customers' phones, comma-separated"), self.vip)
        self.vip.setToolTip(self.tr("Besides these, a customer ticked VIP in the order window is a VIP."))
        rf.addRow(self.tr("Orders over this total (0 = off)"), self.numbers["automation.priority_total_over"])

        confirm = QGroupBox(self.tr("Confirming"))
        cf = QFormLayout(confirm)
        cf.addRow(self.auto_confirm)
        cf.addRow(self.tr("Only up to this total (0 = any)"), self.numbers["automation.auto_confirm_max_total"])
        cf.addRow(self.call_first)
        cf.addRow(self.tr("Flagged phones that always need a call, comma-separated"), self.call_phones)
        chase = QGroupBox(self.tr("Unpaid orders"))
        pf = QFormLayout(chase)
        pf.addRow(self.tr("First reminder after, hours (0 = none)"), self.numbers["messaging.payment_reminder_hours"])
        pf.addRow(
            self.tr("Second reminder after, hours (0 = none)"), self.numbers["automation.payment_second_reminder_hours"]
        )
        pf.addRow(self.tr("Cancel after, days (0 = never)"), self.numbers["automation.cancel_unpaid_days"])
        other = QGroupBox(self.tr("Waiting orders"))
        of = QFormLayout(other)
        of.addRow(
            self.tr("Complete delivered and collected orders after, days (0 = never)"),
            self.numbers["workflow.auto_complete_days"],
        )
        of.addRow(self.tr("Tell the manager about orders waiting longer than, hours (0 = never)"),
                  self.numbers["automation.late_hours"])  # fmt: skip
        self.late_by_status = QLineEdit(objectName=LATE_BY_STATUS)
        self.late_by_status.setPlaceholderText(self.tr("e.g. new=4, packed=24"))
        of.addRow(self.tr("Other targets for single statuses, hours"), self.late_by_status)
        of.addRow(self.tr("Run the rules every, minutes"), self.numbers["automation.round_minutes"])

        self.preview = QListWidget(objectName="automationPreview")
        self.preview_button = QPushButton(self.tr("What would the next round do?"), objectName="dryRun")
        self.preview_button.clicked.connect(self.run_preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in (confirm, chase, other, priority):
            layout.addWidget(box)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.setEnabled(False)
        runner.run(settings.all, self._show, self._failed)

    def _show(self, values: dict) -> None:
        self.auto_confirm.setChecked(bool(values.get("automation.auto_confirm")))
        for key, spin in self.numbers.items():
            spin.setValue(int(values.get(key) or 0))
        chosen = {w.strip() for w in str(values.get(EXPRESS) or "").split(",")}
        for key, box in self.express.items():
            box.setChecked(key in chosen)
        self.vip.setText(str(values.get(VIP) or ""))
        self.call_first.setChecked(bool(values.get(CALL_FIRST)))
        self.call_phones.setText(str(values.get(CALL_PHONES) or ""))
        self.late_by_status.setText(str(values.get(LATE_BY_STATUS) or ""))
        self.setEnabled(True)

    def values(self) -> dict[str, object]:
        typed = {"automation.auto_confirm": "yes" if self.auto_confirm.isChecked() else "no"}
        typed.update({key: str(spin.value()) for key, spin in self.numbers.items()})
        typed[EXPRESS] = ",".join(key for key, box in self.express.items() if box.isChecked())
        typed[VIP] = self.vip.text().strip()
        typed[CALL_FIRST] = "yes" if self.call_first.isChecked() else "no"
        typed[CALL_PHONES] = self.call_phones.text().strip()
        typed[LATE_BY_STATUS] = self.late_by_status.text().strip()
        return {key: Settings.check(key, text) for key, text in typed.items()}

    def save(self) -> None:
        self.error.clear_error()
        try:
            values = self.values()
        except ValidationError as exc:
            self.error.show_error(str(exc))
            return
        settings = self.settings

        def write() -> None:
            for key, value in values.items():
                settings.set(key, value)

        self.setEnabled(False)
        self.runner.write(write, lambda _r: self.accept(), self._failed)

    def run_preview(self) -> None:
        self.preview.clear()
        self.preview.addItem(self.tr("Looking…"))
        self.preview_button.setEnabled(False)

        def shown(lines: list[str]) -> None:
            self.preview.clear()
            self.preview.addItems(lines)
            self.preview_button.setEnabled(True)

        self.runner.run(self._dry_run, shown, self._failed, label=self.tr("Automation"))

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.preview_button.setEnabled(True)
        if isinstance(exc, OrderDeskError):
            self.error.show_error(str(exc))
        else:
            self.runner.default_failure(exc)


class AutomationMenu(QObject):
    """Orders → Automation… in the main window."""

    def __init__(self, window, *, start: bool = False) -> None:
        super().__init__(window)
        from orderdesk.ui.automation_schedule import install_automation_schedule

        self.main = window
        self.dialog: AutomationDialog | None = None
        self.schedule = install_automation_schedule(window, start=start)  # the rules' own round
        self.action = QAction(self.tr("Automation…"), window)
        self.action.setObjectName("openAutomation")
        self.action.triggered.connect(lambda _checked=False: self.open())
        menu = window.findChild(QMenu, "ordersMenu")
        if menu is not None:
            menu.insertAction(window.settings_action, self.action)
        else:
            window.addAction(self.action)

    def open(self) -> AutomationDialog:
        from orderdesk.services.automation import Automation

        service = self.main.service

        def dry_run() -> list[str]:
            return Automation(service).run_round(dry_run=True).lines()

        self.dialog = AutomationDialog(self.main.settings, self.main.runner, dry_run, self.main)
        self.dialog.show()
        return self.dialog
