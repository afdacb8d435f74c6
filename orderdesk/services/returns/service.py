"""``ReturnService``: returns line by line — ask, accept or reject, receive, refund, exchange —
each change with its history on the order, in one transaction with the order moves it causes."""

from __future__ import annotations

from orderdesk.services.returns.creating import CreatingMixin
from orderdesk.services.returns.exchanges import ExchangesMixin
from orderdesk.services.returns.photos import PhotosMixin
from orderdesk.services.returns.reading import ReadingMixin
from orderdesk.services.returns.receiving import ReceivingMixin
from orderdesk.services.returns.refunds import RefundsMixin


class ReturnService(ReadingMixin, CreatingMixin, ReceivingMixin, RefundsMixin, ExchangesMixin, PhotosMixin):
    """Returns of an order's lines; built over the app's ``OrderService`` (its listeners notify)."""
