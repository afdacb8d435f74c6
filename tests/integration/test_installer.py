"""The Linux installer: a real (not editable) install that runs from the package alone.

It proves the wheel carries what the app needs at run time (migrations, embedded fonts, the
icon): the installed ``orderdesk`` fills a demo database and prints packing slips whose
Chinese and Cyrillic text extracts back, from a folder far from the source checkout.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.support.components import require, require_tool

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer" / "linux" / "install.sh"


def _run(cmd: list[str], env: dict[str, str], cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{cmd} failed:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """One install for the module (about 15 s); the uninstall test comes last."""
    tmp_path = tmp_path_factory.mktemp("installer")
    require(sys.platform.startswith("linux"), "a Linux machine")
    pdftotext = require_tool("pdftotext", "poppler-utils")
    assert pdftotext
    home = tmp_path / "home"
    app_home = tmp_path / "app"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "ORDERDESK_"))}
    env.update(HOME=str(home), ORDERDESK_HOME=str(app_home), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CACHE_HOME=str(home / ".cache"))  # fmt: skip
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    # The installer makes its own virtualenv; made here first so that the test suite's own
    # packages satisfy the dependencies (a path line in a .pth file) and nothing is downloaded
    # twice. orderdesk itself is built from the checkout and installed for real.
    base_python = getattr(sys, "_base_executable", sys.executable)
    _run([base_python, "-m", "venv", str(app_home / "venv")], env, tmp_path, timeout=120)
    venv_purelib = subprocess.run(
        [str(app_home / "venv" / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(venv_purelib, "test-suite-packages.pth").write_text(sysconfig.get_path("purelib") + "\n")
    _run(["bash", str(INSTALLER)], env, tmp_path)
    return home, env


def test_installed_app_runs_from_the_package_and_prints_every_script(installed, tmp_path):
    home, env = installed
    launcher = home / ".local" / "bin" / "orderdesk"
    assert launcher.exists()
    work = tmp_path / "elsewhere"
    work.mkdir()
    where = _run(
        [str(launcher.resolve().parent / "python"), "-c", "import orderdesk; print(orderdesk.__file__)"], env, work
    )
    assert str(ROOT) not in where.stdout, "the installed app imported the source checkout"
    snapshot = "from orderdesk.fresh_schema import SNAPSHOT; assert SNAPSHOT.is_file(), SNAPSHOT"
    _run([str(launcher.resolve().parent / "python"), "-c", snapshot], env, work)  # new databases' schema
    db = work / "shop.sqlite3"
    _run([str(launcher), "--db", str(db), "demo", "--orders", "30"], env, work)
    text = ""
    for status in ("new", "paid", "assembling", "packed"):
        out = work / f"slips-{status}.pdf"
        done = subprocess.run(
            [str(launcher), "--db", str(db), "print", "slips", "--status", status, "--out", str(out)],
            env=env,
            cwd=work,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode == 0:
            text += subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert re.search(r"[\u4e00-\u9fff]", text), "no Chinese text came out of the installed app's slips"
    kept = sorted(p.name.split("-")[0] for p in (home / ".cache" / "OrderDesk" / "fonts").glob("*.marshal"))
    assert kept == ["DejaVuSans", "DejaVuSans", "DroidSansFallbackFull"]  # parsed once, read from the cache after
    assert re.search(r"[\u0400-\u04ff]", text), "no Cyrillic text came out of the installed app's slips"


def test_menu_entry_and_icon_are_installed(installed):
    home, _env = installed
    entry = home / ".local" / "share" / "applications" / "orderdesk.desktop"
    icon = home / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "orderdesk.svg"
    assert icon.read_text().lstrip().startswith("<svg")
    body = entry.read_text()
    exec_line = next(line for line in body.splitlines() if line.startswith("Exec="))
    assert Path(exec_line.removeprefix("Exec=")).exists()
    validate = require_tool("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([validate, str(entry)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_installed_app_connects_to_postgresql_and_never_prints_the_password(installed, tmp_path):
    from sqlalchemy.engine import make_url

    from tests.support import postgres
    from tests.support.pg_fixtures import fresh_pg_database

    home, env = installed
    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    launcher = home / ".local" / "bin" / "orderdesk"
    secret = "Installer-s3cret"
    with postgres.temporary_server() as server:
        url = make_url(fresh_pg_database(server)).set(password=secret).render_as_string(hide_password=False)
        done = _run([str(launcher), "demo", "--orders", "5", "--db", url], env, tmp_path)
        assert secret not in done.stdout + done.stderr and ":***@" in done.stdout
        listed = _run([str(launcher), "orders", "list", "--db", url], env, tmp_path)
        assert listed.stdout.count("\n") == 5 and secret not in listed.stdout + listed.stderr


def test_uninstall_keeps_the_orders(installed, tmp_path):
    home, env = installed
    data = home / ".local" / "share" / "OrderDesk" / "orderdesk.sqlite3"
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_bytes(b"orders")
    (home / ".cache" / "OrderDesk" / "fonts").mkdir(parents=True, exist_ok=True)
    _run(["bash", str(INSTALLER), "--uninstall"], env, tmp_path)
    assert not (home / ".local" / "bin" / "orderdesk").exists()
    assert not (home / ".cache" / "OrderDesk").exists()  # what the app can make again goes with it
    assert not Path(env["ORDERDESK_HOME"]).exists()
    assert data.exists()
