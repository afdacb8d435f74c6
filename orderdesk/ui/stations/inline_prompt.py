"""A small form inside a station window (never a modal dialog): Enter submits, Esc cancels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from orderdesk.ui.stations.fonts import station_font

FREE_TEXT = "freeText"  # the property marking an inline prompt's free-text fields


@dataclass(frozen=True)
class PromptField:
    name: str
    label: str
    secret: bool = False
    placeholder: str = ""
    free_text: bool = False  # words a person types (a reason, a note): never read as a scanner burst


class InlinePrompt(QFrame):
    """A small form inside the station (never a modal dialog): Enter submits, Esc cancels."""

    toggled = Signal(bool)  # shown / closed: a station may make room for it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlinePrompt")
        self.setStyleSheet("#inlinePrompt { background: #fff8e1; border: 3px solid #ffb300; border-radius: 10px; }")
        self._layout = QVBoxLayout(self)
        self._title = QLabel(self)
        self._title.setFont(station_font(20, bold=True))
        self._title.setWordWrap(True)
        self._layout.addWidget(self._title)
        self._fields_box = QVBoxLayout()
        self._layout.addLayout(self._fields_box)
        self._error = QLabel(self)
        self._error.setFont(station_font(16, bold=True))
        self._error.setStyleSheet("color: #c62828;")
        self._layout.addWidget(self._error)
        self.edits: dict[str, QLineEdit] = {}
        self._on_submit: Callable[[dict[str, str]], None] | None = None
        self.hide()

    @property
    def active(self) -> bool:
        return self.isVisible()

    def ask(
        self,
        title: str,
        fields: Sequence[PromptField],
        on_submit: Callable[[dict[str, str]], None],
    ) -> None:
        self.close_prompt()
        self._title.setText(title)
        self._error.setText("")
        for spec in fields:
            row = QHBoxLayout()
            caption = QLabel(spec.label, self)
            caption.setFont(station_font(18))
            caption.setMinimumWidth(220)
            edit = QLineEdit(self)
            edit.setFont(station_font(22))
            edit.setPlaceholderText(spec.placeholder)
            if spec.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setProperty(FREE_TEXT, spec.free_text)
            edit.returnPressed.connect(self._submit)
            row.addWidget(caption)
            row.addWidget(edit, 1)
            self._fields_box.addLayout(row)
            self.edits[spec.name] = edit
        self._on_submit = on_submit
        self.toggled.emit(True)  # room first, then the form: the window never grows past the screen
        self.show()
        if fields:
            self.edits[fields[0].name].setFocus()

    def show_error(self, text: str) -> None:
        self._error.setText(text)

    def _submit(self) -> None:
        if self._on_submit is not None:
            self._on_submit({name: edit.text() for name, edit in self.edits.items()})

    def close_prompt(self) -> None:
        while self._fields_box.count():
            row = self._fields_box.takeAt(0)
            layout = row.layout()
            if layout is not None:
                while layout.count():
                    widget = layout.takeAt(0).widget()
                    if widget is not None:
                        widget.deleteLater()
        self.edits.clear()
        self._on_submit = None
        if self.isVisible():
            self.hide()
            self.toggled.emit(False)
