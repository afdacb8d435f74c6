"""Photos of a return's state: real image files kept with the return (all or none), refused
when they are not pictures or too big, read back byte for byte, with a history row."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from orderdesk.errors import NotFound, ValidationError
from orderdesk.services.history_text import describe
from orderdesk.services.returns import ReceivedLine, ReturnRequestLine, ReturnService
from orderdesk.services.returns.photos import MAX_PHOTO_BYTES, read_photo_files
from tests.factories import OWNER
from tests.unit.services.returns.helpers import delivered_order


def picture(fmt: str = "JPEG", colour=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, fmt)
    return out.getvalue()


@pytest.fixture
def ret(service):
    number = delivered_order(service)
    returns = ReturnService(service)
    return returns, returns.create_return(number, [ReturnRequestLine("MUG-1", 1, "damaged")], OWNER)


def test_photos_are_kept_with_the_receipt_and_read_back(service, ret, tmp_path):
    returns, r = ret
    (tmp_path / "box.jpg").write_bytes(picture())
    (tmp_path / "mug.png").write_bytes(picture("PNG"))
    files = read_photo_files([tmp_path / "box.jpg", tmp_path / "mug.png"])
    returns.receive(r.number, [ReceivedLine("MUG-1", 1, "write-off", "handle broken")], OWNER, photos=files)
    kept = returns.photos(r.number)
    assert [(p.file_name, p.content_type, p.created_by) for p in kept] == [
        ("box.jpg", "image/jpeg", OWNER.name),
        ("mug.png", "image/png", OWNER.name),
    ]
    assert returns.photo_data(r.number, kept[1].id) == (tmp_path / "mug.png").read_bytes()
    entries = [e for e in service.get(r.order_number).history if e.kind == "return photo"]
    assert len(entries) == 1 and describe(entries[0], "en", "PLN").what == f"Photos of return {r.number}: 2"


def test_not_a_picture_or_too_big_is_refused_and_nothing_is_kept(ret, tmp_path):
    returns, r = ret
    with pytest.raises(ValidationError, match=r"notes\.txt is not a JPEG, PNG or WebP picture"):
        returns.add_photos(r.number, [("ok.jpg", picture()), ("notes.txt", b"just text")], OWNER)
    with pytest.raises(ValidationError, match="larger than 10 MB"):
        returns.add_photos(r.number, [("huge.jpg", b"\xff\xd8\xff" + b"0" * MAX_PHOTO_BYTES)], OWNER)
    with pytest.raises(ValidationError, match="Cannot read the photo"):
        read_photo_files([tmp_path / "missing.jpg"])
    # a refused receipt keeps no photo either
    with pytest.raises(ValidationError):
        returns.receive(r.number, [ReceivedLine("MUG-1", 5, "restock")], OWNER, photos=[("ok.jpg", picture())])
    assert returns.photos(r.number) == []


def test_another_returns_photo_is_not_shown(service, ret):
    returns, r = ret
    [photo] = returns.add_photos(r.number, [("box.webp", picture("WEBP"))], OWNER)
    assert photo.content_type == "image/webp"
    other = returns.create_return(r.order_number, [ReturnRequestLine("TEA-2", 1, "other")], OWNER)
    with pytest.raises(NotFound):
        returns.photo_data(other.number, photo.id)
