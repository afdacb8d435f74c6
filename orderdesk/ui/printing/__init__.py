"""Printing from the owner's windows: the main window's Print menu, the board's card menu, the
order details window. ``install_printing`` / ``attach_printing`` are the one-line hooks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QMenu, QProgressBar, QPushButton, QWidget

from orderdesk.ui.board.model import ID_ROLE
from orderdesk.ui.hosts import DeskWindow, OrderWindow
from orderdesk.ui.printing.controller import PrintController
from orderdesk.ui.printing.jobs import JobResult
from orderdesk.ui.printing.widgets import tr

if TYPE_CHECKING:
    from orderdesk.ui.board.view import BoardWidget
    from orderdesk.workflow import Status

__all__ = ["PrintController", "attach_printing", "install_printing", "selected_orders"]


def selected_orders(board: BoardWidget) -> list[tuple[int, str]]:
    """(id, number) of the selected cards of every column, in board order (column, then row)."""
    picked: list[tuple[int, str]] = []
    for status in board.statuses:
        view, model = board.columns[status].view, board.models[status]
        for index in sorted(view.selectionModel().selectedIndexes(), key=lambda i: i.row()):
            order_id = index.data(ID_ROLE)
            summary = model.summary(order_id)
            if summary is not None:
                picked.append((order_id, summary.number))
    return picked


def _menu_entries(
    menu: QMenu,
    controller: PrintController,
    orders: Callable[[], list[tuple[int, str]]],
    owner: QWidget,
    shortcuts: bool,
) -> dict[str, QAction]:
    """Fill ``menu`` with the print entries for the orders ``orders()`` returns when chosen."""

    def with_orders(fn: Callable[[list[int], list[str]], object]) -> Callable[[], None]:
        def run() -> None:
            picked = orders()
            if not picked:
                show = getattr(owner, "show_message", None)
                if show is not None:
                    show(tr("Select one or more orders on the board first."))
                return
            fn([i for i, _n in picked], [n for _i, n in picked])

        return run

    actions: dict[str, QAction] = {}

    def add(target: QMenu, name: str, text: str, slot: Callable[[], None], key: str = "") -> QAction:
        act = target.addAction(text)
        act.setObjectName(name)
        act.triggered.connect(lambda _checked=False: slot())
        if key and shortcuts:
            act.setShortcut(QKeySequence(key))
        actions[name] = act
        return act

    add(
        menu,
        "printSlips",
        tr("Print packing slips"),
        with_orders(lambda i, _n: controller.quick_print("slips", i)),
        "Ctrl+Shift+P",
    )
    add(
        menu,
        "printLabels",
        tr("Print labels"),
        with_orders(lambda i, _n: controller.quick_print("labels", i)),
        "Ctrl+Shift+L",
    )
    add(menu, "printPickList", tr("Print pick list"), with_orders(lambda i, _n: controller.quick_print("picklist", i)))
    menu.addSeparator()
    add(menu, "printDialog", tr("Print…"), with_orders(lambda i, n: controller.open_print_dialog(i, n)), "Ctrl+P")
    save = menu.addMenu(tr("Save as PDF"))
    save.setObjectName("savePdfMenu")
    add(save, "savePdfSlips", tr("Packing slips…"), with_orders(lambda i, n: controller.save_pdf("slips", i, n)))
    add(save, "savePdfLabels", tr("Labels…"), with_orders(lambda i, n: controller.save_pdf("labels", i, n)))
    add(save, "savePdfPickList", tr("Pick list…"), with_orders(lambda i, n: controller.save_pdf("picklist", i, n)))
    return actions


def install_printing(window: DeskWindow) -> PrintController:
    """The Print menu, the card menu's print entries, a progress bar for batches."""
    controller = PrintController(window.service, window.runner, window.actor, window.reporter, window)
    window.printing = controller  # type: ignore[attr-defined]  # tests and other parts reach it here

    def current() -> list[tuple[int, str]]:
        shown = window.tabs.currentWidget()
        if shown in window.boards:
            return selected_orders(shown)
        picker = getattr(shown, "selected_orders", None)  # the order list
        return picker() if callable(picker) else []

    menu = window.menuBar().addMenu(tr("&Print"))
    menu.setObjectName("printMenu")
    window.print_actions = _menu_entries(menu, controller, current, window, shortcuts=True)  # type: ignore[attr-defined]
    for act in window.print_actions.values():  # type: ignore[attr-defined]
        window.addAction(act)  # shortcuts work while the menu is closed
    menu.addSeparator()
    setup = menu.addAction(tr("Printer setup…"))
    setup.setObjectName("printerSetup")
    setup.triggered.connect(lambda _checked=False: controller.setup_printers())

    # The card menu: the same entries for the cards it was opened on.
    def card_menu(menu: QMenu, _status: Status, ids: list[int], board: BoardWidget) -> None:
        picked = [(i, s.number) for i in ids if (m := board.model_of(i)) is not None and (s := m.summary(i))]
        menu.addSeparator()
        sub = menu.addMenu(tr("Print"))
        sub.setObjectName("cardPrintMenu")
        _menu_entries(sub, controller, lambda: picked, window, shortcuts=False)

    for board in window.boards:
        board.menu_providers.append(lambda m, s, ids, b=board: card_menu(m, s, ids, b))

    order_list = getattr(window, "order_list", None)
    if order_list is not None:  # the list's menu: the same entries for its selected rows

        def list_menu(menu: QMenu, _ids: list[int]) -> None:
            menu.addSeparator()
            sub = menu.addMenu(tr("Print"))
            sub.setObjectName("listPrintMenu")
            _menu_entries(sub, controller, order_list.selected_orders, window, shortcuts=False)

        order_list.menu_providers.append(list_menu)

    bar = QProgressBar(window)
    bar.setObjectName("printProgress")
    bar.setMaximumWidth(200)
    bar.setFormat(tr("Printing %v of %m"))
    bar.hide()
    window.statusBar().addPermanentWidget(bar)

    def progress(done: int, total: int) -> None:
        bar.setVisible(total > 0)
        if total:
            bar.setRange(0, total)
            bar.setValue(done)

    def finished(result: JobResult) -> None:
        window.show_message(_done_text(result))
        # Open details windows of these orders show the new history entry.
        for details in getattr(window, "_windows", {}).values():
            if details.isVisible() and getattr(details, "detail", None) and details.detail.number in result.numbers:
                _show_new_history(details)

    controller.progress.connect(progress)
    controller.done.connect(finished)
    return controller


