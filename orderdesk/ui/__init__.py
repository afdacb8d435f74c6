"""The PySide6 desktop UI: the only package that imports Qt."""

from orderdesk.ui import _refcount_guard  # noqa: F401  (must run before any signal is emitted)
