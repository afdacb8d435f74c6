"""Orders → Import…: orders from a JSON or CSV file on the database-writer thread, then the
import's report (what came in, what was already there, which rows need fixing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from orderdesk.services.importers import ImportReport, import_file


class ImportReportDialog(QDialog):
    """The import's report: counts on top, the rows to fix below (copyable)."""

    def __init__(self, path: Path, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Import: %1").replace("%1", path.name))
        self.summary = QLabel(objectName="importSummary")
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr("Imported: %1 · already in the desk, skipped: %2 · rows to fix: %3")
            .replace("%1", str(len(report.imported)))
            .replace("%2", str(len(report.skipped)))
            .replace("%3", str(len(report.errors)))
        )
        self.errors = QPlainTextEdit(objectName="importErrors")
        self.errors.setReadOnly(True)
        lines = list(report.errors)
        if report.warnings:  # imported, but worth a look
            lines += ["", self.tr("Imported, but check:"), *report.warnings]
        self.errors.setPlainText("\n".join(lines).strip())
        self.errors.setVisible(bool(lines))
        hint = QLabel(
            self.tr(
                "Fix these rows in the file and import it again: orders already imported are skipped, "
                "so nothing comes in twice. The format is described in docs/import-format.md."
            ),
            objectName="importHint",
        )
        hint.setWordWrap(True)
        hint.setVisible(bool(report.errors))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(640, 360 if lines else 140)


class ImportController(QObject):
    """Runs an import for the main window; ``finished`` carries the report."""

    finished = Signal(object)  # ImportReport

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.report_dialog: ImportReportDialog | None = None

    def choose_and_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import orders"),
            "",
            self.tr("Orders (*.json *.csv);;JSON (*.json);;CSV (*.csv)"),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> int:
        """Import ``path`` on the writer thread (many orders: never on the GUI thread)."""
        service, actor = self.window.service, self.window.actor()
        self.window.show_message(self.tr("Importing %1…").replace("%1", path.name), 0)
        return self.window.runner.write(
            lambda: import_file(service, path, actor),
            lambda report: self._done(path, report),
            self._failed,
            label=self.tr("Importing orders"),
        )

    def _done(self, path: Path, report: ImportReport) -> None:
        self.window.show_message(
            self.tr("Imported %1 orders from %2.").replace("%1", str(len(report.imported))).replace("%2", path.name)
        )
        if report.imported:
            self.window.refresh()
        self.report_dialog = ImportReportDialog(path, report, self.window)
        self.report_dialog.show()
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.window.show_message("")
        self.window.reporter.report(exc, self.tr("Import orders"))
