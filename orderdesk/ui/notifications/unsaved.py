"""The "unsaved changes: Save / Discard / Cancel?" question for the notification windows (template editor and
notification settings), asked the same way and acted on the same way in both."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget, text: str) -> str:
    """Ask the person; returns SAVE, DISCARD or CANCEL (Escape and the box's close are CANCEL)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Unsaved", "Unsaved changes"))
    box.setText(text)
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(
        QMessageBox.StandardButton(answer), CANCEL
    )


def may_close(ask: Callable[[], str], save_then_close: Callable[[], object], discard: Callable[[], object]) -> bool:
    """True when the window may close now. Save stores first and closes the window itself once
    stored (a refusal keeps it open with the reason under the field); Cancel keeps it open."""
    answer = ask()
    if answer == CANCEL:
        return False
    if answer == SAVE:
        save_then_close()
        return False
    discard()
    return True
