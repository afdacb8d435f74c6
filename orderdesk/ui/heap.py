"""Keep Python's full garbage collections off the GUI's back.

A full (generation 2) collection walks every object the process holds and keeps the interpreter
lock while it does, whichever thread triggers it. Once the window has imported its parts that is
hundreds of thousands of objects (Qt bindings, SQLAlchemy, the services): 150-220 ms a collection
measured on the store benchmark, so a store round's worker that allocates enough to trigger one
froze the window for as long. ``gc.freeze()`` moves everything alive at that moment (modules,
classes, the window) to a permanent generation that collections skip (the Python docs' gc.freeze:
"to avoid ... expensive full collections"), so later ones walk only what was made since.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)


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
