"""Fixtures: a strict local fake WooCommerce shop and a client wired to it."""

from __future__ import annotations

import pytest

from orderdesk.services.http import HttpClient, RetryPolicy

FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05, max_retry_after=1.5)
TIMEOUT = (2.0, 0.6)
KEY, SECRET = "ck_0123456789abcdef", "cs_fedcba9876543210"


@pytest.fixture
def woo():
    from tests.fakes.woocommerce import WooCommerceFake

    fake = WooCommerceFake(KEY, SECRET, hang_seconds=1.5)
    fake.start()
    yield fake
    fake.stop()


def client_for(fake, *, key: str = KEY, secret: str = SECRET, auth: str = "auto", settings=None):
    from orderdesk.services.channels.woocommerce import WooCommerceClient

    http = HttpClient(fake.base_url, timeout=TIMEOUT, retry=FAST_RETRY, name="woocommerce")
    return WooCommerceClient(fake.base_url, key, secret, auth=auth, http=http, settings=settings)


@pytest.fixture
def client(woo):
    c = client_for(woo)
    yield c
    c.close()


@pytest.fixture
def desk(db, woo):
    """A desk with the app's listeners, a connected store 'shop' and its catalogue."""
    from orderdesk.money import Money
    from orderdesk.services.channels import registry
    from orderdesk.services.channels.sync import ChannelSync
    from orderdesk.wiring import order_service

    orders = order_service(db)
    orders.upsert_product("CANDLE-1", "Świeca sojowa", Money(2499, "PLN"), stock_on_hand=50)
    orders.upsert_product("MUG-1", "Kubek", Money(4999, "PLN"), stock_on_hand=50)
    channel = registry.add_channel(db, "woocommerce", "shop", woo.base_url)
    sync = ChannelSync(orders, owner="desk-a", client_factory=lambda ch: client_for(woo, settings=dict(ch.settings)))
    return orders, channel, sync
