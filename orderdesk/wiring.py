"""Building the services the way the window, the stations and the command line all use them.

One place decides which listeners an order service has (customer notifications write their
outbox rows inside every status change) and which modules declare settings, so no entry point
forgets one.
"""

from __future__ import annotations

import importlib

from orderdesk.db import Database
from orderdesk.services.orders import OrderService, ServiceConfig
from orderdesk.settings import Settings

# Modules that declare settings at import time (``orderdesk config list`` shows them all).
SETTINGS_MODULES = (
    "orderdesk.services.messaging.config",
    "orderdesk.services.carriers.registry",
    "orderdesk.services.users",
    "orderdesk.services.packing",
    "orderdesk.services.pickup",
    "orderdesk.services.channels.registry",
    "orderdesk.services.reports.options",
    "orderdesk.services.automation.rules",
)


def declare_all_settings() -> None:
    for name in SETTINGS_MODULES:
        importlib.import_module(name)


def order_service(db: Database) -> OrderService:
    """The order service with every listener of the app attached."""
    from orderdesk.services.channels.pushes import StorePushListener
    from orderdesk.services.messaging import NotificationListener

    declare_all_settings()
    country = Settings(db).get("shop.country")
    listeners = [NotificationListener(), StorePushListener()]
    return OrderService(db, listeners=listeners, config=ServiceConfig(default_country=country))
