"""The warm start's pieces that need no helper: which word is the command, the messages and
their descriptors over a real socket pair, and the private runtime folder."""

from __future__ import annotations

import os
import socket

import pytest

from orderdesk.warm import protocol
from orderdesk.warm.client import LOCAL_COMMANDS, command_of

pytestmark = pytest.mark.skipif(not protocol.supported(), reason="POSIX only")


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["orders", "list"], "orders"),
        (["--db", "shop.sqlite3", "order", "show", "1"], "order"),
        (["--user", "orders", "--role", "packer", "print", "labels"], "print"),
        (["--json", "orders", "list"], "orders"),
        ([], None),  # the window
        (["--demo"], None),
        (["--help"], None),
        (["--version"], None),
        (["--db", "x", "-h", "orders"], None),
    ],
)
def test_the_command_word(argv, command):
    assert command_of(argv) == command


def test_windows_and_benchmarks_run_fresh():
    assert {"station", "bench"} <= LOCAL_COMMANDS


def test_a_message_carries_descriptors_and_any_text():
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    read_end, write_end = os.pipe()
    try:
        message = {"argv": ["orders", "list", "--search", "Łódź 北京 \udcff"], "env": {"X": "y" * 200_000}}
        protocol.send_with_fds(left, message, [write_end])
        received, fds = protocol.receive(right, max_fds=3)
        assert received == message and len(fds) == 1
        os.write(fds[0], b"through the passed descriptor")
        os.close(fds[0])
        assert os.read(read_end, 100) == b"through the passed descriptor"
        left.close()
        assert protocol.receive(right) == (None, [])
    finally:
        for fd in (read_end, write_end):
            os.close(fd)
        right.close()


def test_an_oversized_message_is_refused():
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with left, right:
        left.sendall((protocol.MAX_MESSAGE + 1).to_bytes(4, "big"))
        with pytest.raises(ValueError):
            protocol.receive(right)


def test_the_runtime_folder_is_private(tmp_path, monkeypatch):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    folder = protocol.runtime_folder()
    assert folder == str(runtime / "orderdesk")
    assert os.stat(folder).st_mode & 0o777 == 0o700
    os.chmod(folder, 0o777)  # others could plant a socket there: no warm start
    assert protocol.runtime_folder() is None


def test_a_runtime_folder_others_can_write_is_not_used(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    os.chmod(shared, 0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert protocol.runtime_folder() == str(tmp_path / f"orderdesk-{os.getuid()}")


@pytest.mark.parametrize("value", ["off", "OFF", "0", "no", "false"])
def test_switched_off(value):
    assert protocol.switched_off({protocol.OFF_ENV: value})
    assert not protocol.switched_off({})


def test_a_signal_before_the_command_exists_is_held_then_passed_on():
    import signal
    import subprocess
    import sys

    from orderdesk.warm.client import SignalRelay

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    relay = SignalRelay()
    try:
        signal.raise_signal(signal.SIGTERM)  # the helper has not answered yet: held here
        assert relay.held == [signal.SIGTERM]
        relay.to(child.pid)
        assert child.wait(timeout=30) == -signal.SIGTERM
    finally:
        relay.give_back()
        child.kill()


@pytest.fixture
def ctrl_c():
    """Set this process's Ctrl-C for a test, and put back what it was: a test run started in the
    background by a script inherits it ignored (as Python keeps it then), a terminal's is live."""
    import signal

    before = signal.getsignal(signal.SIGINT)
    yield lambda handler: signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGINT, before)


def test_a_held_ctrl_c_is_raised_here_when_the_helper_declines(ctrl_c):
    import signal

    from orderdesk.warm.client import SignalRelay

    ctrl_c(signal.default_int_handler)
    relay = SignalRelay()
    signal.raise_signal(signal.SIGINT)
    with pytest.raises(KeyboardInterrupt):
        relay.give_back()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_an_ignored_ctrl_c_stays_ignored_and_is_told_to_the_helper(ctrl_c):
    import signal

    from orderdesk.warm.client import SignalRelay

    ctrl_c(signal.SIG_IGN)
    assert "SIGINT" in protocol.ignored_signals()
    relay = SignalRelay()
    assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN  # not taken up to be passed on
    signal.raise_signal(signal.SIGINT)
    assert relay.held == []
    relay.give_back()  # nothing to raise
    assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    ctrl_c(signal.default_int_handler)
    assert "SIGINT" not in protocol.ignored_signals()
