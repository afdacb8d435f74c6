"""Sign-in for the desk window once the shop has users: ``install_signin(main_window)``.

With no users (a one-person shop) nothing changes: the window acts as before and says once,
in the status bar, how to add users. With users, see ``DeskSession``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from orderdesk.services.users import DESK_AUTO_LOCK_MINUTES, UserService
from orderdesk.ui.hosts import DeskWindow
from orderdesk.ui.signin.session import LOCKED, DeskSession

SINGLE_USER_NOTICE_MS = 20_000


def install_signin(window: DeskWindow) -> DeskSession | None:
    """Lock the window behind a sign-in when the database has users; returns the session."""
    users = UserService(window.service.db)
    if not users.has_users():  # one tiny query at start-up, before the window is shown
        text = QCoreApplication.translate("SignIn", "Single-user mode: add users with `orderdesk users add`")
        window.show_message(text, SINGLE_USER_NOTICE_MS)
        return None
    minutes = float(window.settings.get(DESK_AUTO_LOCK_MINUTES.key) or 0)
    return DeskSession(window, users, minutes)


__all__ = ["LOCKED", "DeskSession", "install_signin"]
