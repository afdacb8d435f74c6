"""Every number setting has its range, declared once with it, and every way in refuses the same."""

from __future__ import annotations

import pytest

from orderdesk.errors import ValidationError
from orderdesk.settings import OPTIONS, Settings
from orderdesk.wiring import declare_all_settings

declare_all_settings()
NUMBERS = sorted(k for k, o in OPTIONS.items() if o.type is int)


def test_every_number_setting_declares_its_range():
    assert NUMBERS
    missing = [k for k in NUMBERS if OPTIONS[k].low is None or OPTIONS[k].high is None]
    assert missing == [], "declare(..., low=, high=) for these settings"
    for key in NUMBERS:
        option = OPTIONS[key]
        assert option.low <= option.default <= option.high, key


@pytest.mark.parametrize("key", NUMBERS)
def test_out_of_range_values_are_refused_and_nothing_is_stored(db, key):
    settings = Settings(db)
    option = OPTIONS[key]
    for bad in (str(option.low - 1), str(option.high + 1), "-1" if option.low >= 0 else "99999999999", "9" * 5000):
        with pytest.raises(ValidationError) as err:
            settings.set(key, bad)
        assert key in str(err.value)
    with pytest.raises(ValidationError):
        settings.set(key, option.high + 1)  # a window passes numbers, not text
    assert settings.get(key) == option.default
    assert settings.set(key, str(option.high)) == option.high
