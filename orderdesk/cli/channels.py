"""``orderdesk channels add|list|test|sync|webhooks|map``: the web stores orders come from.

The store's consumer key and
secret are stored with ``orderdesk credentials set channel.NAME.consumer_key`` (and
``...consumer_secret``), read from standard input, into the OS keyring.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

import orderdesk.services.channels.registry  # noqa: F401 - declares the channels.* settings for `config`
from orderdesk.errors import ConfigurationError, ConflictError, OrderDeskError, ValidationError
from orderdesk.i18n import _


def _cli():
    from orderdesk.cli import common

    return common


def add_parser(sub: Any, common: argparse.ArgumentParser, help: str) -> None:
    parents = [common]
    channels = sub.add_parser("channels", help=help)
    csub = channels.add_subparsers(dest="channels_command", required=True)

    p = csub.add_parser("add", parents=parents, help="connect a store (keys: orderdesk credentials set channel.NAME.…)")
    p.add_argument("kind", choices=["woocommerce"])
    p.add_argument("name", help="a short name for the store, e.g. shop")
    p.add_argument("--url", required=True, help="the site's address as the shop uses it, e.g. https://shop.example.com")
    p.add_argument(
        "--auth",
        choices=["auto", "basic", "oauth", "query"],
        default="auto",
        help="sign-in: auto (Basic over HTTPS, OAuth 1.0a over HTTP), or query for hosts that strip Authorization",
    )
    p.set_defaults(func=cmd_channels_add)

    p = csub.add_parser("list", parents=parents, help="the connected stores, their last round and waiting pushes")
    p.set_defaults(func=cmd_channels_list)

    p = csub.add_parser("test", parents=parents, help="check the store's address, keys and their read/write scope")
    p.add_argument("name")
    p.set_defaults(func=cmd_channels_test)

    p = csub.add_parser(
        "sync",
        parents=parents,
        help="one round: orders in; statuses, tracking, refunds and stock out; prints what happened",
    )
    p.add_argument("name", nargs="?", help="only this store (default: every active store)")
    p.add_argument("--since", help="also read orders changed since this date (YYYY-MM-DD), not only the open ones")
    p.set_defaults(func=cmd_channels_sync)

    p = csub.add_parser(
        "webhooks", parents=parents, help="receive the stores' webhooks: a signed delivery starts a sync round"
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this PC only)")
    p.add_argument("--port", type=int, default=8765)
    p.set_defaults(func=cmd_channels_webhooks)

    p = csub.add_parser(
        "map", parents=parents, help="show (no pairs) or edit a store's status or shipping mapping, or its stock pushes"
    )
    p.add_argument("name")
    p.add_argument("--status", action="append", default=[], metavar="DESK=STORE", help="e.g. shipped=shipped")
    p.add_argument(
        "--shipping", action="append", default=[], metavar="METHOD=DELIVERY", help="e.g. flat_rate=own_courier"
    )
    p.add_argument(
        "--push-stock",
        choices=["on", "off"],
        help="on: the desk's available stock is sent to the store's products (matched by SKU) after each change",
    )
    p.set_defaults(func=cmd_channels_map)


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        _cli().emit_json(data)
    else:
        print(text)


def cmd_channels_add(args: argparse.Namespace) -> int:
    from orderdesk.services.channels import registry

    cli = _cli()
    cli.require_owner(args, _("connect a store"))
    channel = registry.add_channel(cli.open_db(args), args.kind, args.name, args.url, {"auth": args.auth})
    _emit(
        args,
        channel,
        _("Added store '{n}' ({u}). Now store its keys: orderdesk credentials set channel.{n}.consumer_key").format(
            n=channel.name, u=channel.base_url
        ),
    )
    return 0


def cmd_channels_list(args: argparse.Namespace) -> int:
    from orderdesk.services.channels import registry
    from orderdesk.services.channels.sync import retry_list

    rows = registry.list_channels(_cli().open_db(args))
    if args.json:
        _cli().emit_json(
            [
                {k: v for k, v in r.__dict__.items() if k != "settings"}
                | {"retries": [{"external_id": i, **v} for i, v in retry_list(r).items()]}
                | _public(r.settings)
                for r in rows
            ]
        )
        return 0
    for c in rows:
        # UTC, said so: a script reads the same on every PC (the window shows local time).
        last = f"{c.last_sync_at:%Y-%m-%d %H:%M} UTC" if c.last_sync_at else _("never synced")
        extra = f"  {c.pending_pushes} waiting" if c.pending_pushes else ""
        extra += f"  {c.refused_pushes} refused" if c.refused_pushes else ""
        retries = retry_list(c)
        if retries:
            extra += "  " + _("{n} to read again").format(n=len(retries))
        error = f"  ⚠ {c.last_error}" if c.last_error else ""
        print(f"{c.name:<16} {c.kind:<12} {c.base_url:<40} {last}{extra}{error}")
        for external_id, why in retries.items():
            print(
                "    "
                + _("store order {i}: {e} (tried {k} times)").format(
                    i=external_id, e=why.get("error", ""), k=why.get("attempts", 0)
                )
            )
    if not rows:
        print(_("No stores yet: orderdesk channels add woocommerce NAME --url URL"), file=sys.stderr)
    return 0


def _public(settings: dict) -> dict:
    return {"settings": dict(settings)}


def cmd_channels_test(args: argparse.Namespace) -> int:
    from orderdesk.services.channels import registry
    from orderdesk.services.credentials import Credentials

    db = _cli().open_db(args)
    channel = registry.get_channel(db, args.name)
    client = registry.client_for(channel, Credentials())
    try:
        report = client.test_connection()
    finally:
        client.close()
    if not report.ok:
        raise ConfigurationError(report.message)
    registry.update_settings(db, channel.name, shipment_tracking=report.shipment_tracking)
    _emit(args, report, report.message)
    return 0


def cmd_channels_sync(args: argparse.Namespace) -> int:
    from orderdesk.services.channels.sync import ChannelSync
    from orderdesk.wiring import order_service

    since = None
    if args.since:
        try:
            since = datetime.strptime(args.since, "%Y-%m-%d")
        except ValueError:
            raise ValidationError(_("--since takes a date like 2026-03-01, not '{d}'.").format(d=args.since)) from None
    sync = ChannelSync(order_service(_cli().open_db(args, existing=True)))
    reports = [sync.run(args.name, since=since)] if args.name else sync.run_all(since=since)
    if args.json:
        _cli().emit_json(reports)
    else:
        for r in reports:
            _print_round(r)
        if not reports:
            print(_("No stores yet: orderdesk channels add woocommerce NAME --url URL"), file=sys.stderr)
    failed = [r for r in reports if r.error]
    if failed:
        raise _RoundFailed(f"{failed[0].channel}: {failed[0].error}")
    busy = [r for r in reports if r.busy]
    if busy:
        raise ConflictError(
            _("Another desk is syncing store '{n}' right now; its round covers this one.").format(n=busy[0].channel)
        )
    return 0


def cmd_channels_webhooks(args: argparse.Namespace) -> int:
    """Listen at http://HOST:PORT/webhooks/NAME until Ctrl+C; each valid delivery hints a round."""
    from orderdesk.services.channels.registry import credential_name, list_channels
    from orderdesk.services.channels.sync import ChannelSync
    from orderdesk.services.channels.webhooks import HintQueue, WebhookReceiver
    from orderdesk.services.credentials import Credentials
    from orderdesk.wiring import order_service

    db = _cli().open_db(args, existing=True)
    credentials = Credentials()
    secrets = {
        c.name: secret
        for c in list_channels(db)
        if c.active and (secret := credentials.get(credential_name(c.name, "webhook_secret")))
    }
    if not secrets:
        raise ConfigurationError(
            _(
                "No store has a webhook secret: orderdesk credentials set channel.NAME.webhook_secret (the secret of the webhook in WooCommerce)."
            )
        )
    sync = ChannelSync(order_service(db))

    def run_round(name: str) -> None:
        _print_round(sync.run(name))
        sys.stdout.flush()

    try:
        receiver = WebhookReceiver(secrets, HintQueue(run_round), host=args.host, port=args.port)
    except OSError as exc:
        raise ConfigurationError(
            _("Cannot listen on {h}:{p}: {e}. Choose another --port.").format(h=args.host, p=args.port, e=exc.strerror)
        ) from None
    for name in sorted(secrets):
        print(_("Store {n}: deliver webhooks to {u}/webhooks/{n}").format(n=name, u=receiver.url), flush=True)
    try:
        receiver.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        receiver.server.server_close()
    return 0


