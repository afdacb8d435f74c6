"""Starting the desktop app: ``run_app(db)`` is what the bare ``orderdesk`` command calls."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from orderdesk.ui.crash import ErrorReporter, setup_logging
from orderdesk.ui.fonts import add_bundled_fonts

APP_NAME = "OrderDesk"
ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "orderdesk.svg"


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with names (QSettings uses them) and the Fusion style for both themes."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    # Fusion follows the system's light/dark colour scheme and draws our palette colours as given.
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(ICON)))  # every window, the task bar and the station screens
    add_bundled_fonts()
    if os.environ.get("ORDERDESK_THEME") == "dark":
        app.setPalette(dark_palette())
    return app


def dark_palette() -> QPalette:
    """A dark palette for systems (or screenshots) where the platform gives none."""
    from PySide6.QtGui import QColor

    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202225"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#2a2c30"),
        (roles.AlternateBase, "#303236"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#2d2f33"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#3d7bd9"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#2a2c30"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.PlaceholderText, "#9a9ca0"),
        (roles.Link, "#8ab4f8"),
    ):
        p.setColor(role, QColor(colour))
    # Without these, disabled fields (the board's date filter when off) look just like enabled ones.
    for role, colour in (
        (roles.WindowText, "#7d8086"),
        (roles.Text, "#7d8086"),
        (roles.ButtonText, "#7d8086"),
        (roles.Base, "#25272a"),
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return p


def user_settings() -> QSettings:
    """Per-user UI choices (window, filters, name, language).

    The platform's own place (registry, plist, ~/.config) normally; when ORDERDESK_DATA_DIR
    points the app at another data folder (tests, a portable install) they live there too.
    """
    if os.environ.get("ORDERDESK_DATA_DIR"):
        from orderdesk.db import data_dir

        return QSettings(str(data_dir() / "ui.ini"), QSettings.Format.IniFormat)
    return QSettings()


def install_translator(app: QApplication, language: str) -> None:
    """Qt's and our translators plus the service messages for ``language`` (see ui/translations.py)."""
    from orderdesk.ui.translations import install_translations

    install_translations(app, language)


def run_app(
    db_url_or_path: str | os.PathLike[str] | None = None, argv: Sequence[str] | None = None, *, demo_orders: int = 0
) -> int:
    """Open the database (migrating it), show the order desk window, run until it closes.

    Returns the process exit code. ``db_url_or_path`` is what ``--db`` gave, or None for
    ``ORDERDESK_DATABASE_URL`` / the default file in the user data folder. ``demo_orders``:
    make that many demo orders once the window is up (a progress dialog counts them).
    """
    log_file = setup_logging()
    app = make_application(argv)
    reporter = ErrorReporter()
    reporter.install()

    from orderdesk.db import ENV_URL, Database
    from orderdesk.errors import OrderDeskError
    from orderdesk.services.server_connection import needs_first_start_choice
    from orderdesk.settings import Settings
    from orderdesk.ui.heap import GuiThreadCollector
    from orderdesk.ui.main_window import MainWindow
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.ui.translations import chosen_language
    from orderdesk.wiring import order_service

    if not db_url_or_path and not os.environ.get(ENV_URL) and needs_first_start_choice():
        from orderdesk.ui.setup.first_start import choose_database

        setup_runner = TaskRunner(app)  # "Test connection" runs off the GUI thread
        try:
            if not choose_database(setup_runner):
                return 0  # cancelled: nothing was made
        finally:
            setup_runner.shutdown()
    new_file = _new_sqlite_file(db_url_or_path)
    try:
        db = Database.open(db_url_or_path, migrate=True)
    except OrderDeskError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    except Exception as exc:
        reporter.interactive = False
        message = reporter.report(exc, "opening the database")
        QMessageBox.critical(None, APP_NAME, message)
        return 2
    settings = Settings(db)
    qsettings = user_settings()
    language = chosen_language(qsettings, settings)
    qsettings.setValue("ui/language", language)
    install_translator(app, language)
    service = order_service(db)  # the same listeners (notifications' outbox) as the CLI and the stations
    runner = TaskRunner(app)
    # The board's first page first; the other parts' menus once it is painted (see MainWindow).
    window = MainWindow(
        service, runner, settings=settings, qsettings=qsettings, reporter=reporter, defer_menus=True, freeze_heap=True
    )
    if new_file is not None and db_url_or_path:
        # A mistyped --db path gives an empty board: say so rather than let it look like lost orders.
        window.show_message(
            QCoreApplication.translate(
                "MainWindow", "A new, empty database was made at %1. Is that the file you meant?"
            ).replace("%1", str(new_file)),
            30_000,
        )
    window.show()
    window.offer_setup_guide()  # a new shop's first start: name and address, printers, people
    if demo_orders:
        from orderdesk.ui.demo_fill import DemoFiller

        def demo_failed(exc: BaseException) -> None:
            QMessageBox.critical(
                window, APP_NAME, str(exc) if isinstance(exc, OrderDeskError) else reporter.report(exc)
            )

        window.demo_filler = DemoFiller(window, runner, db, demo_orders, window.refresh, demo_failed)
    collector = GuiThreadCollector(app)  # garbage collections only on this thread (ui/heap.py)
    collector.start()
    try:
        return app.exec()
    finally:
        collector.stop()
        runner.shutdown()
        db.dispose()
        del log_file


def _new_sqlite_file(db_url_or_path: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file that opening will create, or None (it exists, or it is not SQLite)."""
    from orderdesk.db import resolve_url
    from orderdesk.errors import OrderDeskError

    try:
        url = resolve_url(db_url_or_path)
    except OrderDeskError:
        return None  # Database.open says what is wrong
    if not url.startswith("sqlite:///"):
        return None
    path = Path(url.removeprefix("sqlite:///"))
    return None if path.exists() else path
