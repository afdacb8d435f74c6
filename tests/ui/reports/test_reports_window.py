"""The Reports window: a report runs off the GUI thread and shows its chart, table and note;
filters rerun it; exports land on disk; the main window's menu opens it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from orderdesk.services.reports import REPORT_NAMES, ReportService
from tests.integration.reports.known_history import seed
from tests.ui.conftest import wait_idle


@pytest.fixture
def reports_window(qtbot, db, runner):
    from orderdesk.ui.reports.window import ReportsWindow

    seed(db)
    window = ReportsWindow(ReportService(db), runner, "en", today=date(2026, 3, 10))
    qtbot.addWidget(window)
    window.show()
    return window


def shown(qtbot, window, name: str) -> None:
    row = REPORT_NAMES.index(name)
    window.reports.setCurrentRow(row)
    qtbot.waitUntil(lambda: window.table is not None and window.table.name == name, timeout=5000)


def test_a_report_shows_chart_table_and_note(qtbot, qtmodeltester, reports_window):
    shown(qtbot, reports_window, "packing")
    qtmodeltester.check(reports_window.model)
    model = reports_window.proxy
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Packer"
    assert model.index(0, 0).data() == "Piotr" and model.index(0, 5).data() == "66.7"
    assert reports_window.chart.isVisible() and reports_window.chart.chart().series()
    assert "packing bench" in reports_window.note.text()


def test_filters_rerun_the_report(qtbot, reports_window):
    shown(qtbot, reports_window, "orders-per-day")
    assert reports_window.model.rowCount() == 5  # the last 30 days: the order of 20 February too
    reports_window.delivery.setCurrentIndex(reports_window.delivery.findData("pickup_shop"))
    qtbot.waitUntil(lambda: reports_window.model.rowCount() == 1, timeout=5000)
    assert reports_window.model.index(0, 2).data() == "Shop pickup"


def test_channels_come_from_the_orders(qtbot, reports_window):
    qtbot.waitUntil(lambda: reports_window.channel.count() == 3, timeout=5000)  # All, phone, web
    reports_window.channel.setCurrentIndex(reports_window.channel.findData("phone"))
    shown(qtbot, reports_window, "revenue")
    qtbot.waitUntil(lambda: reports_window.model.rowCount() == 1, timeout=5000)


def test_a_range_the_wrong_way_round_says_what_to_change(qtbot, reports_window):
    from PySide6.QtCore import QDate

    shown(qtbot, reports_window, "revenue")
    reports_window.date_from.setDate(QDate(2026, 4, 1))
    qtbot.waitUntil(lambda: "change From or To" in reports_window.status.text(), timeout=5000)


def test_stuck_orders_show_as_a_chart_too(qtbot, reports_window):
    shown(qtbot, reports_window, "stuck")
    assert reports_window.model.index(0, 0).data() == "2026-000004"
    assert reports_window.chart.isVisible()
    [bars] = reports_window.chart.chart().series()
    [hours] = bars.barSets()
    # The window runs on the real clock: the bar is as long as the table says.
    assert hours.label() == "Hours waiting" and hours.count() == 1
    assert hours.at(0) == reports_window.table.rows[0][3] > 144.0
    axis = reports_window.chart.chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories() == ["2026-000004"]


def test_table_without_chart_hides_it(qtbot, reports_window):
    from orderdesk.services.reports.base import Column, ReportTable

    shown(qtbot, reports_window, "stuck")
    plain = ReportTable("plain", "Plain", (Column("a", "A"),), rows=[("x",)])
    reports_window._shown(reports_window._request, plain)
    assert not reports_window.chart.isVisible()
    assert reports_window.model.index(0, 0).data() == "x"


@pytest.mark.parametrize("kind", ["csv", "xlsx", "pdf"])
def test_export_writes_the_file_in_the_background(qtbot, reports_window, runner, tmp_path, kind):
    shown(qtbot, reports_window, "revenue")
    path = tmp_path / f"out.{kind}"
    reports_window.export(kind, path)
    qtbot.waitUntil(lambda: reports_window.status.text().startswith("Saved"), timeout=15000)
    assert path.stat().st_size > 0


def test_main_window_menu_opens_reports(qtbot, make_window, runner):
    window = make_window()
    window.reports.action.trigger()
    reports = window.reports.window
    assert reports is not None and reports.isVisible()
    qtbot.waitUntil(lambda: reports.table is not None, timeout=5000)
    wait_idle(qtbot, runner)
    reports.close()


def test_pdf_from_the_window_is_in_the_documents_language(qtbot, db, runner, tmp_path):
    from orderdesk.ui.reports.window import ReportsWindow
    from tests.integration.reports.test_report_pdf_language import pdf_text

    seed(db)
    window = ReportsWindow(ReportService(db), runner, "en", documents_language="ru", today=date(2026, 3, 10))
    qtbot.addWidget(window)
    window.show()
    shown(qtbot, window, "revenue")
    assert window.proxy.headerData(0, Qt.Orientation.Horizontal) == "Day"  # the window speaks English
    path = tmp_path / "all.pdf"
    window.export("pdf", path)
    qtbot.waitUntil(lambda: window.status.text().startswith("Saved"), timeout=15000)
    text = pdf_text(path)
    assert "Заказов в день" in text and "Orders per day" not in text
    wait_idle(qtbot, runner)
