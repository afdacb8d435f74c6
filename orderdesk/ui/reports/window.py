"""The Reports window: pick a report and a range, see its chart and table, export it.

Every report runs on the read pool (never the GUI thread); a newer request supersedes an older
one still running, so typing dates quickly never shows a stale table.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk.services.reports import ReportQuery, ReportService
from orderdesk.services.reports.base import ReportTable
from orderdesk.ui.reports.chart import ReportChart
from orderdesk.ui.reports.table_model import ReportTableModel
from orderdesk.ui.tasks import TaskRunner

DEFAULT_DAYS = 30
DEBOUNCE_MS = 200


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class ReportsWindow(QWidget):
    def __init__(
        self,
        service: ReportService,
        runner: TaskRunner,
        language: str,
        *,
        documents_language: str = "en",
        shop_name: str = "",
        utc_offset_minutes: int = 0,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("reportsWindow")
        self.setWindowTitle(self.tr("Reports"))
        self.service, self.runner, self.language = service, runner, language
        self.documents_language, self.shop_name = documents_language, shop_name
        self.offset = utc_offset_minutes
        self.table: ReportTable | None = None
        self._request = 0
        today = today or date.today()

        self.reports = QListWidget(objectName="reportList")
        for spec in service.specs():
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            self.reports.addItem(item)
        # As wide as the longest title (Russian ones are long), within reason.
        self.reports.setMaximumWidth(360)
        self.reports.setMinimumWidth(min(360, self.reports.sizeHintForColumn(0) + 2 * self.reports.frameWidth() + 6))

        self.date_from = QDateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS - 1)), objectName="dateFrom")
        self.date_to = QDateEdit(_qdate(today), objectName="dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.delivery = QComboBox(objectName="deliveryFilter")
        self.delivery.addItem(self.tr("All delivery methods"), None)
        for key, text in (
            ("carrier", self.tr("Carrier")),
            ("own_courier", self.tr("Own courier")),
            ("pickup_point", self.tr("Pickup point")),
            ("pickup_shop", self.tr("Shop pickup")),
        ):
            self.delivery.addItem(text, key)
        self.channel = QComboBox(objectName="channelFilter")
        self.channel.addItem(self.tr("All channels"), None)

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("From"), self.date_from),
            (self.tr("To"), self.date_to),
            (self.tr("Delivery"), self.delivery),
            (self.tr("Channel"), self.channel),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)

        self.chart = ReportChart(language, self)
        self.model = ReportTableModel(language, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.view = QTableView(objectName="reportTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's own order until a header is clicked
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAlternatingRowColors(True)
        self.note = QLabel(objectName="reportNote")
        self.note.setWordWrap(True)
        self.status = QLabel(objectName="reportStatus")

        self.csv_button = QPushButton(self.tr("Save CSV…"), objectName="saveCsv")
        self.xlsx_button = QPushButton(self.tr("Save XLSX…"), objectName="saveXlsx")
        self.pdf_button = QPushButton(self.tr("Save PDF of all reports…"), objectName="savePdf")
        self.csv_button.clicked.connect(lambda: self._save("csv"))
        self.xlsx_button.clicked.connect(lambda: self._save("xlsx"))
        self.pdf_button.clicked.connect(lambda: self._save("pdf"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.csv_button, self.xlsx_button, self.pdf_button):
            buttons.addWidget(b)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # Half for the chart: slanted labels (31 days, long status names) need the height.
        right_layout.addWidget(self.chart, 1)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.note)
        splitter = QSplitter()
        splitter.addWidget(self.reports)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_report)
        self.reports.currentRowChanged.connect(lambda _row: self.run_report())
        for signal in (self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(lambda _d: self._debounce.start())
        for combo in (self.delivery, self.channel):
            combo.currentIndexChanged.connect(lambda _i: self.run_report())
        self.resize(1100, 720)
        self.runner.run(self.service.channels, self._channels_loaded, lambda exc: None, label=self.tr("Reports"))
        self.reports.setCurrentRow(0)

    # -- running
    def query(self) -> ReportQuery:
        return ReportQuery(
            _pydate(self.date_from.date()),
            _pydate(self.date_to.date()),
            delivery_method=self.delivery.currentData(),
            channel=self.channel.currentData(),
            utc_offset_minutes=self.offset,
        )

    def current_name(self) -> str:
        item = self.reports.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def run_report(self) -> None:
        name, query = self.current_name(), self.query()
        if not name:
            return
        if query.date_from > query.date_to:
            self.status.setText(self.tr("The first day is after the last: change From or To."))
            return
        self._request += 1
        request = self._request
        self.status.setText(self.tr("Working…"))
        self.runner.run(
            lambda: self.service.run(name, query),
            lambda table: self._shown(request, table),
            lambda exc: self._failed(request, exc),
            label=self.tr("Reports"),
        )

    def _shown(self, request: int, table: ReportTable) -> None:
        if request != self._request:
            return  # a newer request is on its way
        self.table = table
        self.model.set_table(table, self.offset)
        self.view.resizeColumnsToContents()
        self.chart.show_table(table)
        self.chart.setVisible(table.chart is not None)
        self.note.setText(table.note)
        self.status.setText(
            self.tr("No orders in this range.") if not table.rows else self.tr("%n row(s)", "", len(table.rows))
        )

    def _failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self.status.setText(self.tr("The report could not be made: {e}").format(e=exc))

    def _channels_loaded(self, names: list[str]) -> None:
        for name in names:
            self.channel.addItem(name, name)

    # -- exporting
    def _save(self, kind: str) -> None:
        if kind != "pdf" and self.table is None:
            return
        filters = {"csv": self.tr("CSV files (*.csv)"), "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                   "pdf": self.tr("PDF files (*.pdf)")}  # fmt: skip
        suggested = f"{self.current_name() if kind != 'pdf' else 'reports'}-{self.query().date_to}.{kind}"
        path, _selected = QFileDialog.getSaveFileName(self, self.tr("Save report"), suggested, filters[kind])
        if path:
            self.export(kind, Path(path))

    def export(self, kind: str, path: Path) -> int:
        """Write the file on the pool; the status line says where it went."""
        from orderdesk.services.reports import REPORT_NAMES
        from orderdesk.services.reports.export import write_csv, write_report_pdf, write_xlsx

        table, query = self.table, self.query()

        def work() -> Path:
            if kind == "csv" and table is not None:
                write_csv(table, path)
            elif kind == "xlsx" and table is not None:
                write_xlsx([table], path)
            else:
                write_report_pdf(self.service, REPORT_NAMES, path, query, self.documents_language, self.shop_name)
            return path

        self.status.setText(self.tr("Saving…"))
        return self.runner.run(
            work,
            lambda p: self.status.setText(self.tr("Saved {f}").format(f=p.name)),
            lambda exc: self.status.setText(self.tr("Could not save: {e}").format(e=exc)),
            label=self.tr("Saving the report"),
        )
