"""Building the services the way the window, the stations and the command line all use them.

One place decides which listeners an order service has (customer notifications write their
outbox rows inside every status change) and which modules declare settings, so no entry point
forgets one.
"""

from __future__ import annotations

import importlib

from orderdesk.db import Database
from orderdesk.services.orders import OrderService, ServiceConfig
from orderdesk.services.orders.events import HoldAdded, StatusChanged
from orderdesk.settings import Settings

# Modules that declare settings at import time (``orderdesk config list`` shows them all).
SETTINGS_MODULES = (
    "orderdesk.services.messaging.config",
    "orderdesk.services.carriers.registry",
    "orderdesk.services.users",
    "orderdesk.services.packing",
    "orderdesk.services.pickup",
)


def declare_all_settings() -> None:
    """Import every module that declares settings: the window, the stations and ``config`` show them all."""
    for name in SETTINGS_MODULES:
        importlib.import_module(name)


class _Notifications:
    """The notifications' listener, imported on the first change it hears of.

    It brings the messaging package (templates, gateways, their settings) with it; a command
    that only reads orders never changes one, so it never pays for that import.
    """

    def __init__(self) -> None:
        self._listener = None

    def __call__(self, s, event: StatusChanged | HoldAdded) -> None:
        if self._listener is None:
            from orderdesk.services.messaging import NotificationListener

            self._listener = NotificationListener()
        self._listener(s, event)


def order_service(db: Database) -> OrderService:
    """The order service with every listener of the app attached."""
    country = Settings(db).get("shop.country")
    return OrderService(db, listeners=[_Notifications()], config=ServiceConfig(default_country=country))
