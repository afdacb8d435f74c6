"""What both station screens share: the lock screen with user switch, the big banner, the
scan/type input, inline prompts instead of dialogs, sounds, the idle lock, background work.

A station is used from two metres away with a scanner in one hand: everything is large,
every answer is a colour and a sound, and nothing modal ever interrupts the scan loop.
"""

from __future__ import annotations

import logging
import math
import struct
import tempfile
import wave
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from orderdesk.errors import OrderDeskError
from orderdesk.services.users import (
    AUTO_LOCK_MINUTES,
    SCANNER_MAX_GAP_MS,
    SCANNER_MIN_LENGTH,
    SCANNER_TERMINATOR,
    User,
    UserService,
)
from orderdesk.settings import Settings
from orderdesk.ui.scanner import INCOMPLETE, MALFORMED, SPLIT, ScannerConfig, ScannerFilter

# Kept importable from here: the stations and tests use them by these names.
from orderdesk.ui.stations.fonts import station_font
from orderdesk.ui.stations.inline_prompt import FREE_TEXT, InlinePrompt, PromptField  # noqa: F401
from orderdesk.ui.tasks import TaskRunner
from orderdesk.workflow import Role

log = logging.getLogger(__name__)

# Banner states: background, text colour. Readable from across the room, and not by colour alone
# (every state also has its own words and sound).
COLOURS: dict[str, tuple[str, str]] = {
    "idle": ("#263238", "#ffffff"),
    "busy": ("#455a64", "#ffffff"),
    "ok": ("#2e7d32", "#ffffff"),
    "done": ("#1565c0", "#ffffff"),
    "warn": ("#ffb300", "#000000"),
    "error": ("#c62828", "#ffffff"),
    "locked": ("#37474f", "#ffffff"),
}


# -- sounds


def _tone_file(folder: Path, name: str, notes: Sequence[tuple[float, float]], volume: float = 0.5) -> Path:
    """Write a short 16-bit mono WAV of (frequency Hz, seconds) notes; 0 Hz is a pause."""
    rate = 22050
    frames = bytearray()
    for freq, seconds in notes:
        count = int(rate * seconds)
        for i in range(count):
            fade = min(1.0, i / 200, (count - i) / 200)  # no clicks
            sample = volume * fade * math.sin(2 * math.pi * freq * i / rate) if freq else 0.0
            frames += struct.pack("<h", int(sample * 32767))
    path = folder / f"{name}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return path


SOUNDS: dict[str, list[tuple[float, float]]] = {
    "ok": [(1760, 0.07)],  # short high beep: item accepted
    "done": [(1047, 0.12), (1319, 0.12), (1568, 0.22)],  # rising chime: order finished
    "error": [(220, 0.25), (0, 0.06), (220, 0.35)],  # low double buzz: refused, look at the screen
    "warn": [(440, 0.2)],
}


def role_text(role: Role | str) -> str:
    # Literal context: lupdate files these under "Roles"; shown on both station screens.
    texts = {
        "owner": QCoreApplication.translate("Roles", "owner"),
        "packer": QCoreApplication.translate("Roles", "packer"),
        "clerk": QCoreApplication.translate("Roles", "pickup clerk"),
    }
    return texts.get(str(role), str(role))


class Feedback(QObject):
    """Plays the station's sounds: Qt Multimedia when present, else the system bell."""

    played = Signal(str)

    def __init__(self, parent: QObject | None = None, enabled: bool = True) -> None:
        super().__init__(parent)
        self._effects: dict[str, Any] = {}
        self._enabled = enabled
        if enabled:
            self._load()

    def _load(self) -> None:
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:  # PySide6-Essentials only, or no libpulse: fall back to the bell
            return
        if QMediaDevices.defaultAudioOutput().isNull():
            return  # no speaker: the bell (or nothing) rather than a warning per sound
        folder = Path(tempfile.mkdtemp(prefix="orderdesk-sounds-"))
        for name, notes in SOUNDS.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(_tone_file(folder, name, notes))))
            effect.setVolume(0.9)
            self._effects[name] = effect

    def play(self, name: str) -> None:
        self.played.emit(name)
        if not self._enabled:
            return
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()
        elif name in ("error", "warn"):
            QApplication.beep()


