"""The command line's text output: columns line up with Chinese names, a closed pipe is quiet,
a refused move names the options that give what it needs."""

from __future__ import annotations

import os
import sys

from orderdesk import cli
from orderdesk.workflow import Status
from tests.factories import make_order, stock_products


def test_cells_count_chinese_characters_as_two_columns():
    assert cli.cells("刘洋", 6) == "刘洋  "
    assert cli.cells("Anna", 6) == "Anna  "
    assert cli.cells("筷子礼盒筷子", 5) == "筷子 "  # never half a character


def test_list_into_a_closed_pipe_ends_quietly(db, service, monkeypatch, capsys):
    stock_products(service)
    make_order(service)
    read, write = os.pipe()
    os.close(read)  # like `orderdesk orders list | head -0`
    monkeypatch.setattr(sys, "stdout", os.fdopen(write, "w", buffering=1))
    assert cli.main(["--db", str(db.url), "orders", "list"]) == 141
    assert "Traceback" not in capsys.readouterr().err


def test_refused_move_names_the_missing_options(db, service, capsys):
    stock_products(service)
    number = make_order(service)
    assert cli.main(["--db", str(db.url), "order", "move", number, "cancelled"]) == 4
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and err.endswith('(this move needs --reason "TEXT")')
    assert len(err.splitlines()) == 1
    assert cli.main(["--db", str(db.url), "order", "move", number, "cancelled", "--reason", "asked to"]) == 0
    assert service.get(number).status is Status.CANCELLED


def test_a_full_page_says_there_may_be_more(db, service, capsys):
    stock_products(service)
    for _ in range(3):
        make_order(service)
    assert cli.main(["--db", str(db.url), "orders", "list", "--limit", "2"]) == 0
    assert "--limit N shows more" in capsys.readouterr().err
    assert cli.main(["--db", str(db.url), "orders", "list", "--limit", "5"]) == 0
    assert "--limit" not in capsys.readouterr().err


def test_demo_progress_into_a_log_is_one_line_per_step(tmp_path, capsys):
    assert cli.main(["--db", str(tmp_path / "demo.sqlite3"), "demo", "--orders", "100"]) == 0
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert "\r" not in err and lines[-1] == "100/100 orders"
    done = [int(line.split("/")[0]) for line in lines]
    assert all(line == f"{n}/100 orders" for line, n in zip(lines, done, strict=True))
    assert done == sorted(set(done)) and len(done) <= 3  # one line per block of 50, rising


def test_a_mistyped_db_path_is_not_made_into_an_empty_database(tmp_path, capsys):
    typo = tmp_path / "shop.sqlite"  # the real one is shop.sqlite3
    assert cli.main(["--db", str(typo), "orders", "list"]) == 7
    assert "There is no database at" in capsys.readouterr().err
    assert not typo.exists()
