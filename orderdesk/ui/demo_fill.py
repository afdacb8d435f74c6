"""``orderdesk --demo`` on a new demo database: the window opens at once and fills as the orders are made.

The demo orders are made by ``orderdesk.demo.create_demo`` on the task runner's writer thread;
a progress dialog over the (still empty) board counts them, and the board loads when they are
all there. Nothing here decides what a demo order is: that is the demo module's job.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from orderdesk.db import Database
from orderdesk.ui.printing.jobs import ProgressBox
from orderdesk.ui.tasks import TaskRunner


class DemoFiller(QObject):
    """Makes ``count`` demo orders off the GUI thread, with a progress dialog over ``parent``."""

    def __init__(
        self,
        parent: QWidget,
        runner: TaskRunner,
        db: Database,
        count: int,
        on_done: Callable[[], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self.count = count
        self.box = ProgressBox()
        self.dialog = QProgressDialog(self.tr("Creating demo orders…"), "", 0, count, parent)
        self.dialog.setWindowTitle(self.tr("Demo"))
        self.dialog.setCancelButton(None)  # the orders are made in one transaction: nothing to stop half-way
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._show_progress)
        self._on_done, self._on_failed = on_done, on_failed
        self.finished = False

        def work() -> int:
            from orderdesk.demo import create_demo

            return len(create_demo(db, orders=count, progress=self.box))

        self.timer.start()
        self.dialog.setValue(0)
        self.dialog.show()
        runner.write(work, self._done, self._failed, label="demo")

    def _show_progress(self) -> None:
        done, total = self.box.read()
        self.dialog.setLabelText(self.tr("Creating demo orders… %1 of %2").replace("%1", str(done)).replace("%2", str(total or self.count)))  # fmt: skip
        self.dialog.setValue(done)

    def _finish(self) -> None:
        self.finished = True
        self.timer.stop()
        self.dialog.close()

    def _done(self, _made: object) -> None:
        self._finish()
        self._on_done()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self._on_failed(exc)
