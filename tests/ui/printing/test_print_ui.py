"""The Print menu, the card menu and the order details window, printing through the real CUPS queue."""

from __future__ import annotations

import subprocess

from PySide6.QtWidgets import QPushButton

from orderdesk.services.printing import CupsPrintSystem, PrinterChoice, PrinterPreferences
from orderdesk.ui.printing.print_dialog import PrintDialog
from orderdesk.ui.printing.setup_dialog import PrinterSetupDialog
from tests.support.components import require_tool
from tests.ui.conftest import wait_idle
from tests.ui.printing.conftest import find_cups_pdf_output, pdf_text, prints_of, select_cards


def choose(combo, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value} not offered: {[combo.itemData(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def wait_for_printers(qtbot, dialog, queue: str) -> None:
    """The OS printer list arrives from the background."""
    combo = dialog.printer if isinstance(dialog, PrintDialog) else dialog.document_printer
    qtbot.waitUntil(lambda: combo.findData(queue) >= 0 and "Looking" not in dialog.status.text(), timeout=10_000)


def test_quick_print_of_two_selected_orders_reaches_cups_and_the_history(
    cups_queue, make_window, stocked, two_orders, qtbot
):
    window = make_window()
    select_cards(window, two_orders)
    # Nothing chosen on this PC yet: quick print asks for the printer first, then prints.
    window.print_actions["printSlips"].trigger()
    dialog = window.printing.dialog
    assert isinstance(dialog, PrinterSetupDialog)
    wait_for_printers(qtbot, dialog, cups_queue)
    choose(dialog.document_printer, cups_queue)
    with qtbot.waitSignal(window.printing.done, timeout=20_000) as done:
        dialog.accept()
    result = done.args[0]
    assert result.action == "print" and set(result.numbers) == set(two_orders)
    (job,) = result.outcome.jobs
    assert job.startswith(f"{cups_queue}-")
    CupsPrintSystem().wait(job)
    assert job in CupsPrintSystem().completed_jobs(cups_queue)  # lpstat -W completed
    text = pdf_text(find_cups_pdf_output(job))
    assert all(number in text for number in two_orders)
    for number in two_orders:
        (entry,) = prints_of(stocked, number)
        assert entry.to_value == "slips" and entry.details["job"] == job and entry.details["printer"] == cups_queue
        assert entry.actor == window.actor().name
    assert job in window.message.text()


def test_save_as_pdf_writes_both_orders(make_window, stocked, two_orders, qtbot, tmp_path):
    window = make_window()
    select_cards(window, two_orders)
    window.print_actions["savePdfSlips"].trigger()
    file_dialog = window.printing.file_dialog
    assert file_dialog is not None and file_dialog.isVisible()
    target = tmp_path / "out" / "slips.pdf"
    target.parent.mkdir()
    with qtbot.waitSignal(window.printing.done, timeout=20_000) as done:
        file_dialog.selectFile(str(target))
        file_dialog.accept()
    assert done.args[0].outcome.files == (target,)
    text = pdf_text(target)
    assert all(number in text for number in two_orders)
    for number in two_orders:
        (entry,) = prints_of(stocked, number)
        assert entry.details["target"] == "file" and entry.details["file"] == "slips.pdf"


def test_a_missing_printer_is_reported_with_what_to_do_and_writes_no_history(
    cups_queue, make_window, stocked, two_orders, qtbot, reporter
):
    PrinterPreferences.load().set("slips", PrinterChoice("NoSuchPrinter", size="a4"))
    window = make_window()
    select_cards(window, two_orders)
    with qtbot.waitSignal(window.printing.failed, timeout=20_000):
        window.print_actions["printSlips"].trigger()
    title, message = reporter.last
    assert title == "Printing failed"
    assert "no printer called 'NoSuchPrinter'" in message and "Printer setup" in message
    wait_idle(qtbot, window.runner)
    assert all(prints_of(stocked, n) == [] for n in two_orders)
    assert window.findChild(type(window.progress), "printProgress").isHidden()


def test_printer_choice_is_remembered_across_window_instances(cups_queue, make_window, qtbot):
    first = make_window()
    dialog = first.printing.setup_printers()
    wait_for_printers(qtbot, dialog, cups_queue)
    choose(dialog.label_printer, cups_queue)
    choose(dialog.label_profile, "100x150/zpl/300")
    choose(dialog.document_printer, cups_queue)
    choose(dialog.paper, "letter")
    dialog.accept()
    first.close()

    second = make_window()
    again = second.printing.setup_printers()
    assert again is not dialog
    assert again.label_printer.printer() == cups_queue  # before the list arrives ...
    wait_for_printers(qtbot, again, cups_queue)
    assert again.label_printer.printer() == cups_queue  # ... and after
    assert again.label_profile.currentData() == "100x150/zpl/300"
    assert again.document_printer.printer() == cups_queue
    assert again.paper.currentData() == "letter"
    again.reject()
    # The packing bench and the CLI read the same per-PC file.
    prefs = PrinterPreferences.load()
    assert prefs.get("labels") == PrinterChoice(cups_queue, "zpl", "100x150", 300)
    assert prefs.get("picklist").printer == cups_queue and prefs.get("picklist").size == "letter"


def test_print_dialog_prints_labels_with_copies_and_can_remember(cups_queue, make_window, stocked, two_orders, qtbot):
    window = make_window()
    select_cards(window, two_orders)
    window.print_actions["printDialog"].trigger()
    dialog = window.printing.dialog
    assert isinstance(dialog, PrintDialog) and "2 orders" in dialog.summary.text()
    wait_for_printers(qtbot, dialog, cups_queue)
    choose(dialog.kind, "labels")
    choose(dialog.printer, cups_queue)
    choose(dialog.size, "100x150/pdf/")
    dialog.copies.setValue(2)
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(window.printing.done, timeout=20_000) as done:
        dialog.print_button.click()
    (job,) = done.args[0].outcome.jobs
    for number in two_orders:
        (entry,) = prints_of(stocked, number)
        assert (entry.to_value, entry.details["size"], entry.details["copies"]) == ("labels", "100x150", 2)
    assert PrinterPreferences.load().get("labels").size == "100x150"
    CupsPrintSystem().wait(job)


def test_card_menu_prints_the_cards_it_was_opened_on(cups_queue, make_window, stocked, two_orders, qtbot):
    PrinterPreferences.load().set("picklist", PrinterChoice(cups_queue, size="a4"))
    window = make_window()
    ids = select_cards(window, two_orders)
    menu = window.board.build_menu(window.board.model_of(ids[0]).status, ids)
    sub = next(a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "cardPrintMenu")
    entries = {a.objectName(): a for a in sub.actions() if a.objectName()}
    assert {"printSlips", "printLabels", "printPickList", "printDialog"} <= set(entries)
    with qtbot.waitSignal(window.printing.done, timeout=20_000) as done:
        entries["printPickList"].trigger()
    assert set(done.args[0].numbers) == set(two_orders)
    assert all(prints_of(stocked, n)[0].to_value == "picklist" for n in two_orders)
    CupsPrintSystem().wait(done.args[0].outcome.jobs[0])


def test_order_details_prints_its_slip_and_shows_it_in_the_history(cups_queue, qtbot, stocked, runner, two_orders):
    from orderdesk.ui.order_details import OrderDetailsWindow
    from tests.factories import OWNER

    PrinterPreferences.load().set("slips", PrinterChoice(cups_queue, size="a4"))
    number = two_orders[0]
    window = OrderDetailsWindow(stocked, runner, stocked.get(number).id, lambda: OWNER)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    button = window.findChild(QPushButton, "printButton")
    assert button is not None and button.isEnabled()
    assert "printPickList" not in [a.objectName() for a in button.menu().actions() if a.isVisible()]
    with qtbot.waitSignal(window.loaded, timeout=20_000, check_params_cb=lambda d: bool(prints_of_detail(d))):
        window.print_actions["printSlips"].trigger()
    (entry,) = prints_of(stocked, number)
    assert entry.details["printer"] == cups_queue
    whats = [window.history_model.index(r, 2).data() for r in range(window.history_model.rowCount())]
    assert "Printed: packing slip" in whats
    CupsPrintSystem().wait(entry.details["job"])
    runner.wait_idle()


def prints_of_detail(detail) -> list:
    return [e for e in detail.history if e.kind == "print"]


def test_a_batch_shows_its_progress_in_the_status_bar(make_window, stocked, qtbot, tmp_path):
    from tests.factories import make_order

    numbers = [make_order(stocked) for _ in range(20)]  # the first page of the column
    window = make_window()
    window.printing._timer.setInterval(1)  # read the worker's progress as often as the event loop allows
    select_cards(window, numbers)
    bar = window.findChild(type(window.progress), "printProgress")
    seen: list[tuple[int, int, bool]] = []
    window.printing.progress.connect(lambda done, total: seen.append((done, total, bar.isVisible())))
    window.print_actions["savePdfSlips"].trigger()
    with qtbot.waitSignal(window.printing.done, timeout=30_000):
        window.printing.file_dialog.selectFile(str(tmp_path / "batch.pdf"))
        window.printing.file_dialog.accept()
    assert any(total == 20 and shown for _done, total, shown in seen)
    assert seen[-1] == (0, 0, False) and bar.isHidden()
    assert all(n in pdf_text(tmp_path / "batch.pdf") for n in numbers)


def test_a_stopped_queue_is_reported_with_the_reason(cups_queue, make_window, stocked, two_orders, qtbot, reporter):
    import subprocess

    from tests.integration.printing.conftest import is_root
    from tests.support.components import require, require_tool

    require(is_root(), "root to add CUPS queues (CI runs as root)")
    require_tool("lpadmin", "cups")
    name = "OrderDeskUiStopped"
    subprocess.run(["lpadmin", "-p", name, "-v", "socket://127.0.0.1:9", "-E"], check=True, capture_output=True)
    try:
        subprocess.run(["cupsdisable", "-r", "Out of labels", name], check=True)
        PrinterPreferences.load().set("labels", PrinterChoice(name, "pdf", "4x6"))
        window = make_window()
        select_cards(window, two_orders)
        with qtbot.waitSignal(window.printing.failed, timeout=20_000):
            window.print_actions["printLabels"].trigger()
        assert "Out of labels" in reporter.last[1] and "Save as PDF" in reporter.last[1]
        wait_idle(qtbot, window.runner)
        assert all(prints_of(stocked, n) == [] for n in two_orders)
    finally:
        subprocess.run(["lpadmin", "-x", name], capture_output=True, check=False)


def test_print_dialog_saves_a_letter_pdf_and_remembers_the_a4_printer_for_both(
    cups_queue, make_window, stocked, two_orders, qtbot, tmp_path
):
    require_tool("pdfinfo", "poppler-utils")
    window = make_window()
    select_cards(window, two_orders)
    window.print_actions["printDialog"].trigger()
    dialog = window.printing.dialog
    wait_for_printers(qtbot, dialog, cups_queue)
    choose(dialog.kind, "slips")
    choose(dialog.printer, cups_queue)
    choose(dialog.size, "letter")
    dialog.remember.setChecked(True)
    dialog.save_button.click()
    assert not dialog.isVisible()
    target = tmp_path / "letter.pdf"
    with qtbot.waitSignal(window.printing.done, timeout=20_000):
        window.printing.file_dialog.selectFile(str(target))
        window.printing.file_dialog.accept()
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts" in info  # Letter, as chosen
    assert all(n in pdf_text(target) for n in two_orders)
    prefs = PrinterPreferences.load()
    assert {(prefs.get(k).printer, prefs.get(k).size) for k in ("slips", "picklist")} == {(cups_queue, "letter")}
