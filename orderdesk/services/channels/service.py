"""What the window and the CLI ask of the stores beyond a sync round: connecting one with typed-in
keys, and one order's store side (three statuses, refused pushes, the mismatch and its fixes)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from orderdesk import domain
from orderdesk.db import Database
from orderdesk.errors import ConfigurationError, MoveRefused, ValidationError
from orderdesk.i18n import _
from orderdesk.models import HoldRow, OrderRow
from orderdesk.models_extra import StorePushRow
from orderdesk.services.channels import registry
from orderdesk.services.channels.base import ConnectionReport
from orderdesk.services.channels.pushes import queue_again, refused_pushes
from orderdesk.services.credentials import Credentials
from orderdesk.services.orders import OrderService
from orderdesk.services.return_shipments import is_return
from orderdesk.workflow import Hold, MoveRequest, Status, label


def test_typed_values(kind: str, url: str, key: str, secret: str, auth: str = "auto") -> ConnectionReport:
    """Check an address and a key pair before anything is saved (Add store → Test connection)."""
    if not key.strip() or not secret.strip():
        raise ValidationError(_("Enter the consumer key and the consumer secret."), "key")
    probe = registry.Channel(id=0, name="new", kind=kind, base_url=url, settings={"auth": auth})
    client = registry.client_for(probe, Credentials(), key=key.strip(), secret=secret.strip())
    try:
        return client.test_connection()
    finally:
        client.close()


def connect_store(
    db: Database, credentials: Credentials, kind: str, name: str, url: str, key: str, secret: str, auth: str = "auto"
) -> registry.Channel:
    """Test the typed values, then save the store and put its keys in the keyring (bound to its host)."""
    report = test_typed_values(kind, url, key, secret, auth)
    if not report.ok:
        raise ConfigurationError(report.message)
    credentials.backend()  # no secure keyring: say so before anything is saved
    channel = registry.add_channel(
        db,
        kind,
        name,
        url,
        {"auth": auth, "store_name": report.store_name, "shipment_tracking": report.shipment_tracking},
    )
    registry.store_secret(db, credentials, channel.name, "consumer_key", key)
    registry.store_secret(db, credentials, channel.name, "consumer_secret", secret)
    return registry.get_channel(db, channel.name)


@dataclass(frozen=True)
class StoreSide:
    """One order as the store sees it, beside the desk's and the carrier's view."""

    channel: str
    kind: str
    external_number: str
    store_status: str
    desk_status: str
    carrier_status: str
    admin_url: str
    pending_pushes: int
    refused: tuple[tuple[str, str], ...]
    mismatch: str  # the active channel_mismatch hold's reason, or ""


def store_side(db: Database, order_id: int) -> StoreSide | None:
    with db.session() as s:
        row = s.get(OrderRow, order_id)
        if row is None or row.channel_id is None or row.channel is None:
            return None
        live = [sh for sh in row.shipments if not sh.cancelled and not is_return(sh.details)]  # outgoing parcels
        mismatch = next(
            (h.reason for h in row.holds if h.kind == Hold.CHANNEL_MISMATCH.value and h.resolved_at is None), ""
        )
        pending = s.scalar(
            select(func.count())
            .select_from(StorePushRow)
            .where(StorePushRow.order_id == order_id, StorePushRow.status == "pending")
        )
        side = StoreSide(
            channel=row.channel.name,
            kind=row.channel.kind,
            external_number=row.external_number,
            store_status=row.store_status,
            desk_status=row.status,
            carrier_status=live[-1].status if live else "",
            admin_url=f"{row.channel.base_url}/wp-admin/post.php?post={row.external_id}&action=edit",
            pending_pushes=int(pending or 0),
            refused=(),
            mismatch=mismatch,
        )
    return StoreSide(**{**side.__dict__, "refused": tuple(refused_pushes(db, order_id))})


def push_again(orders: OrderService, number: str, actor: domain.Actor) -> int:
    """Queue the desk's status for the store again and lift the mismatch hold (the next round re-checks)."""
    queued = queue_again(orders.db, number)
    if not queued:
        raise ValidationError(_("Order {n}'s status has nothing to send to the store.").format(n=number))
    _lift(orders, number, actor, _("pushed the desk's status to the store again"))
    return queued


def accept_store(orders: OrderService, number: str, actor: domain.Actor) -> None:
    """Take the store's side: the mismatch hold is lifted and the same difference is not raised again.

    A store that cancelled the order (or refunded it, or moved it to the trash) has it cancelled
    at the desk too, by the normal move (its guards, the goods set aside released), with the
    store named in the history; when the desk's status no longer allows a cancel (already
    shipped), nothing changes and the person is told what to do instead."""
    detail = orders.get(number, with_history=False)
    channel = detail.channel
    store = channel.store_status if channel else ""
    closed = Status(detail.status) in (Status.CANCELLED, Status.REFUNDED, Status.RETURNED)
    if channel is None or store not in STORE_CANCELS or closed:
        _lift(orders, number, actor, _("the store's status accepted"))
        return
    reason = _("cancelled in the store ({s}); accepted by {p}").format(s=store, p=actor.name)
    try:
        with orders.db.batch():  # the cancel and the lifted hold together, or neither
            orders.move(
                number,
                MoveRequest(Status.CANCELLED, reason=reason),
                registry.store_actor(channel.kind, channel.name),
            )
            _lift(orders, number, actor, _("the store's status accepted"))
    except MoveRefused:
        raise ValidationError(
            _(
                "Order {n} is already {d} at the desk, so the store's '{s}' cannot be applied here. "
                "Take the parcel back as a return first, or push the desk's status to the store again."
            ).format(n=number, d=label(detail.status), s=store)
        ) from None


# Store statuses that "Accept the store's" turns into a cancel at the desk.
STORE_CANCELS = frozenset({"cancelled", "refunded", "trash", "deleted"})


def _lift(orders: OrderService, number: str, actor: domain.Actor, reason: str) -> None:
    detail = orders.get(number, with_history=False)
    if any(h.kind == Hold.CHANNEL_MISMATCH.value for h in detail.active_holds):
        orders.resolve_hold(number, Hold.CHANNEL_MISMATCH, actor, reason)


def accepted(db: Database, order_id: int, store_status: str) -> bool:
    """Did someone accept this very difference already (a resolved mismatch hold for it)?"""
    with db.session() as s:
        holds = s.scalars(
            select(HoldRow).where(
                HoldRow.order_id == order_id,
                HoldRow.kind == Hold.CHANNEL_MISMATCH.value,
                HoldRow.resolved_at.is_not(None),
            )
        ).all()
        return any((h.details or {}).get("store") == store_status for h in holds)
