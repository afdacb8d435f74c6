"""What every carrier window needs, built once per main window and passed in (no singletons)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from orderdesk.domain import Actor
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.credentials import Credentials
from orderdesk.services.orders import OrderService
from orderdesk.services.shipping import ShippingService
from orderdesk.settings import Settings
from orderdesk.ui.crash import ErrorReporter
from orderdesk.ui.tasks import TaskRunner


@dataclass
class CarrierContext:
    orders: OrderService
    runner: TaskRunner
    actor: Callable[[], Actor]
    reporter: ErrorReporter | None = None
    settings: Settings | None = None
    credentials: Credentials = field(default_factory=Credentials)
    labels_dir: Path | None = None  # None: the labels folder in the user data folder

    def __post_init__(self) -> None:
        if self.settings is None:
            self.settings = Settings(self.orders.db)

    # A fresh registry per job (worker side): it reads the base URLs and secrets as they are now,
    # so a change in the carrier settings counts from the next job on; the caller closes it.
    def registry(self) -> CarrierRegistry:
        return CarrierRegistry(self.settings, self.credentials)

    def shipping(self, registry: CarrierRegistry) -> ShippingService:
        return ShippingService(
            self.orders.db, self.orders, registry, labels_dir=self.labels_dir, settings=self.settings
        )

    def report(self, exc: BaseException, context: str = "") -> None:
        if self.reporter is not None:
            self.reporter.report(exc, context)
        else:
            self.runner.default_failure(exc)