class _RoundFailed(OrderDeskError):
    """A round could not finish (the store unreachable, keys refused): one line, exit 1."""


def _print_round(r) -> None:
    i, o = r.incoming, r.outgoing
    print(_("Store {n}:").format(n=r.channel))
    print(
        "  "
        + _("in: {a} new, {u} updated, {h} held, {s} unchanged, {d} drafts skipped").format(
            a=len(i.imported), u=len(i.updated), h=len(i.held), s=i.unchanged, d=i.skipped_drafts
        )
    )
    for number in i.imported:
        print(f"    + {number}")
    for number in i.updated:
        print(f"    ~ {number}")
    print(
        "  "
        + _("out: {s} sent, {w} to retry, {f} refused").format(s=len(o.sent), w=len(o.retry_later), f=len(o.refused))
    )
    for line in o.sent:
        print(f"    → {line}")
    for line in o.retry_later + o.refused + i.failed:
        print(f"    ⚠ {line}")
    if i.failed_ids:
        print("  " + _("{n} failed (read again next round)").format(n=len(i.failed_ids)))
    if i.gone:
        print("  " + _("{n} no longer in the store (dropped from the orders to read again)").format(n=len(i.gone)))
    for number in r.mismatches:
        print("  " + _("mismatch: {n} (see the order's channel_mismatch hold)").format(n=number))
    if r.error:
        print("  " + _("failed: {e}").format(e=r.error))


