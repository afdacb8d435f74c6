"""``Print…``: choose the document, printer, size or label type, and copies for this print.

The dialog only collects the choice; ``PrintController`` does the work in the background.
It starts from this PC's remembered choice for the document, and can make the new choice
the remembered one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orderdesk.services.print_jobs import DocumentRequest, request_from_choice
from orderdesk.services.printing import PrinterChoice, PrinterInfo, PrinterPreferences
from orderdesk.ui.printing.widgets import LABEL_PROFILES, PrinterCombo, paper_items, profile_of

MAX_COPIES = 99
SHOWN_NUMBERS = 6  # order numbers listed in the summary before "and N more"


class PrintDialog(QDialog):
    def __init__(
        self,
        preferences: PrinterPreferences,
        numbers: Sequence[str],
        kind: str = "slips",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Print"))
        self.preferences = preferences
        self.action = ""  # "print" or "save" once accepted

        self.kind = QComboBox(self, objectName="documentKind")
        for key, text in (
            ("slips", self.tr("Packing slips")),
            ("labels", self.tr("Shipping labels")),
            ("picklist", self.tr("Pick list")),
        ):
            self.kind.addItem(text, key)
        self.printer = PrinterCombo(preferences.get(kind).printer, self)
        self.printer.setObjectName("printer")
        self.size = QComboBox(self, objectName="size")
        self.copies = QSpinBox(self, objectName="copies")
        self.copies.setRange(1, MAX_COPIES)
        self.remember = QCheckBox(self.tr("Use this printer and size for quick printing on this computer"), self)
        self.remember.setObjectName("remember")
        self.summary = QLabel(self._summary(numbers), self, objectName="summary")
        self.summary.setWordWrap(True)
        self.status = QLabel(self.tr("Looking for printers…"), self, objectName="printerStatus")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Orders"), self.summary)
        form.addRow(self.tr("Document"), self.kind)
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Size"), self.size)
        form.addRow(self.tr("Copies"), self.copies)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.print_button = QPushButton(self.tr("Print"), self, objectName="printButton")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self, objectName="savePdfButton")
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(lambda: self._finish("print"))
        self.save_button.clicked.connect(lambda: self._finish("save"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.printer.currentIndexChanged.connect(self._update_buttons)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._kind_changed()

    # -- filling -----------------------------------------------------------------------------------
    def _summary(self, numbers: Sequence[str]) -> str:
        shown = ", ".join(numbers[:SHOWN_NUMBERS])
        if len(numbers) > SHOWN_NUMBERS:
            shown += " " + self.tr("and %1 more").replace("%1", str(len(numbers) - SHOWN_NUMBERS))
        head = self.tr("1 order") if len(numbers) == 1 else self.tr("%n orders", "", len(numbers))
        return f"{head}: {shown}"

    def document(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self, *_: object) -> None:
        kind = self.document()
        choice = self.preferences.get(kind)
        self.size.clear()
        if kind == "labels":
            for profile in LABEL_PROFILES:
                self.size.addItem(profile.text(), profile.key)
            self.size.setCurrentIndex(self.size.findData(profile_of(choice.size, choice.format, choice.dpi).key))
        else:
            for key, text in paper_items():
                self.size.addItem(text, key)
            self.size.setCurrentIndex(max(self.size.findData(choice.size or "a4"), 0))
        if choice.printer:
            index = self.printer.findData(choice.printer)
            if index >= 0:
                self.printer.setCurrentIndex(index)
        self._update_buttons()

    def set_printers(self, printers: Sequence[PrinterInfo]) -> None:
        self.printer.set_printers(printers)
        self.status.setText(
            "" if printers else self.tr("No printers found. Add one in the system's printer settings, or save as PDF.")
        )
        self._update_buttons()

    def set_error(self, message: str) -> None:
        self.printer.set_printers([])
        self.status.setText(self.tr("Could not list the printers: {error}").format(error=message))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.print_button.setEnabled(bool(self.printer.printer()))

    # -- the choice ---------------------------------------------------------------------------------
    def choice(self) -> PrinterChoice:
        """This print's choice, on top of what is remembered (keeps e.g. the ZPL font)."""
        kind = self.document()
        base = self.preferences.get(kind)
        if kind == "labels":
            profile = next(p for p in LABEL_PROFILES if p.key == self.size.currentData())
            return replace(
                base, printer=self.printer.printer(), size=profile.size, format=profile.format, dpi=profile.dpi
            )
        return replace(base, printer=self.printer.printer(), size=str(self.size.currentData()), format="pdf")

    def request(self) -> DocumentRequest:
        request = request_from_choice(self.document(), self.choice())
        if self.action == "save":
            request = replace(request, format="pdf")  # "Save as PDF" of a ZPL label type: the PDF of that size
        return request

    def _finish(self, action: str) -> None:
        if action == "print" and not self.printer.printer():
            return
        self.action = action
        if self.remember.isChecked() and self.printer.printer():
            choice = self.choice()
            if self.document() == "labels":
                self.preferences.set("labels", choice)
            else:  # slips and pick lists share the A4 printer and paper, as in the printer setup
                for kind in ("slips", "picklist"):
                    self.preferences.set(
                        kind, replace(self.preferences.get(kind), printer=choice.printer, size=choice.size)
                    )
        self.accept()
