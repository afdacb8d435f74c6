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
