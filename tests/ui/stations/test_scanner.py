"""The scanner: bursts vs typing, by timing; split and malformed scans rejected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from orderdesk.ui.scanner import INCOMPLETE, MALFORMED, SPLIT, ScanDetector, ScannerConfig, ScannerFilter


def feed(det: ScanDetector, text: str, start: float, step: float, end: str | None = "enter"):
    """Feed ``text`` one key every ``step`` ms; return the outcomes and the time after."""
    outcomes = []
    t = start
    for ch in text:
        outcomes.append(det.char(ch, t, ch))
        t += step
    if end:
        outcomes.append(det.terminator(t))
    return outcomes, t


class TestDetector:
    def test_fast_burst_with_enter_is_a_scan(self):
        det = ScanDetector(ScannerConfig())
        outs, _ = feed(det, "5901234123457", 0, 4)
        assert all(o.consume for o in outs)
        assert outs[-1].scan == "5901234123457"
        assert not det.pending

    def test_slow_typing_is_handed_back_key_by_key(self):
        det = ScanDetector(ScannerConfig())
        typed = []
        t = 0.0
        for ch in "1042":
            out = det.char(ch, t, ch)
            typed.extend(out.replay)
            assert out.scan is None and out.reject is None
            t += 150
        out = det.terminator(t)
        typed.extend(out.replay)
        assert not out.consume  # the Enter goes on to the focused widget
        assert "".join(typed) == "1042"

    def test_timeout_of_short_burst_replays(self):
        det = ScanDetector(ScannerConfig())
        det.char("a", 0, "a")
        det.char("b", 10, "b")
        out = det.expire(100)
        assert out.replay == ("a", "b") and out.reject is None

    def test_burst_without_terminator_is_rejected_and_its_tail_too(self):
        det = ScanDetector(ScannerConfig())
        feed(det, "590123", 0, 4, end=None)
        out = det.expire(60)
        assert out.reject == INCOMPLETE and not out.replay
        outs, _ = feed(det, "4123457", 200, 4)  # the rest of the same barcode, 200 ms later
        assert outs[-1].reject == SPLIT and outs[-1].scan is None and outs[-1].consume

    def test_late_terminator_rejects(self):
        det = ScanDetector(ScannerConfig())
        _outs, t = feed(det, "590123412345", 0, 4, end=None)
        out = det.terminator(t + 200)
        assert out.reject == INCOMPLETE and out.consume

    def test_gap_inside_burst_rejects_first_part_when_next_key_arrives(self):
        det = ScanDetector(ScannerConfig())
        feed(det, "59012", 0, 4, end=None)
        out = det.char("3", 300, "3")  # timer did not run: the next key settles the burst
        assert out.reject == INCOMPLETE
        outs, _ = feed(det, "41234", 304, 4)
        assert outs[-1].reject == SPLIT

    def test_rescan_after_guard_is_accepted(self):
        det = ScanDetector(ScannerConfig(split_guard_ms=400))
        feed(det, "590123", 0, 4, end=None)
        det.expire(60)
        outs, _ = feed(det, "5901234123457", 2000, 4)
        assert outs[-1].scan == "5901234123457"

    def test_control_characters_are_malformed(self):
        det = ScanDetector(ScannerConfig())
        outs, _ = feed(det, "12\x0734", 0, 3)
        assert outs[-1].reject == MALFORMED

    def test_lone_enter_passes(self):
        det = ScanDetector(ScannerConfig())
        assert det.terminator(0) == det.terminator(5)
        assert not det.terminator(10).consume

    def test_config_from_text(self):
        cfg = ScannerConfig.from_text("enter,tab", 25, 6)
        assert cfg.terminators == ("enter", "tab") and cfg.max_gap_ms == 25 and cfg.min_length == 6
        assert int(Qt.Key.Key_Tab.value) in cfg.terminator_keys
        with pytest.raises(ValueError):
            ScannerConfig.from_text("space")


# -- the Qt event filter with real key events


class StepClock:
    """Synthetic key events carry no timestamp, so the filter asks its clock once per key
    (and once when its quiet timer fires). Each call moves time on by ``step`` ms: a burst is
    a burst and typing is typing however busy the test machine is."""

    def __init__(self, step: float = 2.0) -> None:
        self.t = 0.0
        self.step = step

    def __call__(self) -> float:
        self.t += self.step
        return self.t


@pytest.fixture
def screen(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    entry = QLineEdit(window)
    button = QPushButton("Other", window)
    layout.addWidget(entry)
    layout.addWidget(button)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    clock = StepClock()
    scanner = ScannerFilter(window, ScannerConfig(max_gap_ms=80, terminators=("enter", "tab")), clock=clock)
    scanner.clock = clock  # for the tests that type slowly
    scanner.install()
    yield window, entry, button, scanner
    scanner.uninstall()


def burst(qtbot, widget, text: str, end=Qt.Key.Key_Return):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, end)


def test_scan_reaches_filter_whatever_has_focus(qtbot, screen):
    _window, entry, button, scanner = screen
    button.setFocus()
    with qtbot.waitSignal(scanner.scanned) as blocker:
        burst(qtbot, button, "ORD-000123")
    assert blocker.args == ["ORD-000123"]
    assert entry.text() == ""


def test_scan_while_typing_field_has_focus_does_not_type(qtbot, screen):
    _window, entry, _button, scanner = screen
    entry.setFocus()
    returned = []
    entry.returnPressed.connect(lambda: returned.append(entry.text()))
    with qtbot.waitSignal(scanner.scanned) as blocker:
        burst(qtbot, entry, "5901234123457", end=Qt.Key.Key_Tab)
    assert blocker.args == ["5901234123457"]
    assert entry.text() == "" and returned == []
    assert entry.hasFocus()  # the Tab of the scan did not move the focus


def test_slow_typing_goes_into_the_field(qtbot, screen):
    _window, entry, _button, scanner = screen
    entry.setFocus()
    returned = []
    entry.returnPressed.connect(lambda: returned.append(entry.text()))
    seen = []
    scanner.scanned.connect(seen.append)
    scanner.clock.step = 200  # a person: a key every 200 ms
    for ch in "1042":
        qtbot.keyClick(entry, ch)
        qtbot.wait(200)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert returned == ["1042"]
    assert seen == []


def test_split_scan_is_rejected_and_nothing_typed(qtbot, screen):
    _window, entry, _button, scanner = screen
    entry.setFocus()
    seen, rejected = [], []
    scanner.scanned.connect(seen.append)
    scanner.rejected.connect(rejected.append)
    qtbot.keyClicks(entry, "590123")
    qtbot.waitUntil(lambda: rejected == [INCOMPLETE])
    burst(qtbot, entry, "4123457")
    assert rejected == [INCOMPLETE, SPLIT]
    assert seen == [] and entry.text() == ""
