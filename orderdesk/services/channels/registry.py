"""The connected stores: adding, listing, their keys in the keyring, and a client for each kind.

A store's consumer key and secret live in the OS keyring under ``channel.NAME.consumer_key`` and
``channel.NAME.consumer_secret``, bound to the host they were entered for (the house rule in
services/credentials.py): a client for a store whose address has moved elsewhere is refused
until the keys are entered again for the new host.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from orderdesk.db import Database
from orderdesk.domain import Actor
from orderdesk.errors import ConfigurationError, NotFound, ValidationError
from orderdesk.i18n import _
from orderdesk.models import ChannelRow
from orderdesk.models_extra import StorePushRow
from orderdesk.services.channels import woocommerce
from orderdesk.services.channels.base import StoreClient
from orderdesk.services.credentials import Credentials
from orderdesk.settings import declare
from orderdesk.workflow import Role

declare("channels.sync_interval_minutes", int, 5, "Minutes between background web-store sync rounds", low=1, high=1440)
declare(
    "channels.overlap_seconds", int, 300, "Web stores: seconds each round re-reads before its cursor", low=0, high=86400
)
declare(
    "channels.lease_seconds",
    int,
    120,
    "Web stores: seconds a desk holds a sync round or a push it is sending before another desk may take over",
    low=1,
    high=3600,
)

KINDS = ("woocommerce",)
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
SECRET_NAMES = ("consumer_key", "consumer_secret", "webhook_secret")


@dataclass(frozen=True)
class Channel:
    id: int
    name: str
    kind: str
    base_url: str
    settings: dict[str, Any] = field(default_factory=dict)
    cursor: str = ""
    active: bool = True
    last_sync_at: datetime | None = None
    last_error: str = ""
    pending_pushes: int = 0
    refused_pushes: int = 0

    @property
    def actor(self) -> Actor:
        """Who the history names for what the store did."""
        return store_actor(self.kind, self.name)


def store_actor(kind: str, name: str) -> Actor:
    return Actor(f"{kind}:{name}", Role.SYSTEM)


def credential_name(channel: str, part: str) -> str:
    return f"channel.{channel}.{part}"


def parse_credential_name(name: str) -> tuple[str, str] | None:
    """('shop', 'consumer_secret') for 'channel.shop.consumer_secret', else None."""
    parts = name.split(".")
    if len(parts) == 3 and parts[0] == "channel" and parts[2] in SECRET_NAMES:
        return parts[1], parts[2]
    return None


def _to_channel(row: ChannelRow, pending: int = 0, refused: int = 0) -> Channel:
    return Channel(
        id=row.id,
        name=row.name,
        kind=row.kind,
        base_url=row.base_url,
        settings=dict(row.settings or {}),
        cursor=row.cursor,
        active=row.active,
        last_sync_at=row.last_sync_at,
        last_error=row.last_error,
        pending_pushes=pending,
        refused_pushes=refused,
    )


def add_channel(db: Database, kind: str, name: str, url: str, settings: dict[str, Any] | None = None) -> Channel:
    if kind not in KINDS:
        raise ValidationError(
            _("Unknown store kind '{k}'; use one of: {o}.").format(k=kind, o=", ".join(KINDS)), "kind"
        )
    name = (name or "").strip().lower()
    if not _NAME.match(name):
        raise ValidationError(
            _("A store name is one short word of letters, digits, '-' or '_' (e.g. 'shop'), not '{n}'.").format(n=name),
            "name",
        )
    url = woocommerce.check_site_url(url)
    with db.session(write=True) as s:
        if s.scalar(select(ChannelRow.id).where(ChannelRow.name == name)) is not None:
            raise ValidationError(_("A store named '{n}' is already connected.").format(n=name), "name")
        row = ChannelRow(
            name=name,
            kind=kind,
            base_url=url,
            settings=dict(settings or {}),
            cursor="",
            active=True,
            last_error="",
        )
        s.add(row)
        s.flush()
        return _to_channel(row)


def list_channels(db: Database) -> list[Channel]:
    with db.session() as s:
        counts: dict[tuple[int, str], int] = {
            (cid, status): n
            for cid, status, n in s.execute(
                select(StorePushRow.channel_id, StorePushRow.status, func.count())
                .where(StorePushRow.status.in_(["pending", "refused"]))
                .group_by(StorePushRow.channel_id, StorePushRow.status)
            )
        }
        rows = s.scalars(select(ChannelRow).order_by(ChannelRow.name)).all()
        return [_to_channel(r, counts.get((r.id, "pending"), 0), counts.get((r.id, "refused"), 0)) for r in rows]


def get_channel(db: Database, name: str) -> Channel:
    for channel in list_channels(db):
        if channel.name == name.strip().lower():
            return channel
    raise NotFound(
        _("No store named '{n}'. Add it with: orderdesk channels add woocommerce {n} --url URL").format(n=name)
    )


def update_settings(db: Database, name: str, **changes: Any) -> Channel:
    with db.session(write=True) as s:
        # Locked: another desk's round may be adding to the same settings (services/channels/mappings.py).
        row = s.scalar(select(ChannelRow).where(ChannelRow.name == name).with_for_update())
        if row is None:
            raise NotFound(_("No store named '{n}'.").format(n=name))
        row.settings = {**(row.settings or {}), **changes}
        s.flush()
        return _to_channel(row)


def set_url(db: Database, name: str, url: str) -> Channel:
    url = woocommerce.check_site_url(url)
    with db.session(write=True) as s:
        row = s.scalar(select(ChannelRow).where(ChannelRow.name == name))
        if row is None:
            raise NotFound(_("No store named '{n}'.").format(n=name))
        row.base_url = url
        s.flush()
        return _to_channel(row)


# ---------------------------------------------------------------------- secrets
def store_secret(db: Database, credentials: Credentials, name: str, part: str, secret: str) -> None:
    """Keep a key or secret in the keyring, bound to the store's host (services/credentials.py)."""
    channel = get_channel(db, name)
    credentials.set(credential_name(channel.name, part), secret.strip(), address=channel.base_url)


def store_keys(channel: Channel, credentials: Credentials) -> tuple[str, str]:
    """The consumer key and secret, only for the host they were entered for (HTTPS or loopback)."""
    key = credentials.require_for(credential_name(channel.name, "consumer_key"), channel.base_url)
    secret = credentials.require_for(credential_name(channel.name, "consumer_secret"), channel.base_url)
    return key, secret


ClientFactory = Callable[[Channel, str, str], StoreClient]


def client_for(
    channel: Channel,
    credentials: Credentials,
    *,
    key: str | None = None,
    secret: str | None = None,
    default_country: str = "PL",
    **kw: Any,
) -> StoreClient:
    """A client for the store; ``key``/``secret`` given only while testing typed-in values."""
    if key is None or secret is None:
        key, secret = store_keys(channel, credentials)
    if channel.kind == "woocommerce":
        return woocommerce.WooCommerceClient(
            channel.base_url,
            key,
            secret,
            settings=dict(channel.settings),
            auth=channel.settings.get("auth", "auto"),
            default_country=default_country,
            **kw,
        )
    raise ConfigurationError(_("Unknown store kind '{k}'.").format(k=channel.kind))
