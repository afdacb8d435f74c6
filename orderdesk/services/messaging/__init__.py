"""Customer notifications: SMS and e-mail on every step, exactly once.

Public entry points (imported lazily, so ``import orderdesk.services.messaging.models`` for the
table metadata stays light):
- ``NotificationListener``: register with ``OrderService(db, listeners=[NotificationListener()])``;
- ``run_outbox_once(db)``: one round of the sender (``orderdesk sync`` calls it);
- ``send_test(db, channel, to)``: the "Send test message" button and ``orderdesk notify test``.
"""

from __future__ import annotations

from typing import Any

_EXPORTS = {
    "NotificationListener": "orderdesk.services.messaging.listener",
    "run_outbox_once": "orderdesk.services.messaging.service",
    "send_test": "orderdesk.services.messaging.service",
    "default_get_secret": "orderdesk.services.messaging.service",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(_EXPORTS[name]), name)
