"""The order window's "Complaints" tab: this order's complaints, a new one and the decision."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from orderdesk.domain import OrderDetail
from orderdesk.services.complaints import ComplaintService
from orderdesk.ui.complaints.dialogs import NewComplaintDialog
from orderdesk.ui.complaints.panel import ComplaintsPanel


class ComplaintsTab(ComplaintsPanel):
    def __init__(self, details) -> None:
        super().__init__(ComplaintService(details.service), details.runner, details.actor, with_order=False)
        self.setObjectName("complaintsTab")
        self.details = details
        self.number = ""
        self.new_button = QPushButton(self.tr("New complaint…"), objectName="newComplaint")
        self.new_button.clicked.connect(lambda _checked=False: self.new_complaint())
        self.buttons.insertWidget(2, self.new_button)

    def show_detail(self, d: OrderDetail) -> None:
        if d.number != self.number:
            self.number = d.number
        complaints, number = self.complaints, d.number
        self.load(lambda: complaints.list(order_number=number))

    def ask_new(self) -> tuple[str, str, str] | None:
        """(claim, ask, return number) from the person, or None; a test replaces this method."""
        dialog = NewComplaintDialog(self.number, self)
        return dialog.values() if dialog.exec() == NewComplaintDialog.DialogCode.Accepted else None

    def new_complaint(self) -> None:
        if not self.number:
            return
        asked = self.ask_new()
        if asked is None:
            return
        claim, ask, return_number = asked
        complaints, number, actor = self.complaints, self.number, self.actor()
        self.runner.write(lambda: complaints.create(number, claim, ask, actor, return_number=return_number),
                          self.saved, self.failed, label=self.tr("Recording the complaint…"))  # fmt: skip


def attach_complaints(details) -> ComplaintsTab:
    """Add the Complaints tab to an ``OrderDetailsWindow`` (the one hook line in its window module)."""
    tab = ComplaintsTab(details)
    index = details.tabs.addTab(tab, QCoreApplication.translate("Complaints", "Complaints"))

    def counted(n: int) -> None:
        title = QCoreApplication.translate("Complaints", "Complaints (%1)").replace("%1", str(n))
        details.tabs.setTabText(index, title if n else QCoreApplication.translate("Complaints", "Complaints"))

    tab.loaded.connect(counted)
    details.loaded.connect(tab.show_detail)
    # the history row and the hold released show at once, never over edits not saved yet
    tab.changed.connect(lambda: None if details.has_unsaved_edits() else details.reload())
    tab.changed.connect(details.changed)
    details.complaints_tab = tab
    return tab
