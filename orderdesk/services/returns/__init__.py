"""Returns of an order's lines: ``ReturnService`` (one module per job: creating, receiving,
refunds, exchanges, reading), the words in ``kinds``, the plain objects in ``records``."""

from orderdesk.services.returns.creating import ReturnRequestLine
from orderdesk.services.returns.kinds import Disposition, ReturnReason, ReturnStatus, ShippingRefund
from orderdesk.services.returns.receiving import ReceivedLine
from orderdesk.services.returns.records import RefundQuote, Return, ReturnLine
from orderdesk.services.returns.service import ReturnService

__all__ = [
    "Disposition",
    "ReceivedLine",
    "RefundQuote",
    "Return",
    "ReturnLine",
    "ReturnReason",
    "ReturnRequestLine",
    "ReturnService",
    "ReturnStatus",
    "ShippingRefund",
]
