"""Where demo orders may go: their own file by default, never silently among a shop's real orders.

A database filled by the demo is marked (a setting), so more demo orders can be added to it;
any other database that already holds orders is refused unless the caller says so explicitly.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from orderdesk.db import Database, data_dir
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.models import OrderRow
from orderdesk.settings import Settings, declare

DEMO_DATABASE = declare(
    "demo.database",
    bool,
    False,
    "This database was filled with demo orders (more may be added to it without asking)",
)


def default_demo_path() -> Path:
    """The demo's own file in the user's data folder, beside (never inside) the shop's database."""
    return data_dir() / "demo.sqlite3"


def check_demo_target(db: Database, *, allow_real_orders: bool = False) -> None:
    """Refuse a database holding orders that the demo did not make, unless explicitly allowed."""
    if allow_real_orders or Settings(db).get(DEMO_DATABASE.key):
        return
    with db.session() as s:
        count = s.scalar(select(func.count()).select_from(OrderRow)) or 0
    if count:
        raise ValidationError(
            _(
                "This database holds {n} orders that are not demo orders: demo orders would be mixed with them. "
                "Leave out --db to fill a separate demo database, or add --allow-real-orders if you mean it."
            ).format(n=count)
        )


def mark_demo(db: Database) -> None:
    Settings(db).set(DEMO_DATABASE.key, True)
