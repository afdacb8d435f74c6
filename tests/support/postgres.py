"""A throw-away PostgreSQL server for tests: its own data folder, socket and port, stopped afterwards."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def available() -> bool:
    return _bin("initdb") is not None and _bin("pg_ctl") is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def temporary_server() -> Iterator[str]:
    """Start a server in a fresh temporary folder; yield a SQLAlchemy URL. PostgreSQL will not
    run as root, so as root the server runs as the 'postgres' system user (hence a folder
    directly under the system temp folder, which that user can reach)."""
    folder = Path(tempfile.mkdtemp(prefix="orderdesk-pg-"))
    data, sock = folder / "data", folder / "sock"
    sock.mkdir(exist_ok=True)
    port = _free_port()
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(sock, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    subprocess.run([*prefix, initdb, "-D", str(data), "-U", "orderdesk", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
                   check=True, capture_output=True)  # fmt: skip
    options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={sock} -c fsync=off"
    subprocess.run([*prefix, pg_ctl, "-D", str(data), "-o", options, "-w", "-l", str(folder / "log"), "start"],
                   check=True, capture_output=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        yield f"postgresql+psycopg://orderdesk@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)
