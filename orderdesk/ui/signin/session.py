"""Who works at the desk window: sign-in, switch user, lock (by hand and after idle time).

The window acts as the signed-in user with their role from the users table, so the services
hold a packer at the desk to a packer's rights. While locked the board is swapped for the
sign-in page, the window's other windows are hidden, menus, tool bars and shortcuts are off,
and the window acts as nobody with rights (``LOCKED``) should anything still ask.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QStackedWidget, QToolBar, QWidget

from orderdesk.domain import Actor
from orderdesk.errors import OrderDeskError
from orderdesk.services.users import User, UserService
from orderdesk.ui.hosts import DeskWindow
from orderdesk.ui.signin.page import SignInPage
from orderdesk.workflow import Role

# Acting while locked should never happen (everything is off); if it does, it has no rights.
LOCKED = Actor("(locked desk)", Role.CLERK)
SWITCH_KEY = "Ctrl+U"
LOCK_KEY = "Ctrl+Shift+K"  # Ctrl+L buys a label, Ctrl+Shift+L prints labels, Ctrl+Alt+L locks the OS
# Input that counts as someone working (mouse moves without a button do not reach us anyway).
ACTIVITY = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.MouseButtonDblClick}
)


class DeskSession(QObject):
    signed_in = Signal(object)  # User
    locked = Signal()

    def __init__(self, window: DeskWindow, users: UserService, idle_minutes: float) -> None:
        super().__init__(window)
        self.window = window
        self.users = users
        self.user: User | None = None
        self._checking = False
        self._hidden: list[QWidget] = []

        # The board (filter bar and tabs) and the sign-in page share the central area.
        self.page = SignInPage(window)
        self.page.submitted.connect(self._check_pin)
        board = window.takeCentralWidget()
        self.stack = QStackedWidget(window)
        self.stack.setObjectName("signInStack")
        self.stack.addWidget(self.page)
        self.stack.addWidget(board)
        self.board_area = board
        window.setCentralWidget(self.stack)

        menu = window.menuBar().addMenu(self.tr("&User"))
        menu.setObjectName("userMenu")
        self.switch_action = self._action(menu, self.tr("Switch user…"), SWITCH_KEY, self.switch_user, "switchUser")
        self.lock_action = self._action(menu, self.tr("Lock"), LOCK_KEY, self.lock, "lockDesk")
        self.user_label = QLabel(window)
        self.user_label.setObjectName("signedInUser")
        window.statusBar().addPermanentWidget(self.user_label)

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_lock)
        self._idle_ms = 0
        self.set_idle_minutes(idle_minutes)
        window.board.loaded.connect(self._retitle)  # after the window's own title update
        QApplication.instance().installEventFilter(self)
        self.lock()

    def _action(self, menu: QMenu, text: str, key: str, slot, name: str) -> QAction:
        act = QAction(text, self.window)
        act.setObjectName(name)
        act.setShortcut(QKeySequence(key))
        act.triggered.connect(lambda _checked=False: slot())
        menu.addAction(act)
        return act

    # -- state ------------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.user is None

    def set_idle_minutes(self, minutes: float) -> None:
        self._idle_ms = max(0, int(minutes * 60_000))
        self._touch()

    def lock(self, message: str = "") -> None:
        """Hide every order and wait for a PIN; the work in open windows stays, hidden."""
        self.user = None
        self.window.act_as(LOCKED)  # the window's actor() answers this while locked
        self._idle.stop()
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible() or not self._belongs(widget):
                continue
            if isinstance(widget, QDialog) and widget.isModal():
                widget.reject()  # ends its exec() as a Cancel: showing it again later would answer nobody
            elif isinstance(widget, QMenu):
                widget.hide()
            else:
                self._hidden.append(widget)  # order windows, the outbox…: back as they were after sign-in
                widget.hide()
        self.stack.setCurrentWidget(self.page)
        self._chrome(False)
        self.window.message.clear()  # a refusal or notice may name an order
        self.user_label.setText(self.tr("Locked"))
        self._retitle()
        self.page.show_message(message or self.tr("Choose your name and type your PIN."))
        self.page.pin.clear()
        self.page.pin.setFocus()
        last = str(self.window.qsettings.value("signin/last_user", "") or "")
        self.window.runner.run(
            lambda: self.users.list_users(),
            lambda users: self.page.set_users(users, preferred=last),
            lambda exc: self.page.show_message(str(exc), error=True),
        )
        self.locked.emit()

    def switch_user(self) -> None:
        if self.user is None:
            return self.lock()
        self.lock(self.tr("{n} is signed out. Who is next?").replace("{n}", self.user.name))

    def _idle_lock(self) -> None:
        if not self.is_locked:
            self.lock(self.tr("Locked after a while without input."))

    # -- signing in (scrypt is slow: the check runs on the writer, which also counts failures) ------
    def _check_pin(self, name: str, pin: str) -> None:
        if self._checking:
            return
        self._checking = True
        self.page.show_message(self.tr("Checking…"))
        self.window.runner.write(lambda: self.users.authenticate(name, pin), self._signed_in, self._refused)

    def _signed_in(self, user: User) -> None:
        self._checking = False
        self.user = user
        self.window.act_as(user.actor)
        self.window.qsettings.setValue("signin/last_user", user.name)
        self.stack.setCurrentWidget(self.board_area)
        self._chrome(True)
        shown, self._hidden = self._hidden, []
        for widget in shown:
            widget.show()
        self.user_label.setText(self.tr("{n} · {r}").replace("{n}", user.name).replace("{r}", user.role.value))
        self._retitle()
        self.window.refresh()
        self.window.board_action.trigger()  # keyboard focus on the board
        self.window.show_message(self.tr("Signed in as {n}.").replace("{n}", user.name))
        self._touch()
        self.signed_in.emit(user)

    def _refused(self, exc: BaseException) -> None:
        self._checking = False
        text = str(exc) if isinstance(exc, OrderDeskError) else self.tr("Sign-in failed: {e}").replace("{e}", str(exc))
        self.page.show_message(text, error=True)
        self.page.pin.setFocus()

    # -- the window around the board ----------------------------------------------------------------
    def _chrome(self, enabled: bool) -> None:
        self.window.menuBar().setEnabled(enabled)
        for bar in self.window.findChildren(QToolBar):
            bar.setEnabled(enabled)

    def _retitle(self) -> None:
        title = self.window.windowTitle().split(" · ")[0]
        if self.is_locked:
            self.window.setWindowTitle(self.tr("OrderDesk — locked"))
        else:
            base = title if title != self.tr("OrderDesk — locked") else self.tr("OrderDesk")
            self.window.setWindowTitle(f"{base} · {self.user.name} ({self.user.role.value})")

    def _belongs(self, widget: QWidget) -> bool:
        while widget is not None:
            if widget is self.window:
                return True
            widget = widget.parentWidget()
        return False

    def _touch(self) -> None:
        if self._idle_ms > 0 and not self.is_locked:
            self._idle.start(self._idle_ms)
        else:
            self._idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and self.is_locked and isinstance(watched, QWidget):
            if self._belongs(watched):
                event.accept()  # "the focused widget wants this key": no shortcut fires while locked
                return True
        elif kind in ACTIVITY and not self.is_locked and isinstance(watched, QWidget) and self._belongs(watched):
            if kind == QEvent.Type.KeyPress and self._own_key(event):
                return True
            self._touch()
        return False

    def _own_key(self, event) -> bool:
        """Text fields keep Ctrl+U (and other editing keys) from shortcuts; Switch user and Lock
        still work there: the key reaches us as a key press, which we take before the field."""
        pressed = QKeySequence(event.keyCombination())
        for act in (self.switch_action, self.lock_action):
            if act.isEnabled() and pressed == act.shortcut():
                act.trigger()
                return True
        return False
