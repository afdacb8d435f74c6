"""``orderdesk notify ...`` through the real CLI entry point (in-process, real DB and SMTP server)."""

from __future__ import annotations

import json

import pytest

from orderdesk import cli


@pytest.fixture
def run(tmp_path, capsys):
    assert "notify" in {c.name for c in cli.COMMANDS}  # the real CLI registers it
    db = str(tmp_path / "cli.sqlite3")

    def invoke(*argv):
        code = cli.main(["--db", db, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_template_set_refuses_unknown_placeholder_and_shows_sms_length(run):
    code, _out, err = run("notify", "template", "set", "shipped", "sms", "ru", "--body", "Заказ {order_no} отправлен")
    assert code == 2 and "Unknown placeholder {order_no}" in err
    code, out, _err = run(
        "notify", "template", "set", "shipped", "sms", "ru", "--body", "Заказ {order_number} отправлен: {tracking_url}"
    )
    assert code == 0 and "UCS-2" in out
    code, out, _err = run("--json", "notify", "template", "show", "shipped", "sms", "ru")
    assert json.loads(out)["body"] == "Заказ {order_number} отправлен: {tracking_url}"
    code, out, _err = run("--json", "notify", "template", "reset", "shipped", "sms", "ru")
    assert "Трек" in json.loads(out)["body"]


def test_notify_test_email_and_outbox_listing(run, smtp_server):
    for key, value in (("messaging.smtp.host", "127.0.0.1"), ("messaging.smtp.port", str(smtp_server.port)),
                       ("messaging.smtp.security", "none"), ("messaging.smtp.from", "shop@example.com")):  # fmt: skip
        assert run("config", "set", key, value)[0] == 0
    code, out, err = run("notify", "test", "--channel", "email", "--to", "owner@example.com")
    assert code == 0, err
    ((_sender, rcpts, mail),) = smtp_server.messages
    assert rcpts == ["owner@example.com"] and "OrderDesk" in mail["Subject"]
    code, out, _err = run("notify", "test", "--channel", "sms", "--to", "12")
    assert code == 2 and "not a valid phone number" in _err
    code, out, _err = run("notify", "outbox")
    assert code == 0 and "empty" in out
    code, out, _err = run("--json", "notify", "run")
    assert code == 0 and json.loads(out)["sent"] == 0


def test_opt_out_and_back_in_from_the_command_line_are_dated_for_the_report(run, tmp_path, monkeypatch):
    from datetime import date, timedelta

    from sqlalchemy import select

    from orderdesk.db import Database
    from orderdesk.models import CustomerRow, OptOutEventRow, OrderRow

    monkeypatch.setenv("ORDERDESK_USER", "cli-tester")
    db = Database.open(tmp_path / "cli.sqlite3")
    with db.session(write=True) as s:
        customer = CustomerRow(name="Anna", phone="+48600700800", email="a@example.pl")
        s.add(customer)
        s.flush()
        s.add(OrderRow(number="2026-000001", source="phone", status="new", customer_id=customer.id,
                       delivery_method="carrier", payment_method="cod", currency="PLN", total_minor=100))  # fmt: skip
        customer_id = customer.id

    code, out, err = run("notify", "opt-out", "--order", "2026-000001", "--channel", "sms")
    assert (code, out.strip()) == (0, f"Customer #{customer_id} gets no sms from now on."), err
    code, out, _err = run("notify", "opt-out", "--customer", str(customer_id), "--channel", "sms")
    assert (code, out.strip()) == (0, f"Customer #{customer_id} was already so; nothing changed.")  # no second date
    code, out, _err = run("--json", "notify", "opt-in", "--customer", str(customer_id), "--channel", "sms")
    assert json.loads(out) == {"customer": customer_id, "channel": "sms", "opted_out": False, "changed": True}
    code, _out, err = run("notify", "opt-out", "--order", "2026-999999", "--channel", "email")
    assert code == 2 and err.strip().endswith("Order 2026-999999 does not exist.") and "Traceback" not in err

    with db.session() as s:
        events = s.execute(select(OptOutEventRow.channel, OptOutEventRow.opted_out, OptOutEventRow.actor)).all()
    assert [tuple(e) for e in events] == [("sms", True, "cli-tester"), ("sms", False, "cli-tester")]
    db.dispose()

    today = date.today()  # the report's days are this PC's local days; a day either side for midnight
    days = ("--from", (today - timedelta(days=1)).isoformat(), "--to", (today + timedelta(days=1)).isoformat())
    code, out, _err = run("--json", "report", "messages", *days)
    data = json.loads(out)
    (row,) = data["rows"]
    assert (row["channel"], row["gateway"], row["written"], row["opt_outs"]) == ("sms", "", 0, 1)
    assert data["note"].startswith("Opted in again in these days: 1 of SMS, 0 of e-mail.")
