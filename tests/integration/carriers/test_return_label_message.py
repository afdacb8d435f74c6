"""The customer's "label" message of a carrier return, through the outbox to a real SMTP server:
a CDEK client return for a Russian-speaking customer gets the Russian text with the CDEK return
number and the label PDF attached, once, however often the label is asked for and the sender runs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from orderdesk.models import OrderRow, OutboxRow
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_return
from tests.integration.carriers.test_return_labels import labels, orders, registry, shipped
from tests.integration.messaging.conftest import Notify, fake_twilio, smtp_server

__all__ = ["fake_twilio", "labels", "orders", "registry", "smtp_server"]


def test_the_cdek_return_label_reaches_the_customer_in_russian_with_the_pdf(
    db, orders, registry, labels, cdek_fake, fake_twilio, smtp_server, tmp_path
):
    notify = Notify(db, fake_twilio, smtp_server)  # the shop's SMTP settings, pointed at the local server
    number, outgoing = shipped(orders, registry, tmp_path, "cdek", service="136")
    with db.session(write=True) as s:
        order = s.scalar(select(OrderRow).where(OrderRow.number == number))
        order.customer.language, order.customer.email = "ru", "olga@example.ru"
    orders.move(number, MoveRequest(Status.DELIVERED), OWNER)
    cdek_fake.advance({"cdek_number": outgoing, "code": "DELIVERED", "city": "Москва"})
    rn = make_return(orders, number)
    # The order's earlier messages (confirmed, shipped, the return's request…) go first; the daily
    # cap per order is the sender's own rule, tested with the sender, off here.
    send = notify.sender(max_per_order_per_day=0).run_once
    send()
    before = len(smtp_server.messages)

    got = labels.get_label(rn, OWNER)
    back = got.shipment.tracking_number
    with db.session() as s:
        (row,) = s.scalars(select(OutboxRow).where(OutboxRow.kind == "return_label")).all()
        assert (row.channel, row.status) == ("email", "pending")
    assert f"для возврата {rn} оформлено отправление {back}" in row.payload["body"]

    send()
    assert len(smtp_server.messages) == before + 1
    _from, rcpts, mail = smtp_server.messages[-1]
    assert rcpts == ["olga@example.ru"] and mail["Subject"].endswith(f"Отправление для возврата {rn}")
    assert back in mail.get_body(preferencelist=("plain",)).get_content()
    (part,) = list(mail.iter_attachments())
    assert part.get_filename() == f"{rn}-cdek-label.pdf"
    assert part.get_content() == Path(got.shipment.label_path).read_bytes()

    assert labels.get_label(rn, OWNER).reused  # asked again: the same parcel, no second message
    send()
    assert len(smtp_server.messages) == before + 1
    with db.session() as s:
        assert s.scalars(select(OutboxRow.status).where(OutboxRow.kind == "return_label")).all() == ["sent"]