def cmd_channels_map(args: argparse.Namespace) -> int:
    """Merge DESK=STORE / METHOD=DELIVERY pairs into the store's tables (services/channels/mappings.py,
    the same rules as the window's Channels → Store mappings)."""
    from orderdesk.services.channels import mappings, registry

    cli = _cli()
    if not (args.status or args.shipping or args.push_stock):
        return _show_mappings(args, mappings.load_mappings(cli.open_db(args, existing=True), args.name))
    cli.require_owner(args, _("change a store's mapping"))
    db = cli.open_db(args)
    channel = registry.get_channel(db, args.name)

    def pairs(items: list[str], what: str) -> dict[str, str]:
        result = {}
        for item in items:
            key, sep, value = item.partition("=")
            if not sep:
                raise ValidationError(_("'{i}' is not a valid {w} pair.").format(i=item, w=what))
            result[key.strip()] = value.strip()
        return result

    mappings.save_mappings(
        db,
        channel.name,
        shipping=pairs(args.shipping, "METHOD=DELIVERY") if args.shipping else None,
        statuses=pairs(args.status, "DESK=STORE") if args.status else None,
        replace=False,
    )
    if args.push_stock:
        registry.update_settings(db, channel.name, push_stock=args.push_stock == "on")
    channel = registry.get_channel(db, channel.name)
    _emit(args, _public(channel.settings), _("Mapping of '{n}' saved.").format(n=channel.name))
    return 0


def _show_mappings(args: argparse.Namespace, table) -> int:
    """``channels map NAME`` with no pairs: the tables in effect, "*" marking the owner's changes."""
    if args.json:
        _cli().emit_json(table)
        return 0
    print(_("Shipping methods → delivery ({n}):").format(n=table.channel))
    for r in table.shipping:
        mark = "*" if r.delivery != r.default else " "
        print(f" {mark} {r.method:<32} {r.delivery:<13} {r.title}")
    print(_("Desk status → store status sent (- = nothing sent):"))
    for r in table.statuses:
        mark = "*" if r.store != r.default else " "
        print(f" {mark} {r.desk:<18} {r.store or '-'}")
    return 0
