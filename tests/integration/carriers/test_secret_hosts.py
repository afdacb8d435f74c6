"""Secrets follow their host: whoever can write the database cannot send the shop's secrets to
a server of their own. Real keyring (run under scripts/_with_keyring.sh), real CLI, real fake CDEK."""

from __future__ import annotations

import io
import secrets

import pytest

from orderdesk import cli
from orderdesk.db import Database
from orderdesk.errors import ConfigurationError, ValidationError
from orderdesk.services.credentials import (
    Credentials,
    check_secret_address,
    host_of,
    secret_getter_for,
    secure_base_url,
)
from orderdesk.settings import Settings
from tests.support.components import require_keyring

NAMES = ("cdek.client_id", "cdek.client_secret", "test.hosts.secret")


@pytest.fixture
def keyring_ready():
    require_keyring()
    credentials = Credentials()
    yield credentials
    for name in NAMES:
        credentials.delete(name)


def run(monkeypatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr(cli, "EXTENSION_MODULES", ("orderdesk.cli_notify", "orderdesk.cli_carriers"))
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(argv)


@pytest.mark.parametrize(
    ("address", "secure", "host"),
    [
        ("https://API.cdek.ru/v2", None, "api.cdek.ru"),
        ("http://127.0.0.1:8081/v2", None, "127.0.0.1"),
        ("http://[::1]:8081", None, "::1"),
        ("http://localhost:9000", None, "localhost"),
        ("smtp.example.com", True, "smtp.example.com"),
        ("127.0.0.1", False, "127.0.0.1"),
    ],
)
def test_addresses_a_secret_may_go_to(address, secure, host):
    assert check_secret_address(address, name="x", secure=secure) == host


@pytest.mark.parametrize(
    ("address", "secure"),
    [
        ("http://api.cdek.ru/v2", None),  # plain HTTP to another computer
        ("http://10.0.0.5:8081", None),
        ("http://127.0.0.1.evil.example/", None),
        ("ftp://api.cdek.ru", None),
        ("https://", None),
        ("", None),
        ("smtp.example.com", False),  # SMTP without TLS
    ],
)
def test_addresses_a_secret_never_goes_to(address, secure):
    with pytest.raises(ConfigurationError):
        check_secret_address(address, name="x", secure=secure)


def test_base_url_settings_refuse_plain_http_to_other_computers():
    assert secure_base_url("https://api.edu.cdek.ru/v2") == "https://api.edu.cdek.ru/v2"
    with pytest.raises(ValidationError, match="not a safe address for secrets"):
        secure_base_url("http://api.cdek.ru/v2")
    assert host_of("HTTPS://Api.Cdek.RU.:443/v2") == "api.cdek.ru"


def test_a_secret_is_bound_to_the_host_it_was_entered_for(keyring_ready):
    credentials = keyring_ready
    credentials.set("test.hosts.secret", "s1", address="https://api.example.com/v1")
    assert credentials.bound_host("test.hosts.secret") == "api.example.com"
    assert credentials.require_for("test.hosts.secret", "https://api.example.com/v2/other") == "s1"
    with pytest.raises(
        ConfigurationError, match=r"entered for api\.example\.com, but the address is now evil\.example"
    ):
        credentials.require_for("test.hosts.secret", "https://evil.example/v1")
    with pytest.raises(ConfigurationError, match="only sent over an encrypted connection"):
        credentials.require_for("test.hosts.secret", "http://api.example.com/v1")
    # Entered again for the new host: it goes there, and no longer to the old one.
    credentials.set("test.hosts.secret", "s2", address="https://evil.example/v1")
    assert credentials.require_for("test.hosts.secret", "https://evil.example/v1") == "s2"
    with pytest.raises(ConfigurationError, match=r"entered for evil\.example"):
        credentials.require_for("test.hosts.secret", "https://api.example.com/v1")
    # Stored without an address (a script, or before this rule): bound to the first host it is used with.
    credentials.set("test.hosts.secret", "s3")
    assert credentials.bound_host("test.hosts.secret") is None
    assert credentials.require_for("test.hosts.secret", "https://api.example.com") == "s3"
    assert credentials.bound_host("test.hosts.secret") == "api.example.com"
    assert credentials.delete("test.hosts.secret")
    assert credentials.bound_host("test.hosts.secret") is None


def test_gateway_getter_checks_the_address_when_a_secret_is_asked_for(keyring_ready):
    from orderdesk.services.credentials import KeyringSecrets

    keyring_ready.set("test.hosts.secret", "s1", address="https://sms.example.com")
    plain = secret_getter_for({"test.hosts.secret": "dict"}.__getitem__, "http://sms.example.com")
    with pytest.raises(ConfigurationError, match="encrypted"):
        plain("test.hosts.secret")
    moved = secret_getter_for(KeyringSecrets(keyring_ready), "https://other.example.com")
    with pytest.raises(ConfigurationError, match=r"entered for sms\.example\.com"):
        moved("test.hosts.secret")
    assert secret_getter_for(KeyringSecrets(keyring_ready), "https://sms.example.com")("test.hosts.secret") == "s1"


def test_a_database_writer_cannot_redirect_the_cdek_secret(keyring_ready, monkeypatch, tmp_path, capsys):
    from tests.fakes.cdek import CdekFake

    secret = "s3cr3t-" + secrets.token_hex(12)
    db_path = tmp_path / "desk.sqlite3"
    fake = CdekFake(client_id="client-1", client_secret=secret)
    fake.start()
    db_arg = ["--db", str(db_path)]
    try:
        assert run(monkeypatch, ["config", "set", "carriers.cdek.base_url", fake.base_url + "/v2", *db_arg]) == 0
        assert run(monkeypatch, ["credentials", "set", "cdek.client_id", *db_arg], "client-1\n") == 0
        assert run(monkeypatch, ["credentials", "set", "cdek.client_secret", *db_arg], secret + "\n") == 0
        assert Credentials().bound_host("cdek.client_secret") == "127.0.0.1"
        assert run(monkeypatch, ["credentials", "test", "cdek", *db_arg]) == 0
        assert fake.count("POST", "/v2/oauth/token") == 1
        capsys.readouterr()

        # `config set` refuses plain HTTP to another computer...
        assert run(monkeypatch, ["config", "set", "carriers.cdek.base_url", "http://10.1.2.3/v2", *db_arg]) == 2
        assert "not a safe address for secrets" in capsys.readouterr().err

        db = Database.open(db_path)
        # ...and whoever writes the settings table directly gets nothing either.
        for url, why in (
            ("http://10.1.2.3/v2", "only sent over an encrypted connection"),
            (fake.base_url.replace("127.0.0.1", "localhost") + "/v2", "entered for 127.0.0.1"),
        ):
            with db.session(write=True) as s:
                from orderdesk.models import SettingRow

                s.get(SettingRow, "carriers.cdek.base_url").value = f'"{url}"'
            assert run(monkeypatch, ["credentials", "test", "cdek", *db_arg]) == 7
            err = capsys.readouterr().err
            assert why in err and "Traceback" not in err and secret not in err
            assert fake.count("POST", "/v2/oauth/token") == 1  # nothing more reached any server

        # The owner moves to the new host on purpose: enters the secret again, and it works there.
        localhost_url = fake.base_url.replace("127.0.0.1", "localhost") + "/v2"
        Settings(db).set("carriers.cdek.base_url", localhost_url)
        db.dispose()
        assert run(monkeypatch, ["credentials", "set", "cdek.client_id", *db_arg], "client-1\n") == 0
        assert run(monkeypatch, ["credentials", "set", "cdek.client_secret", *db_arg], secret + "\n") == 0
        assert run(monkeypatch, ["credentials", "test", "cdek", *db_arg]) == 0
        assert fake.count("POST", "/v2/oauth/token") == 2
    finally:
        fake.stop()


def test_credentials_set_refuses_an_unencrypted_address_before_reading_the_secret(keyring_ready, monkeypatch, tmp_path):
    db_path = tmp_path / "desk.sqlite3"
    db = Database.open(db_path)
    with db.session(write=True) as s:
        from orderdesk.models import SettingRow

        s.add(SettingRow(key="messaging.smtp.host", value='"mail.example.com"'))
        s.add(SettingRow(key="messaging.smtp.security", value='"none"'))
    db.dispose()
    assert run(monkeypatch, ["credentials", "set", "smtp.password", "--db", str(db_path)], "pw\n") == 7
    assert Credentials().get("smtp.password") is None
