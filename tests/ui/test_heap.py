"""The app's window leaves what it has loaded out of Python's full garbage collections.

A full collection walks every tracked object with the interpreter lock held, whichever thread
starts it: a store round's worker that triggers one stalls the GUI thread as long (150-220 ms
measured with all the window's parts loaded). After the freeze a full collection walks only
what was made since.
"""

from __future__ import annotations

import gc
import threading
import time
import weakref

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


class _Cycle:
    def __init__(self) -> None:
        self.me = self  # only the cyclic collector frees it


def test_garbage_a_worker_makes_is_collected_on_the_gui_thread(qtbot):
    """With automatic collection a worker that allocates runs collections itself, and one that frees
    a Qt object off its thread can deadlock with the GUI thread; the app's collector prevents it."""
    from orderdesk.ui.heap import GuiThreadCollector

    collecting_threads: list[str] = []

    def seen(phase: str, _info: dict) -> None:
        if phase == "start":
            collecting_threads.append(threading.current_thread().name)

    gc.enable()  # the app's state before the collector starts (the test session keeps it off)
    collector = GuiThreadCollector(interval_ms=10)
    collector.start()
    gc.callbacks.append(seen)
    kept: list[weakref.ref] = []
    try:

        def make_garbage() -> None:
            for i in range(30_000):
                cycle = _Cycle()
                if i % 1_000 == 0:
                    kept.append(weakref.ref(cycle))

        worker = threading.Thread(target=make_garbage, name="worker")
        worker.start()
        worker.join()
        assert collecting_threads == [] and all(ref() is not None for ref in kept)
        qtbot.waitUntil(lambda: all(ref() is None for ref in kept), timeout=5000)
        assert set(collecting_threads) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(seen)
        collector.stop()
        assert gc.isenabled()  # as it was before the collector started
        gc.disable()


def test_the_interpreters_thresholds_pick_the_generation(monkeypatch):
    from orderdesk.ui import heap

    monkeypatch.setattr(heap.gc, "get_threshold", lambda: (700, 10, 10))
    for counts, due in (
        ((700, 0, 0), None),
        ((701, 3, 0), 0),
        ((701, 11, 4), 1),
        ((701, 11, 11), 2),
        ((5, 11, 11), None),
    ):
        monkeypatch.setattr(heap.gc, "get_count", lambda counts=counts: counts)
        assert heap.generation_due() == due, counts


def test_a_collected_bench_with_a_scanner_is_torn_down_quietly(qtbot):
    """The collector clears a closed window's Python parts before Qt deletes it, and the deletion
    still sends events through the application-wide scanner filter: it must not read itself first
    (an AttributeError per event before). pytest-qt fails the test on any error in the loop."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from orderdesk.ui.scanner import ScannerFilter

    class Bench(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.edit = QLineEdit(self)
            QVBoxLayout(self).addWidget(self.edit)
            self.scanner = ScannerFilter(self)
            self.scanner.install()
            self.me = self  # only the collector frees it, as a closed dialog kept in a cycle

    for _ in range(5):
        bench = Bench()
        bench.show()
        bench.edit.setFocus()
        qtbot.wait(10)
        bench.close()
        del bench
        gc.collect()
        qtbot.wait(10)