# -- building blocks


class Banner(QLabel):
    """The big coloured message across the station."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = "idle"
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFont(station_font(30, bold=True))
        self.setMinimumHeight(150)
        self.setContentsMargins(24, 12, 24, 12)
        self.show_message("idle", "")

    def show_message(self, state: str, text: str) -> None:
        self.state = state
        # Three lines at most across the station: a long message gets a smaller font, never cut off.
        self.setFont(station_font(30 if len(text) <= 110 else 24 if len(text) <= 170 else 19, bold=True))
        background, foreground = COLOURS[state]
        self.setStyleSheet(f"QLabel {{ background: {background}; color: {foreground}; border-radius: 10px; }}")
        self.setText(text)


class PinEdit(QLineEdit):
    """The PIN field; Up/Down move through the user list beside it."""

    step = Signal(int)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Up:
            self.step.emit(-1)
        elif event.key() == Qt.Key.Key_Down:
            self.step.emit(1)
        else:
            super().keyPressEvent(event)


class LockPage(QWidget):
    """Who is at the station: pick a user (arrows), type the PIN, Enter."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 40)
        heading = QLabel(title, self)
        heading.setFont(station_font(34, bold=True))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        self.message = QLabel(self)
        self.message.setFont(station_font(20))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.users = QListWidget(self)
        self.users.setFont(station_font(24))
        self.users.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(self.users, 2)
        right = QVBoxLayout()
        pin_label = QLabel(self.tr("PIN"), self)
        pin_label.setFont(station_font(22, bold=True))
        self.pin = PinEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setFont(station_font(34))
        self.pin.setMaxLength(8)
        self.pin.setPlaceholderText("••••")
        self.pin.step.connect(self._step)
        hint = QLabel(self.tr("↑ ↓ choose your name · type your PIN · Enter"), self)
        hint.setFont(station_font(16))
        hint.setWordWrap(True)
        right.addWidget(pin_label)
        right.addWidget(self.pin)
        right.addWidget(hint)
        right.addStretch(1)
        row.addLayout(right, 1)
        layout.addLayout(row, 1)

    def set_users(self, users: Sequence[User], preferred: str = "") -> None:
        self.users.clear()
        for user in users:
            item = QListWidgetItem(f"{user.name}  ·  {role_text(user.role)}")
            item.setData(Qt.ItemDataRole.UserRole, user.name)
            self.users.addItem(item)
        names = [u.name for u in users]
        # Nobody chosen yet: the station's own people (packers, clerks) before the owner, so a
        # PIN typed without looking is tried against the worker's account, not the owner's.
        workers = [i for i, u in enumerate(users) if u.role is not Role.OWNER]
        self.users.setCurrentRow(names.index(preferred) if preferred in names else workers[0] if workers else 0)

    def selected_name(self) -> str:
        item = self.users.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _step(self, delta: int) -> None:
        # Stops at the ends: wrapping round from the last name to the first (the owner) made a
        # packer's PIN count against the owner's account.
        count = self.users.count()
        if count:
            self.users.setCurrentRow(min(max(self.users.currentRow() + delta, 0), count - 1))


