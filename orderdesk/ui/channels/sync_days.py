"""Channels → Sync the last days…: one round that also reads every order changed in the last N
days (``orderdesk channels sync --since``), in the background, then what came in.

The round is the window's usual one (a child process, services/channels/round_process.py); the
dialog stays open to show its report, and may be closed meanwhile: the status bar says it too.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from orderdesk.models import utcnow

MAX_DAYS = 365
MAX_LISTED = 12  # order numbers listed per store; the rest are counted


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncDays", text)


def round_text(reports: list) -> str:
    """What a round brought and sent, per store, as lines a person reads."""
    if not reports:
        return tr("No store is connected yet: Channels → Add WooCommerce store…")
    lines: list[str] = []
    for r in reports:
        i, o = r.incoming, r.outgoing
        lines.append(tr("Store %1:").replace("%1", r.channel))
        if r.busy:
            lines.append("  " + tr("another desk is syncing this store right now; try again in a minute."))
            continue
        lines.append(
            "  "
            + tr("%1 new, %2 updated, %3 on hold, %4 unchanged")
            .replace("%1", str(len(i.imported)))
            .replace("%2", str(len(i.updated)))
            .replace("%3", str(len(i.held)))
            .replace("%4", str(i.unchanged))
        )
        if i.imported:
            shown = ", ".join(i.imported[:MAX_LISTED])
            more = len(i.imported) - MAX_LISTED
            lines.append("  + " + shown + (" " + tr("and %1 more").replace("%1", str(more)) if more > 0 else ""))
        if i.skipped_closed or i.skipped_drafts:
            lines.append(
                "  "
                + tr("skipped: %1 finished in the store before the desk saw them, %2 abandoned checkouts")
                .replace("%1", str(i.skipped_closed))
                .replace("%2", str(i.skipped_drafts))
            )
        if o.sent or o.retry_later or o.refused:
            lines.append(
                "  "
                + tr("sent to the store: %1, to retry: %2, refused: %3")
                .replace("%1", str(len(o.sent)))
                .replace("%2", str(len(o.retry_later)))
                .replace("%3", str(len(o.refused)))
            )
        for problem in (i.failed + o.refused)[:MAX_LISTED]:
            lines.append("  ⚠ " + problem)
        if r.error:
            lines.append("  ✖ " + r.error)
    return "\n".join(lines)


class SyncDaysDialog(QDialog):
    """Asks how many days back, starts the round through ``channels`` (ChannelsUi), shows its report."""

    def __init__(self, channels: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncDaysDialog")
        self.setWindowTitle(tr("Sync the last days"))
        self.channels = channels
        self.days = QSpinBox(objectName="syncDays")
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(7)
        self.days.setSuffix(tr(" days"))
        hint = QLabel(
            tr(
                "Reads every store order changed in these days, finished ones included, besides the open "
                "ones. Orders the desk has already are not imported again."
            )
        )
        hint.setWordWrap(True)
        self.result = QLabel(objectName="syncDaysResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # numbers to copy
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = self.buttons.addButton(tr("Sync"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("startSyncDays")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Orders changed in the last"), self.days)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.result, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def start(self) -> None:
        since = utcnow() - timedelta(days=self.days.value())  # naive GMT, as the round's cursor
        if not self.channels.sync_now(since=since, done=self.show_report, failed=self.show_failure):
            self.result.setText(tr("A round is running already; start this one when it has finished."))
            return
        self.start_button.setEnabled(False)
        self.days.setEnabled(False)
        self.result.setText(tr("Syncing… (the window stays usable; this may take a while for many days)"))

    def show_report(self, reports: list) -> None:
        self.start_button.setEnabled(True)
        self.days.setEnabled(True)
        self.result.setText(round_text(reports))

    def show_failure(self, message: str) -> None:
        self.start_button.setEnabled(True)
        self.days.setEnabled(True)
        self.result.setText("✖ " + message)
