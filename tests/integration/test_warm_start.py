"""The warm start end to end: real ``python -m orderdesk`` processes, a real helper in the
background, a real SQLite file. Each test has its own runtime folder, so its own helper, stopped
after the test. That a command ran in the helper is checked in /proc: the helper's fork holds
the caller's own standard input, and the caller never loads SQLAlchemy."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from orderdesk.warm import protocol

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not protocol.supported() or not Path("/proc/self/ns").exists(), reason="Linux only")


class Shop:
    def __init__(self, tmp_path: Path) -> None:
        run = tmp_path / "run"
        run.mkdir(mode=0o700)
        self.run_dir = run
        self.cwd = tmp_path  # not the checkout: ``python -m`` would import the code from there
        self.db = tmp_path / "shop.sqlite3"
        self.env = {**os.environ, "XDG_RUNTIME_DIR": str(run), "ORDERDESK_USER": "warm-tester"}
        for name in ("ORDERDESK_WARM", "ORDERDESK_PIN", "PYTHONWARNINGS", "PYTHONDEVMODE"):
            self.env.pop(name, None)

    def argv(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "orderdesk", "--db", str(self.db), *args]

    def cli(self, *args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            self.argv(*args),
            capture_output=True,
            text=True,
            input=stdin,
            env={**self.env, **env},
            timeout=120,
            cwd=self.cwd,
        )

    def popen(self, *args: str, **kwargs) -> subprocess.Popen:
        return subprocess.Popen(self.argv(*args), env=self.env, cwd=self.cwd, **kwargs)

    def sockets(self) -> list[Path]:
        return sorted((self.run_dir / "orderdesk").glob("warm-*.sock"))

    def helper(self, timeout: float = 60) -> int:
        """The pid of this shop's running helper, once it listens."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pids = helpers(self.run_dir)
            if pids and self.sockets():
                return pids[0]
            time.sleep(0.1)
        raise AssertionError("no warm helper started")


def helpers(run_dir: Path) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if any(b"orderdesk.warm.server" in part for part in cmdline) and any(
            part.startswith(str(run_dir).encode()) for part in cmdline
        ):
            found.append(int(entry.name))
    return found


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"
    except OSError:
        return False


