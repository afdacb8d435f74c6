"""Building the services the way the window, the stations and the command line all use them.

One place decides which listeners an order service has (customer notifications write their
outbox rows inside every status change) and which modules declare settings, so no entry point
forgets one.
"""

from __future__ import annotations

import importlib

from orderdesk.db import Database
from orderdesk.services.orders import OrderService, ServiceConfig
from orderdesk.services.orders.events import OrderEvent
from orderdesk.settings import Settings

# Modules that declare settings at import time (``orderdesk config list`` shows them all).
SETTINGS_MODULES = (
    "orderdesk.services.messaging.config",
    "orderdesk.services.carriers.registry",
    "orderdesk.services.users",
    "orderdesk.services.packing",
    "orderdesk.services.pickup",
    "orderdesk.services.first_start",
    "orderdesk.services.backups",
    "orderdesk.services.channels.registry",
    "orderdesk.services.reports.options",
    "orderdesk.services.automation.rules",
    "orderdesk.services.returns.kinds",
    "orderdesk.services.complaints.rules",
)


def declare_all_settings() -> None:
    """Import every module that declares settings: the window, the stations and ``config`` show them all."""
    for name in SETTINGS_MODULES:
        importlib.import_module(name)


class _Lazy:
    """A listener imported on the first change it hears of.

    The listeners bring their packages with them (messaging: templates and gateways; channels:
    the store clients and HTTP); a command that only reads orders never changes one, so it
    never pays for those imports.
    """

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name
        self._listener = None

    def __call__(self, s, event: OrderEvent) -> None:
        if self._listener is None:
            self._listener = getattr(importlib.import_module(self.module), self.name)()
        self._listener(s, event)


class _StorePushes(_Lazy):
    """Store pushes: only an order that came from a web store has one to tell, so the store
    clients (and their HTTP library) load on the first change of such an order."""

    def __call__(self, s, event: OrderEvent) -> None:
        from orderdesk.models import OrderRow

        row = s.get(OrderRow, event.order_id)  # already in the change's session: no query
        if row is not None and row.channel_id is not None:
            super().__call__(s, event)


class _AutomationRules:
    """The automation listener, imported on the first new order or payment it hears of."""

    def __init__(self, service: OrderService) -> None:
        self.service = service
        self._listener = None

    def __call__(self, s, event: OrderEvent) -> None:
        if type(event).__name__ not in ("OrderCreated", "PaymentRecorded"):
            return  # status changes and holds: nothing for it, and nothing to import
        if self._listener is None:
            self._listener = importlib.import_module("orderdesk.services.automation.listener").AutomationListener(
                self.service
            )
        self._listener(s, event)


def order_service(db: Database) -> OrderService:
    """The order service with every listener of the app attached: customer notifications and store pushes."""
    country = Settings(db).get("shop.country")
    listeners = [
        _Lazy("orderdesk.services.messaging", "NotificationListener"),
        _StorePushes("orderdesk.services.channels.pushes", "StorePushListener"),
    ]
    service = OrderService(db, listeners=listeners, config=ServiceConfig(default_country=country))
    # The rules that act inside a change's transaction (auto-confirm on creation and payment)
    # move the order through this same service, so its messages are queued in that commit.
    service.listeners.append(_AutomationRules(service))
    return service
