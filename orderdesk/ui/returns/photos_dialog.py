"""The photos of a return's state: thumbnails, the chosen one large, and "Add photos…".

The pictures are read from the database and decoded into scaled images on the task runner
(a phone photo is megabytes); the GUI thread only turns the finished images into pixmaps.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orderdesk.domain import Actor
from orderdesk.errors import OrderDeskError
from orderdesk.services.returns import ReturnService
from orderdesk.services.returns.photos import read_photo_files
from orderdesk.ui.tasks import TaskRunner
from orderdesk.ui.widgets import FieldError

PREVIEW = 560  # px, the longer side of the large picture
THUMB = 120


def load_pictures(returns: ReturnService, number: str) -> list[tuple[Any, QImage]]:
    """(photo, image scaled for the preview) of each photo; runs on a worker thread."""
    out = []
    for photo in returns.photos(number):
        image = QImage.fromData(returns.photo_data(number, photo.id))
        if not image.isNull():
            image = image.scaled(
                PREVIEW, PREVIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        out.append((photo, image))
    return out


class ReturnPhotosDialog(QDialog):
    def __init__(
        self,
        returns: ReturnService,
        runner: TaskRunner,
        actor: Callable[[], Actor],
        number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("returnPhotos")
        self.setWindowTitle(self.tr("Photos of return %1").replace("%1", number))
        self.returns, self.runner, self.actor, self.number = returns, runner, actor, number
        self.pictures: list[tuple[Any, QImage]] = []
        self.list = QListWidget(objectName="returnPhotosList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)  # one strip of thumbnails, scrolled sideways
        self.list.setSpacing(6)
        self.list.setFixedHeight(THUMB + 44)
        self.list.currentRowChanged.connect(self.show_picture)
        self.preview = QLabel(objectName="returnPhotoPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW, PREVIEW * 3 // 4)
        self.caption = QLabel(objectName="returnPhotoCaption")
        self.error = FieldError()
        self.add_button = QPushButton(self.tr("Add photos…"), objectName="returnPhotosAdd")
        self.add_button.clicked.connect(lambda _checked=False: self.add_photos())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        returns, number = self.returns, self.number
        self.runner.run(lambda: load_pictures(returns, number), self.loaded, self.failed)

    def loaded(self, pictures: list[tuple[Any, QImage]]) -> None:
        self.pictures = pictures
        self.list.clear()
        for photo, image in pictures:
            item = QListWidgetItem(photo.file_name)
            if not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            item.setToolTip(f"{photo.file_name} · {photo.size // 1024} KB · {photo.created_by}")
            self.list.addItem(item)
        if pictures:
            self.list.setCurrentRow(len(pictures) - 1)
        else:
            self.preview.setText(self.tr("No photos of this return yet."))
            self.caption.clear()

    def show_picture(self, row: int) -> None:
        if not 0 <= row < len(self.pictures):
            return
        photo, image = self.pictures[row]
        if image.isNull():
            self.preview.setText(self.tr("This picture cannot be shown."))
        else:
            self.preview.setPixmap(QPixmap.fromImage(image))
        self.caption.setText(f"{photo.file_name} · {photo.created_at:%Y-%m-%d %H:%M} · {photo.created_by}")

    def ask_photo_files(self) -> list[str]:
        """Image files to add; [] when cancelled (a test replaces this method)."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Photos of the state"), "", self.tr("Pictures (*.jpg *.jpeg *.png *.webp)")
        )
        return paths

    def add_photos(self) -> None:
        paths = self.ask_photo_files()
        if not paths:
            return
        self.error.clear_error()
        returns, number, actor = self.returns, self.number, self.actor()
        self.add_button.setEnabled(False)

        def work() -> Any:
            return returns.add_photos(number, read_photo_files(paths), actor)

        def done(_added: Any) -> None:
            self.add_button.setEnabled(True)
            self.reload()

        self.runner.write(work, done, self.failed)

    def failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        if isinstance(exc, OrderDeskError):
            self.error.show_error(str(exc))
        else:
            self.runner.default_failure(exc)
