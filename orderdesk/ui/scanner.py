"""Barcode scanner input for the station screens.

USB scanners are keyboards: a scan arrives as a burst of key presses a few milliseconds
apart, ended by Enter or Tab. ``ScanDetector`` (plain Python, unit-tested with a fake
clock) tells such a burst from a person typing by the gap between keys; ``ScannerFilter``
is an application-wide Qt event filter that feeds it the key presses of one station
window, whichever widget has the focus, and emits ``scanned`` / ``rejected``.

Keys are held back while the detector decides (at most ``max_gap_ms``); keys that turn
out to be typing are handed back to the focused widget, so typing still works. A burst
that stops without its terminator (a scan split in two, or a dropped character at the
end) is rejected, and so is the tail that follows it: never half-applied.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

TERMINATOR_KEYS: dict[str, frozenset[int]] = {
    "enter": frozenset({int(Qt.Key.Key_Return.value), int(Qt.Key.Key_Enter.value)}),
    "tab": frozenset({int(Qt.Key.Key_Tab.value)}),
}


@dataclass(frozen=True)
class ScannerConfig:
    """How this bench's scanner behaves (stations.scanner.* settings)."""

    terminators: tuple[str, ...] = ("enter",)  # "enter", "tab" or both
    max_gap_ms: float = 30.0  # scanners type every 1-10 ms, people every 80 ms or more
    min_length: int = 4  # shorter bursts are typing (no barcode we read is shorter)
    split_guard_ms: float = 400.0  # after a broken burst, the tail arriving this soon is rejected too

    @classmethod
    def from_text(cls, terminators: str, max_gap_ms: float = 30.0, min_length: int = 4) -> ScannerConfig:
        names = tuple(t.strip().lower() for t in terminators.replace("+", ",").split(",") if t.strip())
        unknown = [n for n in names if n not in TERMINATOR_KEYS]
        if unknown or not names:
            raise ValueError(f"scanner terminator must be enter, tab or enter,tab (got {terminators!r})")
        return cls(terminators=names, max_gap_ms=float(max_gap_ms), min_length=int(min_length))

    @property
    def terminator_keys(self) -> frozenset[int]:
        keys: set[int] = set()
        for name in self.terminators:
            keys |= TERMINATOR_KEYS[name]
        return frozenset(keys)


# Reasons for a rejected burst (the station shows "scan again" with them).
INCOMPLETE = "incomplete"  # the burst stopped without its terminator
SPLIT = "split"  # the tail of a burst that broke off
MALFORMED = "malformed"  # unreadable characters in the burst


@dataclass(frozen=True)
class Outcome:
    """What to do with one key press: swallow it or not, and what else happened."""

    consume: bool = False
    replay: tuple[Any, ...] = ()  # held keys to hand back as typing, before this one
    scan: str | None = None
    reject: str | None = None


@dataclass
class ScanDetector:
    """A state machine over key presses; ``t`` is milliseconds on any monotonic clock."""

    config: ScannerConfig = field(default_factory=ScannerConfig)
    _held: list[tuple[str, Any]] = field(default_factory=list)
    _first_t: float = 0.0
    _last_t: float = 0.0
    _guard_until: float = float("-inf")

    @property
    def pending(self) -> bool:
        return bool(self._held)

    def char(self, text: str, t: float, payload: Any = None) -> Outcome:
        """A key that types ``text``: held until we know whether it is a scan."""
        before = Outcome()
        if self._held and t - self._last_t > self.config.max_gap_ms:
            before = self.expire(t)  # the previous burst is over: settle it first
        if not self._held:
            self._first_t = t
        self._held.append((text, payload))
        self._last_t = t
        return Outcome(consume=True, replay=before.replay, reject=before.reject)

    def terminator(self, t: float, payload: Any = None) -> Outcome:
        """Enter or Tab (whichever is configured)."""
        if not self._held:
            if t <= self._guard_until:
                return Outcome(consume=True)  # the Enter of a scan already rejected
            return Outcome()
        fast = t - self._last_t <= self.config.max_gap_ms
        in_guard = self._first_t <= self._guard_until
        if fast and in_guard:
            self._clear()
            return Outcome(consume=True, reject=SPLIT)
        if fast and len(self._held) >= self.config.min_length:
            text = "".join(c for c, _ in self._held)
            self._clear()
            if not text.isprintable():
                return Outcome(consume=True, reject=MALFORMED)
            return Outcome(consume=True, scan=text)
        if not fast and len(self._held) >= self.config.min_length:
            self._reject_incomplete(t)
            return Outcome(consume=True, reject=INCOMPLETE)
        return Outcome(replay=self._take())  # typing: give the keys back, then the Enter

    def other(self, t: float) -> Outcome:
        """Any other key (arrows, Backspace, F-keys): settles a held burst first."""
        if not self._held:
            return Outcome()
        out = self.expire(t)
        return Outcome(replay=out.replay, reject=out.reject)

    def expire(self, t: float) -> Outcome:
        """No key for ``max_gap_ms``: a long burst broke off, a short one was typing."""
        if not self._held:
            return Outcome()
        if len(self._held) >= self.config.min_length or self._first_t <= self._guard_until:
            self._reject_incomplete(t)
            return Outcome(reject=INCOMPLETE)
        return Outcome(replay=self._take())

    def _reject_incomplete(self, t: float) -> None:
        self._clear()
        self._guard_until = t + self.config.split_guard_ms

    def _take(self) -> tuple[Any, ...]:
        held = tuple(p for _, p in self._held)
        self._clear()
        return held

    def _clear(self) -> None:
        self._held.clear()


