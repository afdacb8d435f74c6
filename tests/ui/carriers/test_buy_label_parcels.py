"""Buy label…'s parcels editor: several boxes to CDEK, an InPost locker size, EasyPost's one
parcel per label; rates asked again (debounced) when the parcels change."""

from __future__ import annotations

from PySide6.QtCore import Qt

from orderdesk.services.carriers.base import Parcel
from orderdesk.ui.carriers.parcels import ParcelsModel
from tests.factories import packed_order
from tests.ui.carriers.test_buy_label import open_buy
from tests.ui.conftest import wait_idle

QUOTES = "/v2/calculator/tariff"


def type_weight(qtbot, dialog, row: int, grams: int) -> None:
    """Type into the cell as a person does: the spin box editor, then Enter."""
    view = dialog.parcels.view
    index = dialog.parcels.model.index(row, ParcelsModel.WEIGHT)
    if view.indexWidget(index) is None:
        view.setCurrentIndex(index)
        view.edit(index)
    editor = view.indexWidget(index)
    editor.setValue(grams)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on its next turn
    qtbot.waitUntil(lambda: dialog.parcels.model.parcels()[row].weight_g == grams, timeout=2000)


def test_two_cdek_parcels_are_quoted_and_bought(qtbot, qtmodeltester, make_window, service, carriers_ready, runner):
    number = packed_order(service)
    fake = carriers_ready["cdek"]
    window = make_window()
    dialog = open_buy(qtbot, window, service, number)
    dialog.carrier.setCurrentIndex(dialog.carrier.findData("cdek"))
    qtbot.waitUntil(lambda: dialog.rates_model.rowCount() > 0, timeout=5000)
    first_prices = {dialog.rates_model.index(r, 1).data() for r in range(dialog.rates_model.rowCount())}
    (first,) = dialog.parcels.parcels()
    assert (first.length_cm, first.width_cm, first.height_cm) == (30, 20, 10)  # the default size setting
    assert dialog.parcels.view.isColumnHidden(ParcelsModel.LENGTH) is False
    assert not dialog.parcels.locker_size.isVisibleTo(dialog)

    asked = fake.count("POST", QUOTES)
    qtmodeltester.check(dialog.parcels.model)  # stays attached: the insert below is checked too
    dialog.parcels.add_button.click()  # a copy of the first box's size, weight to type
    type_weight(qtbot, dialog, 1, 800)
    qtmodeltester.check(dialog.parcels.model)
    assert not dialog.parcels.problems_label.isVisible()
    # One debounced round of quotes for the new parcels, with the heavier total price.
    qtbot.waitUntil(lambda: dialog.rates_model.rowCount() > 0 and fake.count("POST", QUOTES) > asked, timeout=5000)
    prices = {dialog.rates_model.index(r, 1).data() for r in range(dialog.rates_model.rowCount())}
    assert prices != first_prices

    dialog.service.setCurrentText("136")
    with qtbot.waitSignal(dialog.purchased, timeout=15_000) as bought:
        dialog.buy_button.click()
    tracking = bought.args[0].shipment.tracking_number
    body = next(o["body"] for o in fake.orders.values() if o["cdek_number"] == tracking)
    assert [(p["weight"], p.get("length"), p.get("width"), p.get("height")) for p in body["packages"]] == [
        (first.weight_g, 30, 20, 10),
        (800, 30, 20, 10),
    ]
    wait_idle(qtbot, runner)


