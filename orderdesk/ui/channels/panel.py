"""The store strip in the order window: the desk's, the store's and the carrier's status side by
side, pushes the store refused with its message, and a mismatch with its three fixes."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from orderdesk.errors import OrderDeskError
from orderdesk.services.channels.service import StoreSide, accept_store, push_again, store_side
from orderdesk.ui.store_words import carrier_status_text, store_status_text
from orderdesk.workflow import label


class StorePanel(QFrame):
    def __init__(self, details: Any) -> None:
        super().__init__(details)
        self.setObjectName("storePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.details = details
        self.side: StoreSide | None = None
        self.text = QLabel(objectName="storeStatuses")
        self.text.setWordWrap(True)
        self.push_button = QPushButton(self.tr("Push again"), objectName="pushAgain")
        self.accept_button = QPushButton(self.tr("Accept the store's"), objectName="acceptStore")
        self.open_button = QPushButton(self.tr("Open in the store"), objectName="openStore")
        self.push_button.clicked.connect(self.push_again)
        self.accept_button.clicked.connect(self.accept_store)
        self.open_button.clicked.connect(self.open_store)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.push_button, self.accept_button, self.open_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()
        details.loaded.connect(self.load)

    def load(self, detail: Any) -> None:
        db = self.details.service.db
        self.details.runner.run(lambda: store_side(db, detail.id), self.show_side, self._failed)

    def show_side(self, side: StoreSide | None) -> None:
        self.side = side
        self.setVisible(side is not None)
        if side is None:
            return
        lang = getattr(self.details, "language", None)
        parts = [
            self.tr("Desk: %1").replace("%1", f"<b>{escape(label(side.desk_status, lang))}</b>"),
            self.tr("Store %1: %2")
            .replace("%1", escape(side.channel))
            .replace("%2", f"<b>{escape(store_status_text(side.store_status) or '—')}</b>"),
            self.tr("Carrier: %1").replace("%1", f"<b>{escape(carrier_status_text(side.carrier_status) or '—')}</b>"),
        ]
        html = " &nbsp;·&nbsp; ".join(parts)
        html += " &nbsp; " + self.tr("(store order #%1)").replace("%1", escape(side.external_number))
        if side.pending_pushes:
            html += "<br>" + self.tr("%1 change(s) waiting to be sent to the store.").replace(
                "%1", str(side.pending_pushes)
            )
        for _what, message in side.refused:
            html += "<br><span style='color:#c0392b'>✖ " + escape(message) + "</span>"
        if side.mismatch:
            html += "<br><span style='color:#c0392b'>⚠ " + escape(side.mismatch) + "</span>"
        self.text.setText(html)
        problem = bool(side.mismatch or side.refused)
        self.push_button.setVisible(problem)
        self.accept_button.setVisible(bool(side.mismatch))

    def _after(self, _value: object = None) -> None:
        self.details.reload()
        self.details.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OrderDeskError):
            self.details.banner.show_error(str(exc))
        elif self.details.reporter is not None:
            self.details.reporter.report(exc)

    def push_again(self) -> None:
        if self.details.detail is None:
            return
        number, actor = self.details.detail.number, self.details.actor()
        self.details.runner.write(lambda: push_again(self.details.service, number, actor), self._after, self._failed)

    def accept_store(self) -> None:
        if self.details.detail is None:
            return
        number, actor = self.details.detail.number, self.details.actor()
        self.details.runner.write(lambda: accept_store(self.details.service, number, actor), self._after, self._failed)

    def open_store(self) -> None:
        if self.side is not None:
            QDesktopServices.openUrl(QUrl(self.side.admin_url))
