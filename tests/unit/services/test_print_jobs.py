from __future__ import annotations

from dataclasses import replace

import pytest

from orderdesk.domain import Actor
from orderdesk.errors import ConfigurationError, ValidationError
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


def _with_carrier_label(order, path, fmt):
    shipment = replace(order.shipments[0], label_path=str(path), label_format=fmt)
    return replace(order, shipments=(shipment,))


def test_carrier_labels_are_copied_beside_ours(tmp_path):
    carrier_pdf = tmp_path / "inpost-label.pdf"
    carrier_pdf.write_bytes(b"%PDF-1.4 carrier label")
    history = History()
    theirs = _with_carrier_label(sample_order(1), carrier_pdf, "pdf")
    ours = sample_order(0)
    outcome = PrintJobService(SHOP, history).save(
        DocumentRequest("labels"), [ours, theirs], tmp_path / "l.pdf", Actor("p")
    )
    assert outcome.carrier_labels == (theirs.number,)
    assert outcome.files == (tmp_path / "l.pdf", tmp_path / f"l-{theirs.number}.pdf")
    assert (tmp_path / f"l-{theirs.number}.pdf").read_bytes() == carrier_pdf.read_bytes()
    assert {e[0]: e[4].get("carrier_label", False) for e in history.entries} == {
        theirs.number: True,
        ours.number: False,
    }


def test_carrier_label_in_another_format_is_not_used(tmp_path):
    carrier_zpl = tmp_path / "label.zpl"
    carrier_zpl.write_text("^XA^XZ")
    order = _with_carrier_label(sample_order(1), carrier_zpl, "zpl")
    outcome = PrintJobService(SHOP, History()).save(DocumentRequest("labels"), [order], tmp_path / "l.pdf", Actor("p"))
    assert outcome.carrier_labels == () and (tmp_path / "l.pdf").read_bytes().startswith(b"%PDF")


def test_missing_carrier_label_is_an_error_not_a_substitute(tmp_path):
    order = _with_carrier_label(sample_order(1), tmp_path / "gone.pdf", "pdf")
    with pytest.raises(ConfigurationError, match="missing"):
        PrintJobService(SHOP, History()).save(DocumentRequest("labels"), [order], tmp_path / "l.pdf", Actor("p"))
    request = DocumentRequest("labels", carrier_labels=False)
    outcome = PrintJobService(SHOP, History()).save(request, [order], tmp_path / "l.pdf", Actor("p"))
    assert outcome.files == (tmp_path / "l.pdf",)
