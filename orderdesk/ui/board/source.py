"""What the board needs from the data layer, as a small interface the models depend on.

The models never run queries themselves: they ask a ``BoardSource`` (through the task runner,
so on a worker thread) for pages of plain ``OrderSummary`` objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Protocol

from orderdesk.domain import OrderSummary
from orderdesk.workflow import Status


@dataclass(frozen=True)
class BoardFilter:
    """What the search box and the filter bar ask for; empty means 'everything'."""

    search: str = ""
    delivery_method: str = ""
    payment_state: str = ""  # domain.payment_state values
    holds_only: bool = False  # "Needs attention"
    created_from: date | None = None
    created_to: date | None = None  # inclusive
    assigned_to: str = ""  # "My orders": the signed-in person's name
    # With holds_only: also orders late by these targets, ((status, hours), ...) (workflow.late_targets).
    late_targets: tuple[tuple[str, int], ...] = ()

    @property
    def is_empty(self) -> bool:
        return replace(self, late_targets=()) == BoardFilter()


@dataclass(frozen=True)
class ColumnPage:
    """One page of a column: the rows asked for and how many the column holds in all."""

    total: int
    rows: Sequence[OrderSummary] = field(default_factory=tuple)


class BoardSource(Protocol):
    """Implemented over the order service (``service_source.ServiceBoardSource``)."""

    def load_board(self, statuses: Sequence[Status], flt: BoardFilter, limit: int) -> dict[Status, ColumnPage]:
        """The first ``limit`` cards and the count of every column, in one go."""
        ...

    def load_page(self, status: Status, flt: BoardFilter, offset: int, limit: int) -> ColumnPage:
        """The next cards of one column (scrolling)."""
        ...

    def summaries(self, ids: Sequence[int]) -> list[OrderSummary]:
        """Fresh rows for some cards (after a move, a conflict or an edit)."""
        ...

    def change_marker(self) -> object:
        """A cheap value that changes whenever any order changes (polled for refresh)."""
        ...
