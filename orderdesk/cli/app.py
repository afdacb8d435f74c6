"""The bare ``orderdesk`` (no command): opens the window, optionally on a demo database."""

from __future__ import annotations

import argparse
import os

from orderdesk.cli.common import open_db
from orderdesk.errors import ConfigurationError


def cmd_app(args: argparse.Namespace) -> int:
    demo_orders = 0
    if args.demo and not args.db and not os.environ.get("ORDERDESK_DATABASE_URL"):
        from orderdesk.demo_guard import default_demo_path, mark_demo
        from orderdesk.services.orders import OrderService

        args.db = str(default_demo_path())
        db = open_db(args)
        if not OrderService(db).query_ids(limit=1):
            mark_demo(db)
            demo_orders = args.demo_orders  # made once the window is up, with a progress dialog
        db.dispose()
    try:
        from orderdesk.ui.app import run_app
    except ImportError as exc:
        raise ConfigurationError(
            f"The window cannot start: {exc}. Install OrderDesk with its GUI dependencies."
        ) from None
    return run_app(args.db, demo_orders=demo_orders)