class StationWindow(QWidget):
    """Base of the packing bench and the pickup counter."""

    TITLE = "Station"
    ROLES: tuple[Role, ...] = (Role.OWNER,)

    def __init__(
        self,
        db,
        users: UserService,
        runner: TaskRunner | None = None,
        settings: Settings | None = None,
        sounds: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.users = users
        self.settings = settings or Settings(db)
        self._own_runner = runner is None
        self.runner = runner or TaskRunner(self)
        self.feedback = Feedback(self, enabled=sounds)
        self.user: User | None = None
        self.busy = False
        self.setWindowTitle(self.TITLE)
        self.setObjectName("station")
        self.setStyleSheet("#station { background: #eceff1; }")

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        # top bar: station name, who is working, keys
        top = QHBoxLayout()
        self.title_label = QLabel(self.TITLE, self)
        self.title_label.setFont(station_font(22, bold=True))
        self.user_label = QLabel(self)
        self.user_label.setFont(station_font(20))
        self.user_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.user_label)
        root.addLayout(top)

        self.pages = QStackedWidget(self)
        self.lock_page = LockPage(self.tr("Who is working here?"), self)
        self.lock_page.pin.returnPressed.connect(self._try_unlock)
        self.work_page = QWidget(self)
        work = QVBoxLayout(self.work_page)
        work.setContentsMargins(0, 0, 0, 0)
        self.banner = Banner(self.work_page)
        work.addWidget(self.banner)
        self.body = QVBoxLayout()
        work.addLayout(self.body, 1)
        self.prompt = InlinePrompt(self.work_page)
        work.addWidget(self.prompt)
        input_row = QHBoxLayout()
        self.input = QLineEdit(self.work_page)
        self.input.setFont(station_font(24))
        self.input.setMinimumHeight(56)
        self.input.returnPressed.connect(self._typed)
        input_row.addWidget(self.input, 1)
        work.addLayout(input_row)
        self.keys_label = QLabel(self.work_page)
        self.keys_label.setFont(station_font(15))
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet("color: #37474f;")
        work.addWidget(self.keys_label)
        self.pages.addWidget(self.lock_page)
        self.pages.addWidget(self.work_page)
        root.addWidget(self.pages, 1)

        self.scanner = ScannerFilter(self, self._scanner_config())
        self.scanner.scanned.connect(self._scanned)
        self.scanner.rejected.connect(self._scan_rejected)
        self.scanner.activity.connect(self._activity)
        self.scanner.install()
        # A fast typist in a reason field types faster than the scanner gap: there, keys are typing.
        QApplication.instance().focusChanged.connect(self._focus_changed)

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)
        self.set_idle_minutes(int(self.settings.get(AUTO_LOCK_MINUTES.key)))

        self._actions: list[QAction] = []
        self.add_key("F2", self.lock)
        self.add_key("Esc", self._escape)
        self.lock()

    # -- set-up helpers

    def _scanner_config(self) -> ScannerConfig:
        try:
            return ScannerConfig.from_text(
                str(self.settings.get(SCANNER_TERMINATOR.key)),
                int(self.settings.get(SCANNER_MAX_GAP_MS.key)),
                int(self.settings.get(SCANNER_MIN_LENGTH.key)),
            )
        except ValueError:
            log.warning("bad scanner settings; using the defaults")
            return ScannerConfig()

    def add_key(self, sequence: str, handler: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(sequence))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(handler)
        self.addAction(action)
        self._actions.append(action)
        return action

    def set_idle_minutes(self, minutes: float) -> None:
        self._idle_ms = int(minutes * 60_000)
        self._activity()

    # -- users

    def lock(self) -> None:
        """Back to the lock screen (F2, or idle time); the work in progress stays."""
        if self.prompt.active:
            self.prompt.close_prompt()
        self.user = None
        self.user_label.setText(self.tr("Locked"))
        self.pages.setCurrentWidget(self.lock_page)
        self.lock_page.pin.clear()
        self.lock_page.message.setText(self.tr("Choose your name and type your PIN."))
        self.lock_page.pin.setFocus()
        self.run_read(lambda: self.users.list_users(), self._show_users)

    def _show_users(self, users: list[User]) -> None:
        allowed = [u for u in users if u.role in self.ROLES]
        self.lock_page.set_users(allowed, preferred=self.lock_page.selected_name())
        if not allowed:
            self.lock_page.message.setText(
                self.tr("Nobody may work here yet: the owner adds users with the right role.")
            )

    def _try_unlock(self) -> None:
        name = self.lock_page.selected_name()
        pin = self.lock_page.pin.text()
        self.lock_page.pin.clear()
        if not name:
            return
        self.run_write(lambda: self.users.authenticate(name, pin), self._unlocked, self._unlock_failed)

    def _unlocked(self, user: User) -> None:
        if user.role not in self.ROLES:
            self.lock_page.message.setText(self.tr("{n} cannot work at this station.").replace("{n}", user.name))
            self.feedback.play("error")
            return
        self.user = user
        self.user_label.setText(f"{user.name} · {role_text(user.role)}")
        self.pages.setCurrentWidget(self.work_page)
        self.input.setFocus()
        self._activity()
        self.on_user_changed()

    def _unlock_failed(self, exc: BaseException) -> None:
        self.lock_page.message.setText(str(exc) if isinstance(exc, OrderDeskError) else self.tr("Sign-in failed."))
        self.feedback.play("error")

    @property
    def actor(self):
        return self.user.actor if self.user else None

    @property
    def locked(self) -> bool:
        return self.user is None

    def _activity(self) -> None:
        if self._idle_ms > 0 and not self.locked:
            self._idle.start(self._idle_ms)
        else:
            self._idle.stop()

    # -- input: scans and typing lead to the same handler

    def _typed(self) -> None:
        text = self.input.text().strip()
        self.input.clear()
        if text:
            self._input(text)

    def _scanned(self, text: str) -> None:
        if self.locked:
            # A scan on the lock screen is treated as the PIN (badge cards with the PIN as barcode).
            self.lock_page.pin.setText(text)
            self._try_unlock()
            return
        if self.prompt.active:
            focus = QApplication.focusWidget()
            if isinstance(focus, QLineEdit) and focus in self.prompt.edits.values():
                focus.setText(text)
                return
        self._input(text)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        free_text = isinstance(new, QLineEdit) and bool(new.property(FREE_TEXT)) and new.window() is self
        self.scanner.set_enabled(not free_text)

    def _scan_rejected(self, reason: str) -> None:
        if self.locked:
            return
        why = {
            INCOMPLETE: self.tr("The scan broke off."),
            SPLIT: self.tr("Only part of a code was read."),
            MALFORMED: self.tr("The code had unreadable characters."),
        }.get(reason, "")
        self.say("error", f"{why} " + self.tr("Scan again."))

    def _input(self, text: str) -> None:
        if self.locked:
            return
        if self.busy:
            self.say("warn", self.tr("One moment… then scan again."))
            return
        self.handle_input(text)

    def _escape(self) -> None:
        if self.prompt.active:
            self.prompt.close_prompt()
            self.input.setFocus()
            self.after_prompt_closed()
            return
        if not self.locked:
            self.handle_escape()

    # -- feedback

    def say(self, state: str, text: str, sound: str | None = None) -> None:
        self.banner.show_message(state, text)
        chosen = (
            sound if sound is not None else {"ok": "ok", "done": "done", "error": "error", "warn": "warn"}.get(state)
        )
        if chosen:
            self.feedback.play(chosen)

    def fail(self, exc: BaseException) -> None:
        """A refused action: red, loud, and the service's own words."""
        self.set_busy(False)
        if isinstance(exc, OrderDeskError):
            self.say("error", str(exc))
        else:
            log.error("station task failed", exc_info=exc)
            self.say("error", self.tr("Something went wrong: {e}").replace("{e}", type(exc).__name__))

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        if busy and text:
            self.banner.show_message("busy", text)

    # -- background work (short reads on the pool, writes on the single writer)

    def run_read(self, fn: Callable[[], Any], done: Callable[[Any], None], failed: Callable | None = None) -> None:
        self.runner.run(fn, done, failed or self.fail)

    def run_write(self, fn: Callable[[], Any], done: Callable[[Any], None], failed: Callable | None = None) -> None:
        self.runner.write(fn, done, failed or self.fail)

    def closeEvent(self, event) -> None:
        self.scanner.uninstall()
        try:
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
        except (RuntimeError, TypeError):
            pass  # already gone
        if self._own_runner:
            self.runner.shutdown()
        super().closeEvent(event)

    # -- for subclasses

    def handle_input(self, text: str) -> None:
        raise NotImplementedError

    def handle_escape(self) -> None:
        pass

    def on_user_changed(self) -> None:
        pass

    def after_prompt_closed(self) -> None:
        pass
