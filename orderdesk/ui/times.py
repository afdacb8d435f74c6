"""Stored timestamps as people at this PC read them."""

from __future__ import annotations

from datetime import UTC, datetime


def when(at: datetime | None) -> str:
    """Local time for a stored timestamp (stored as naive UTC); empty for none."""
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().strftime("%Y-%m-%d %H:%M")
