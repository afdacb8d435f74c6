"""The warm helper: imports OrderDesk once, then forks a process for each command handed to it.

Started by ``orderdesk.warm.client.start_helper`` (``main(SOCKET, SYS_PATH_0, PACKAGE)``) in its own
session with no terminal, with the caller's ``sys.path``. One helper per socket (an exclusive ``flock`` on a file beside
it); it stops after ``ORDERDESK_WARM_IDLE`` seconds without a command (600), on SIGTERM, and when a
module it imported has changed on disk (the caller is told to run that command itself).

The helper process never runs a command. For each request it checks the caller (same uid),
forks, and waits: the fork turns itself into the command's process (the caller's descriptors,
environment, working folder and umask) and returns from ``serve`` to run ``orderdesk.cli.main``
at the top of this module, so it ends like any Python program (``atexit``, flushed output). The
helper reports the fork's exit status to the caller, and kills the fork if the caller goes away
(killed) so that a command never outlives whoever started it.
"""

from __future__ import annotations

import fcntl
import gc
import importlib
import io
import locale
import os
import selectors
import signal
import socket
import struct
import sys
import time
from dataclasses import dataclass
from typing import Any

from orderdesk.warm import protocol

# What most commands import: SQLAlchemy with its SQLite dialect, the models with their mappers
# configured, the services behind the order commands and the CLI's own helpers. A command that
# needs more (ReportLab for ``print``, requests for ``channels``) imports it in its fork.
PRELOAD = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite",
    "orderdesk.models",
    "orderdesk.repository",
    "orderdesk.wiring",
    "orderdesk.services.orders",
    "orderdesk.cli",
    "orderdesk.cli.common",
    "orderdesk.cli.orders",
    "orderdesk.cli.order",
)
_PEER_CREDENTIALS = struct.Struct("3i")  # struct ucred: pid, uid, gid (Linux, SO_PEERCRED)
LOCK_WAIT_SECONDS = 5.0  # a stale helper finishes its running commands and lets go


@dataclass
class Request:
    """A command handed over by a caller, as the fork that runs it receives it."""

    argv: list[str]
    env: dict[str, str]
    cwd: str
    umask: int
    stdio: list[dict[str, Any] | None]
    fds: list[int]


def main(argv: list[str]) -> int:
    path, _first, package = argv[:3]
    if os.path.realpath(protocol.PACKAGE_DIR) != os.path.realpath(package):
        return 0  # another OrderDesk than the caller's came first on the path: serve nothing
    os.chdir("/")  # hold no caller's folder (a test's temporary one, a USB stick) open
    lock = _take_lock(path + ".lock")
    if lock is None:
        return 0  # another helper serves this socket
    from orderdesk.deferred_imports import install

    install()
    gc.disable()
    for name in PRELOAD:
        importlib.import_module(name)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    # The imports' objects live as long as the helper and every fork: set aside from collection
    # (as ``orderdesk.cli`` does for a fresh process), which also spares the forks copying the
    # pages the collector would otherwise write to.
    gc.freeze()
    gc.enable()
    helper = Helper(path, lock)
    request = helper.serve()
    if request is None:
        return 0
    return run_request(request)


def _take_lock(path: str) -> int | None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())  # which process serves it, for ``kill`` and the bench
            return fd
        except BlockingIOError:
            if time.monotonic() > deadline:
                os.close(fd)
                return None
            time.sleep(0.05)


def _module_files() -> dict[str, tuple[int, int]]:
    """Every imported module's file with its modification time and size: a change to any of them
    (an upgrade, a developer's edit) makes this helper stale."""
    files: dict[str, tuple[int, int]] = {}
    for module in list(sys.modules.values()):
        name = getattr(module, "__file__", None)
        if not name or name in files:
            continue
        try:
            info = os.stat(name)
        except OSError:
            continue
        files[name] = (info.st_mtime_ns, info.st_size)
    return files


