"""The app's window leaves what it has loaded out of Python's full garbage collections.

A full collection walks every tracked object with the interpreter lock held, whichever thread
starts it: a store round's worker that triggers one stalls the GUI thread as long (150-220 ms
measured with all the window's parts loaded). After the freeze a full collection walks only
what was made since.
"""

from __future__ import annotations

import gc
import time

import pytest


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()  # the rest of the test session collects as before


def _full_collection_seconds() -> float:
    """The quickest of three (a busy machine can only make one slower)."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        gc.collect(2)
        best = min(best, time.perf_counter() - started)
    return best


def test_the_apps_window_freezes_what_it_loaded(unfrozen, make_window):
    window = make_window(freeze_heap=True)
    assert window.menus_installed
    assert gc.get_freeze_count() > 50_000  # modules, classes, the window: all skipped from now on
    frozen = _full_collection_seconds()
    gc.unfreeze()
    walked = _full_collection_seconds()
    assert frozen < walked / 2, (frozen, walked)


def test_a_test_window_leaves_the_collector_alone(unfrozen, make_window):
    make_window()
    assert gc.get_freeze_count() == 0
