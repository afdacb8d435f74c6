"""Python's garbage collection in a Qt program: only on the GUI thread, and not over the start-up.

Where collections run. Automatic collection runs on whichever thread happens to allocate. When
a worker's collection frees a cycle holding a Qt object made on the GUI thread, ``~QObject`` runs
on that worker: it takes Qt's signal-connection lock and then waits for the interpreter lock
(PySide looks the object up), while the GUI thread, holding the interpreter lock, waits for that
same Qt lock in ``connect()`` (building any widget connects signals). Neither ever goes on: the
window freezes for good (seen as a test run that never ended, stacks taken with py-spy). Qt's
rule is that a QObject is destroyed in its own thread, so ``GuiThreadCollector`` switches
automatic collection off and runs the interpreter's own thresholds from a GUI-thread timer.

Event filters check the event's type before anything of their own. A collection that frees a
closed window clears the attributes of its Python parts before Qt deletes the window, and the
deletion still sends events (hide, focus, child removed) through the filters installed on the
window or the application: a filter that read ``self.window`` first raised there.

How much they walk. A full (generation 2) collection walks every object the process holds and
keeps the interpreter lock while it does. Once the window has imported its parts that is
hundreds of thousands of objects (Qt bindings, SQLAlchemy, the services): 150-220 ms a collection
measured on the store benchmark. ``gc.freeze()`` moves everything alive at that moment (modules,
classes, the window) to a permanent generation that collections skip (the Python docs' gc.freeze:
"to avoid ... expensive full collections"), so later ones walk only what was made since.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

CHECK_MS = 250  # how often the GUI thread looks at the allocation counts


def freeze_startup_objects() -> int:
    """Exclude what the app has loaded so far from future collections; returns how many objects.

    Called once the window and its parts are built. Garbage alive in a cycle right now would stay
    for good, so what is collectable is collected first: one full collection at start-up, while
    nobody works yet, instead of one in every store or tracking round.
    """
    gc.collect()
    gc.freeze()
    frozen = gc.get_freeze_count()
    log.info("start-up objects excluded from garbage collection: %d", frozen)
    return frozen


def generation_due() -> int | None:
    """The generation the interpreter would collect now (its thresholds, gc.set_threshold), or None.

    Generation 0 once more objects were allocated than freed past the first threshold; an older
    one once the younger has been collected more often than its threshold since it last was."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if thresholds[0] == 0 or counts[0] <= thresholds[0]:
        return None
    due = 0
    for generation in (1, 2):
        if counts[generation] > thresholds[generation]:
            due = generation
        else:
            break
    return due


class GuiThreadCollector(QObject):
    """Runs every garbage collection on the thread that owns this object (the GUI thread)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._was_enabled = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()  # no collection on a worker thread from now on
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect_if_due(self) -> int | None:
        generation = generation_due()
        if generation is not None:
            gc.collect(generation)
        return generation
