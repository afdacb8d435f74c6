"""Every table of the app: importing this registers each ORM module with ``Base.metadata``.

Migrations (autogenerate and the model/migration comparison test) need all of them; a module
that adds tables is listed here once.
"""

from __future__ import annotations

import orderdesk.models_extra
import orderdesk.services.messaging.models
import orderdesk.services.users  # noqa: F401
from orderdesk.models import Base

metadata = Base.metadata
