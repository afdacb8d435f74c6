"""What the warm client and its helper say to each other, and where the helper listens.

Standard library only, and only cheap parts of it: the client imports this on every command.

A message is a 4-byte big-endian length and that many bytes of UTF-8 JSON. The client's one
request carries the three standard file descriptors alongside (``SCM_RIGHTS``); the helper
answers with ``{"pid": N}`` once the command's process exists, then ``{"exit": CODE}`` when it
has ended, or with ``{"declined": REASON}`` instead of both when the caller should run the
command itself.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import struct
import sys
import zlib
from typing import Any

OFF_ENV = "ORDERDESK_WARM"  # "off" (or 0, no, false): every command starts a fresh process
OFF_VALUES = frozenset({"off", "0", "no", "false"})
IDLE_SECONDS_ENV = "ORDERDESK_WARM_IDLE"  # how long an unused helper waits before it stops
IDLE_SECONDS = 600.0
# Signals the caller passes on to its command (and the helper holds back while it forks).
RELAYED_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2")
# The OrderDesk package this code belongs to: a helper serves only callers of the same one.
PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_HEADER = struct.Struct(">I")
MAX_MESSAGE = 4 * 1024 * 1024  # an environment is a few kilobytes; anything bigger is not ours


def supported() -> bool:
    """Linux: ``fork``, descriptor passing, the caller's uid on the socket (``SO_PEERCRED``),
    ``/proc`` namespaces and ``posix_spawn`` into a new session. Elsewhere commands start fresh."""
    return sys.platform.startswith("linux") and hasattr(socket, "send_fds") and hasattr(socket, "SO_PEERCRED")


def relayed_signals() -> list[signal.Signals]:
    return [getattr(signal, name) for name in RELAYED_SIGNALS]


def ignored_signals() -> list[str]:
    """The relayed signals this process ignores. A command started in the background by a script
    (``orderdesk … &`` in a non-interactive shell) inherits an ignored Ctrl-C, and a fresh Python
    keeps it ignored (it installs its KeyboardInterrupt handler only over the default action); so
    must the command in the helper's fork, and the caller must not take such a signal up either."""
    return [name for name in RELAYED_SIGNALS if signal.getsignal(getattr(signal, name)) == signal.SIG_IGN]


def plain_interpreter() -> bool:
    """No -X options, -W or PYTHONWARNINGS, -O or development mode: the helper runs with none, and
    a command asked to run under them (``-X importtime``, warnings as errors) must get them."""
    flags = sys.flags
    return not (sys._xoptions or sys.warnoptions or flags.dev_mode or flags.optimize or flags.isolated)


def switched_off(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    return environ.get(OFF_ENV, "").strip().lower() in OFF_VALUES


def runtime_folder() -> str | None:
    """A folder only this user can enter: ``XDG_RUNTIME_DIR`` (the session's own, per the XDG Base
    Directory specification), else one made in the temporary folder. None when neither is safe
    (someone else owns it, or others may write to it): then commands start fresh."""
    uid = os.getuid()
    base = os.environ.get("XDG_RUNTIME_DIR", "")
    if base and _private(base, uid):
        folder = os.path.join(base, "orderdesk")
    else:
        folder = os.path.join(os.environ.get("TMPDIR") or "/tmp", f"orderdesk-{uid}")
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return None
    return folder if _private(folder, uid) else None


def _private(path: str, uid: int) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == uid and not info.st_mode & 0o077


def namespaces() -> dict[str, str]:
    """The Linux namespaces this process lives in (``/proc/self/ns``). A command handed to a helper
    in another mount, network or user namespace (``unshare``, a container, a sandbox) would see
    other files and other servers than its caller, so the helper runs only its own namespaces'."""
    found: dict[str, str] = {}
    for kind in ("mnt", "net", "pid", "user", "ipc", "uts"):
        try:
            found[kind] = os.readlink(f"/proc/self/ns/{kind}")
        except OSError:
            pass
    try:
        found["root"] = str(os.stat("/").st_ino)  # chroot
    except OSError:
        pass
    return found


def socket_path(folder: str) -> str:
    """One helper per interpreter and OrderDesk installation: a command from another virtual
    environment or checkout must not run in a helper that imported different code."""
    # sys.path without its first entry (the script's folder, or the working folder for -m): a
    # PYTHONPATH or another site folder may bring other libraries than the helper imported.
    parts = [sys.executable, PACKAGE_DIR, sys.version, str(sys.flags.utf8_mode), *sys.path[1:]]
    key = "\0".join(parts).encode("utf-8", "surrogateescape")
    return os.path.join(folder, f"warm-{zlib.crc32(key):08x}.sock")


def helper_pid(path: str) -> int | None:
    """The process serving the socket at ``path`` (its lock file holds the pid), if it runs."""
    try:
        with open(path + ".lock", encoding="ascii") as lock:
            pid = int(lock.read().strip() or 0)
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid or None


def encode(message: dict[str, Any]) -> bytes:
    body = json.dumps(message, ensure_ascii=False).encode("utf-8", "surrogateescape")
    return _HEADER.pack(len(body)) + body


def send(sock: socket.socket, message: dict[str, Any]) -> None:
    sock.sendall(encode(message))


def send_with_fds(sock: socket.socket, message: dict[str, Any], fds: list[int]) -> None:
    data = encode(message)
    sent = socket.send_fds(sock, [data], fds)
    if sent < len(data):
        sock.sendall(data[sent:])


def receive(sock: socket.socket, *, max_fds: int = 0) -> tuple[dict[str, Any] | None, list[int]]:
    """One message and the descriptors that came with it; (None, []) when the other side closed."""
    fds: list[int] = []
    buffer = b""
    while len(buffer) < _HEADER.size:
        chunk = _read(sock, _HEADER.size - len(buffer), max_fds if not buffer else 0, fds)
        if not chunk:
            _close_all(fds)
            return None, []
        buffer += chunk
    (length,) = _HEADER.unpack(buffer)
    if length > MAX_MESSAGE:
        _close_all(fds)
        raise ValueError("message too long")
    body = b""
    while len(body) < length:
        chunk = _read(sock, min(length - len(body), 65536), 0, fds)
        if not chunk:
            _close_all(fds)
            return None, []
        body += chunk
    return json.loads(body.decode("utf-8", "surrogateescape")), fds


def _read(sock: socket.socket, size: int, max_fds: int, fds: list[int]) -> bytes:
    if not max_fds:
        return sock.recv(size)
    data, received, _flags, _address = socket.recv_fds(sock, size, max_fds)
    fds.extend(received)
    return data


def _close_all(fds: list[int]) -> None:
    for fd in fds:
        os.close(fd)
