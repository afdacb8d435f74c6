from __future__ import annotations

import pytest

from orderdesk.domain import Actor
from orderdesk.errors import ValidationError
from orderdesk.services.documents.samples import SHOP, sample_order
from orderdesk.services.print_jobs import DocumentRequest, PrintJobService, render


class History:
    """An in-memory history writer with OrderService.record_history's signature."""

    def __init__(self) -> None:
        self.entries: list[tuple] = []

    def record_history(self, number, kind, actor, to_value="", reason="", details=None):
        self.entries.append((number, kind, actor.name, to_value, details))


@pytest.mark.parametrize(
    ("request_", "magic"),
    [
        (DocumentRequest("labels"), b"%PDF"),
        (DocumentRequest("labels", "a4x4"), b"%PDF"),
        (DocumentRequest("labels", "100x150", "zpl"), b"^XA"),
        (DocumentRequest("slips", "letter"), b"%PDF"),
        (DocumentRequest("picklist"), b"%PDF"),
    ],
)
def test_render_every_kind(request_, magic):
    progress: list[tuple[int, int]] = []
    rendered = render(request_, [sample_order(i) for i in range(3)], SHOP, lambda d, t: progress.append((d, t)))
    assert rendered.data.startswith(magic)
    assert progress[-1] == (3, 3)


@pytest.mark.parametrize(
    "bad",
    [
        DocumentRequest("invoice"),
        DocumentRequest("labels", "a4"),
        DocumentRequest("slips", "4x6"),
        DocumentRequest("slips", format="zpl"),
        DocumentRequest("labels", "a4x4", "zpl"),
        DocumentRequest("labels", format="png"),
    ],
)
def test_bad_requests_are_refused(bad):
    with pytest.raises(ValidationError):
        render(bad, [sample_order(0)], SHOP)


def test_save_writes_the_file_and_the_history(tmp_path):
    history = History()
    service = PrintJobService(SHOP, history)
    orders = [sample_order(0), sample_order(1)]
    out = tmp_path / "out" / "labels.zpl"
    service.save(DocumentRequest("labels", "4x6", "zpl"), orders, out, Actor("packer"))
    assert out.read_bytes().count(b"^XA") == 2
    assert [e[0] for e in history.entries] == [o.number for o in orders]
    assert all(e[1] == "print" and e[3] == "labels" and e[4]["target"] == "file" for e in history.entries)
    assert history.entries[0][4]["dpi"] == 203


def test_print_needs_a_printer():
    with pytest.raises(ValidationError):
        PrintJobService(SHOP, History()).print(DocumentRequest("slips"), [sample_order(0)], "", Actor("packer"))
