"""Things a shop owner tripped over while using the window (found by walking through it)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import QToolTip

from orderdesk.settings import Settings
from orderdesk.ui.move_dialog import MoveDialog
from orderdesk.ui.new_order import NewOrderDialog
from orderdesk.ui.order_details import OrderDetailsWindow
from orderdesk.workflow import MoveRequest, Need, Status
from tests.factories import OWNER, make_order
from tests.ui.conftest import wait_idle


def test_chinese_text_has_a_font_even_without_system_cjk_fonts(qapp):
    from orderdesk.ui.app import add_bundled_fonts, make_application

    make_application()
    assert add_bundled_fonts()
    assert "Droid Sans Fallback" in QFontDatabase.families()


def test_dark_theme_greys_out_disabled_fields(qapp):
    from orderdesk.ui.app import dark_palette

    palette = dark_palette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        enabled = palette.color(QPalette.ColorGroup.Active, role)
        disabled = palette.color(QPalette.ColorGroup.Disabled, role)
        assert enabled.lightness() - disabled.lightness() > 60


def test_refused_move_says_the_whole_reason_beside_the_card(make_window, stocked, qtbot):
    make_order(stocked)
    window = make_window()
    with qtbot.waitSignal(window.mover.finished, timeout=5000) as done:
        window.move_orders(window.column_model(Status.NEW).ids, "packed")
    message = done.args[0][0].message
    assert "cannot go from New to Packed" in message
    assert QToolTip.isVisible()
    assert QToolTip.text() == message  # in full: the card itself only has room for a few words
    QToolTip.hideText()


def test_tracking_dialog_starts_in_the_number_and_names_carriers(qtbot):
    dialog = MoveDialog("2026-000001", "Packed", "Handed to carrier", {Need.TRACKING_NUMBER}, "PLN")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.tracking)  # a scanner types into it
    assert [dialog.carrier.itemText(i) for i in range(dialog.carrier.count())] == [
        "Own courier", "CDEK", "InPost", "EasyPost"
    ]  # fmt: skip
    dialog._accept()  # no number: the whole message shows, not its first line only
    error = dialog.tracking_error
    qtbot.waitUntil(lambda: error.isVisible())
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()))
    dialog.tracking.setText("IP123456789PL")
    dialog.carrier.setCurrentIndex(2)
    dialog._accept()
    assert (dialog.value().tracking_number, dialog.value().carrier) == ("IP123456789PL", "inpost")


def test_typed_carrier_names_map_to_keys():
    dialog = MoveDialog("2026-000001", "Packed", "Handed to carrier", {Need.TRACKING_NUMBER}, "PLN")
    for typed, key in (("inpost", "inpost"), ("Own courier", "own_courier"), ("cdek", "cdek"), ("DPD", "DPD")):
        dialog.carrier.setCurrentText(typed)
        assert dialog.carrier_key() == key


def test_new_order_messages_go_when_the_field_is_fixed(qtbot, stocked, runner):
    dialog = NewOrderDialog(stocked, runner, Settings(stocked.db), lambda: OWNER)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.validate() is None
    assert dialog.error_text("customer_name") and dialog.error_text("city")
    assert "phone number or an e-mail" in dialog.error_text("phone")
    qtbot.keyClicks(dialog.name, "Anna Nowak")
    qtbot.keyClicks(dialog.city, "Gdynia")
    qtbot.keyClicks(dialog.email, "anna@example.pl")
    assert dialog.error_text("customer_name") == ""
    assert dialog.error_text("city") == ""
    assert dialog.error_text("phone") == ""  # an e-mail answers "a phone number or an e-mail"
    assert dialog.error_text("postcode")  # still empty, still said


def test_details_tables_show_whole_tracking_numbers(qtbot, stocked, runner):
    number = make_order(stocked)
    for status in (Status.CONFIRMED, Status.PAID, Status.ASSEMBLING, Status.PACKED):
        stocked.move(number, MoveRequest(status, payment_minor=7799 if status is Status.PAID else None), OWNER)
    stocked.add_shipment(number, carrier="inpost", tracking_number="IP000111222333444PL", actor=OWNER)
    window = OrderDetailsWindow(stocked, runner, stocked.get(number).id, lambda: OWNER)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.shipments_model.rowCount() == 1, timeout=5000)
    view = window.shipments
    assert view.columnWidth(2) >= view.sizeHintForColumn(2)


def test_filter_bar_fits_a_1024_pixel_window(qtbot):
    from orderdesk.ui.filter_bar import FilterBar

    bar = FilterBar()
    qtbot.addWidget(bar)
    assert bar.minimumSizeHint().width() <= 1000  # it set the whole window's minimum: 1126 px
    assert "(Ctrl+F)" in bar.search.toolTip()


def test_first_start_window_is_not_taller_than_the_screen(qtbot, service, runner, qsettings, reporter, owner):
    from orderdesk.ui.main_window import MainWindow

    window = MainWindow(service, runner, qsettings=qsettings, reporter=reporter, actor=owner, poll_ms=0)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.board.loaded_once, timeout=5000)
    assert window.height() <= window.screen().availableGeometry().height()  # was 900 on any screen
    window.close()


def test_card_tooltip_names_holds_in_words(make_window, stocked):
    from PySide6.QtCore import Qt

    number = make_order(stocked)
    stocked.add_hold(number, "address_problem", "no flat number", OWNER)
    window = make_window()
    model = window.column_model(Status.NEW)
    tip = model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Address problem: no flat number" in tip and "address_problem" not in tip


def test_esc_on_a_half_typed_phone_order_warns_before_discarding(qtbot, stocked, runner):
    from PySide6.QtCore import Qt

    dialog = NewOrderDialog(stocked, runner, Settings(stocked.db), lambda: OWNER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Anna Nowak")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # the customer is still on the line: one key press loses nothing
    assert "not created yet" in dialog.form_error.text()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_esc_on_an_empty_phone_order_just_closes(qtbot, stocked, runner):
    dialog = NewOrderDialog(stocked, runner, Settings(stocked.db), lambda: OWNER)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert not dialog.isVisible()


def test_closing_order_details_with_unsaved_edits_warns_first(qtbot, stocked, runner):
    number = make_order(stocked)
    window = OrderDetailsWindow(stocked, runner, stocked.get(number).id, lambda: OWNER)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    window.close()
    assert not window.isVisible()  # nothing changed: closes at once
    window.show()
    window.city.setText("Gdańsk")
    window.close()
    assert window.isVisible() and "Not saved yet" in window.banner.text()
    window.close()
    assert not window.isVisible()
    assert stocked.get(number).address.city != "Gdańsk"


def test_pickup_reason_is_marked_as_only_for_a_handover_without_code():
    from PySide6.QtWidgets import QFormLayout

    dialog = MoveDialog("2026-000001", "Ready for pickup", "Collected", {Need.PICKUP_CODE}, "PLN")
    form = dialog.findChild(QFormLayout)
    assert form.labelForField(dialog.reason).text() == "Reason (without the code only)"
    cancel = MoveDialog("2026-000001", "New", "Cancelled", {Need.REASON}, "PLN")
    assert cancel.findChild(QFormLayout).labelForField(cancel.reason).text() == "Reason"


def test_a_message_with_room_to_spare_does_not_resize_the_window(qtbot, stocked, runner):
    number = make_order(stocked)
    window = OrderDetailsWindow(stocked, runner, stocked.get(number).id, lambda: OWNER)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    size = window.size()
    window.errors["phone"].show_error("Not a valid phone number: include the country code, e.g. +48 600 123 456.")
    assert window.size() == size


def test_a_search_that_finds_nothing_says_so(make_window, stocked, qtbot):
    from orderdesk.ui.board.source import BoardFilter

    make_order(stocked, name="Anna Kowalska")
    window = make_window()
    assert not window.board.nothing_found.isVisible()
    with qtbot.waitSignal(window.board.loaded, timeout=5000):
        window.apply_filter(BoardFilter(search="zzzz-nobody"))
    assert window.board.nothing_found.isVisible()
    assert "other tab" in window.board.nothing_found.text()
    with qtbot.waitSignal(window.board.loaded, timeout=5000):
        window.apply_filter(BoardFilter(search="Kowalska"))
    assert not window.board.nothing_found.isVisible()


def test_printing_from_details_keeps_edits_not_saved_yet(qtbot, stocked, runner):
    number = make_order(stocked)
    window = OrderDetailsWindow(stocked, runner, stocked.get(number).id, lambda: OWNER)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    window.city.setText("Gdańsk")  # typed, then "Print packing slip" before saving
    loads: list = []
    window.loaded.connect(loads.append)
    window.printing.done.emit(None)  # a print finished: the history has a new line
    wait_idle(qtbot, runner)  # a reload, had one started, has been shown by now
    assert loads == [] and window.city.text() == "Gdańsk"
    window.city.setText(window.detail.address.city)  # nothing unsaved: the print shows in the history
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.printing.done.emit(None)
