"""The window's start: the board's first page is painted before the other parts' menus are
installed (run_app asks for that), and those menus then come as they always did."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from orderdesk.ui.main_window import MainWindow
from tests.factories import make_order, stock_products
from tests.ui.signin.test_desk_signin import sign_in
from tests.unit.services.stations_data import OWNER_PIN, add_users


def menu_names(window: MainWindow) -> list[str]:
    return [a.menu().objectName() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]


def test_deferred_menus_come_after_the_first_page_in_the_usual_order(qtbot, make_window, service):
    stock_products(service)
    make_order(service)
    at_once = make_window()
    assert at_once.menus_installed
    usual = menu_names(at_once)
    assert usual[:3] == ["ordersMenu", "printMenu", "carriersMenu"]

    deferred = make_window(defer_menus=True)  # returns once the board's first page is in
    qtbot.waitUntil(lambda: deferred.menus_installed, timeout=5000)
    assert menu_names(deferred) == usual
    assert deferred.printing is not None and deferred.notifications is not None
    assert deferred.print_actions  # the print shortcuts are on the window again


def test_the_menus_wait_for_the_board(qtbot, service, runner, qsettings, reporter, owner):
    stock_products(service)
    make_order(service)
    window = MainWindow(
        service, runner, qsettings=qsettings, reporter=reporter, actor=owner, poll_ms=0, defer_menus=True
    )
    qtbot.addWidget(window)
    window.show()
    # Nothing of printing, carriers, stock... before the event loop has brought the first page.
    assert not window.menus_installed
    assert menu_names(window) == ["ordersMenu"]
    assert window.daily_backup is None  # its schedule comes with the menus
    qtbot.waitUntil(lambda: window.board.loaded_once, timeout=5000)
    qtbot.waitUntil(lambda: window.menus_installed, timeout=5000)
    assert window.daily_backup is not None
    window.close()


def test_a_window_closed_before_its_menus_starts_no_rounds(qtbot, service, runner, qsettings, reporter, owner):
    window = MainWindow(
        service, runner, qsettings=qsettings, reporter=reporter, actor=owner, poll_ms=0, defer_menus=True
    )
    qtbot.addWidget(window)
    window.show()
    window.close()
    qtbot.wait(1800)  # past MENUS_AT_THE_LATEST_MS and the board's first page
    assert not window.menus_installed


def test_with_users_the_late_menus_are_locked_too_and_the_user_menu_stays_last(qtbot, make_window, db, service):
    stock_products(service)
    make_order(service)
    add_users(db)
    window = make_window(defer_menus=True)
    qtbot.waitUntil(lambda: window.menus_installed, timeout=5000)
    names = menu_names(window)
    assert names[0] == "ordersMenu" and names[-1] == "userMenu" and "printMenu" in names
    assert not window.menuBar().isEnabled()  # locked: no menu, late or not, can be used
    sign_in(qtbot, window, "Olga", OWNER_PIN)
    qtbot.waitUntil(lambda: window.menuBar().isEnabled(), timeout=5000)


# What the window's start must not import before the board's first cards are painted: the
# parts behind its menus (documents, carrier and store clients) come after it.
NOT_BEFORE_THE_BOARD = (
    "reportlab",
    "requests",
    "orderdesk.ui.printing",
    "orderdesk.ui.carriers",
    "orderdesk.ui.notifications",
    "orderdesk.ui.channels",
    "orderdesk.ui.reports",
    "orderdesk.ui.stock",
    "orderdesk.services.carriers.registry",
)


def test_the_first_painted_board_comes_before_the_menus_imports(tmp_path, service):
    import json
    import os
    import subprocess
    import sys

    stock_products(service)
    make_order(service)
    database = service.db.sqlite_path
    service.db.dispose()
    listing = tmp_path / "modules.json"
    probe = (
        "import json, sys\n"
        "from orderdesk.bench_window import watch_for_the_first_painted_board\n"
        f"watch_for_the_first_painted_board(lambda: open({str(listing)!r}, 'w').write(json.dumps(sorted(sys.modules))))\n"
        "from orderdesk.cli import main\n"
        f"raise SystemExit(main(['--db', {str(database)!r}]))\n"
    )
    env = {**os.environ, "ORDERDESK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    modules = set(json.loads(listing.read_text()))  # written at the first painted board
    assert "orderdesk.ui.main_window" in modules
    early = {name for name in NOT_BEFORE_THE_BOARD if name in modules}
    assert not early, f"imported before the board's first paint: {early}"


def test_the_late_rule_reaches_the_first_cards_before_the_menus(qtbot, service, runner, qsettings, reporter, owner):
    from orderdesk.settings import Settings

    Settings(service.db).set("automation.late_hours", 4)
    window = MainWindow(
        service, runner, qsettings=qsettings, reporter=reporter, actor=owner, poll_ms=0, defer_menus=True
    )
    qtbot.addWidget(window)
    assert not window.menus_installed
    assert window.delegate.late_targets  # the late marker's targets are there for the first paint
    window.close()
