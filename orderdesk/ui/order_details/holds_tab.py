"""The order details window's "Holds" tab: the order's holds, putting one on and resolving one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QVBoxLayout, QWidget

from orderdesk.domain import OrderDetail
from orderdesk.ui.records_model import RecordsModel
from orderdesk.ui.times import when
from orderdesk.workflow import HOLD_LABELS, Hold

HOLDS_TAB = 2  # its place among the tabs: its title counts the active holds


def build_holds_tab(window: Any) -> QWidget:
    window.holds_model = RecordsModel(
        [
            QCoreApplication.translate("OrderDetailsWindow", "Hold"),
            QCoreApplication.translate("OrderDetailsWindow", "Reason"),
            QCoreApplication.translate("OrderDetailsWindow", "Since"),
            QCoreApplication.translate("OrderDetailsWindow", "By"),
            QCoreApplication.translate("OrderDetailsWindow", "Resolved"),
        ],
        window,
    )
    window.holds = window.records_table(window.holds_model, "holds")
    window.resolve = QPushButton(
        QCoreApplication.translate("OrderDetailsWindow", "Resolve hold…"), objectName="resolveHold"
    )
    window.resolve.clicked.connect(lambda _checked=False: resolve_hold(window))
    window.put_on_hold = QPushButton(
        QCoreApplication.translate("OrderDetailsWindow", "Put on hold…"), objectName="putOnHold"
    )
    window.put_on_hold.clicked.connect(lambda _checked=False: put_on_hold(window))
    holds = QWidget()
    hl = QVBoxLayout(holds)
    hl.addWidget(window.holds, 1)
    hold_buttons = QHBoxLayout()
    hold_buttons.addStretch(1)
    hold_buttons.addWidget(window.put_on_hold)
    hold_buttons.addWidget(window.resolve)
    hl.addLayout(hold_buttons)
    return holds


def show_holds(window: Any, d: OrderDetail) -> None:
    window.holds_model.set_rows(
        [
            (
                hold_label(window, h.kind),
                h.reason,
                when(h.created_at),
                h.created_by,
                f"{when(h.resolved_at)} {h.resolved_by}".strip()
                or QCoreApplication.translate("OrderDetailsWindow", "active"),
            )
            for h in d.holds
        ],
        keys=[h.kind if h.resolved_at is None else None for h in d.holds],
    )
    window.tabs.setTabText(
        HOLDS_TAB,
        QCoreApplication.translate("OrderDetailsWindow", "Holds (%1)").replace("%1", str(len(d.active_holds))),
    )
    window.resolve.setEnabled(bool(d.active_holds))


def hold_label(window: Any, kind: str) -> str:
    try:
        return HOLD_LABELS[Hold(kind)].get(window.language, HOLD_LABELS[Hold(kind)]["en"])
    except ValueError:
        return kind


def resolve_hold(window: Any) -> None:
    d = window.detail
    index = window.holds.currentIndex()
    kind = window.holds_model.key(index.row()) if index.isValid() else None
    if d is None:
        return
    if kind is None:
        active = d.active_holds
        if not active:
            return
        kind = active[0].kind
    reason, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("OrderDetailsWindow", "Resolve hold"),
        QCoreApplication.translate("OrderDetailsWindow", "What was done about it?"),
    )
    if not ok:
        return
    service, number, actor = window.service, d.number, window.actor()
    window.runner.write(lambda: service.resolve_hold(number, str(kind), actor, reason), window.after_save, window.save_failed)  # fmt: skip


def ask_new_hold(window: Any) -> tuple[str, str] | None:
    """(kind, reason) from the person, or None. Holds the app sets by itself (stock, carrier,
    pickup lock-out) are not offered. The window's ``ask_new_hold`` calls this (a test replaces that)."""
    kinds = [
        k for k in Hold if k not in (Hold.OUT_OF_STOCK, Hold.CARRIER_MISMATCH, Hold.PICKUP_LOCKED, Hold.COMPLAINT_DUE)
    ]
    names = [hold_label(window, k.value) for k in kinds]
    name, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("OrderDetailsWindow", "Put on hold"),
        QCoreApplication.translate("OrderDetailsWindow", "What is wrong?"),
        names,
        0,
        False,
    )
    if not ok:
        return None
    reason, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("OrderDetailsWindow", "Put on hold"),
        QCoreApplication.translate("OrderDetailsWindow", "Say why (the owner reads this):"),
    )
    return (kinds[names.index(name)].value, reason) if ok else None


def put_on_hold(window: Any) -> None:
    d = window.detail
    if d is None:
        return
    if window.has_unsaved_edits():  # the reload after the hold would throw the edits away
        window.banner.show_error(
            QCoreApplication.translate(
                "OrderDetailsWindow", "Save or undo your edits first, then put the order on hold."
            )
        )
        return
    asked = window.ask_new_hold()
    if asked is None:
        return
    kind, reason = asked
    service, number, actor = window.service, d.number, window.actor()

    def done(_hold: object) -> None:
        window.reload()
        window.changed.emit()

    window.runner.write(lambda: service.add_hold(number, kind, reason, actor), done, window.save_failed)
