"""Photos of a return's state in the window: chosen in the receiving dialog (F6) and kept when
the receipt is booked, shown in the Returns tab's Photos… dialog, added there later; a file
that is not a picture is refused in the dialog and the scans stay."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt

from orderdesk.services.returns import ReturnRequestLine, ReturnService
from orderdesk.ui.returns import ReceiveReturnDialog
from tests.factories import OWNER
from tests.ui.conftest import wait_idle
from tests.ui.returns.test_returns_ui import open_details
from tests.unit.services.returns.helpers import delivered_order


def pictures(tmp_path):
    box, mug = tmp_path / "box.jpg", tmp_path / "mug.png"
    Image.new("RGB", (800, 600), (200, 40, 40)).save(box, "JPEG")
    Image.new("RGB", (300, 400), (40, 40, 200)).save(mug, "PNG")
    return str(box), str(mug)


def test_photos_chosen_at_the_bench_are_kept_and_shown(qtbot, service, runner, tmp_path):
    number = delivered_order(service)
    returns = ReturnService(service)
    r = returns.create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER)
    box, mug = pictures(tmp_path)
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    dialog = ReceiveReturnDialog(returns, runner, lambda: OWNER)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.scan.setText(r.number)
    dialog.scanned_code()
    wait_idle(qtbot, runner)
    dialog.scan.setText("MUG-1")
    dialog.scanned_code()
    wait_idle(qtbot, runner)
    dialog.ask_photo_files = lambda: [box, str(text)]
    qtbot.keyClick(dialog, Qt.Key.Key_F6)
    assert dialog.photos_label.text() == "2 photo(s)"
    dialog.book()
    wait_idle(qtbot, runner)
    assert "notes.txt is not a JPEG, PNG or WebP picture" in dialog.error.text()
    assert dialog.scanned and returns.photos(r.number) == []  # nothing booked, the scans stay
    dialog.photo_paths.remove(str(text))
    dialog.book()
    wait_idle(qtbot, runner)
    assert [p.file_name for p in returns.photos(r.number)] == ["box.jpg"]
    assert dialog.photos_label.text() == "" and returns.get(r.number).status == "received"

    window = open_details(qtbot, service, runner, number)
    photos = window.returns_tab.open_photos()
    wait_idle(qtbot, runner)
    assert photos.list.count() == 1 and not photos.preview.pixmap().isNull()
    assert photos.preview.pixmap().width() == 560  # scaled on the worker to the preview size
    photos.ask_photo_files = lambda: [mug]
    photos.add_button.click()
    qtbot.waitUntil(lambda: photos.list.count() == 2, timeout=5000)
    wait_idle(qtbot, runner)
    assert "mug.png" in photos.caption.text()
    photos.close()
    tab = window.returns_tab
    qtbot.waitUntil(lambda: tab.model.index(0, 7).data() == "2", timeout=5000)  # the count beside the return
    history = [e for e in service.get(number).history if e.kind == "return photo"]
    assert [e.details["files"] for e in history] == [["box.jpg"], ["mug.png"]]
    photos.close()
    window.close()
