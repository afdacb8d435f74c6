"""The return slip: the QR code reads back as the return number (zbar), the text is there in the
customer's language (poppler), and the CLI writes it."""

from __future__ import annotations

import pytest

from orderdesk.cli import main
from orderdesk.services.documents.return_slip import render_return_slip
from orderdesk.services.returns import ReturnRequestLine, ReturnService
from tests.factories import OWNER
from tests.unit.services.returns.helpers import delivered_order


@pytest.fixture
def made(db, service):
    number = delivered_order(service)
    returns = ReturnService(service)
    r = returns.create_return(
        number,
        [ReturnRequestLine("MUG-1", 2, "damaged", "ручка отбита"), ReturnRequestLine("TEA-2", 1, "changed_mind")],
        OWNER,
    )
    return returns.get(r.number)


def test_slip_qr_is_the_return_number_and_lines_are_printed(poppler, shop, made):
    path = poppler.write(render_return_slip(made, shop, language="en"))
    assert poppler.decode(path) == {f"QR-Code:{made.number}"}
    text = poppler.text(path)
    assert made.number in text and made.order_number in text
    assert "Кружка «Москва»" in text and "Herbata Earl Grey" in text
    assert "Damaged: ручка отбита" in text and "Changed mind" in text


@pytest.mark.parametrize("language", ["pl", "zh", "ru"])
def test_slip_in_the_customers_language_keeps_every_script(poppler, shop, made, language):
    path = poppler.write(render_return_slip(made, shop, language=language), f"slip-{language}.pdf")
    text = poppler.text(path)
    assert made.number in text and "Кружка «Москва»" in text
    assert poppler.decode(path) == {f"QR-Code:{made.number}"}


def test_cli_writes_the_slip(poppler, tmp_path, made, db, monkeypatch, capsys):
    monkeypatch.setenv("ORDERDESK_USER", "olga")
    out = tmp_path / "slip.pdf"
    url = str(db.engine.url.database) if hasattr(db, "engine") else None
    assert url
    code = main(["--db", url, "return", "slip", made.number, "-o", str(out)])
    assert code == 0 and poppler.decode(out) == {f"QR-Code:{made.number}"}
    assert main(["--db", url, "return", "slip", made.number, "-o", str(tmp_path / "no" / "dir.pdf")]) == 2
    assert "Cannot write" in capsys.readouterr().err
