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
