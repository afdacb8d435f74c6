"""Standard-library modules the command line imports only once something uses them.

SQLAlchemy imports ``asyncio`` (and with it ``ssl``, ``socket`` and ``subprocess``) and
``importlib.metadata`` (and the ``email`` package) at its top level, for async engines and
entry-point plugins that a command on a SQLite file or a PostgreSQL server never uses. They cost
every command about 45 ms of CPU at start-up (``python -X importtime``; ``orderdesk bench startup``
prints the floors), a sixth of a whole ``orderdesk order move``.

``install`` puts a stand-in for each in ``sys.modules``: a module whose ``__getattr__`` (PEP 562)
imports the real one the first time any attribute is read, then forwards to it. Code that uses
them works unchanged, only later. A function another library copies off the module while being
imported (SQLAlchemy's ``iscoroutine = asyncio.iscoroutine``) is given as a forwarder, so taking it
does not load the module; the test of this module fails if a SQLAlchemy upgrade starts loading
them again.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from collections.abc import Callable
from typing import Any

# Module -> functions other libraries copy off it at import time (forwarded, not loaded).
DEFERRED: dict[str, tuple[str, ...]] = {
    "asyncio": ("iscoroutine",),
    "importlib.metadata": (),
}

_lock = threading.RLock()  # a real import may read another deferred module


class DeferredModule(types.ModuleType):
    """Stands in for a module until an attribute is read; then the real one is imported."""

    def __getattr__(self, name: str) -> Any:
        return getattr(load(self), name)


def load(stub: DeferredModule) -> types.ModuleType:
    """Import the real module behind ``stub`` (once), and make the stub a copy of it."""
    with _lock:
        name = stub.__name__
        if sys.modules.get(name) is stub:
            del sys.modules[name]
        real = importlib.import_module(name)
        parent, _, child = name.rpartition(".")
        if parent and parent in sys.modules:
            setattr(sys.modules[parent], child, real)
        # Whoever holds the stand-in (``import asyncio`` done early) now reads the real attributes
        # directly, without going through __getattr__ again.
        stub.__dict__.update(real.__dict__)
        return real


def _forwarder(stub: DeferredModule, attr: str) -> Callable[..., Any]:
    def forward(*args: Any, **kwargs: Any) -> Any:
        return getattr(load(stub), attr)(*args, **kwargs)

    forward.__name__ = forward.__qualname__ = attr
    return forward


def install(modules: dict[str, tuple[str, ...]] = DEFERRED) -> list[str]:
    """Defer the given modules that are not imported yet; returns the names deferred."""
    deferred = []
    for name, forwarded in modules.items():
        if name in sys.modules:
            continue  # already in use: nothing to save
        spec = importlib.util.find_spec(name)
        if spec is None:
            continue
        stub = DeferredModule(name)
        stub.__spec__ = spec
        stub.__loader__ = spec.loader
        for attr in forwarded:
            setattr(stub, attr, _forwarder(stub, attr))
        sys.modules[name] = stub
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, stub)  # ``from importlib import metadata``
        deferred.append(name)
    return deferred
