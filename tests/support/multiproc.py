"""Several PCs in one test: each worker is its own PROCESS (spawned, not forked), all released at
the same moment by a barrier, so counters and claims meet real concurrency in the database."""

from __future__ import annotations

import multiprocessing
import queue
import traceback
from collections.abc import Callable, Sequence
from typing import Any


def _run(target: Callable[..., Any], index: int, args: tuple, barrier, results) -> None:
    try:
        prepare = getattr(target, "prepare", None)
        state = prepare(*args) if prepare else None  # imports and connections before the start line
        barrier.wait(timeout=120)
        value = target(state, *args) if prepare else target(*args)
        results.put((index, True, value))
    except BaseException:  # reported to the test, which fails with the worker's traceback
        results.put((index, False, traceback.format_exc()))


def run_processes(target: Callable[..., Any], args_per_process: Sequence[tuple], timeout: float = 180) -> list[Any]:
    """Run ``target(*args)`` in one process per entry, started together; their return values in order.

    ``target`` must be a module-level function (picklable). If it has a ``prepare`` attribute, that
    runs first in each process and its result is passed as the first argument after the barrier.
    """
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(len(args_per_process))
    results = ctx.Queue()
    procs = [
        ctx.Process(target=_run, args=(target, i, tuple(args), barrier, results), daemon=True)
        for i, args in enumerate(args_per_process)
    ]
    for p in procs:
        p.start()
    got: dict[int, Any] = {}
    errors: list[str] = []
    try:
        for _ in procs:
            index, ok, value = results.get(timeout=timeout)
            if ok:
                got[index] = value
            else:
                errors.append(f"process {index}:\n{value}")
    except queue.Empty:
        errors.append(f"only {len(got) + len(errors)} of {len(procs)} processes answered within {timeout} s")
    finally:
        for p in procs:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
    if errors:
        raise AssertionError("\n".join(errors))
    return [got[i] for i in range(len(procs))]
