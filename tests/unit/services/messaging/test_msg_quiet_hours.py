"""Quiet hours: when an SMS is held and until when (time zones, overnight windows)."""

from __future__ import annotations

from datetime import datetime, time

from orderdesk.services.messaging.config import SenderConfig, parse_quiet_hours
from orderdesk.services.messaging.sender import OutboxSender


def quiet_until(now, hours="21:00-08:00", tz="Europe/Warsaw"):
    sender = OutboxSender.__new__(OutboxSender)  # only the pure helper is used
    return sender._quiet_until(SenderConfig(quiet_hours=parse_quiet_hours(hours), timezone=tz), now)


def test_overnight_window_in_the_shop_time_zone():
    # 21:30 UTC is 22:30 in Warsaw (CET): held until 08:00 Warsaw = 07:00 UTC next day.
    assert quiet_until(datetime(2026, 11, 22, 21, 30)) == datetime(2026, 11, 23, 7, 0)
    # 05:00 UTC = 06:00 Warsaw: held until 07:00 UTC the same day.
    assert quiet_until(datetime(2026, 11, 23, 5, 0)) == datetime(2026, 11, 23, 7, 0)
    assert quiet_until(datetime(2026, 11, 23, 12, 0)) is None
    # Moscow has no DST: 19:00 UTC = 22:00 MSK.
    assert quiet_until(datetime(2026, 7, 1, 19, 0), tz="Europe/Moscow") == datetime(2026, 7, 2, 5, 0)


def test_daytime_window_and_none():
    assert quiet_until(datetime(2026, 11, 22, 13, 0), "13:00-14:00", "UTC") == datetime(2026, 11, 22, 14, 0)
    assert quiet_until(datetime(2026, 11, 22, 14, 0), "13:00-14:00", "UTC") is None
    assert parse_quiet_hours("") is None
    assert parse_quiet_hours(" 22:00 - 07:30 ") == (time(22), time(7, 30))
