"""The Messages menu of the main window and the background sender's place in it.

``install_notifications(window)`` adds the menu, a status-bar label for failed messages and the
background round; windows are created when first asked for and kept (one of each).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from orderdesk.ui.notifications.background import ROUND_MS, BackgroundSender, RoundResult


class NotificationsController(QObject):
    round_finished = Signal(object)  # RoundResult, for open message lists to refresh

    def __init__(self, window: QMainWindow, *, interval_ms: int = ROUND_MS) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.service.db
        self.runner = window.runner
        self.sender = BackgroundSender(self.db, self.runner, self, interval_ms=interval_ms)
        self.sender.finished.connect(self._round_done)
        self.sender.failed.connect(self._round_failed)
        self.outbox = None
        self.editor = None
        self.settings_dialog = None
        self.problems = QLabel(objectName="messageProblems")
        self.problems.setToolTip(self.tr("Customer messages that failed or need a check; open Messages ▸ Outbox"))
        self.problems.hide()
        window.statusBar().addPermanentWidget(self.problems)
        self._build_menu()
        window.installEventFilter(self)  # stop the rounds when the window closes

    def _build_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Messages"))
        menu.setObjectName("messagesMenu")
        self.menu = menu

        def action(text: str, slot, name: str, shortcut: str = "") -> QAction:
            act = QAction(text, self.window)
            act.setObjectName(name)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _checked=False: slot())
            menu.addAction(act)
            return act

        self.outbox_action = action(self.tr("Outbox…"), self.open_outbox, "openOutbox", "Ctrl+Shift+M")
        self.templates_action = action(self.tr("Templates and rules…"), self.open_templates, "openTemplates")
        self.settings_action = action(self.tr("Notification settings…"), self.open_settings, "openNotificationSettings")
        menu.addSeparator()
        self.send_action = action(self.tr("Send waiting messages now"), self.kick_now, "sendNow")

    # -- the background round
    def start(self) -> None:
        self.sender.start()

    def stop(self) -> None:
        self.sender.stop()

    def kick(self) -> None:
        """After a resend: a round now if the sender runs (else the next `orderdesk sync` takes it)."""
        if self.sender.active:
            self.sender.run_now()

    def kick_now(self) -> None:
        self.sender.run_now()

    def _round_done(self, result: RoundResult) -> None:
        stats, problems = result.stats, result.problems
        failed, unknown = problems.get("failed", 0), problems.get("unknown", 0)
        if failed or unknown:
            text = self.tr("✉ {f} failed, {u} to check").format(f=failed, u=unknown)
            if result.manager_problems:  # counted above too; named, since only the manager would miss them
                text += " " + self.tr("(manager alerts: {m})").format(m=result.manager_problems)
            self.problems.setText(text)
            self.problems.show()
        else:
            self.problems.hide()
        show = getattr(self.window, "show_message", None)
        if show is not None and (stats.failed or stats.unknown or stats.errors):
            text = self.tr("Messages: {s} sent, {f} failed, {u} unknown — see Messages ▸ Outbox.").format(
                s=stats.sent, f=stats.failed, u=stats.unknown
            )
            if stats.errors:
                text += " " + stats.errors[0]
            show(text, 0)
        self.round_finished.emit(result)

    def _round_failed(self, message: str) -> None:
        show = getattr(self.window, "show_message", None)
        if show is not None:
            show(self.tr("Customer messages could not be sent: {e}").format(e=message), 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.window:  # the type first: see ui/heap.py
            # The template editor and the settings may hold unsaved changes: if the person keeps
            # one open, the main window stays open too.
            for dialog in (self.editor, self.settings_dialog):
                if dialog is not None and dialog.isVisible() and not dialog.close():
                    event.ignore()
                    return True
            self.stop()
            if self.outbox is not None:
                self.outbox.close()
        return False

    # -- windows
    def _actor_name(self) -> str:
        return self.window.actor().name

    def _present(self, widget: QWidget) -> None:
        widget.show()
        widget.raise_()
        widget.activateWindow()

    def open_outbox(self):
        from orderdesk.ui.notifications.outbox_window import OutboxWindow

        if self.outbox is None:
            self.outbox = OutboxWindow(self.db, self.runner, self._actor_name, self.window, kick=self.kick)
            self.round_finished.connect(self.outbox.on_round)
        else:
            self.outbox.refresh()
        self._present(self.outbox)
        return self.outbox

    def open_templates(self):
        from orderdesk.ui.notifications.template_editor import TemplateEditor

        if self.editor is None or not self.editor.isVisible():
            self.editor = TemplateEditor(self.db, self.runner, self._actor_name, self.window,
                                         settings=self.window.settings)  # fmt: skip
        self._present(self.editor)
        return self.editor

    def open_settings(self):
        from orderdesk.ui.notifications.settings_dialog import NotificationSettingsDialog

        if self.settings_dialog is None or not self.settings_dialog.isVisible():
            self.settings_dialog = NotificationSettingsDialog(self.db, self.runner, self.window,
                                                              settings=self.window.settings)  # fmt: skip
        self._present(self.settings_dialog)
        return self.settings_dialog


def install_notifications(window: QMainWindow, *, start: bool = True) -> NotificationsController:
    """Add the Messages menu to the main window; ``start`` runs the outbox round every 30 s."""
    controller = NotificationsController(window)
    if start:
        controller.start()
    return controller
