"""The store's and the carrier's statuses as words a person reads ("In transit", "On hold"), not
codes ("in_transit", "on-hold"). Shared by the board's cards, the order window's store strip and
the store mapping dialog; Qt only, so the board loads it without the channels' parts.

The store's words are WooCommerce's own labels; a plugin's status the desk does not know is shown
as the store wrote it. A carrier status is the milestone the carrier sync stores on a shipment
(services/carriers/status_maps.py, ``Milestone``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, context: str = "StoreWords") -> str:
    return QCoreApplication.translate(context, text)


def store_status_text(status: str) -> str:
    """A WooCommerce order status as the shop's admin names it."""
    words = {
        "pending": tr("Pending payment"),
        "processing": tr("Processing"),
        "on-hold": tr("On hold"),
        "completed": tr("Completed"),
        "cancelled": tr("Cancelled"),
        "refunded": tr("Refunded"),
        "failed": tr("Failed"),
        "checkout-draft": tr("Draft"),
        "trash": tr("In the bin"),
    }
    return words.get(status, status)


def store_status_short(status: str) -> str:
    """The store's status in fewer words, for a narrow card ("Pending" for "Pending payment");
    the full words where they are short already."""
    words = {"pending": tr("Pending")}
    return words.get(status) or store_status_text(status)


def carrier_status_text(status: str) -> str:
    """A shipment's milestone (the carrier's latest word on the parcel)."""
    words = {
        "info": tr("Registered"),
        "created": tr("Label created"),
        "accepted": tr("Handed to the carrier"),
        "in_transit": tr("In transit"),
        "out_for_delivery": tr("Out for delivery"),
        "at_pickup_point": tr("At the pickup point"),
        "delivered": tr("Delivered"),
        "returning": tr("Returning to us"),
        "returned": tr("Returned to us"),
        "exception": tr("Delivery problem"),
        "cancelled": tr("Shipment cancelled"),
        "collected": tr("Collected"),
    }
    return words.get(status, status.replace("_", " "))


def delivery_text(method: str) -> str:
    words = {
        "pickup_shop": tr("Pickup at the shop"),
        "pickup_point": tr("Pickup point or parcel locker"),
        "own_courier": tr("Our own courier"),
        "carrier": tr("Carrier (buy a label)"),
    }
    return words.get(method, method)
