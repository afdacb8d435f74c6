"""The order details window's "Delivery & shipments" tab: how it goes, its shipments, their tracking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from orderdesk.domain import OrderDetail
from orderdesk.services.sync import StoredEvent, freshness
from orderdesk.ui.records_model import RecordsModel
from orderdesk.ui.store_words import carrier_status_text
from orderdesk.ui.times import when


def build_delivery_tab(window: Any) -> QWidget:
    window.delivery_info = QLabel(objectName="deliveryInfo")
    window.delivery_info.setTextFormat(Qt.TextFormat.RichText)
    window.delivery_info.setWordWrap(True)
    window.shipments_model = RecordsModel(
        [
            QCoreApplication.translate("OrderDetailsWindow", "Carrier"),
            QCoreApplication.translate("OrderDetailsWindow", "Service"),
            QCoreApplication.translate("OrderDetailsWindow", "Tracking number"),
            QCoreApplication.translate("OrderDetailsWindow", "Status"),
            QCoreApplication.translate("OrderDetailsWindow", "Created"),
            QCoreApplication.translate("OrderDetailsWindow", "Last checked"),
        ],
        window,
    )
    window.shipments = window.records_table(window.shipments_model, "shipments")
    window.events_model = RecordsModel(
        [
            QCoreApplication.translate("OrderDetailsWindow", "When"),
            QCoreApplication.translate("OrderDetailsWindow", "Carrier"),
            QCoreApplication.translate("OrderDetailsWindow", "Tracking number"),
            QCoreApplication.translate("OrderDetailsWindow", "Event"),
            QCoreApplication.translate("OrderDetailsWindow", "Where"),
            QCoreApplication.translate("OrderDetailsWindow", "Milestone"),
        ],
        window,
    )
    window.events = window.records_table(window.events_model, "trackingEvents")
    delivery = QWidget()
    dl = QVBoxLayout(delivery)
    dl.addWidget(window.delivery_info)
    dl.addWidget(QLabel(QCoreApplication.translate("OrderDetailsWindow", "Shipments")))
    dl.addWidget(window.shipments, 1)
    dl.addWidget(QLabel(QCoreApplication.translate("OrderDetailsWindow", "Tracking events (newest first)")))
    dl.addWidget(window.events, 2)
    return delivery


def show_delivery(window: Any, d: OrderDetail) -> None:
    window.delivery_info.setText(delivery_text(window, d))
    window.shipments_model.set_rows(
        [
            (
                s.carrier,
                QCoreApplication.translate("OrderDetailsWindow", "return parcel %1").replace("%1", s.return_number)
                if s.is_return
                else s.service,
                s.tracking_number,
                QCoreApplication.translate("OrderDetailsWindow", "cancelled") if s.cancelled else s.status,
                when(s.created_at),
                freshness(s.last_synced_at) if s.carrier not in ("own_courier", "pickup") else "",
            )
            for s in d.shipments
        ]
    )


def show_events(window: Any, events: list[StoredEvent]) -> None:
    newest_first = list(reversed(events))
    window.events_model.set_rows(
        [
            (when(e.at), e.carrier, e.tracking_number, e.description or e.code, e.location,
             carrier_status_text(e.milestone) if e.milestone else "")
            for e in newest_first
        ]
    )  # fmt: skip


def delivery_method_text(window: Any, method: str) -> str:
    texts = {
        "carrier": QCoreApplication.translate("OrderDetailsWindow", "carrier"),
        "own_courier": QCoreApplication.translate("OrderDetailsWindow", "own courier"),
        "pickup_shop": QCoreApplication.translate("OrderDetailsWindow", "pickup at the shop"),
        "pickup_point": QCoreApplication.translate("OrderDetailsWindow", "pickup point"),
    }
    return texts.get(str(method), str(method).replace("_", " "))


def delivery_text(window: Any, d: OrderDetail) -> str:
    rows = [
        QCoreApplication.translate("OrderDetailsWindow", "Delivery: <b>%1</b>").replace(
            "%1", delivery_method_text(window, d.delivery_method)
        )
    ]
    if d.pickup_point_code:
        rows.append(
            QCoreApplication.translate("OrderDetailsWindow", "Pickup point: %1").replace("%1", d.pickup_point_code)
        )
    if d.pickup_code:
        rows.append(QCoreApplication.translate("OrderDetailsWindow", "Pickup code: %1").replace("%1", d.pickup_code))
    if d.shelf_slot:
        rows.append(QCoreApplication.translate("OrderDetailsWindow", "Shelf: %1").replace("%1", d.shelf_slot))
    if d.tracking_number:
        rows.append(
            QCoreApplication.translate("OrderDetailsWindow", "Tracking: <b>%1</b>").replace("%1", d.tracking_number)
        )
    if d.address.complete:
        rows.append(", ".join(d.address.lines()))
    return "<br>".join(rows)
