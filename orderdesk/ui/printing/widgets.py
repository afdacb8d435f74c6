"""Small pieces the print dialogs share: the printer list combo and the label profiles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from orderdesk.services.printing import PrinterInfo


def tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


@dataclass(frozen=True)
class LabelProfile:
    """One way of printing labels: size, PDF or ZPL, and the thermal printer's resolution."""

    size: str
    format: str
    dpi: int = 203

    @property
    def key(self) -> str:
        return f"{self.size}/{self.format}/{self.dpi if self.format == 'zpl' else ''}"

    def text(self) -> str:
        names = {
            "4x6": tr("4×6 in label"),
            "100x150": tr("100×150 mm label"),
            "a4x4": tr("A4 sheet of four labels"),
        }
        if self.format == "zpl":
            return tr("{size}, thermal printer (ZPL {dpi} dpi)").format(size=names[self.size], dpi=self.dpi)
        return tr("{size}, PDF").format(size=names[self.size])


LABEL_PROFILES = (
    LabelProfile("4x6", "pdf"),
    LabelProfile("100x150", "pdf"),
    LabelProfile("a4x4", "pdf"),
    LabelProfile("4x6", "zpl", 203),
    LabelProfile("4x6", "zpl", 300),
    LabelProfile("100x150", "zpl", 203),
    LabelProfile("100x150", "zpl", 300),
)


def profile_of(size: str, fmt: str, dpi: int) -> LabelProfile:
    """The profile for a remembered choice (an unknown or empty one: 4x6 PDF)."""
    for profile in LABEL_PROFILES:
        if (
            profile.size == (size or "4x6")
            and profile.format == (fmt or "pdf")
            and (fmt != "zpl" or profile.dpi == dpi)
        ):
            return profile
    return LABEL_PROFILES[0]


def paper_items() -> list[tuple[str, str]]:
    return [("a4", tr("A4")), ("letter", tr("Letter"))]


class PrinterCombo(QComboBox):
    """The OS printers (filled in the background), the chosen one kept even if it is gone."""

    def __init__(self, chosen: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen = chosen
        self.set_printers([], loading=True)

    def printer(self) -> str:
        return str(self.currentData() or "")

    def set_printers(self, printers: Sequence[PrinterInfo], loading: bool = False) -> None:
        keep = self.printer() or self._chosen
        self.clear()
        names = [p.name for p in printers]
        for info in printers:
            text = info.name
            if info.is_default:
                text += "  " + tr("(system default)")
            if not info.enabled:
                text += "  — " + tr("stopped: {reason}").format(reason=info.reason or info.state)
            self.addItem(text, info.name)
        if keep and keep not in names:
            # Remembered but not (yet) seen: keep it, and say why it may not print.
            note = tr("looking for printers…") if loading else tr("not found on this computer")
            self.insertItem(0, f"{keep}  ({note})", keep)
        if not printers and not keep:
            self.addItem(tr("looking for printers…") if loading else tr("no printers found"), "")
        index = self.findData(keep) if keep else -1
        if index < 0 and not keep:
            index = next((i for i, p in enumerate(printers) if p.is_default), 0)
        self.setCurrentIndex(max(index, 0))
