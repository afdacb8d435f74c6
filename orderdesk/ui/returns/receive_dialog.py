"""Receiving a return at the bench, with the scanner and the keyboard alone.

Scan the slip's QR code (the return number), then each item: every scan counts one unit with
the handling chosen (F2 restock, F3 write off, F4 repair) and the note typed for its state.
F6 adds photos of the parcel's state (image files), kept with the return when it is booked.
Ctrl+Enter books what was scanned: the service writes the stock movements with the return as
the document. Lookups, reading the photos and the booking run on the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk.domain import Actor
from orderdesk.errors import OrderDeskError
from orderdesk.services.returns import Disposition, ReceivedLine, ReturnService
from orderdesk.services.returns.kinds import status_label
from orderdesk.services.returns.photos import read_photo_files
from orderdesk.ui.records_model import RecordsModel
from orderdesk.ui.tasks import TaskRunner
from orderdesk.ui.widgets import FieldError


class ReceiveReturnDialog(QDialog):
    def __init__(
        self,
        returns: ReturnService,
        runner: TaskRunner,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
        on_booked: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receiveReturn")
        self.setWindowTitle(self.tr("Receive a return"))
        self.returns, self.runner, self.actor, self.on_booked = returns, runner, actor, on_booked
        self.current: Any = None  # the Return being received
        self.scanned: dict[tuple[str, str], int] = {}  # (sku, handling) -> units
        self.notes: dict[tuple[str, str], str] = {}
        self.photo_paths: list[str] = []  # chosen, read and kept when the receipt is booked
        self.prompt = QLabel(objectName="receivePrompt")
        self.scan = QLineEdit(objectName="receiveScan")
        self.scan.returnPressed.connect(self.scanned_code)
        self.handling = QComboBox(objectName="receiveHandling")
        for text, value in (
            (self.tr("Restock (F2)"), Disposition.RESTOCK),
            (self.tr("Write off (F3)"), Disposition.WRITE_OFF),
            (self.tr("Send for repair (F4)"), Disposition.REPAIR),
        ):
            self.handling.addItem(text, value.value)
        self.state = QLineEdit(objectName="receiveState")
        self.state.setPlaceholderText(self.tr("the item's state, e.g. box dented"))
        self.model = RecordsModel(
            [self.tr("SKU"), self.tr("Product"), self.tr("Expected"), self.tr("Scanned now")], self
        )
        self.table = QTableView(objectName="receiveLines")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.model.modelReset.connect(self.table.resizeColumnsToContents)
        self.words = {
            Disposition.RESTOCK.value: self.tr("restock"),
            Disposition.WRITE_OFF.value: self.tr("write off"),
            Disposition.REPAIR.value: self.tr("repair"),
        }
        self.error = FieldError()
        self.error.setObjectName("receiveError")
        self.info = QLabel(objectName="receiveInfo")
        self.book_button = QPushButton(self.tr("Book received (Ctrl+Enter)"), objectName="receiveBook")
        self.book_button.clicked.connect(lambda _checked=False: self.book())
        self.book_button.setAutoDefault(False)
        self.clear_button = QPushButton(self.tr("Clear scans (F8)"), objectName="receiveClear")
        self.clear_button.clicked.connect(lambda _checked=False: self.clear_scans())
        self.clear_button.setAutoDefault(False)
        self.photos_button = QPushButton(self.tr("Add photos… (F6)"), objectName="receivePhotos")
        self.photos_button.clicked.connect(lambda _checked=False: self.add_photos())
        self.photos_button.setAutoDefault(False)
        self.photos_label = QLabel(objectName="receivePhotosLabel")
        form = QFormLayout()
        form.addRow(self.prompt, self.scan)
        form.addRow(self.tr("Handling:"), self.handling)
        form.addRow(self.tr("State:"), self.state)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        buttons.addWidget(self.photos_label)
        buttons.addWidget(self.photos_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.book_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        for key, index in ((Qt.Key.Key_F2, 0), (Qt.Key.Key_F3, 1), (Qt.Key.Key_F4, 2)):
            QShortcut(QKeySequence(key), self, lambda i=index: self.handling.setCurrentIndex(i))
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, self.clear_scans)
        QShortcut(QKeySequence(Qt.Key.Key_F6), self, self.add_photos)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.book)
        self.resize(760, 460)
        self._show()
        self.scan.setFocus()

    # -- scanning ---------------------------------------------------------------------------------
    def scanned_code(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if not code:
            return
        self.error.clear_error()
        if self.current is None or code.upper().startswith("R-"):
            if self.scanned and self.current is not None:
                self.error.show_error(
                    self.tr("Book or clear the items of %1 first.").replace("%1", self.current.number)
                )
                return
            self.runner.run(lambda: self.returns.get(code), self.opened, self.failed)
            return
        number = self.current.number
        self.runner.run(lambda: self.returns.resolve_item(number, code), self.counted, self.failed)

    def opened(self, ret: Any) -> None:
        self.current = ret
        self.scanned.clear()
        self.notes.clear()
        self._show()

    def counted(self, sku: str) -> None:
        line_left = sum(x.outstanding for x in self.current.lines if x.sku == sku)
        already = sum(n for (s, _h), n in self.scanned.items() if s == sku)
        if already >= line_left:
            self.error.show_error(
                self.tr("%1: all %2 expected are scanned already.").replace("%1", sku).replace("%2", str(line_left))
            )
            return
        key = (sku, str(self.handling.currentData()))
        self.scanned[key] = self.scanned.get(key, 0) + 1
        if self.state.text().strip():
            self.notes[key] = self.state.text().strip()
        self._show()

    # -- photos -------------------------------------------------------------------------------------
    def ask_photo_files(self) -> list[str]:
        """Image files to keep with the receipt; [] when cancelled (a test replaces this method)."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Photos of the state"), "", self.tr("Pictures (*.jpg *.jpeg *.png *.webp)")
        )
        return paths

    def add_photos(self) -> None:
        chosen = [p for p in self.ask_photo_files() if p not in self.photo_paths]
        self.photo_paths.extend(chosen)
        self._show_photos()

    def _show_photos(self) -> None:
        n = len(self.photo_paths)
        self.photos_label.setText(self.tr("%n photo(s)", "", n) if n else "")
        self.photos_label.setToolTip("\n".join(self.photo_paths))

    def clear_scans(self) -> None:
        """Forget what was scanned and not booked (a wrong parcel, a miscount), and the photos chosen."""
        self.scanned.clear()
        self.notes.clear()
        self.photo_paths.clear()
        self._show_photos()
        self.error.clear_error()
        self._show()

    # -- booking -----------------------------------------------------------------------------------
    def lines(self) -> list[ReceivedLine]:
        return [ReceivedLine(sku, n, how, self.notes.get((sku, how), "")) for (sku, how), n in self.scanned.items()]

    def book(self) -> None:
        if self.current is None or not self.scanned:
            self.error.show_error(self.tr("Scan the slip, then the items, before booking."))
            return
        number, lines, actor, paths = self.current.number, self.lines(), self.actor(), list(self.photo_paths)
        returns = self.returns

        def work() -> Any:  # the files are read here, on the worker: a photo is megabytes
            return returns.receive(number, lines, actor, photos=read_photo_files(paths))

        self.book_button.setEnabled(False)
        self.runner.write(work, self.booked, self.failed)

    def booked(self, ret: Any) -> None:
        self.book_button.setEnabled(True)
        self.current = ret
        self.scanned.clear()
        self.notes.clear()
        self.photo_paths.clear()
        self._show_photos()
        self._show()
        self.info.setText(self.tr("%1 booked: %2.").replace("%1", ret.number).replace("%2", status_label(ret.status)))
        if self.on_booked is not None:
            self.on_booked(ret)

    def failed(self, exc: BaseException) -> None:
        self.book_button.setEnabled(True)
        if isinstance(exc, OrderDeskError):
            self.error.show_error(str(exc))
        else:
            self.runner.default_failure(exc)

    def _show(self) -> None:
        r = self.current
        if r is None:
            self.prompt.setText(self.tr("Scan the slip's QR code:"))
            self.model.set_rows([])
            return
        self.prompt.setText(self.tr("Return %1 · scan an item:").replace("%1", r.number))
        rows = []
        for line in r.lines:
            now = ", ".join(
                f"{n} {self.words.get(how, how)}" for (sku, how), n in self.scanned.items() if sku == line.sku
            )
            rows.append((line.sku, line.name, str(line.outstanding), now))
        self.model.set_rows(rows, keys=[line.sku for line in r.lines])