def test_inpost_locker_size_reaches_the_carrier(qtbot, make_window, service, carriers_ready, runner):
    number = packed_order(service, delivery="pickup_point", pickup_point_code="KRA010")
    window = make_window()
    dialog = open_buy(qtbot, window, service, number)
    assert dialog.carrier_name() == "inpost"
    editor = dialog.parcels
    # A locker takes a size, not dimensions.
    assert editor.locker_size.isVisibleTo(dialog)
    assert all(editor.view.isColumnHidden(c) for c in (ParcelsModel.LENGTH, ParcelsModel.WIDTH, ParcelsModel.HEIGHT))
    assert not editor.view.isColumnHidden(ParcelsModel.WEIGHT)
    editor.locker_size.setCurrentIndex(editor.locker_size.findData("large"))
    assert [p.template for p in editor.parcels()] == ["large"]

    # Two boxes do not go into one locker shipment: said next to the table.
    editor.add_button.click()
    type_weight(qtbot, dialog, 1, 400)
    assert editor.problems_label.isVisible() and "one parcel" in editor.problems_label.text()
    editor.view.setCurrentIndex(editor.model.index(1, 0))
    editor.remove_button.click()
    assert not editor.problems_label.isVisible()

    with qtbot.waitSignal(dialog.purchased, timeout=15_000) as bought:
        dialog.buy_button.click()
    tracking = bought.args[0].shipment.tracking_number
    shipment = next(s for s in carriers_ready["inpost"].shipments.values() if s["tracking_number"] == tracking)
    assert [p["template"] for p in shipment["parcels"]] == ["large"]

    # The courier service asks for dimensions again.
    dialog.service.setCurrentText("inpost_courier_standard")
    assert not editor.locker_size.isVisibleTo(dialog) and not editor.view.isColumnHidden(ParcelsModel.LENGTH)
    wait_idle(qtbot, runner)


def test_easypost_two_parcels_are_refused_and_nothing_is_bought(qtbot, make_window, service, carriers_ready, runner):
    number = packed_order(service)
    fake = carriers_ready["easypost"]
    window = make_window()
    dialog = open_buy(qtbot, window, service, number)
    dialog.carrier.setCurrentIndex(dialog.carrier.findData("easypost"))
    qtbot.waitUntil(lambda: dialog.rates_model.rowCount() > 0, timeout=5000)
    wait_idle(qtbot, runner)
    drafts = fake.count("POST", "/v2/shipments")

    dialog.parcels.add_button.click()
    type_weight(qtbot, dialog, 1, 500)
    refusal = "EasyPost takes one parcel per shipment"
    assert refusal in dialog.parcels.problems_label.text() and dialog.parcels.problems_label.isVisible()
    assert dialog.rates_model.rowCount() == 0 and "Fix the parcels" in dialog.rates_note.text()

    dialog.buy_button.click()
    assert refusal in dialog.error.text() and dialog.error.isVisible() and not dialog.busy
    wait_idle(qtbot, runner)
    assert fake.count("POST", "/v2/shipments") == drafts  # not even a quote was asked
    assert fake.count("POST", "/v2/shipments/shp_\\w+/buy") == 0
    assert service.get(number).shipments == ()


def test_bad_parcels_are_shown_next_to_the_table(qtbot, qtmodeltester, make_window, service, carriers_ready, runner):
    number = packed_order(service)
    window = make_window()
    dialog = open_buy(qtbot, window, service, number)
    dialog.carrier.setCurrentIndex(dialog.carrier.findData("cdek"))
    editor = dialog.parcels
    editor.set_parcels([Parcel(0, 30, 0, 10), Parcel(500)])
    qtmodeltester.check(editor.model)
    text = editor.problems_label.text()
    assert "Parcel 1" in text and "more than 0" in text and "all three" in text
    assert "Fix the parcels" in dialog.rates_note.text()
    assert editor.model.index(0, ParcelsModel.WIDTH).data() == ""  # 0 cm reads as not given
    editor.model.setData(editor.model.index(0, ParcelsModel.WEIGHT), 700)
    editor.model.setData(editor.model.index(0, ParcelsModel.WIDTH), 20)
    assert not editor.problems_label.isVisible()
    qtbot.waitUntil(lambda: dialog.rates_model.rowCount() > 0, timeout=5000)
    wait_idle(qtbot, runner)
