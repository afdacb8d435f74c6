"""A real CUPS scheduler with a cups-pdf queue (started by tests/support/start_cups.sh in CI)."""

from __future__ import annotations

import os
import pwd
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.support.components import require, require_tool

QUEUE = os.environ.get("ORDERDESK_TEST_QUEUE", "OrderDeskPDF")
START_CUPS = Path(__file__).resolve().parents[2] / "support" / "start_cups.sh"


def _lpstat(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["lpstat", *args], capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"})


def _queue_ready() -> bool:
    return "is running" in _lpstat("-r").stdout and _lpstat("-p", QUEUE).returncode == 0


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _scheduler_running() -> bool:
    return "is running" in _lpstat("-r").stdout


@pytest.fixture(scope="session")
def cups_queue():
    """The cups-pdf queue; starts CUPS (as root) when nobody has, and stops what it started."""
    require_tool("lp", "cups-client")
    require_tool("lpstat", "cups-client")
    started = False
    if not _queue_ready() and is_root():
        was_running = _scheduler_running()
        subprocess.run(["bash", str(START_CUPS)], capture_output=True, timeout=60, check=False)
        started = not was_running and _scheduler_running()
    require(_queue_ready(), f"a running CUPS with the '{QUEUE}' cups-pdf queue (tests/support/start_cups.sh)")
    before = _outputs()
    yield QUEUE
    for path in _outputs() - before:  # the PDFs our jobs left in cups-pdf's folders
        path.unlink(missing_ok=True)
    pid_file = Path("/run/cups/cupsd.pid")
    if started and pid_file.exists():
        os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)


def _outputs() -> set[Path]:
    return {p for folder in cups_pdf_dirs() if folder.is_dir() for p in folder.glob("*.pdf")}


def cups_pdf_dirs() -> list[Path]:
    """Where cups-pdf writes: its ``Out`` setting (${HOME} is the job owner's home) and the anonymous spool."""
    home = pwd.getpwuid(os.getuid()).pw_dir
    out, anon = "${HOME}/PDF", "/var/spool/cups-pdf/ANONYMOUS"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        text = conf.read_text(encoding="utf-8", errors="replace")
        if m := re.search(r"^Out\s+(\S+)", text, re.MULTILINE):
            out = m.group(1)
        if m := re.search(r"^AnonDirName\s+(\S+)", text, re.MULTILINE):
            anon = m.group(1)
    user = pwd.getpwuid(os.getuid()).pw_name
    return [Path(out.replace("${HOME}", home).replace("${USER}", user)), Path(anon)]


def find_cups_pdf_output(job_id: str, timeout: float = 60.0) -> Path:
    """The PDF cups-pdf wrote for ``job_id`` (files end in ``job_<n>.pdf``)."""
    number = job_id.rsplit("-", 1)[1]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for folder in cups_pdf_dirs():
            hits = sorted(folder.glob(f"*job_{number}.pdf")) if folder.is_dir() else []
            if hits and hits[-1].stat().st_size > 0:
                time.sleep(0.3)  # let cups-pdf finish writing
                return hits[-1]
        time.sleep(0.3)
    raise AssertionError(f"cups-pdf wrote no file for {job_id} in {cups_pdf_dirs()}")
