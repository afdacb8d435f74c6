"""Pure rules of the sync: forward steps along the path, freshness text."""

from __future__ import annotations

from datetime import datetime, timedelta

from orderdesk.services.sync import _steps, freshness
from orderdesk.workflow import FORWARD, Status

S = Status


def test_steps_walk_forward_only():
    assert _steps(S.PACKED, S.IN_TRANSIT) == [S.SHIPPED, S.IN_TRANSIT]
    assert _steps(S.SHIPPED, S.DELIVERED) == [S.DELIVERED]
    assert _steps(S.PACKED, S.DELIVERED) == [S.SHIPPED, S.DELIVERED]
    assert _steps(S.IN_TRANSIT, S.SHIPPED) == []
    assert _steps(S.DELIVERED, S.IN_TRANSIT) == []
    assert _steps(S.IN_TRANSIT, S.RETURNED) == [S.RETURNED]
    assert _steps(S.PACKED, S.RETURNED) == []


def test_every_step_is_a_workflow_move():
    for start in (S.PACKED, S.SHIPPED, S.IN_TRANSIT):
        for target in (S.SHIPPED, S.IN_TRANSIT, S.DELIVERED, S.RETURNED):
            current = start
            for step in _steps(start, target):
                assert step in FORWARD[current], (start, target, step)
                current = step


def test_freshness_text():
    now = datetime(2026, 1, 1, 12, 0)
    assert freshness(None) == "tracking not checked yet"
    assert freshness(now, now) == "tracking updated just now"
    assert freshness(now - timedelta(minutes=7), now) == "tracking updated 7 min ago"
    assert freshness(now - timedelta(hours=5), now) == "tracking updated 5 h ago"
    assert freshness(now - timedelta(days=3), now) == "tracking updated 3 days ago"


def test_round_due():
    from orderdesk.services.sync import round_due

    now = datetime(2026, 1, 1, 12, 0)
    assert round_due(None, 15, now)
    assert not round_due(now - timedelta(minutes=14), 15, now)
    assert round_due(now - timedelta(minutes=15), 15, now)
