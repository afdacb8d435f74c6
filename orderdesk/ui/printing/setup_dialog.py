"""Printer setup for this PC: the label printer and its profile, the A4 printer and its paper.

Stored with ``PrinterPreferences`` (``printers.json`` in the data folder), the same file the
packing bench and ``orderdesk print`` read, so one choice serves every part of the app on this PC.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from orderdesk.services.printing import PrinterChoice, PrinterInfo, PrinterPreferences
from orderdesk.ui.printing.widgets import LABEL_PROFILES, PrinterCombo, paper_items, profile_of


class PrinterSetupDialog(QDialog):
    def __init__(self, preferences: PrinterPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printerSetupDialog")
        self.setWindowTitle(self.tr("Printer setup (this computer)"))
        self.preferences = preferences
        labels, slips = preferences.get("labels"), preferences.get("slips")

        self.label_printer = PrinterCombo(labels.printer, self)
        self.label_printer.setObjectName("labelPrinter")
        self.label_profile = QComboBox(self, objectName="labelProfile")
        for profile in LABEL_PROFILES:
            self.label_profile.addItem(profile.text(), profile.key)
        self.label_profile.setCurrentIndex(
            self.label_profile.findData(profile_of(labels.size, labels.format, labels.dpi).key)
        )
        self.document_printer = PrinterCombo(slips.printer, self)
        self.document_printer.setObjectName("documentPrinter")
        self.paper = QComboBox(self, objectName="paper")
        for key, text in paper_items():
            self.paper.addItem(text, key)
        self.paper.setCurrentIndex(max(self.paper.findData(slips.size or "a4"), 0))

        label_box = QGroupBox(self.tr("Shipping labels"))
        lf = QFormLayout(label_box)
        lf.addRow(self.tr("Label printer"), self.label_printer)
        lf.addRow(self.tr("Label type"), self.label_profile)
        doc_box = QGroupBox(self.tr("Packing slips and pick lists"))
        df = QFormLayout(doc_box)
        df.addRow(self.tr("Printer"), self.document_printer)
        df.addRow(self.tr("Paper"), self.paper)
        self.status = QLabel(self.tr("Looking for printers…"), self, objectName="printerStatus")
        self.status.setWordWrap(True)
        hint = QLabel(
            self.tr("Chosen once for this computer; quick printing, the packing bench and the command line use it."),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label_box)
        layout.addWidget(doc_box)
        layout.addWidget(self.status)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def set_printers(self, printers: Sequence[PrinterInfo]) -> None:
        self.label_printer.set_printers(printers)
        self.document_printer.set_printers(printers)
        self.status.setText(
            (self.tr("1 printer found.") if len(printers) == 1 else self.tr("%n printers found.", "", len(printers)))
            if printers
            else self.tr("No printers found. Add one in the system's printer settings, then open this again.")
        )

    def set_error(self, message: str) -> None:
        self.label_printer.set_printers([])
        self.document_printer.set_printers([])
        self.status.setText(self.tr("Could not list the printers: {error}").format(error=message))

    def choices(self) -> dict[str, PrinterChoice]:
        """The choice per document kind, keeping options set elsewhere (e.g. the ZPL font via the CLI)."""
        profile = next(p for p in LABEL_PROFILES if p.key == self.label_profile.currentData())
        labels = replace(
            self.preferences.get("labels"),
            printer=self.label_printer.printer(),
            size=profile.size,
            format=profile.format,
            dpi=profile.dpi,
        )
        paper = str(self.paper.currentData())
        documents = self.document_printer.printer()
        return {
            "labels": labels,
            "slips": replace(self.preferences.get("slips"), printer=documents, size=paper, format="pdf"),
            "picklist": replace(self.preferences.get("picklist"), printer=documents, size=paper, format="pdf"),
        }

    def save(self) -> None:
        for kind, choice in self.choices().items():
            self.preferences.set(kind, choice)
