"""What a print or save does off the GUI thread, as plain functions of plain values.

The worker reads the orders, renders and hands the document to the print system (or writes
the file). History entries are *collected* while it works and written afterwards on the
task runner's single database writer, so a slow printer never holds up other writes and a
failed print writes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orderdesk.domain import Actor
from orderdesk.services.orders import OrderService
from orderdesk.services.print_jobs import DocumentRequest, Outcome, PrintJobService, shop_from_settings
from orderdesk.services.printing import PrintSystem
from orderdesk.settings import Settings


@dataclass(frozen=True)
class HistoryCall:
    number: str
    kind: str
    actor: Actor
    to_value: str
    reason: str
    details: dict | None


class CollectedHistory:
    """A ``HistoryWriter`` that remembers the entries; ``write_to`` stores them later, in one go."""

    def __init__(self) -> None:
        self.calls: list[HistoryCall] = []

    def record_history(
        self, number: str, kind: str, actor: Actor, to_value: str = "", reason: str = "", details: dict | None = None
    ) -> None:
        self.calls.append(HistoryCall(number, kind, actor, to_value, reason, details))

    @staticmethod
    def write_to(service: OrderService, calls: Sequence[HistoryCall]) -> int:
        # A batch print collects one entry per order with the same note: one transaction per run of those.
        runs: list[tuple[HistoryCall, list[str]]] = []
        for c in calls:
            head = runs[-1][0] if runs else None
            if head is not None and (head.kind, head.actor, head.to_value, head.reason, head.details) == (
                c.kind, c.actor, c.to_value, c.reason, c.details
            ):  # fmt: skip
                runs[-1][1].append(c.number)
            else:
                runs.append((c, [c.number]))
        for head, numbers in runs:
            service.record_history_many(numbers, head.kind, head.actor, head.to_value, head.reason, head.details)
        return len(calls)


class ProgressBox:
    """(done, total) written by the worker, read by a GUI timer: no signal crosses threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = (0, 0)

    def __call__(self, done: int, total: int) -> None:
        with self._lock:
            self._value = (done, total)

    def read(self) -> tuple[int, int]:
        with self._lock:
            return self._value


@dataclass(frozen=True)
class JobResult:
    """What the worker did; ``history`` still has to be written (on the writer lane)."""

    action: str  # print or save
    kind: str
    numbers: tuple[str, ...]
    outcome: Outcome
    printer: str = ""
    history: tuple[HistoryCall, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class JobSpec:
    """Everything the worker needs, captured on the GUI thread (no widget inside)."""

    service: OrderService
    print_system: PrintSystem | None
    order_ids: tuple[int, ...]
    request: DocumentRequest
    actor: Actor
    printer: str = ""  # print to this printer ...
    path: Path | None = None  # ... or save to this file
    copies: int = 1


def run_job(spec: JobSpec, progress: Callable[[int, int], None] | None = None) -> JobResult:
    """Read, render, print or save. Raises what the services raise (PrintError, ValidationError...)."""
    service = spec.service
    orders = service.get_many_by_id(spec.order_ids)  # a few statements for the whole batch
    shop = shop_from_settings(Settings(service.db))
    history = CollectedHistory()
    jobs = PrintJobService(shop, history, spec.print_system)
    outcome: Any
    if spec.path is not None:
        outcome = jobs.save(spec.request, orders, spec.path, spec.actor, progress)
        action = "save"
    else:
        outcome = jobs.print(spec.request, orders, spec.printer, spec.actor, copies=spec.copies, progress=progress)
        action = "print"
    return JobResult(
        action,
        spec.request.kind,
        tuple(o.number for o in orders),
        outcome,
        spec.printer,
        tuple(history.calls),
    )
