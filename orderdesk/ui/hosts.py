"""What the add-on parts of the UI (printing, sign-in) need from the windows that install them.

The main window and the order details window hand themselves to ``install_printing``,
``attach_printing`` and ``install_signin``; those parts name what they use here instead of
importing the windows, so no import runs back up from a part to the window that holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar, QPushButton, QStatusBar, QTabWidget, QWidget

from orderdesk.domain import Actor, OrderDetail
from orderdesk.services.orders import OrderService
from orderdesk.settings import Settings
from orderdesk.ui.crash import ErrorReporter
from orderdesk.ui.tasks import TaskRunner


class DeskWindow(Protocol):
    """The owner's main window, as printing and sign-in use it."""

    service: OrderService
    runner: TaskRunner
    reporter: ErrorReporter
    settings: Settings
    qsettings: QSettings
    tabs: QTabWidget
    board: Any  # the active board (BoardWidget): its ``loaded`` signal
    board_action: QAction  # focuses the board
    message: Any  # the status line that shows refusals and notices

    @property
    def boards(self) -> tuple[Any, ...]: ...  # every BoardWidget, for the card menus

    def actor(self) -> Actor: ...
    def act_as(self, actor: Actor | None) -> None: ...
    def show_message(self, text: str, timeout_ms: int = ...) -> None: ...
    def refresh(self) -> None: ...
    def menuBar(self) -> QMenuBar: ...
    def statusBar(self) -> QStatusBar: ...
    def addAction(self, action: QAction) -> None: ...
    def takeCentralWidget(self) -> QWidget: ...
    def setCentralWidget(self, widget: QWidget) -> None: ...
    def windowTitle(self) -> str: ...
    def setWindowTitle(self, title: str) -> None: ...


class OrderWindow(Protocol):
    """One order's details window, as its Print button uses it."""

    service: OrderService
    runner: TaskRunner
    reporter: ErrorReporter | None
    order_id: int
    detail: OrderDetail | None
    reload_button: QPushButton
    actor: Callable[[], Actor]

    def reload(self) -> None: ...
    def has_unsaved_edits(self) -> bool: ...
    def addAction(self, action: QAction) -> None: ...
    def isVisible(self) -> bool: ...
    def layout(self) -> Any: ...
