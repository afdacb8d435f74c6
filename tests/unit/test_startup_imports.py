"""What a short command loads, so the start-up gains stay (``orderdesk bench startup`` prints the times).

Each command runs as the program runs (``orderdesk.cli.run`` in a fresh interpreter) and the
interpreter's own list of modules (``sys.modules``) is read at its exit: asserting on what was
imported, not on times, keeps these tests steady on a busy machine.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

from orderdesk.cli import main
from orderdesk.db import Database

# What reading or moving an order does not use: the catalogue, stocktake, purchasing and
# back-orders of the stock package (a move books stock through allocation and the ledger only).
NOT_FOR_ORDERS = {
    "orderdesk.services.stock.service",
    "orderdesk.services.stock.catalogue",
    "orderdesk.services.stock.purchasing",
    "orderdesk.services.stock.backorders",
    "orderdesk.services.stock.barcodes",
    "orderdesk.services.pickup",  # the pickup counter: only a pickup code needs it
    "orderdesk.models_extra",  # returns, complaints, purchase orders, tracking events, leases
    "difflib",  # only to suggest a setting's name for a typo
}
# Reading orders also needs no person: no users table, no data-folder lookup (--db given).
NOT_FOR_READING = NOT_FOR_ORDERS | {"orderdesk.services.users", "platformdirs"}


def _modules_of_program(argv: list[str], tmp_path: Path, exit_code: int = 0) -> set[str]:
    """Every module the program imported for ``argv``, from the interpreter's own list at exit."""
    dump = tmp_path / "modules.json"
    probe = (
        "import atexit, json, sys\n"
        f"atexit.register(lambda: open({str(dump)!r}, 'w').write(json.dumps(sorted(sys.modules))))\n"
        f"sys.argv = ['orderdesk', *{argv!r}]\n"
        "from orderdesk.cli import run\n"
        "raise SystemExit(run())\n"
    )
    env_dir = tmp_path / "data"
    env_dir.mkdir(exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        env={**_clean_env(), "ORDERDESK_DATA_DIR": str(env_dir)},
    )
    assert done.returncode == exit_code, done.stderr
    return set(json.loads(dump.read_text()))


def _clean_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k not in ("ORDERDESK_DATABASE_URL", "ORDERDESK_PIN")}


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> tuple[Path, str, list[str]]:
    """A demo database: (its path, an order to show, orders in status new without a hold)."""
    from orderdesk.demo import create_demo
    from orderdesk.services.orders import OrderService
    from orderdesk.workflow import Status

    path = tmp_path_factory.mktemp("startup") / "shop.sqlite3"
    db = Database.open(path)
    try:
        create_demo(db, orders=30, seed=5)
        service = OrderService(db)
        new = [o.number for o in service.list_orders(status=Status.NEW) if not o.holds]
        shown = service.list_orders(limit=1)[0].number
    finally:
        db.dispose()
    return path, shown, new


@pytest.mark.parametrize("command", [["orders", "list"], ["order", "show", "FIRST"]])
def test_reading_orders_loads_no_stock_catalogue_users_or_data_folder(shop, tmp_path, command):
    path, shown, _new = shop
    argv = ["--db", str(path), *[shown if part == "FIRST" else part for part in command]]
    modules = _modules_of_program(argv, tmp_path)
    assert "orderdesk.services.orders.reading" in modules  # it did read through the service
    assert not modules & NOT_FOR_READING, sorted(modules & NOT_FOR_READING)


def test_moving_an_order_loads_no_stock_catalogue_and_still_books_stock(shop, tmp_path):
    path, _shown, new = shop
    number = new[0]
    modules = _modules_of_program(["--db", str(path), "--user", "Ola", "order", "move", number, "confirmed"], tmp_path)
    assert {"orderdesk.services.stock.allocation", "orderdesk.services.stock.ledger"} <= modules
    assert not modules & NOT_FOR_ORDERS, sorted(modules & NOT_FOR_ORDERS)
    # SQLAlchemy's asyncio and importlib.metadata stay unloaded (orderdesk.deferred_imports).
    assert not modules & {"asyncio.base_events", "ssl", "email.message"}, sorted(
        modules & {"asyncio.base_events", "ssl", "email.message"}
    )
    from orderdesk.services.orders import OrderService
    from orderdesk.workflow import Status

    db = Database.open(path)
    try:
        assert OrderService(db).get(number, with_history=False).status is Status.CONFIRMED  # the move happened
    finally:
        db.dispose()


def test_the_stock_package_names_load_on_first_use():
    import orderdesk.services.stock as stock

    for name in stock.__all__:
        assert getattr(stock, name) is not None, name
    from orderdesk.services.stock.service import StockService

    assert stock.StockService is StockService
    with pytest.raises(AttributeError):
        stock.NoSuchName  # noqa: B018 - the attribute lookup is the test


