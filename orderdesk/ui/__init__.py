"""The PySide6 desktop UI: the only package that imports Qt."""

from orderdesk.ui import (
    _module_scan,  # noqa: F401  (first: PySide6 checks every module imported after it)
    _refcount_guard,  # noqa: F401  (must run before any signal is emitted)
)
