"""Reading a store's next page while the desk writes the previous one.

A first sync is a hundred pages: each costs the store's latency to fetch and our own time to
write. Fetching page n+1 in a helper thread while page n is written overlaps the two, so the
round takes about the larger of them, not their sum. At most ``ahead`` pages wait in memory.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

_DONE = object()


class _Failed:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def prefetched(pages: Iterable[T], *, ahead: int = 1) -> Iterator[T]:
    """The items of ``pages`` in order, read ``ahead`` items early in a daemon thread.

    An exception of the reader is raised here, at the item where it happened. When the caller
    stops early (an exception, ``close()``), the reader stops after the item it is reading.
    """
    waiting: queue.Queue = queue.Queue(maxsize=ahead)
    stop = threading.Event()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                waiting.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for page in pages:
                if not put(page):
                    return
        except BaseException as exc:  # handed to the consumer, raised there
            put(_Failed(exc))
            return
        put(_DONE)

    reader = threading.Thread(target=read, name="store-page-reader", daemon=True)
    reader.start()
    try:
        while True:
            item = waiting.get()
            if item is _DONE:
                return
            if isinstance(item, _Failed):
                raise item.exc
            yield item
    finally:
        stop.set()
        reader.join(timeout=30)