def _done_text(result: JobResult) -> str:
    n = len(result.numbers)
    # %n: each language's plural forms (Russian 2 заказа / 5 заказов)
    orders = tr("1 order") if n == 1 else QCoreApplication.translate("Printing", "%n orders", "", n)
    if result.action == "save":
        files = ", ".join(str(p) for p in result.outcome.files)
        return tr("Saved %1 to %2.").replace("%1", orders).replace("%2", files)
    jobs = ", ".join(result.outcome.jobs)
    return tr("Sent %1 to %2 (job %3).").replace("%1", orders).replace("%2", result.printer).replace("%3", jobs)


def attach_printing(details: OrderWindow) -> PrintController:
    """A Print button (slip, label, Print…, Save as PDF…) beside Reload in the order details window."""
    controller = PrintController(details.service, details.runner, details.actor, details.reporter, details)
    details.printing = controller  # type: ignore[attr-defined]

    def this_order() -> list[tuple[int, str]]:
        d = details.detail
        return [(details.order_id, d.number)] if d is not None else []

    # A push button like Reload and Save beside it; a tool button drew its menu arrow over the text.
    button = QPushButton(tr("Print"), details)
    button.setObjectName("printButton")
    button.setAutoDefault(False)
    menu = QMenu(button)
    actions = _menu_entries(menu, controller, this_order, details, shortcuts=False)
    actions["printSlips"].setText(tr("Print packing slip"))
    actions["printLabels"].setText(tr("Print label"))
    for name in ("printPickList", "savePdfPickList"):  # a pick list is for a batch
        actions[name].setVisible(False)
    actions["printDialog"].setShortcut(QKeySequence("Ctrl+P"))
    details.addAction(actions["printDialog"])
    button.setMenu(menu)
    details.print_actions = actions  # type: ignore[attr-defined]
    _insert_before(details, details.reload_button, button)

    controller.done.connect(lambda _result: _show_new_history(details))
    return controller


def _show_new_history(details: OrderWindow) -> None:
    """Reload an order details window so it shows the print in its history, unless that would
    throw away edits not saved yet (an address typed in, then "Print packing slip"): then the
    history line waits for Save or Reload. A print does not change the order's version."""
    if details.detail is not None and not details.has_unsaved_edits():
        details.reload()


def _insert_before(window: QWidget, anchor: QWidget, widget: QWidget) -> None:
    """Put ``widget`` into the layout row that holds ``anchor``, just before it."""
    layouts = [window.layout()]
    while layouts:
        layout = layouts.pop()
        if isinstance(layout, QBoxLayout):
            index = layout.indexOf(anchor)
            if index >= 0:
                layout.insertWidget(index, widget)
                return
        for i in range(layout.count() if layout is not None else 0):
            child = layout.itemAt(i).layout()
            if child is not None:
                layouts.append(child)
    raise RuntimeError("no layout holds the anchor widget")
