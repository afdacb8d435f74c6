"""``orderdesk users ...`` and ``orderdesk station`` argument handling (PINs on stdin)."""

from __future__ import annotations

import io

import pytest

from orderdesk import cli


@pytest.fixture
def run(monkeypatch, tmp_path, capsys):
    if "orderdesk.cli_stations" not in cli.EXTENSION_MODULES:
        monkeypatch.setattr(cli, "EXTENSION_MODULES", (*cli.EXTENSION_MODULES, "orderdesk.cli_stations"))
    db = str(tmp_path / "cli.sqlite3")

    def invoke(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main([*argv, "--db", db])
        out = capsys.readouterr()
        return code, out.out, out.err

    return invoke


def test_users_add_list_pin_and_owner_approval(run):
    assert run("users", "add", "Olga", "--as", "owner", stdin="4321\n")[0] == 0
    code, _, err = run("users", "add", "Piotr", "--as", "packer", stdin="1111\n0000\n")
    assert code == 6 and "owner's PIN" in err
    assert run("users", "add", "Piotr", "--as", "packer", stdin="1111\n4321\n")[0] == 0
    code, out, _ = run("users", "list")
    assert "Olga" in out and "packer" in out and "1111" not in out
    assert run("users", "pin", "Piotr", stdin="5555\n4321\n")[0] == 0
    assert run("users", "off", "Piotr", stdin="4321\n")[0] == 0
    assert "switched off" in run("users", "list")[1]
    code, _, err = run("users", "add", "Ann", "--as", "clerk", stdin="12\n4321\n")
    assert code == 2 and "PIN" in err


def test_station_needs_users_first(run):
    code, _, err = run("station", "packing", "--windowed")
    assert code == 2 and "no users yet" in err
