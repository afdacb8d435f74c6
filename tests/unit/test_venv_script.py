"""scripts/_venv.sh: pip runs on the first launch and after the lock or pyproject changes, never
otherwise (a launch must work offline once .venv is installed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "_venv.sh", project / "scripts" / "_venv.sh")
    (project / "constraints.txt").write_text("babel==2.16.0\n")
    (project / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    # A stand-in interpreter that records each pip call instead of reaching the network.
    bin_dir = project / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.write_text('#!/bin/sh\necho "$@" >> "$(dirname "$0")/../../pip-calls.log"\n')
    python.chmod(0o755)
    return project


def _ensure(project: Path, extras: str = "[test]") -> list[str]:
    subprocess.run(["bash", "-c", f'source scripts/_venv.sh && ensure_venv "{extras}"'], cwd=project, check=True)
    log = project / "pip-calls.log"
    calls = log.read_text().splitlines() if log.exists() else []
    log.unlink(missing_ok=True)
    return [c for c in calls if "-e" in c.split()]


def test_installs_once_then_only_when_lock_or_pyproject_changes(tmp_path: Path) -> None:
    project = _project(tmp_path)
    assert len(_ensure(project)) == 1, "a fresh .venv (as on CI's fresh clone) must be installed"
    assert _ensure(project) == [], "nothing changed: no pip run, so an offline launch works"
    (project / "constraints.txt").write_text("babel==2.17.0\n")
    assert len(_ensure(project)) == 1
    (project / "pyproject.toml").write_text("[project]\nname = 'y'\n")
    assert len(_ensure(project)) == 1
    assert _ensure(project) == []


def test_other_extras_are_installed_separately(tmp_path: Path) -> None:
    project = _project(tmp_path)
    assert len(_ensure(project, "")) == 1
    assert len(_ensure(project, "[test,postgres]")) == 1, "the test tools are not in the plain install"
    assert _ensure(project, "") == []
    assert _ensure(project, "[test,postgres]") == []


def test_a_failed_install_is_retried_next_time(tmp_path: Path) -> None:
    project = _project(tmp_path)
    python = project / ".venv" / "bin" / "python"
    python.write_text('#!/bin/sh\necho "$@" >> "$(dirname "$0")/../../pip-calls.log"\nexit 1\n')
    result = subprocess.run(["bash", "-c", 'set -e; source scripts/_venv.sh && ensure_venv ""'], cwd=project)
    assert result.returncode != 0
    python.write_text('#!/bin/sh\necho "$@" >> "$(dirname "$0")/../../pip-calls.log"\n')
    (project / "pip-calls.log").unlink()
    assert len(_ensure(project, "")) == 1