class Helper:
    def __init__(self, path: str, lock: int) -> None:
        self.path = path
        self.lock = lock
        self.files = _module_files()
        self.idle = _idle_seconds()
        self.namespaces = protocol.namespaces()
        self.running: dict[int, socket.socket] = {}
        self.stopping = False
        if os.path.exists(path):
            os.unlink(path)  # left by a helper that was killed; the lock says none serves it
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(path)
        os.chmod(path, 0o600)
        self.listener.listen(64)
        self.selector = selectors.DefaultSelector()
        self.wake_read, self.wake_write = os.pipe()
        os.set_blocking(self.wake_read, False)
        os.set_blocking(self.wake_write, False)

    # ------------------------------------------------------------------ the helper's loop
    def serve(self) -> Request | None:
        """Wait for commands; returns a Request only in a fork, None when the helper stops."""
        signal.set_wakeup_fd(self.wake_write)
        signal.signal(signal.SIGCHLD, _ignore)
        signal.signal(signal.SIGTERM, self._on_stop)
        signal.signal(signal.SIGINT, self._on_stop)
        self.selector.register(self.listener, selectors.EVENT_READ, "accept")
        self.selector.register(self.wake_read, selectors.EVENT_READ, "wake")
        while not (self.stopping and not self.running):
            events = self.selector.select(None if self.running or self.stopping else self.idle)
            if not events and not self.running:
                break  # idle
            for key, _mask in events:
                if key.data == "accept":
                    request = self._accept_safely()
                    if request is not None:
                        return request
                elif key.data == "wake":
                    self._drain_wakeups()
                    self._reap()
                else:
                    self._caller_event(key.fileobj, key.data)
            if self.stopping:
                self._stop_listening()
        self._stop_listening()
        return None

    def _on_stop(self, _signum: int, _frame: object) -> None:
        self.stopping = True

    def _stop_listening(self) -> None:
        if self.listener.fileno() < 0:
            return
        self.selector.unregister(self.listener)
        self.listener.close()
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass

    def _drain_wakeups(self) -> None:
        try:
            while os.read(self.wake_read, 512):
                pass
        except BlockingIOError:
            pass

    def _accept_safely(self) -> Request | None:
        """A request the helper cannot handle must not stop it: the caller, seeing no answer,
        runs the command itself. A fork that fails while taking the request on ends at once,
        never going back to the helper's loop."""
        helper = os.getpid()
        try:
            return self._accept()
        except Exception:
            if os.getpid() != helper:
                os._exit(1)
            return None

    def _accept(self) -> Request | None:
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return None
        conn.settimeout(5.0)  # the caller sends its request at once; never let one stall the helper
        try:
            raw = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, _PEER_CREDENTIALS.size)
            _pid, uid, _gid = _PEER_CREDENTIALS.unpack(raw)
            if uid != os.getuid():
                conn.close()
                return None
            message, fds = protocol.receive(conn, max_fds=3)
        except (OSError, ValueError):
            conn.close()
            return None
        if message is None or len(fds) != 3:
            for fd in fds:
                os.close(fd)
            conn.close()
            return None
        reason = self._decline_reason(message)
        if reason:
            for fd in fds:
                os.close(fd)
            self._tell(conn, {"declined": reason})
            conn.close()
            if reason == "stale":
                self.stopping = True
            return None
        # A signal relayed to the fork before it has put the command's handlers in place would
        # reach the helper's (SIGTERM: "stop serving"): held back until the command runs.
        signal.pthread_sigmask(signal.SIG_BLOCK, protocol.relayed_signals())
        try:
            pid = os.fork()
        except OSError:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, protocol.relayed_signals())
            raise
        if pid == 0:
            return self._become_command(conn, message, fds)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, protocol.relayed_signals())
        for fd in fds:
            os.close(fd)
        self.running[pid] = conn
        self._tell(conn, {"pid": pid})
        conn.setblocking(False)
        self.selector.register(conn, selectors.EVENT_READ, pid)
        return None

    def _decline_reason(self, message: dict[str, Any]) -> str | None:
        if self.stopping:
            return "stopping"
        for name, seen in self.files.items():
            try:
                info = os.stat(name)
            except OSError:
                return "stale"
            if (info.st_mtime_ns, info.st_size) != seen:
                return "stale"
        # Python fixed these at its start from the environment; a caller started under another
        # locale or with another UTF-8 mode would read and write files differently in a fork.
        if message.get("utf8_mode") != sys.flags.utf8_mode or message.get("fs_encoding") != sys.getfilesystemencoding():
            return "encoding"
        if message.get("namespaces") != self.namespaces:
            return "namespace"
        return None

    def _tell(self, conn: socket.socket, message: dict[str, Any]) -> None:
        try:
            protocol.send(conn, message)
        except OSError:
            pass  # the caller went away; its command is killed when the helper sees that

    def _reap(self) -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            conn = self.running.pop(pid, None)
            if conn is None:
                continue
            try:
                self.selector.unregister(conn)
            except (KeyError, ValueError):
                pass
            conn.setblocking(True)
            conn.settimeout(1.0)
            self._tell(conn, {"exit": os.waitstatus_to_exitcode(status)})
            conn.close()

    def _caller_event(self, conn: Any, pid: int) -> None:
        """The caller's end became readable: it closed (killed) or wrote something it should not."""
        try:
            data = conn.recv(64)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if data:
            return
        self.selector.unregister(conn)
        try:
            os.kill(pid, signal.SIGKILL)  # as if the command had been killed with its caller
        except ProcessLookupError:
            pass

    # ------------------------------------------------------------------ in the fork
    def _become_command(self, conn: socket.socket, message: dict[str, Any], fds: list[int]) -> Request:
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        # What a fresh Python started by the caller would have: the signals it inherited as
        # ignored stay ignored; Ctrl-C raises KeyboardInterrupt; the others end the process.
        ignored = {str(name) for name in message.get("ignored_signals", ())}
        for name in protocol.RELAYED_SIGNALS:
            if name in ignored:
                handler = signal.SIG_IGN
            elif name == "SIGINT":
                handler = signal.default_int_handler
            else:
                handler = signal.SIG_DFL
            signal.signal(getattr(signal, name), handler)
        conn.close()
        for other in self.running.values():
            other.close()
        self.selector.close()
        self.listener.close()
        os.close(self.wake_read)
        os.close(self.wake_write)
        os.close(self.lock)
        return Request(
            argv=[str(arg) for arg in message["argv"]],
            env={str(k): str(v) for k, v in message["env"].items()},
            cwd=str(message["cwd"]),
            umask=int(message["umask"]),
            stdio=list(message["stdio"]),
            fds=fds,
        )


