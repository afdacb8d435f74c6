"""Carrier UI fixtures: the strict local fakes on 127.0.0.1, their base URLs stored as settings
(as ``orderdesk config set`` does) and their secrets in the real Secret Service keyring."""

from __future__ import annotations

import pytest

from orderdesk.services.credentials import Credentials
from orderdesk.settings import Settings
from tests.support.components import require_keyring

SECRETS = {
    "cdek.client_id": "test-client",
    "cdek.client_secret": "test-secret",
    "inpost.token": "test-token",
    "easypost.api_key": "EZTKtest-ui",
}


@pytest.fixture
def keyring_ready():
    require_keyring()
    credentials = Credentials()
    yield credentials
    for name in SECRETS:
        credentials.delete(name)


@pytest.fixture
def fakes():
    from tests.fakes.cdek import CdekFake
    from tests.fakes.easypost import EasypostFake
    from tests.fakes.inpost import InpostFake

    started = {
        "cdek": CdekFake(hang_seconds=1.5),
        "inpost": InpostFake(hang_seconds=1.5),
        "easypost": EasypostFake(api_key=SECRETS["easypost.api_key"], hang_seconds=1.5),
    }
    for fake in started.values():
        fake.start()
    yield started
    for fake in started.values():
        fake.stop()


def base_urls(fakes) -> dict[str, str]:
    return {
        "cdek": fakes["cdek"].base_url + "/v2",
        "inpost": fakes["inpost"].base_url,
        "easypost": fakes["easypost"].base_url + "/v2",
    }


@pytest.fixture
def carriers_ready(db, service, fakes, keyring_ready):
    """Settings pointing at the fakes and every secret in the keyring: the shop is set up."""
    settings = Settings(db)
    for name, url in base_urls(fakes).items():
        settings.set(f"carriers.{name}.base_url", url)
    settings.set("carriers.inpost.organization_id", "1234")
    settings.set("carriers.cdek.shipment_point", "MSK5")
    settings.set("shop.address", "1 Main St|Austin|78701")
    settings.set("shop.country", "US")
    for name, secret in SECRETS.items():
        keyring_ready.set(name, secret)
    return fakes
