"""The desk's decisions on a return in the Returns tab: Accept, Reject… (asks why) and Close…
(asks why). Each button is enabled only when the selected return's state allows it (the
service's ``ACCEPTABLE``/``REJECTABLE``/``CLOSABLE``); the service runs on the database writer
thread, never on the GUI thread, and its refusal comes back as one line in the banner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QPushButton

from orderdesk.services.returns.kinds import ACCEPTABLE, CLOSABLE, REJECTABLE, ReturnStatus


def tr(text: str) -> str:
    return QCoreApplication.translate("Returns", text)


class ReturnDecisions(QObject):
    """Accept / Reject… / Close… for the tab's selected return."""

    def __init__(self, tab: Any) -> None:
        super().__init__(tab)
        self.tab = tab
        self.accept_button = QPushButton(tr("Accept"), objectName="acceptReturnButton")
        self.accept_button.setToolTip(tr("Say yes: the customer sends the parcel back"))
        self.accept_button.clicked.connect(lambda _checked=False: self.accept())
        self.reject_button = QPushButton(tr("Reject…"), objectName="rejectReturnButton")
        self.reject_button.setToolTip(tr("Say no, with the reason the customer reads"))
        self.reject_button.clicked.connect(lambda _checked=False: self.ask_reject())
        self.close_button = QPushButton(tr("Close…"), objectName="closeReturnButton")
        self.close_button.setToolTip(tr("Nothing more to do (e.g. the customer keeps the item)"))
        self.close_button.clicked.connect(lambda _checked=False: self.ask_close())
        self.reason_dialog: QInputDialog | None = None
        self.update("")

    @property
    def buttons(self) -> list[QPushButton]:
        return [self.accept_button, self.reject_button, self.close_button]

    def update(self, status: str) -> None:
        """Enable what the return's state allows (nothing while no return is selected)."""
        state = ReturnStatus(status) if status in set(ReturnStatus) else None
        self.accept_button.setEnabled(state in ACCEPTABLE)
        self.reject_button.setEnabled(state in REJECTABLE)
        self.close_button.setEnabled(state in CLOSABLE)

    def accept(self) -> None:
        number = self.tab.selected_number()
        if number is None:
            return
        returns, actor = self.tab.returns, self.tab.window.actor()
        self._run(lambda: returns.accept(number, actor), tr("Return %1 accepted.").replace("%1", number))

    def ask_reject(self) -> QInputDialog | None:
        number = self.tab.selected_number()
        if number is None:
            return None
        returns, actor = self.tab.returns, self.tab.window.actor()
        return self._ask(
            tr("Reject return %1").replace("%1", number),
            tr("Why is it rejected? (the customer reads this)"),
            lambda reason: self._run(
                lambda: returns.reject(number, actor, reason), tr("Return %1 rejected.").replace("%1", number)
            ),
        )

    def ask_close(self) -> QInputDialog | None:
        number = self.tab.selected_number()
        if number is None:
            return None
        returns, actor = self.tab.returns, self.tab.window.actor()
        return self._ask(
            tr("Close return %1").replace("%1", number),
            tr("Why is there nothing more to do?"),
            lambda reason: self._run(
                lambda: returns.close(number, actor, reason), tr("Return %1 closed.").replace("%1", number)
            ),
        )

    def _ask(self, title: str, label: str, then: Callable[[str], None]) -> QInputDialog:
        """A window-modal question (not a nested event loop): OK runs ``then`` with the text."""
        dialog = QInputDialog(self.tab.window, objectName="returnReasonDialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.textValueSelected.connect(lambda text: then(text.strip()))
        dialog.finished.connect(dialog.deleteLater)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _run(self, work: Callable[[], Any], message: str) -> None:
        window = self.tab.window
        for button in self.buttons:  # one decision at a time; the reload enables them again
            button.setEnabled(False)

        def done(_result: Any) -> None:
            window.banner.show_error(message)
            window.reload()
            window.changed.emit()

        def failed(exc: BaseException) -> None:
            self.update(self.tab.statuses.get(self.tab.selected_number() or "", ""))
            self.tab._failed(exc)  # a refusal is one line in the banner

        window.runner.write(work, done, failed)
