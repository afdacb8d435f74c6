"""Work around a PySide6 6.12 bug: ``SignalInstance.emit()`` returns ``True`` without a reference.

Every ``signal.emit(...)`` called from Python drops one reference to ``True``; on Python 3.11
(where ``True`` is not yet immortal) the app aborts with "bool_dealloc: deallocating True"
after a few thousand emits. We probe for the leak once at import and, only when it is there,
give ``True`` (and, for safety, ``False`` and ``None``) a reference count so large that it can
never reach zero — the same thing Python 3.12 does by making them immortal. On Python ≥ 3.12
or a fixed PySide6 this does nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_HEADROOM = 1 << 40


class _Probe(QObject):
    ping = Signal()


def _emit_leaks_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def apply() -> bool:
    """Returns whether the guard was needed (and applied)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not _emit_leaks_true():
        return False
    for obj in (True, False, None):
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    return True


APPLIED = apply()
