"""Where this user's OrderDesk files live (database, logs, labels, backups, this PC's connection)."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """The user's data folder (database, logs, labels); ORDERDESK_DATA_DIR overrides it."""
    override = os.environ.get("ORDERDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path  # only when asked: a command given --db never is

        path = user_data_path("OrderDesk", appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Where this user's OrderDesk keeps what it can make again (parsed fonts); not created here.

    Inside the data folder when ORDERDESK_DATA_DIR moves it, so a test or a portable copy keeps
    everything in one place; otherwise the platform's cache folder.
    """
    override = os.environ.get("ORDERDESK_DATA_DIR")
    if override:
        return Path(override) / "cache"
    from platformdirs import user_cache_path

    return user_cache_path("OrderDesk", appauthor=False)
