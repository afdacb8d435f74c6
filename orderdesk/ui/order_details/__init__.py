"""One order's details window: everything about the order and the edits its status allows."""

from orderdesk.ui.order_details.window import OrderDetailsWindow

__all__ = ["OrderDetailsWindow"]
