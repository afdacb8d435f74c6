"""Complaints (reklamacja / претензия / 投诉): a customer's claim on an order, the day the shop
must answer by, reminders before it and the decision."""

from orderdesk.services.complaints.rules import ASKS, DECISIONS, due_date
from orderdesk.services.complaints.service import Complaint, ComplaintService

__all__ = ["ASKS", "DECISIONS", "Complaint", "ComplaintService", "due_date"]
