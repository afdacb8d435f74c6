"""Full-screen station modes: the packing bench and the pickup counter.

``run_station`` is what ``orderdesk station packing|pickup`` calls.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

STATION_KINDS = ("packing", "pickup")


def run_station(
    kind: str,
    db,
    *,
    fullscreen: bool = True,
    pdf_folder: Path | None = None,
    printer=None,
    receipt_printer=None,
    label_buyer=None,
    sounds: bool = True,
    argv: Sequence[str] | None = None,
) -> int:
    """Open one station full-screen and run until it is closed; returns the exit code.

    ``db`` is an open ``orderdesk.db.Database``. ``pdf_folder`` makes the bench write its
    documents as PDF files there instead of printing; ``printer`` / ``receipt_printer`` /
    ``label_buyer`` replace the defaults (the documents service with this PC's printers,
    CUPS ``lp`` for receipts, no carrier label buying).
    """
    from PySide6.QtWidgets import QApplication

    from orderdesk.services.packing import PackingService, bench_printer
    from orderdesk.services.pickup import LpReceiptPrinter, PickupService
    from orderdesk.services.users import UserService
    from orderdesk.settings import Settings
    from orderdesk.ui.fonts import add_bundled_fonts
    from orderdesk.ui.heap import GuiThreadCollector
    from orderdesk.wiring import declare_all_settings, order_service

    if kind not in STATION_KINDS:
        print(f"error: unknown station '{kind}'; use packing or pickup", file=sys.stderr)
        return 2
    users = UserService(db)
    if not users.has_users():
        print(
            "error: no users yet: add the owner first (orderdesk users add NAME --as owner, PIN on stdin)",
            file=sys.stderr,
        )
        return 2
    app = QApplication.instance() or QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("OrderDesk")
    add_bundled_fonts()  # customers' Chinese names on Linux PCs without CJK fonts
    declare_all_settings()
    orders = order_service(db)  # with the notification listener: a pickup code reaches the customer
    settings = Settings(db)
    _install_language(app, settings)
    if kind == "packing":
        from orderdesk.ui.stations.packing_station import PackingStation

        chosen = printer or bench_printer(orders, settings, pdf_folder)
        label_buyer = label_buyer or _bench_label_buyer(db, orders, settings)
        station = PackingStation(db, PackingService(orders, chosen, label_buyer, settings), users, sounds=sounds)
    else:
        from orderdesk.ui.stations.pickup_station import PickupStation

        station = PickupStation(
            db, PickupService(orders, users, settings), users, receipt_printer or LpReceiptPrinter(), sounds=sounds
        )
    if fullscreen:
        station.showFullScreen()
    else:
        station.resize(1280, 800)
        station.show()
    collector = GuiThreadCollector(app)  # garbage collections only on this thread (ui/heap.py)
    collector.start()
    try:
        return int(app.exec())
    finally:
        collector.stop()


def _install_language(app, settings) -> None:
    from orderdesk.ui.app import APP_NAME, user_settings
    from orderdesk.ui.translations import chosen_language, install_translations

    if not app.organizationName():
        app.setOrganizationName(APP_NAME)  # the desk's settings file, where "ui/language" is kept
    install_translations(app, chosen_language(user_settings(), settings))


def _bench_label_buyer(db, orders, settings):
    """The carrier set in ``packing.bench_carrier`` buys labels at the bench (None: no buying)."""
    from orderdesk.services.packing import BENCH_CARRIER, CarrierLabelBuyer

    carrier = str(settings.get(BENCH_CARRIER.key) or "").strip()
    if not carrier:
        return None
    from orderdesk.services.carriers.registry import CarrierRegistry
    from orderdesk.services.shipping import ShippingService

    return CarrierLabelBuyer(ShippingService(db, orders, CarrierRegistry(settings), settings=settings), carrier)
