"""Plain stand-ins for the order, line and customer rows that a bulk create writes with Core.

A bulk import builds thousands of rows it never reads back through the ORM; an instrumented
``OrderRow`` costs more to build than SQLite takes to store it. These objects carry the same
attributes (columns and the relationships the builders use), so the one order builder
(``CreatingMixin._build_order``) fills either kind, and ``order_bulk`` writes their ``__dict__``.
"""

from __future__ import annotations


class PlainRow:
    """Attributes only; a column not set gets its column default when written."""

    id: int | None = None

    def __init__(self, **values) -> None:
        self.__dict__.update(values)


class PlainCustomer(PlainRow):
    pass


class PlainLine(PlainRow):
    product = None


class PlainOrder(PlainRow):
    # What ``rows.refresh`` reads of a new order that has no holds or shipments yet.
    search_text = ""

    def __init__(self, **values) -> None:
        super().__init__(**values)
        self.holds: list = []
        self.shipments: list = []
        self.lines: list = []