def wait_for(predicate, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def shop(tmp_path) -> Iterator[Shop]:
    shop = Shop(tmp_path)
    done = shop.cli("demo", "--orders", "30", ORDERDESK_WARM="off")
    assert done.returncode == 0, done.stderr
    yield shop
    for pid in helpers(shop.run_dir):
        os.kill(pid, signal.SIGTERM)


@pytest.fixture
def warm(shop) -> Shop:
    """The shop with its helper up (the first command starts it and runs by itself)."""
    assert shop.cli("orders", "list").returncode == 0
    shop.helper()
    return shop


def numbers(shop: Shop, status: str) -> list[str]:
    listed = json.loads(shop.cli("orders", "list", "--status", status, "--json", ORDERDESK_WARM="off").stdout)
    return [o["number"] for o in listed]


def test_a_command_in_the_helper_prints_and_exits_as_a_fresh_process(warm):
    shop = warm
    new = numbers(shop, "new")[0]
    cases = [
        ("orders", "list"),
        ("orders", "list", "--json"),
        ("orders", "list", "--search", "Соколов"),
        ("order", "show", new),
        ("order", "show", "2099-000001"),  # not found: 3
        ("order", "move", new, "packed"),  # refused: 4
        ("order", "move", new, "nowhere"),  # a usage error from argparse: 2
    ]
    for args in cases:
        fresh = shop.cli(*args, ORDERDESK_WARM="off")
        served = shop.cli(*args)
        assert (served.returncode, served.stdout, served.stderr) == (fresh.returncode, fresh.stdout, fresh.stderr), args
    assert {
        shop.cli("order", "show", "2099-000001").returncode,
        shop.cli("order", "move", new, "packed").returncode,
    } == {
        3,
        4,
    }
    # Output and messages interleave as a fresh process writes them, unbuffered (-u) or not.
    for unbuffered in ("1", ""):
        merged = [
            subprocess.run(
                shop.argv("orders", "list", "--limit", "3"),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                env={**shop.env, "PYTHONUNBUFFERED": unbuffered, **warm},
                cwd=shop.cwd,
                timeout=120,
            ).stdout
            for warm in ({}, {"ORDERDESK_WARM": "off"})
        ]
        assert merged[0] == merged[1], unbuffered
    # The shop's local days follow the caller's time zone, not the helper's (UTC here).
    report = ("report", "orders-per-day", "--from", "2020-01-01", "--to", "2030-12-31", "--format", "csv")
    far_east = shop.cli(*report, TZ="Pacific/Kiritimati")
    assert far_east.returncode == 0, far_east.stderr
    assert far_east.stdout == shop.cli(*report, TZ="Pacific/Kiritimati", ORDERDESK_WARM="off").stdout
    assert far_east.stdout != shop.cli(*report, TZ="UTC").stdout
    translated = shop.cli("order", "show", "2099-000001", ORDERDESK_LANG="pl")
    assert (
        translated.stderr == shop.cli("order", "show", "2099-000001", ORDERDESK_LANG="pl", ORDERDESK_WARM="off").stderr
    )
    assert "Nie" in translated.stderr or "nie" in translated.stderr
    assert len(helpers(shop.run_dir)) == 1  # one helper served them all, and is still there


def _reading_numbers(shop: Shop, **popen) -> subprocess.Popen:
    """``orders move confirmed -``: it waits for order numbers on standard input."""
    return shop.popen("orders", "move", "confirmed", "-", stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)  # fmt: skip


def _the_fork(helper: int) -> int:
    assert wait_for(lambda: len(children(helper)) == 1), "the helper forked no command"
    return children(helper)[0]


def _inside_the_command(fork: int, caller: int) -> None:
    """Wait until the fork waits for order numbers on the caller's standard input with Ctrl-C
    handled or ignored, as a fresh command does: the command itself runs (``/proc/PID/syscall``:
    read, x86-64's 0 or arm64's 63, on descriptor 0; that descriptor is the caller's; SIGINT is
    caught or ignored, not left to its default)."""

    def reading() -> bool:
        try:
            fields = Path(f"/proc/{fork}/syscall").read_text().split()
            same_input = os.readlink(f"/proc/{fork}/fd/0") == os.readlink(f"/proc/{caller}/fd/0")
            handled = _caught(fork, signal.SIGINT) or _ignores(fork, signal.SIGINT)
        except OSError:
            return False
        return len(fields) > 1 and fields[0] in ("0", "63") and fields[1] == "0x0" and same_input and handled

    assert wait_for(reading), "the command never read its standard input"


def test_the_fork_runs_on_the_callers_own_descriptors(warm):
    shop = warm
    helper = shop.helper()
    new = numbers(shop, "new")[:2]
    caller = _reading_numbers(shop)
    fork = _the_fork(helper)
    _inside_the_command(fork, caller.pid)
    # The very pipe this test writes to is the fork's standard input, and the caller stayed light.
    assert os.readlink(f"/proc/{fork}/fd/0") == os.readlink(f"/proc/{caller.pid}/fd/0")
    assert "sqlalchemy" not in Path(f"/proc/{caller.pid}/maps").read_text()
    _out, err = caller.communicate(("\n".join(new) + "\n").encode(), timeout=60)
    assert caller.returncode == 0, err
    assert set(new) <= set(numbers(shop, "confirmed"))
    assert not alive(fork)


def _with_ctrl_c(handler) -> dict:
    """Start a caller with Ctrl-C as given, whatever this test run inherited (a run started in the
    background by a script has it ignored; a terminal's foreground command has it live)."""
    return {"preexec_fn": lambda: signal.signal(signal.SIGINT, handler)}


def _ignores(pid: int, signum: int) -> bool:
    """Whether the process ignores the signal (/proc/PID/status, SigIgn: a mask of bit signum-1)."""
    return _signal_mask(pid, "SigIgn", signum)


def _caught(pid: int, signum: int) -> bool:
    """Whether the process has a handler for the signal (/proc/PID/status, SigCgt)."""
    return _signal_mask(pid, "SigCgt", signum)


def _signal_mask(pid: int, field: str, signum: int) -> bool:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return bool(int(line.split()[1], 16) >> (signum - 1) & 1)
    raise AssertionError(f"no {field} line")


def test_ctrl_c_reaches_the_command(warm):
    shop = warm
    caller = _reading_numbers(shop, **_with_ctrl_c(signal.SIG_DFL))
    fork = _the_fork(shop.helper())
    _inside_the_command(fork, caller.pid)
    caller.send_signal(signal.SIGINT)
    # Standard input stays open until the caller ends: closed now (as communicate() closes it), the
    # command could read the end of its input, find no numbers and finish before the relayed
    # Ctrl-C reached it, which then came during its exit (seen on a busy machine).
    caller.wait(timeout=60)
    err = caller.stderr.read().decode()
    for stream in (caller.stdin, caller.stdout, caller.stderr):
        stream.close()
    assert caller.returncode == 130 and "interrupted" in err, (caller.returncode, err)
    assert wait_for(lambda: not alive(fork))


@pytest.mark.parametrize("warm_start", ["on", "off"])
def test_a_caller_that_ignores_ctrl_c_runs_a_command_that_ignores_it(warm, warm_start):
    """Started in the background by a script, a fresh process ignores Ctrl-C; so does the command
    in the helper's fork. The warm caller used to take Ctrl-C up and pass it on: the command
    stopped where a fresh one would have gone on."""
    shop = warm
    helper = shop.helper()
    new = numbers(shop, "new")[:1]
    shop.env["ORDERDESK_WARM"] = warm_start
    caller = _reading_numbers(shop, **_with_ctrl_c(signal.SIG_IGN))
    command = _the_fork(helper) if warm_start == "on" else caller.pid
    _inside_the_command(command, caller.pid)
    assert _ignores(caller.pid, signal.SIGINT) and _ignores(command, signal.SIGINT)
    for pid in {caller.pid, command}:  # a terminal's Ctrl-C reaches the whole foreground group
        os.kill(pid, signal.SIGINT)
    _out, err = caller.communicate(("\n".join(new) + "\n").encode(), timeout=60)
    assert caller.returncode == 0, err
    assert set(new) <= set(numbers(shop, "confirmed"))


def test_a_killed_caller_takes_its_command_with_it(warm):
    shop = warm
    caller = _reading_numbers(shop)
    helper = shop.helper()
    fork = _the_fork(helper)
    caller.kill()
    caller.wait(timeout=30)
    assert wait_for(lambda: not alive(fork)), "the command outlived its caller"
    assert alive(helper)


def test_a_command_killed_by_a_signal_ends_its_caller_by_that_signal(warm):
    """Sent the moment the fork exists too: a signal that comes before the command's handlers are
    in place is held back for them, never taken by the helper's own (SIGTERM: stop serving)."""
    shop = warm
    helper = shop.helper()
    for _ in range(8):
        caller = _reading_numbers(shop)
        fork = _the_fork(helper)
        os.kill(fork, signal.SIGTERM)
        caller.communicate(timeout=60)
        assert caller.returncode == -signal.SIGTERM
        assert wait_for(lambda: not children(helper))


def test_the_pin_is_asked_on_the_callers_terminal(warm):
    """Standard input on a terminal: getpass in the fork asks there, with echo off."""
    import pty

    from orderdesk.db import Database
    from tests.unit.services.stations_data import OWNER_PIN, add_users

    shop = warm
    database = Database.open(shop.db)
    add_users(database)  # Olga owner
    database.dispose()
    number = numbers(shop, "new")[0]
    master, slave = pty.openpty()
    env = {**shop.env, "ORDERDESK_USER": "Olga"}
    caller = subprocess.Popen(shop.argv("order", "move", number, "confirmed"), stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=shop.cwd, start_new_session=True)  # fmt: skip
    os.close(slave)
    asked = b""
    try:
        fork = _the_fork(shop.helper())
        assert wait_for(lambda: os.readlink(f"/proc/{fork}/fd/0").startswith("/dev/pts/"))
        deadline = time.monotonic() + 60
        while b"PIN for Olga:" not in asked and time.monotonic() < deadline:
            if select.select([caller.stderr], [], [], 0.5)[0]:
                asked += os.read(caller.stderr.fileno(), 200) or b"(eof)"
        os.write(master, f"{OWNER_PIN}\n".encode())
        out, err = caller.communicate(timeout=60)
    finally:
        os.close(master)
    text = asked.decode() + err.decode() + out.decode()
    assert caller.returncode == 0, text
    assert "PIN for Olga:" in text and OWNER_PIN not in text
    assert number in numbers(shop, "confirmed")


def test_a_changed_module_retires_the_helper(shop, tmp_path):
    """A helper that imported code since changed on disk (an upgrade, an edit) runs nothing more:
    that command runs by itself, the helper stops, and a new one imports the new code."""
    tree = tmp_path / "code"
    shutil.copytree(ROOT / "orderdesk", tree / "orderdesk", symlinks=False, ignore=shutil.ignore_patterns("__pycache__", "resources"))  # fmt: skip
    (tree / "orderdesk" / "resources").symlink_to(ROOT / "orderdesk" / "resources")
    shop.env["PYTHONPATH"] = str(tree)
    assert shop.cli("orders", "list").returncode == 0
    first = shop.helper()
    models = tree / "orderdesk" / "models.py"
    os.utime(models, ns=(models.stat().st_atime_ns, models.stat().st_mtime_ns + 1_000_000_000))
    listed = shop.cli("orders", "list")
    assert listed.returncode == 0 and listed.stdout == shop.cli("orders", "list", ORDERDESK_WARM="off").stdout
    assert wait_for(lambda: not alive(first)), "the stale helper is still running"
    assert wait_for(lambda: bool(helpers(shop.run_dir)) and helpers(shop.run_dir)[0] != first, timeout=60)


def test_an_idle_helper_stops_and_removes_its_socket(shop):
    assert shop.cli("orders", "list", ORDERDESK_WARM_IDLE="1").returncode == 0
    helper = shop.helper()
    assert wait_for(lambda: not alive(helper), timeout=30)
    assert shop.sockets() == []


def test_switched_off_no_helper_starts(shop):
    for _ in range(2):
        assert shop.cli("orders", "list", ORDERDESK_WARM="off").returncode == 0
    time.sleep(1)
    assert helpers(shop.run_dir) == [] and shop.sockets() == []


def test_python_options_are_honoured_by_running_fresh(warm):
    """``-X importtime`` asks for this process's imports: it runs fresh, and shows SQLAlchemy's."""
    shop = warm
    done = subprocess.run([sys.executable, "-X", "importtime", *shop.argv("orders", "list")[1:]], capture_output=True, text=True, env=shop.env, cwd=shop.cwd, timeout=120)  # fmt: skip
    assert done.returncode == 0 and "sqlalchemy.orm" in done.stderr


def test_a_helper_killed_mid_command_leaves_its_caller_saying_so(warm):
    """The command itself runs on (it is its own process); its caller waits for it to end, then
    says the outcome is unknown rather than inventing an exit code."""
    shop = warm
    new = numbers(shop, "new")[0]
    caller = _reading_numbers(shop)
    helper = shop.helper()
    fork = _the_fork(helper)
    os.kill(helper, signal.SIGKILL)
    assert wait_for(lambda: not alive(helper))
    time.sleep(0.5)
    assert caller.poll() is None and alive(fork)  # the caller waits while the command runs
    _out, err = caller.communicate(f"{new}\n".encode(), timeout=60)
    assert caller.returncode == 1 and "outcome is not known" in err.decode()
    assert not alive(fork) and new in numbers(shop, "confirmed")
