"""Complaints in the window: the list (Orders → Complaints…) and the order window's tab."""

from orderdesk.ui.complaints.list_window import ComplaintsMenu, ComplaintsWindow, install_complaints
from orderdesk.ui.complaints.order_tab import ComplaintsTab, attach_complaints

__all__ = ["ComplaintsMenu", "ComplaintsTab", "ComplaintsWindow", "attach_complaints", "install_complaints"]
