"""Sign-in for the desk window once the shop has users: ``install_signin(main_window)``.

With no users (a one-person shop) nothing changes: the window acts as before and says once,
in the status bar, how to add users. With users, see ``DeskSession``: its module (the sign-in
page, the stations' PIN field and scanner) is imported only then, as a one-person shop's window
never shows it and importing it delayed the first painted board.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from orderdesk.services.users import DESK_AUTO_LOCK_MINUTES, UserService
from orderdesk.ui.hosts import DeskWindow

if TYPE_CHECKING:
    from orderdesk.ui.signin.session import DeskSession

SINGLE_USER_NOTICE_MS = 20_000


def install_signin(window: DeskWindow) -> DeskSession | None:
    """Lock the window behind a sign-in when the database has users; returns the session."""
    users = UserService(window.service.db)
    if not users.has_users():  # one tiny query at start-up, before the window is shown
        text = QCoreApplication.translate("SignIn", "Single-user mode: add users with `orderdesk users add`")
        window.show_message(text, SINGLE_USER_NOTICE_MS)
        return None
    minutes = float(window.settings.get(DESK_AUTO_LOCK_MINUTES.key) or 0)
    from orderdesk.ui.signin.session import DeskSession

    return DeskSession(window, users, minutes)


def __getattr__(name: str) -> Any:  # PEP 562: the session's names, imported when first read
    if name in ("LOCKED", "DeskSession"):
        return getattr(importlib.import_module("orderdesk.ui.signin.session"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["LOCKED", "DeskSession", "install_signin"]
