"""``orderdesk return …`` against a real SQLite file: output, JSON, exit codes, the slip."""

from __future__ import annotations

import json

import pytest

from orderdesk.cli import main
from orderdesk.db import Database
from orderdesk.services.orders import OrderService
from tests.unit.services.returns.helpers import delivered_order


@pytest.fixture
def shop(tmp_path, monkeypatch):
    monkeypatch.setenv("ORDERDESK_USER", "olga")
    path = tmp_path / "shop.sqlite3"
    db = Database.open(path)
    number = delivered_order(OrderService(db))
    db.dispose()
    return path, number


def cli(capsys, path, *args):
    code = main(["--db", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_create_receive_refund_show_and_list(capsys, shop, tmp_path):
    path, number = shop
    code, out, _err = cli(capsys, path, "return", "create", number, "--line", "MUG-1:1", "--line", "TEA-2:1",
                          "--reason", "damaged", "--note", "by phone", "--json")  # fmt: skip
    assert code == 0
    made = json.loads(out)
    r = made["number"]
    assert made["status"] == "requested" and [(x["sku"], x["quantity"]) for x in made["lines"]] == [
        ("MUG-1", 1),
        ("TEA-2", 1),
    ]
    code, out, _err = cli(capsys, path, "return", "receive", r, "--line", "MUG-1:1:restock", "--line",
                          "TEA-2:1:write-off", "--note", "box wet")  # fmt: skip
    assert code == 0 and "Received" in out and "1 restocked" in out and "1 written off" in out
    code, out, _err = cli(capsys, path, "return", "refund", r)
    assert code == 0 and "refunded 37.99" in out
    code, out, _err = cli(capsys, path, "return", "refund", r)
    assert code == 2 and out == "" and "never recorded twice" in _err
    code, out, _err = cli(capsys, path, "return", "list")
    assert code == 0 and r in out and number in out
    code, out, _err = cli(capsys, path, "return", "list", "--order", number, "--status", "received", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _err = cli(capsys, path, "return", "list", "--order", number, "--status", "refunded", "--json")
    assert [x["number"] for x in json.loads(out)] == [r]
    code, out, _err = cli(capsys, path, "return", "show", r, "--json")
    assert json.loads(out)["refund"]["amount"]["minor"] == 3799
    code, out, _err = cli(capsys, path, "stock", "show", "MUG-1", "--json")
    assert json.loads(out)["movements"][0]["document"] == r


def test_refusals_have_one_line_and_the_exit_code(capsys, shop):
    path, number = shop
    code, _out, err = cli(capsys, path, "return", "create", number, "--line", "MUG-1:3", "--reason", "other")
    assert code == 2 and "at most 2 more can be returned, not 3" in err and "Traceback" not in err
    code, _out, err = cli(capsys, path, "return", "create", number, "--line", "MUG-1", "--reason", "other")
    assert code == 2 and "'MUG-1' is not SKU:QTY" in err
    code, _out, err = cli(capsys, path, "return", "create", number, "--line", "NOPE:1", "--reason", "other")
    assert code == 2 and "NOPE is not on order" in err
    code, _out, err = cli(capsys, path, "return", "show", "R-2026-99999")
    assert code == 3 and "No return R-2026-99999" in err
    code, _out, err = cli(capsys, path, "return", "create", number, "--line", "MUG-1:1", "--reason", "other")
    r = _out.split()[0]
    code, _out, err = cli(capsys, path, "return", "refund", r)
    assert code == 2 and "Nothing of return" in err and "receive the items first" in err
    code, _out, err = cli(capsys, path, "return", "receive", r, "--line", "MUG-1:1:burn")
    assert code == 2 and "Unknown handling burn" in err


def test_exchange_and_amount_override(capsys, shop):
    path, number = shop
    code, out, _err = cli(capsys, path, "return", "create", number, "--line", "MUG-1:2", "--reason", "wrong_item")
    r = out.split()[0]
    cli(capsys, path, "return", "receive", r, "--line", "MUG-1:2:restock")
    code, out, err = cli(capsys, path, "return", "refund", r, "--amount", "abc", "--reason", "x")
    assert code == 2 and "'abc' is not an amount" in err
    code, out, _err = cli(capsys, path, "return", "exchange", r, "--line", "MUG-1:2")
    assert code == 0 and "replacement order" in out
    code, out, _err = cli(capsys, path, "config", "set", "returns.refund_shipping", "always")
    assert code == 0


def test_photos_with_the_receipt_then_added_listed_and_saved(capsys, shop, tmp_path):
    import io

    from PIL import Image

    path, number = shop
    code, out, _err = cli(
        capsys, path, "return", "create", number, "--line", "MUG-1:2", "--reason", "damaged", "--json"
    )
    r = json.loads(out)["number"]
    box, mug, text = tmp_path / "box.jpg", tmp_path / "mug.png", tmp_path / "notes.txt"
    for target, fmt in ((box, "JPEG"), (mug, "PNG")):
        out_img = io.BytesIO()
        Image.new("RGB", (40, 30), (90, 90, 90)).save(out_img, fmt)
        target.write_bytes(out_img.getvalue())
    text.write_text("not a picture")
    # a bad file refuses the whole receipt: nothing booked
    code, _out, err = cli(capsys, path, "return", "receive", r, "--line", "MUG-1:1:restock", "--photo", str(text))
    assert code == 2 and "notes.txt is not a JPEG, PNG or WebP picture" in err and "Traceback" not in err
    code, _out, err = cli(capsys, path, "return", "receive", r, "--line", "MUG-1:1:restock", "--photo", str(tmp_path / "gone.jpg"))  # fmt: skip
    assert code == 2 and "Cannot read the photo" in err
    code, out, _err = cli(capsys, path, "return", "show", r, "--json")
    assert json.loads(out)["lines"][0]["received"] == 0
    code, out, _err = cli(capsys, path, "return", "receive", r, "--line", "MUG-1:1:restock", "--photo", str(box))
    assert code == 0 and "photos: box.jpg" in out
    code, out, _err = cli(capsys, path, "return", "photos", r, "--add", str(mug), "--save", str(tmp_path / "out"))
    assert code == 0 and "box.jpg" in out and "mug.png" in out and "image/png" in out
    saved = sorted((tmp_path / "out").iterdir())
    assert [p.name.split("-", 1)[1] for p in saved] == ["box.jpg", "mug.png"]
    assert saved[1].read_bytes() == mug.read_bytes()
    code, _out, err = cli(capsys, path, "return", "photos", "R-2026-99999")
    assert code == 3


def test_a_part_now_and_the_rest_later(capsys, shop):
    path, number = shop  # cash on delivery would be paid back by hand; this one was paid online
    code, out, _err = cli(capsys, path, "return", "create", number, "--line", "MUG-1:2", "--reason", "damaged")
    r = out.split()[0]
    cli(capsys, path, "return", "receive", r, "--line", "MUG-1:2:restock")
    code, _out, err = cli(capsys, path, "return", "refund", r, "--rest-later")
    assert code == 2 and "Say how much of 50.00" in err and "Traceback" not in err
    code, out, _err = cli(capsys, path, "return", "refund", r, "--amount", "20.00", "--rest-later")
    assert code == 0 and "Partly refunded" in out and "partly refunded: 20.00 PLN so far, 30.00 PLN left" in out
    code, out, _err = cli(capsys, path, "return", "show", r, "--json")
    shown = json.loads(out)
    assert (shown["status"], shown["refunded"]["minor"], shown["refund_left"]["minor"]) == (
        "partly_refunded",
        2000,
        3000,
    )
    code, _out, err = cli(capsys, path, "return", "refund", r, "--amount", "30.00", "--rest-later")
    assert code == 2 and "is all that is left to refund" in err
    code, out, _err = cli(capsys, path, "return", "refund", r)
    assert code == 0 and "Refunded" in out and out.count("refunded 20.00") + out.count("refunded 30.00") == 2
    code, _out, err = cli(capsys, path, "return", "refund", r)
    assert code == 2 and "never recorded twice" in err


def test_cash_on_delivery_refunds_read_paid_back_by_hand(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ORDERDESK_USER", "olga")
    path = tmp_path / "cod.sqlite3"
    db = Database.open(path)
    service = OrderService(db)
    number = delivered_order(service, payment="cash_on_delivery")
    db.dispose()
    code, out, _err = cli(capsys, path, "return", "create", number, "--line", "TEA-2:1", "--reason", "wrong_item")
    r = out.split()[0]
    cli(capsys, path, "return", "receive", r, "--line", "TEA-2:1:restock")
    code, out, _err = cli(capsys, path, "return", "refund", r)
    assert code == 0 and "refunded 12.99 PLN (cash_on_delivery, paid back by hand)" in out
    code, out, _err = cli(capsys, path, "order", "show", number)
    assert code == 0 and f"Refund 12.99 PLN for return {r}, paid back by hand" in out
