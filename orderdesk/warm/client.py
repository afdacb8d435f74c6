"""The caller's side of the warm start: hand the command to the helper, or start one for next time.

``run_warm`` returns the command's exit code when the helper ran it, or None when the caller
should run it itself (no helper yet, switched off, a command with a window, anything unexpected):
a warm start only ever saves time, it never stops a command from running.
"""

from __future__ import annotations

import io
import os
import select
import signal
import socket
import sys
from collections.abc import Sequence

from orderdesk.warm import protocol

# Commands that open a window or time start-ups run in their own process: a window gains
# nothing from a warm start, and a benchmark of the start-up must pay for it.
LOCAL_COMMANDS = frozenset({"station", "bench"})
# Top-level options that take a value, so the word after them is not the command.
_VALUED_OPTIONS = frozenset({"--db", "--user", "--role", "--demo-orders"})
_HELPER_MAIN = "import sys; sys.path[0] = sys.argv[2]; from orderdesk.warm.server import main; raise SystemExit(main(sys.argv[1:]))"
HELPER_LOST = (
    "error: the background helper running this command stopped, so its outcome is not known: "
    "check what it was to change (orderdesk order show …) before running it again "
    "(ORDERDESK_WARM=off runs every command in its own process)"
)


def command_of(argv: Sequence[str]) -> str | None:
    """The command word (``orders``, ``order``…), None for the window, ``--help`` or ``--version``."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help", "--version"):
            return None
        elif arg in _VALUED_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def run_warm(argv: Sequence[str]) -> int | None:
    command = command_of(argv)
    if command is None or command in LOCAL_COMMANDS:
        return None
    if not protocol.supported() or protocol.switched_off() or not protocol.plain_interpreter():
        return None
    folder = protocol.runtime_folder()
    if folder is None:
        return None
    path = protocol.socket_path(folder)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        try:
            sock.connect(path)
        except OSError:
            start_helper(path)
            return None
        return _hand_over(sock, path, list(argv))
    finally:
        sock.close()


def _hand_over(sock: socket.socket, path: str, argv: list[str]) -> int | None:
    try:
        cwd = os.getcwd()
    except OSError:  # the working folder was deleted: the command itself will say what it can
        return None
    umask = os.umask(0o22)
    os.umask(umask)
    request = {
        "argv": argv,
        "env": dict(os.environ),
        "cwd": cwd,
        "umask": umask,
        "stdio": [_stream_settings(stream) for stream in (sys.stdin, sys.stdout, sys.stderr)],
        "utf8_mode": sys.flags.utf8_mode,
        "fs_encoding": sys.getfilesystemencoding(),
        "namespaces": protocol.namespaces(),
        "ignored_signals": protocol.ignored_signals(),
    }
    relay = SignalRelay()
    try:
        protocol.send_with_fds(sock, request, [0, 1, 2])
        reply, _ = protocol.receive(sock)
    except (OSError, ValueError):
        reply = None
    if reply is None or "pid" not in reply:
        relay.give_back()  # a Ctrl-C typed meanwhile now reaches this process, which runs the command
        if reply is not None and reply.get("declined") == "stale":
            start_helper(path)  # waits for the stale one to let go, then imports the new code
        return None
    pid = int(reply["pid"])
    relay.to(pid)
    return _wait_for_exit(sock, pid)


class SignalRelay:
    """Signals sent to this process (Ctrl-C in the terminal, a ``kill``) go on to the command's.

    In place before the request is sent: a signal that comes before the helper has said which
    process runs the command is held, then passed on, or raised here if the helper declines. A
    signal this process ignores stays ignored, here and in the command (``ignored_signals``).
    """

    def __init__(self) -> None:
        self.pid: int | None = None
        self.held: list[int] = []
        ignored = protocol.ignored_signals()
        self.previous = {
            sig: signal.signal(sig, self._relay) for sig in protocol.relayed_signals() if sig.name not in ignored
        }

    def _relay(self, signum: int, _frame: object) -> None:
        if self.pid is None:
            self.held.append(signum)
            return
        try:
            os.kill(self.pid, signum)
        except ProcessLookupError:
            pass

    def to(self, pid: int) -> None:
        self.pid = pid
        for signum in self.held:
            self._relay(signum, None)
        self.held.clear()

    def give_back(self) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)
        for signum in self.held:
            signal.raise_signal(signum)
        self.held.clear()


def _wait_for_exit(sock: socket.socket, pid: int) -> int:
    """The command's exit status, as the helper reports it."""
    while True:
        try:
            reply, _ = protocol.receive(sock)
        except (OSError, ValueError):
            reply = None
        if reply is None:
            _wait_until_gone(pid)  # its output ends before this process's does
            print(HELPER_LOST, file=sys.stderr)
            return 1
        if "exit" in reply:
            return _as_own_exit(int(reply["exit"]))


def _wait_until_gone(pid: int) -> None:
    """Wait for a process that is not this one's child (``pidfd_open``, Linux 5.3)."""
    try:
        fd = os.pidfd_open(pid)
    except (OSError, AttributeError):
        return
    try:
        select.select([fd], [], [])
    except OSError:
        pass
    finally:
        os.close(fd)


def _as_own_exit(code: int) -> int:
    """A command killed by a signal (negative code, as ``os.waitstatus_to_exitcode`` gives it) ends
    this process by the same signal, so a shell or a test sees what a fresh process would show."""
    if code >= 0:
        return code
    signum = -code
    try:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
    except (OSError, ValueError):
        pass
    return 128 + signum


def _stream_settings(stream: object) -> dict[str, object] | None:
    """How Python set up this standard stream (from the locale and PYTHONIOENCODING), so the
    command's process writes to the terminal exactly as this one would."""
    if stream is None:
        return None
    return {
        "encoding": getattr(stream, "encoding", None),
        "errors": getattr(stream, "errors", None),
        "line_buffering": getattr(stream, "line_buffering", False),
        "write_through": getattr(stream, "write_through", False),
        # PYTHONUNBUFFERED / -u: the bytes go straight to the descriptor, with no buffer between.
        "unbuffered": isinstance(getattr(stream, "buffer", None), io.FileIO),
    }


def start_helper(path: str) -> None:
    """Start the helper in its own session, detached from this terminal, for the next command.

    ``posix_spawn`` rather than ``subprocess``: this process is about to import OrderDesk itself,
    and the helper must not inherit its descriptors (the terminal) nor its session.
    """
    null = os.devnull
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, null, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, null, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, null, os.O_WRONLY, 0),
    ]
    # The helper must import what this process would: the same sys.path, its first entry
    # included (``python -m`` puts the working folder there, a script its own folder).
    first = os.path.abspath(sys.path[0]) if sys.path and sys.path[0] else os.getcwd()
    try:
        os.posix_spawn(
            sys.executable,
            [sys.executable, "-c", _HELPER_MAIN, path, first, protocol.PACKAGE_DIR],
            dict(os.environ),
            file_actions=actions,
            setsid=True,
        )
    except (OSError, AttributeError, NotImplementedError):
        pass  # no helper: the next command starts fresh too