def _ignore(_signum: int, _frame: object) -> None:
    """SIGCHLD needs a handler for the wake-up descriptor to hear it; the loop reaps."""


def _idle_seconds() -> float:
    try:
        return max(0.1, float(os.environ.get(protocol.IDLE_SECONDS_ENV, "") or protocol.IDLE_SECONDS))
    except ValueError:
        return protocol.IDLE_SECONDS


def run_request(request: Request) -> int:
    """In the fork: take on the caller's terminal, environment, folder and umask, and run the command."""
    try:
        _take_on(request)
    except (OSError, LookupError) as exc:  # an encoding Python knows by name only, a folder gone
        os.write(2, f"error: {exc}; run the command again with ORDERDESK_WARM=off\n".encode(errors="replace"))
        return 1
    from orderdesk.cli import main as cli_main

    try:
        # Signals held back since the fork arrive now, on the command's own handlers.
        signal.pthread_sigmask(signal.SIG_UNBLOCK, protocol.relayed_signals())
        return cli_main(request.argv, _program=True)
    except KeyboardInterrupt:  # Ctrl-C while the command's parser loaded it: nothing was done yet
        print("interrupted", file=sys.stderr)
        return 130


def _take_on(request: Request) -> None:
    for target, fd in enumerate(request.fds):
        if fd != target:
            os.dup2(fd, target)
            os.close(fd)
    os.environ.clear()
    os.environ.update(request.env)
    # What Python and the C library read from the environment at start-up: the time zone
    # (TZ, see time.tzset) and the character type locale Python sets from LANG / LC_*.
    time.tzset()
    try:
        locale.setlocale(locale.LC_CTYPE, "")
    except locale.Error:
        pass  # an unknown locale: Python's start-up keeps the previous one too
    os.umask(request.umask)
    os.chdir(request.cwd)
    sys.stdin, sys.stdout, sys.stderr = (
        _text_stream(0, "r", request.stdio[0]),
        _text_stream(1, "w", request.stdio[1]),
        _text_stream(2, "w", request.stdio[2]),
    )
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = sys.stdin, sys.stdout, sys.stderr
    sys.argv = ["orderdesk", *request.argv]


def _text_stream(fd: int, mode: str, settings: dict[str, Any] | None) -> Any:
    """A standard stream made as Python makes it at start-up (create_stdio: on POSIX newline "\\n",
    the descriptor left open, no binary buffer for output with -u), with the encoding and
    buffering the caller's Python chose."""
    if settings is None:
        return None
    raw = io.FileIO(fd, mode, closefd=False)
    if mode == "r":
        buffered: Any = io.BufferedReader(raw)  # Python buffers standard input even with -u
    else:
        buffered = raw if settings.get("unbuffered") else io.BufferedWriter(raw)
    return io.TextIOWrapper(
        buffered,
        encoding=settings.get("encoding") or "utf-8",
        errors=settings.get("errors") or "strict",
        newline="\n",
        line_buffering=bool(settings.get("line_buffering")),
        write_through=bool(settings.get("write_through")),
    )
