"""Rules that act by themselves: auto-confirm, payment chasing to cancellation, late orders.

The engine is imported when one of its names is first read (PEP 562): the window imports only
``rules`` before its first paint (the settings the cards read), and the engine maps tables of its
own (``orderdesk.models_extra``) that the board does not need until its menus are in.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from orderdesk.services.automation.engine import ACTOR, Action, Automation, AutomationResult

__all__ = ["ACTOR", "Action", "Automation", "AutomationResult"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("orderdesk.services.automation.engine"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