# Keys whose text is a control character but which edit or navigate (not part of a code).
_EDITING_TEXTS = frozenset({"\t", "\r", "\n", "\x08", "\x1b", "\x7f"})


@dataclass(frozen=True)
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    receiver: QWidget


class ScannerFilter(QObject):
    """Application-wide key filter for one station window.

    ``scanned(text)`` fires for a complete scan, ``rejected(reason)`` for a broken one
    (reason is INCOMPLETE, SPLIT or MALFORMED). Install with ``install()``; it removes
    itself when the window goes away.
    """

    scanned = Signal(str)
    rejected = Signal(str)
    activity = Signal()  # any key or click in the window (the station's idle lock listens)

    def __init__(
        self, window: QWidget, config: ScannerConfig | None = None, clock: Callable[[], float] | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._detector = ScanDetector(config or ScannerConfig())
        self._terminators = self._detector.config.terminator_keys
        self._clock = clock or (lambda: time.monotonic() * 1000.0)
        self._replaying = False
        self._enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_quiet)

    @property
    def config(self) -> ScannerConfig:
        return self._detector.config

    def set_config(self, config: ScannerConfig) -> None:
        self._detector = ScanDetector(config)
        self._terminators = config.terminator_keys

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # Qt drops it from the list when this object dies

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled

    # -- Qt plumbing

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) or self._replaying:  # see ui/heap.py
            return False
        if not isinstance(obj, QWidget) or obj.window() is not self._window or not self._window.isVisible():
            return False
        self.activity.emit()
        if kind != QEvent.Type.KeyPress or not self._enabled:
            return False
        assert isinstance(event, QKeyEvent)
        return self._on_key(obj, event)

    def _now(self, event: QKeyEvent) -> float:
        # X11/Wayland stamp each key with its arrival time, which is what tells a burst;
        # synthetic events (tests, some platforms) carry 0, so fall back to our clock.
        stamp = event.timestamp()
        return float(stamp) if stamp else self._clock()

    def _on_key(self, receiver: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        t = self._now(event)
        if key in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr):
            return False  # scanners press Shift for capitals: not part of the burst
        if event.isAutoRepeat():
            outcome = self._detector.other(t)
        elif key in self._terminators and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            outcome = self._detector.terminator(t)
        elif (
            event.text()
            and event.text() not in _EDITING_TEXTS
            and not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        ):
            held = _HeldKey(key, event.modifiers(), event.text(), receiver)
            outcome = self._detector.char(event.text(), t, held)
        else:
            outcome = self._detector.other(t)
        self._apply(outcome)
        if self._detector.pending:
            self._timer.start(max(1, round(self._detector.config.max_gap_ms)))
        else:
            self._timer.stop()
        return outcome.consume

    def _on_quiet(self) -> None:
        self._apply(self._detector.expire(self._clock()))

    def _apply(self, outcome: Outcome) -> None:
        if outcome.replay:
            self._replay(outcome.replay)
        if outcome.reject:
            self.rejected.emit(outcome.reject)
        if outcome.scan is not None:
            self.scanned.emit(outcome.scan)

    def _replay(self, keys: tuple[Any, ...]) -> None:
        """Hand typed keys back to the focused widget (or the one they were meant for)."""
        self._replaying = True
        try:
            for held in keys:
                focus = QApplication.focusWidget()  # again for each key: a key may move the focus
                target = focus if focus is not None and focus.window() is self._window else held.receiver
                if target is None:
                    continue
                press = QKeyEvent(QEvent.Type.KeyPress, held.key, held.modifiers, held.text)
                QCoreApplication.sendEvent(target, press)
        finally:
            self._replaying = False