@pytest.mark.parametrize(
    ("argv", "exit_code"), [(["orders", "list"], 0), (["--help"], 0), (["orders", "--no-such-option"], 2)]
)
def test_the_program_pauses_collection_only_while_loading(shop, tmp_path, argv, exit_code):
    """``run`` turns the collector back on (and the command's own garbage is collected);
    ``main`` inside another program leaves the collector and its generations as they were."""
    path = shop[0]
    full = ["--db", str(path), *argv] if argv[0] == "orders" else argv
    probe = (
        "import gc, sys\n"
        f"sys.argv = ['orderdesk', *{full!r}]\n"
        "from orderdesk.cli import run\n"
        "try:\n"
        "    code = run()\n"
        "except SystemExit as exc:\n"
        "    code = exc.code or 0\n"
        "print('state', gc.isenabled(), gc.get_freeze_count() > 0, code, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=_clean_env())
    state = next(line for line in done.stderr.splitlines() if line.startswith("state "))
    assert state == f"state True True {exit_code}", done.stderr

    frozen, collecting = gc.get_freeze_count(), gc.isenabled()
    assert main(["--db", str(path), "orders", "list", "--limit", "1"]) == 0
    assert gc.isenabled() == collecting
    assert gc.get_freeze_count() == frozen  # nothing of this test process was set aside


def test_the_tables_mapped_on_first_use_keep_their_names_and_their_place_in_the_schema():
    """``models_extra`` is loaded by its first name asked for; migrations see its tables."""
    import orderdesk.models as models
    from orderdesk.models_extra import ComplaintRow, ReturnRow
    from orderdesk.schema import metadata

    assert models.ReturnRow is ReturnRow and models.ComplaintRow is ComplaintRow
    for name in models.EXTRA_ROWS:
        assert getattr(models, name).__table__.name in metadata.tables, name
    with pytest.raises(AttributeError):
        models.NoSuchRow  # noqa: B018 - the attribute lookup is the test


def test_the_benchs_floors_run():
    """``orderdesk bench startup`` prints two floors beside the commands; each is a program that must run."""
    from orderdesk.bench_startup import FLOOR_ORM, FLOOR_SQLALCHEMY, FLOOR_SQLALCHEMY_PLAIN

    for code in (FLOOR_SQLALCHEMY_PLAIN, FLOOR_SQLALCHEMY, FLOOR_ORM):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("argv", "young"),
    [(["print", "slips", "--status", "packed", "--out", "x.pdf"], 7_000), (["order", "show", "X"], 700)],
)
def test_batch_commands_collect_garbage_less_often(tmp_path, argv, young):
    """print, import and demo raise the collector's young threshold (the program only, as ``gc.freeze``)."""
    argv = ["--db", str(tmp_path / "missing.sqlite3"), *argv]  # the command stops early: no database
    probe = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('threshold', gc.get_threshold()[0]))\n"
        f"sys.argv = ['orderdesk', *{argv!r}]\n"
        "from orderdesk.cli import run\n"
        "raise SystemExit(run())\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=_clean_env())
    assert f"threshold {young}" in done.stdout, done.stderr


# What the window does not need before its first painted board (its menus come after it): the
# automation engine and the tables only it and the other menus map, and, in a shop without users,
# the sign-in page with the stations' PIN field and scanner; and SQLAlchemy's asyncio, which
# PySide6's import hook loaded by inspecting the stand-in (orderdesk.ui._module_scan).
NOT_BEFORE_THE_FIRST_PAINT = {
    "asyncio.base_events",
    "ssl",
    "orderdesk.services.automation.engine",
    "orderdesk.models_extra",
    "orderdesk.ui.signin.session",
    "orderdesk.ui.stations.common",
    "orderdesk.ui.scanner",
    "orderdesk.ui.import_orders",
    "orderdesk.ui.backup_schedule",
    "orderdesk.services.backups",
    "orderdesk.services.importers",
}


def test_the_windows_first_painted_board_waits_for_no_menu_module(shop, tmp_path):
    """The bare ``orderdesk --db`` as the program runs it, the modules read when the board's first
    cards are painted (``orderdesk.bench_window``'s moment)."""
    path = shop[0]
    dump = tmp_path / "modules.json"
    probe = (
        "import json, sys\n"
        "import orderdesk.deferred_imports as deferred; deferred.install()\n"
        "from orderdesk.bench_window import watch_for_the_first_painted_board\n"
        f"watch_for_the_first_painted_board(lambda: open({str(dump)!r}, 'w').write(json.dumps(sorted(sys.modules))))\n"
        "from orderdesk.cli import main\n"
        f"raise SystemExit(main(['--db', {str(path)!r}], _program=True))\n"
    )
    env_dir = tmp_path / "data"
    env_dir.mkdir()
    env = {**_clean_env(), "ORDERDESK_DATA_DIR": str(env_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env)
    assert dump.exists(), f"no board was painted: {done.stderr[-2000:]}"
    assert done.returncode == 0, done.stderr[-2000:]  # the watcher closes the window cleanly
    modules = set(json.loads(dump.read_text()))
    assert {"orderdesk.ui.main_window", "orderdesk.ui.board.delegate", "orderdesk.ui.signin"} <= modules
    assert not modules & NOT_BEFORE_THE_FIRST_PAINT, sorted(modules & NOT_BEFORE_THE_FIRST_PAINT)
