"""prefetched: the next page is read while the caller works on this one."""

from __future__ import annotations

import threading
import time
from contextlib import closing

import pytest

from orderdesk.services.channels.prefetch import prefetched


def test_items_come_in_order_and_all_of_them():
    assert list(prefetched(iter(range(50)), ahead=2)) == list(range(50))


def test_the_next_page_is_read_while_the_caller_works():
    def slow_pages():
        for i in range(5):
            time.sleep(0.1)  # the store's latency
            yield i

    t0 = time.perf_counter()
    for _page in prefetched(slow_pages()):
        time.sleep(0.1)  # writing the page
    # Read and written one after the other this is 1.0 s; overlapped about 0.6 s.
    assert time.perf_counter() - t0 < 0.85


def test_the_readers_error_is_raised_at_its_place():
    def failing():
        yield 1
        yield 2
        raise ConnectionError("the store went away")

    seen = []
    with pytest.raises(ConnectionError, match="went away"):
        for item in prefetched(failing()):
            seen.append(item)
    assert seen == [1, 2]


def test_stopping_early_stops_the_reader():
    read = []

    def endless():
        i = 0
        while True:
            read.append(i)
            yield i
            i += 1

    with closing(prefetched(endless(), ahead=1)) as pages:
        for item in pages:
            if item == 3:
                break
    assert len(read) <= 6  # this item, the one waiting and the one being read
    assert not any(t.name == "store-page-reader" and t.is_alive() for t in threading.enumerate())
