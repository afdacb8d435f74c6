"""Customer notifications: SMS and e-mail on every step, exactly once (issue 6).

Public entry points:
- ``NotificationListener``: register with ``OrderService(db, listeners=[NotificationListener()])``;
- ``run_outbox_once(db)``: one round of the sender (``orderdesk sync`` calls it);
- ``send_test(...)``: the "Send test message" button and ``orderdesk notify test``.
"""

from __future__ import annotations

from orderdesk.services.messaging import models as _models  # noqa: F401  (tables on Base.metadata)
from orderdesk.services.messaging.outbox import NotificationListener
from orderdesk.services.messaging.service import default_get_secret, run_outbox_once, send_test

__all__ = ["NotificationListener", "default_get_secret", "run_outbox_once", "send_test"]
