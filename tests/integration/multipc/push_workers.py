"""A desk's store push sender as its own process (module level, so spawned processes can run it)."""

from __future__ import annotations

from types import SimpleNamespace

from orderdesk.db import Database


def _open(url: str, base_url: str, owner: str) -> Database:
    return Database.open(url, migrate=False)


def send_pushes(db: Database, url: str, base_url: str, owner: str) -> list[str]:
    """Send the store's due pushes as desk ``owner`` (no round lease: only the claims keep desks
    apart); what this desk reported as sent."""
    from orderdesk.services.channels import registry
    from orderdesk.services.channels.pushes import PushSender
    from tests.integration.channels.conftest import client_for

    channel = registry.get_channel(db, "shop")
    client = client_for(SimpleNamespace(base_url=base_url), settings=dict(channel.settings))
    try:
        return PushSender(db, channel, client, owner).run().sent
    finally:
        client.close()


send_pushes.prepare = _open


def _open_only(url: str, owner: str, skus: list[str]) -> Database:
    return Database.open(url, migrate=False)


def remember_products(db: Database, url: str, owner: str, skus: list[str]) -> int:
    """Remember a store product id for each SKU, one settings write each, as desk ``owner``'s
    stock pushes do the first time they meet a product; how many it remembered."""
    from orderdesk.services.channels import registry
    from orderdesk.services.channels.pushes import PushSender

    sender = PushSender(db, registry.get_channel(db, "shop"), client=None, owner=owner)  # no store call is made
    try:
        for sku in skus:
            sender._remember_product(sku, f"{owner}:{sku}")
    finally:
        db.dispose()
    return len(skus)


remember_products.prepare = _open_only


def _open_db(url: str) -> Database:
    return Database.open(url, migrate=False)


def complete_waiting_messages(db: Database, url: str) -> int:
    """A desk's first sender round of the day: every waiting message looked at; how many it completed."""
    from orderdesk.services.messaging.waiting import waiting_check_for

    try:
        return waiting_check_for(db).run(db)
    finally:
        db.dispose()


complete_waiting_messages.prepare = _open_db
