"""One window's printing: quick print, the print dialog, save as PDF, printer setup.

Rendering and printing run on the task runner's pool; the history entries the print job
produced are then written on the writer lane. Progress of a batch is read from the worker
by a GUI timer. Errors go to the window's ``ErrorReporter`` with what to do about them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from orderdesk.domain import Actor
from orderdesk.errors import ConfigurationError, OrderDeskError, ValidationError
from orderdesk.services.orders import OrderService
from orderdesk.services.print_jobs import DocumentRequest, request_from_choice
from orderdesk.services.printing import PrinterPreferences, PrintError, PrintSystem, default_print_system
from orderdesk.ui.crash import ErrorReporter
from orderdesk.ui.printing.jobs import CollectedHistory, JobResult, JobSpec, ProgressBox, run_job
from orderdesk.ui.printing.print_dialog import PrintDialog
from orderdesk.ui.printing.setup_dialog import PrinterSetupDialog
from orderdesk.ui.tasks import TaskRunner

PROGRESS_MS = 100  # how often a batch's progress is read from the worker


class PrintController(QObject):
    """Prints for one window. ``done`` fires once a print is in the history (or a file is written)."""

    done = Signal(object)  # JobResult
    failed = Signal(str)  # the message shown
    progress = Signal(int, int)  # done, total (0, 0: finished)

    def __init__(
        self,
        service: OrderService,
        runner: TaskRunner,
        actor: Callable[[], Actor],
        reporter: ErrorReporter | None,
        window: QWidget,
        *,
        print_system: PrintSystem | None = None,
        preferences_path: Path | None = None,
    ) -> None:
        super().__init__(window)
        self.service, self.runner, self.actor, self.reporter, self.window = service, runner, actor, reporter, window
        self.print_system = print_system or default_print_system()
        self.preferences_path = preferences_path
        self.dialog: QDialog | None = None  # the open print or setup dialog (tests drive it)
        self.file_dialog: QFileDialog | None = None
        self._folder = Path.home()  # where the last PDF went: the next one is suggested there
        self._boxes: dict[int, ProgressBox] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(PROGRESS_MS)
        self._timer.timeout.connect(self._show_progress)

    def preferences(self) -> PrinterPreferences:
        # A few hundred bytes of JSON: read fresh each time, so a choice made in another window counts.
        return PrinterPreferences.load(self.preferences_path)

    # -- what the menus call -----------------------------------------------------------------------
    def quick_print(self, kind: str, order_ids: Sequence[int], after_setup: bool = False) -> None:
        """Print on this PC's remembered printer for ``kind``; no printer yet: ask for one first."""
        if not order_ids:
            return
        choice = self.preferences().get(kind)
        if not choice.printer:
            if after_setup:  # saved without a printer: say so instead of asking again and again
                self._report(ValidationError(self.tr("No printer is chosen for this document; nothing was printed.")))
            else:
                self.setup_printers(then=lambda: self.quick_print(kind, order_ids, after_setup=True))
            return
        self._start(
            JobSpec(
                self.service,
                self.print_system,
                tuple(order_ids),
                request_from_choice(kind, choice),
                self.actor(),
                printer=choice.printer,
            )
        )

    def open_print_dialog(self, order_ids: Sequence[int], numbers: Sequence[str], kind: str = "slips") -> PrintDialog:
        dialog = PrintDialog(self.preferences(), numbers, kind, self.window)
        self.dialog = dialog
        self._list_printers(dialog)

        def accepted() -> None:
            request, printer, copies = dialog.request(), dialog.printer.printer(), dialog.copies.value()
            if dialog.action == "save":
                self.ask_save_pdf(request, order_ids, numbers)
            else:
                self._start(
                    JobSpec(
                        self.service,
                        self.print_system,
                        tuple(order_ids),
                        request,
                        self.actor(),
                        printer=printer,
                        copies=copies,
                    )
                )

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def save_pdf(self, kind: str, order_ids: Sequence[int], numbers: Sequence[str]) -> None:
        """Save as PDF in the remembered size (a ZPL label type saves the PDF label of that size)."""
        if not order_ids:
            return
        request = request_from_choice(kind, self.preferences().get(kind))
        if request.format != "pdf":
            request = DocumentRequest(kind, request.size, "pdf", request.profile)
        self.ask_save_pdf(request, order_ids, numbers)

    def ask_save_pdf(self, request: DocumentRequest, order_ids: Sequence[int], numbers: Sequence[str]) -> QFileDialog:
        names = {"slips": self.tr("packing-slips"), "labels": self.tr("labels"), "picklist": self.tr("pick-list")}
        stem = names.get(request.kind, request.kind)
        suggested = f"{stem}-{numbers[0]}.pdf" if len(numbers) == 1 else f"{stem}-{len(numbers)}.pdf"
        dialog = QFileDialog(self.window, self.tr("Save as PDF"), str(self._folder / suggested))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setObjectName("savePdfDialog")
        self.file_dialog = dialog

        def chosen(path: str) -> None:
            if path:
                self._folder = Path(path).parent
                self.save_to(request, order_ids, Path(path))

        dialog.fileSelected.connect(chosen)
        dialog.open()
        return dialog

    def save_to(self, request: DocumentRequest, order_ids: Sequence[int], path: Path) -> None:
        self._start(JobSpec(self.service, self.print_system, tuple(order_ids), request, self.actor(), path=path))

    def setup_printers(self, then: Callable[[], None] | None = None) -> PrinterSetupDialog:
        dialog = PrinterSetupDialog(self.preferences(), self.window)
        self.dialog = dialog
        self._list_printers(dialog)

        def accepted() -> None:
            dialog.save()
            if then is not None:
                then()

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    # -- background work ------------------------------------------------------------------------------
    def _list_printers(self, dialog: PrintDialog | PrinterSetupDialog) -> None:
        system = self.print_system

        def failed(exc: BaseException) -> None:
            dialog.set_error(str(exc))

        self.runner.run(system.list_printers, dialog.set_printers, failed, label=self.tr("Looking for printers…"))

    def _start(self, spec: JobSpec) -> None:
        box = ProgressBox()
        label = self.tr("Saving the PDF…") if spec.path is not None else self.tr("Printing…")
        task_id = self.runner.run(
            lambda: run_job(spec, box),
            lambda result: self._printed(task_id, result),
            lambda exc: self._failed(task_id, exc),
            label=label,
        )
        self._boxes[task_id] = box
        if len(spec.order_ids) > 1:
            self._timer.start()

    def _show_progress(self) -> None:
        done = sum(b.read()[0] for b in self._boxes.values())
        total = sum(b.read()[1] for b in self._boxes.values())
        if total:
            self.progress.emit(done, total)

    def _stop_progress(self, task_id: int) -> None:
        self._boxes.pop(task_id, None)
        if not self._boxes:
            self._timer.stop()
            self.progress.emit(0, 0)

    def _printed(self, task_id: int, result: JobResult) -> None:
        self._stop_progress(task_id)
        if not result.history:
            self.done.emit(result)
            return
        service, calls = self.service, result.history

        def history_failed(exc: BaseException) -> None:
            # The paper is out; say so plainly so nobody prints it twice by mistake.
            self._report(
                OrderDeskError(
                    self.tr(
                        "The documents were printed, but writing them to the orders' history failed: {error}"
                    ).format(error=exc)
                )
            )

        self.runner.write(
            lambda: CollectedHistory.write_to(service, calls), lambda _n: self.done.emit(result), history_failed
        )

    def _failed(self, task_id: int, exc: BaseException) -> None:
        self._stop_progress(task_id)
        if isinstance(exc, PrintError | ConfigurationError):
            advice = self.tr(
                "Check that the printer is switched on and connected, or choose another printer in Print → Printer setup…; "
                "Save as PDF works without a printer. Nothing was written to the orders' history."
            )
            exc = PrintError(f"{exc}\n\n{advice}")
        self._report(exc)

    def _report(self, exc: BaseException) -> None:
        if self.reporter is not None:
            message = self.reporter.report(exc, self.tr("Printing failed"))
        else:
            message = str(exc)
            self.runner.default_failure(exc)
        self.failed.emit(message)
