"""The late rule with a fixed clock: an open order waiting the target or longer in one status is
late; awaiting payment (the chasing rules' own), closed orders and a target of 0 never are."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from orderdesk.workflow import LATE_WATCHED, Status, is_late, late_targets

NOW = datetime(2026, 11, 20, 12, 0)


@pytest.mark.parametrize(
    ("status", "waited_h", "target_h", "late"),
    [
        (Status.CONFIRMED, 48, 48, True),  # exactly the target: late
        (Status.CONFIRMED, 47.9, 48, False),
        (Status.PACKED, 100, 24, True),
        (Status.AWAITING_PAYMENT, 100, 24, False),  # chased, not escalated
        (Status.COMPLETED, 1000, 24, False),  # closed
        (Status.NEW, 1000, 0, False),  # rule off
    ],
)
def test_is_late(status, waited_h, target_h, late):
    assert is_late(status, NOW - timedelta(hours=waited_h), NOW, target_h) is late


def test_watched_statuses_are_the_open_ones_but_awaiting_payment():
    assert Status.AWAITING_PAYMENT not in LATE_WATCHED
    assert {Status.NEW, Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED, Status.SHIPPED} <= set(LATE_WATCHED)
    assert not {Status.COMPLETED, Status.CANCELLED, Status.REFUNDED} & set(LATE_WATCHED)


def test_targets_per_status_override_the_common_one():
    targets = late_targets(48, "new=4, packed=24; confirmed=0")
    assert targets[Status.NEW] == 4 and targets[Status.PACKED] == 24 and targets[Status.ASSEMBLING] == 48
    assert is_late(Status.NEW, NOW - timedelta(hours=5), NOW, targets)
    assert not is_late(Status.CONFIRMED, NOW - timedelta(hours=500), NOW, targets)  # 0: never
    assert not is_late(Status.ASSEMBLING, NOW - timedelta(hours=47), NOW, targets)


@pytest.mark.parametrize("bad", ["new", "new=x", "nonsense=4", "awaiting_payment=4", "completed=4"])
def test_a_bad_override_is_refused(bad):
    from orderdesk.errors import ValidationError
    from orderdesk.settings import Settings
    from orderdesk.wiring import declare_all_settings

    declare_all_settings()
    with pytest.raises(ValueError):
        late_targets(48, bad)
    with pytest.raises(ValidationError, match="new=4, packed=24"):
        Settings.check("automation.late_hours_by_status", bad)
