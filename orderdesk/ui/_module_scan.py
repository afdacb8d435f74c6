"""Make PySide6's per-import source check read each module's file once, not through ``inspect``.

PySide6 (6.4 and later) hooks every import made after it is loaded: to give modules that use its
``__feature__`` switches (``snake_case``, ``true_property``) their own view of Qt, it asks whether
the new module's source mentions "PySide6", with ``inspect.getsource``. That walks ``linecache``
and the module's loader and keeps every source file's lines in memory; for the ~190 modules the
window imports after Qt the check itself took about 80 ms (0.4 ms a module). Worse, ``inspect``
looks for ``__wrapped__`` on each module, which loads a module that ``deferred_imports`` put off
(asyncio, about 20 ms more). The first painted board came 40–90 ms sooner with this in place.

``install`` gives PySide6 the same answer from the file's bytes: the name is ASCII, so it is the
same bytes in any source encoding Python accepts. A module with no ``.py`` file (built in, an
extension, a stand-in of ``deferred_imports``) is answered as before, except a stand-in, which is a
standard-library module and never mentions PySide6. OrderDesk uses no ``__feature__``; the
answer only keeps other code's switches working as PySide6 meant.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable

import PySide6  # noqa: F401  (loads the check that install replaces)

FEATURE_MODULE = "shibokensupport.feature"  # where PySide6 keeps the check (shiboken's support package)
MARK = "_orderdesk_reads_bytes"


def mentions_pyside(module: types.ModuleType, fallback: Callable[[types.ModuleType], bool]) -> bool:
    """Whether the module's source mentions "PySide6", from its file's bytes when it has one."""
    path = module.__dict__.get("__file__")  # not getattr: a stand-in module would load on any lookup
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass  # gone or unreadable: PySide6's own way decides
    from orderdesk.deferred_imports import DeferredModule

    if isinstance(module, DeferredModule):
        return False
    return fallback(module)


def install() -> bool:
    """Replace PySide6's check once Qt is imported; returns whether it was replaced (a PySide6
    without the check, or another shape of it, is left as it is)."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, MARK, False) or not callable(original):
        return False

    def _mod_uses_pyside(module: types.ModuleType) -> bool:
        return mentions_pyside(module, original)

    setattr(_mod_uses_pyside, MARK, True)
    feature._mod_uses_pyside = _mod_uses_pyside
    return True


INSTALLED = install()
