"""The store's and the carrier's statuses as words a person reads ("In transit", "On hold"), not
codes ("in_transit", "on-hold"). Shared by the board's cards, the order window's store strip and
the store mapping dialog; Qt only, so the board loads it without the channels' parts.

The store's words are WooCommerce's own labels; a plugin's status the desk does not know is shown
as the store wrote it. A carrier status is the milestone the carrier sync stores on a shipment
(services/carriers/status_maps.py, ``Milestone``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str, context: str = "StoreWords") -> str:
    return QCoreApplication.translate(context, text)


def store_status_text(status: str) -> str:
    """A WooCommerce order status as the shop's admin names it."""
    words = {
        "pending": _t("Pending payment"),
        "processing": _t("Processing"),
        "on-hold": _t("On hold"),
        "completed": _t("Completed"),
        "cancelled": _t("Cancelled"),
        "refunded": _t("Refunded"),
        "failed": _t("Failed"),
        "checkout-draft": _t("Draft"),
        "trash": _t("In the bin"),
    }
    return words.get(status, status)


def carrier_status_text(status: str) -> str:
    """A shipment's milestone (the carrier's latest word on the parcel)."""
    words = {
        "info": _t("Registered"),
        "created": _t("Label created"),
        "accepted": _t("Handed to the carrier"),
        "in_transit": _t("In transit"),
        "out_for_delivery": _t("Out for delivery"),
        "at_pickup_point": _t("At the pickup point"),
        "delivered": _t("Delivered"),
        "returning": _t("Returning to us"),
        "returned": _t("Returned to us"),
        "exception": _t("Delivery problem"),
        "cancelled": _t("Shipment cancelled"),
        "collected": _t("Collected"),
    }
    return words.get(status, status.replace("_", " "))


def delivery_text(method: str) -> str:
    words = {
        "pickup_shop": _t("Pickup at the shop"),
        "pickup_point": _t("Pickup point or parcel locker"),
        "own_courier": _t("Our own courier"),
        "carrier": _t("Carrier (buy a label)"),
    }
    return words.get(method, method)
