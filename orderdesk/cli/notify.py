"""``orderdesk notify ...``: test a gateway, look at the outbox, run the sender, edit templates,
opt a customer out of a channel or back in.

Registered in the command table of ``orderdesk.cli``.
"""

from __future__ import annotations

import argparse
import sys

from orderdesk.cli.common import actor_from, emit_json, open_db
from orderdesk.i18n import LANGUAGES, _
from orderdesk.services.messaging import run_outbox_once, send_test
from orderdesk.services.messaging.outbox import STATUSES, list_messages, mark_checked, resend
from orderdesk.services.messaging.store import PreferenceStore, TemplateStore
from orderdesk.services.messaging.templates import CHANNELS, EVENTS, PLACEHOLDERS, Template, render, validate


def cmd_test(args: argparse.Namespace) -> int:
    db = open_db(args)
    result = send_test(db, args.channel, args.to, text=args.text or "")
    if args.json:
        emit_json({"channel": args.channel, "to": args.to, "gateway_id": result.gateway_id, "status": result.status})
    else:
        print(f"sent: {args.channel} to {args.to}, gateway id {result.gateway_id}")
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    rows = list_messages(open_db(args), order_number=args.order, status=args.status, limit=args.limit)
    if args.json:
        emit_json(rows)
        return 0
    for m in rows:
        when = (m.sent_at or m.created_at).strftime("%Y-%m-%d %H:%M")
        text = m.body.replace("\n", " ")
        print(
            f"#{m.id:<6} {m.status:<9} {m.channel:<5} {m.order_number or '-':<12} {m.recipient:<24} {when}  {m.gateway}:{m.gateway_id}"
        )
        print(f"        {text[:100]}")
        if m.last_error:
            print(f"        ! {m.last_error}")
    if not rows:
        print("the outbox is empty")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    stats = run_outbox_once(open_db(args), limit=args.limit)
    if args.json:
        emit_json(stats.as_dict())
    else:
        print(", ".join(f"{k} {v}" for k, v in stats.as_dict().items() if k != "errors"))
        for error in stats.errors:
            print(f"! {error}", file=sys.stderr)
    return 0


def cmd_resend(args: argparse.Namespace) -> int:
    new_id = resend(open_db(args), args.id, actor_from(args).name)
    print(f"queued as #{new_id}")
    return 0


def cmd_checked(args: argparse.Namespace) -> int:
    mark_checked(open_db(args), args.id, args.arrived == "yes", actor_from(args).name)
    return 0


def cmd_opt_out(args: argparse.Namespace) -> int:
    """Opt a customer out of a channel, or back in; dated for the messages report."""
    prefs = PreferenceStore(open_db(args))
    customer_id = args.customer if args.customer is not None else prefs.customer_of_order(args.order)
    out = args.notify_command == "opt-out"
    changed = prefs.set_opt_out(customer_id, args.channel, out, actor_from(args).name)
    if args.json:
        emit_json({"customer": customer_id, "channel": args.channel, "opted_out": out, "changed": changed})
    elif not changed:
        print(_("Customer #{i} was already so; nothing changed.").format(i=customer_id))
    elif out:
        print(_("Customer #{i} gets no {c} from now on.").format(i=customer_id, c=args.channel))
    else:
        print(_("Customer #{i} gets {c} again.").format(i=customer_id, c=args.channel))
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    store = TemplateStore(open_db(args))
    if args.template_command == "set":
        current = store.get(args.event, args.channel, args.language)
        body = sys.stdin.read() if args.body == "-" else args.body
        template = Template(
            args.event, args.channel, args.language, body, args.subject if args.subject is not None else current.subject
        )
        validate(template)  # refused here, with the reason, before anything is stored
        store.save(template, actor_from(args).name)
    elif args.template_command == "reset":
        store.reset(args.event, args.channel, args.language)
    template = store.get(args.event, args.channel, args.language)
    preview = render(template, {name: f"<{name}>" for name in PLACEHOLDERS})
    info = {"event": template.event, "channel": template.channel, "language": template.language,
            "subject": template.subject, "body": template.body}  # fmt: skip
    if template.channel == "sms":
        sms = preview.sms
        info.update(encoding=sms.encoding, units=sms.units, parts=sms.parts)
    if args.json:
        emit_json(info)
    else:
        if template.subject:
            print(f"Subject: {template.subject}")
        print(template.body)
        if template.channel == "sms":
            print(
                f"-- {info['units']} units, {info['encoding']}, {info['parts']} part(s) with placeholder names as values"
            )
    return 0


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    parents = [common]
    notify = subparsers.add_parser("notify", help=help)
    sub = notify.add_subparsers(dest="notify_command", metavar="COMMAND", required=True)

    p = sub.add_parser("test", parents=parents, help="send a test message now through the configured gateway")
    p.add_argument("--channel", choices=CHANNELS, required=True)
    p.add_argument("--to", required=True, help="phone number (any format) or e-mail address")
    p.add_argument("--text", default="", help="text instead of the test template")
    p.set_defaults(func=cmd_test)

    p = sub.add_parser("outbox", parents=parents, help="list messages, failures first")
    p.add_argument("--order", default=None, help="only this order's messages")
    p.add_argument("--status", choices=STATUSES, default=None)
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_outbox)

    p = sub.add_parser("run", parents=parents, help="one round of the sender (also part of 'orderdesk sync')")
    p.add_argument("--limit", type=int, default=100)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("resend", parents=parents, help="send a message again, as a new deliberate message")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_resend)

    p = sub.add_parser(
        "checked", parents=parents, help="close an 'unknown — check' message after looking at the gateway"
    )
    p.add_argument("id", type=int)
    p.add_argument("--arrived", choices=("yes", "no"), required=True)
    p.set_defaults(func=cmd_checked)

    for name, text in (
        ("opt-out", "the customer asked for no more SMS or e-mail (dated for the messages report)"),
        ("opt-in", "the customer wants SMS or e-mail again"),
    ):
        p = sub.add_parser(name, parents=parents, help=text)
        who = p.add_mutually_exclusive_group(required=True)
        who.add_argument("--order", help="the customer of this order")
        who.add_argument("--customer", type=int, help="the customer's id")
        p.add_argument("--channel", choices=CHANNELS, required=True)
        p.set_defaults(func=cmd_opt_out)

    tpl = sub.add_parser("template", help="show, edit or reset a message template")
    tsub = tpl.add_subparsers(dest="template_command", metavar="COMMAND", required=True)
    for name, text in (
        ("show", "show a template and its SMS length"),
        ("set", "save a template (checked first)"),
        ("reset", "back to the default"),
    ):
        p = tsub.add_parser(name, parents=parents, help=text)
        p.add_argument("event", choices=EVENTS)
        p.add_argument("channel", choices=CHANNELS)
        p.add_argument("language", choices=LANGUAGES)
        if name == "set":
            p.add_argument("--body", required=True, help="the text, or - to read it from standard input")
            p.add_argument("--subject", default=None)
        p.set_defaults(func=cmd_template)
