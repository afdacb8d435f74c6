"""The two forms: a new complaint (claim and what the customer asks for) and the decision."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from orderdesk.services.complaints import ASKS, DECISIONS
from orderdesk.ui.complaints.model import ask_label, decision_label
from orderdesk.ui.widgets import FieldError


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, 320)

    def finish(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.show_error(problem)
            return
        self.accept()

    def problem(self) -> str:
        return ""


class NewComplaintDialog(_Form):
    def __init__(self, order_number: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New complaint on order %1").replace("%1", order_number), parent)
        self.setObjectName("newComplaint")
        self.claim = QPlainTextEdit(objectName="claim")
        self.claim.setPlaceholderText(self.tr("What the customer says is wrong, in their words"))
        self.ask = QComboBox(objectName="ask")
        for key in ASKS:
            self.ask.addItem(ask_label(key), key)
        self.return_number = QLineEdit(objectName="returnNumber")
        self.return_number.setPlaceholderText(self.tr("optional, e.g. R-000012"))
        self.form.addRow(self.tr("Claim"), self.claim)
        self.form.addRow(self.tr("Asks for"), self.ask)
        self.form.addRow(self.tr("Return"), self.return_number)
        self.form.addRow(QLabel(self.tr("The answer date follows the country's rule (Settings: complaints.answer_days).")))  # fmt: skip
        self.finish()

    def values(self) -> tuple[str, str, str]:
        return self.claim.toPlainText().strip(), str(self.ask.currentData()), self.return_number.text().strip()

    def problem(self) -> str:
        return "" if self.values()[0] else self.tr("Write the customer's claim.")


class DecideDialog(_Form):
    def __init__(self, complaint_id: int, claim: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decide complaint #%1").replace("%1", str(complaint_id)), parent)
        self.setObjectName("decideComplaint")
        shown = QLabel(claim)
        shown.setWordWrap(True)
        self.decision = QComboBox(objectName="decision")
        for key in DECISIONS:
            self.decision.addItem(decision_label(key), key)
        self.text = QPlainTextEdit(objectName="decisionText")
        self.text.setPlaceholderText(self.tr("What the shop will do, or why not: the customer reads this"))
        self.form.addRow(self.tr("Claim"), shown)
        self.form.addRow(self.tr("Decision"), self.decision)
        self.form.addRow(self.tr("Answer"), self.text)
        self.finish()

    def values(self) -> tuple[str, str]:
        return str(self.decision.currentData()), self.text.toPlainText().strip()

    def problem(self) -> str:
        return "" if self.values()[1] else self.tr("Write the answer the customer receives.")
