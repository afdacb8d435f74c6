"""``orderdesk return …``: returns of an order's lines, their receipt, refund, slip and exchange.

orderdesk return create 2026-000042 --line MUG-1:1 --line TEA-2:2 --reason damaged --note "by phone"
orderdesk return list [--order 2026-000042] [--status received] --json
orderdesk return show R-2026-00001
orderdesk return receive R-2026-00001 --line MUG-1:1:restock --line TEA-2:2:write-off --note "box wet" --photo box.jpg
orderdesk return photos R-2026-00001 [--add mug.jpg] [--save DIR]
orderdesk return refund R-2026-00001 [--amount 20.00 --reason "box missing"] [--include-shipping]
orderdesk return refund R-2026-00001 --amount 20.00 --rest-later   (a part now; later without --amount: the rest)
orderdesk return slip R-2026-00001 -o slip.pdf [--printer NAME]
orderdesk return label R-2026-00001 [-o label.pdf] [--printer NAME] [--format zpl]
orderdesk return exchange R-2026-00001 --line MUG-1:1
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from orderdesk.errors import ValidationError
from orderdesk.i18n import _


def _returns(args):
    from orderdesk.cli.common import open_db
    from orderdesk.services.returns import ReturnService
    from orderdesk.wiring import order_service

    db = open_db(args, existing=True)
    return ReturnService(order_service(db))


def _split(item: str, parts: int, example: str) -> list[str]:
    bits = item.rsplit(":", parts - 1)
    if len(bits) != parts or not bits[0].strip() or not bits[1].strip().isdigit():
        raise ValidationError(_("'{i}' is not {e}.").format(i=item, e=example), field="line")
    return bits


def _print_return(r) -> None:
    from orderdesk.services.returns.kinds import reason_label, status_label

    print(f"{r.number}  order {r.order_number}  {status_label(r.status)}  {r.created_at:%Y-%m-%d} by {r.created_by}")
    for line in r.lines:
        done = f"  received {line.received}" if line.received else ""
        split = ", ".join(
            f"{n} {what}"
            for n, what in ((line.restocked, "restocked"), (line.written_off, "written off"), (line.repair, "repair"))
            if n
        )
        note = f" ({line.note})" if line.note else ""
        print(
            f"  {line.sku:<14} {line.quantity:>4}  {reason_label(line.reason)}{note}{done}{'  ' + split if split else ''}"
        )
        if line.state_note:
            print(f"  {'':<14}       state: {line.state_note}")
    if r.note:
        print(f"  note: {r.note}")
    for refund in r.refunds:
        how = "through the payment" if refund.api_refund else "paid back by hand"
        push = ", store refund queued" if refund.push_status == "queued" else ""
        print(f"  refunded {refund.amount} ({refund.payment_method}, {how}{push})")
    if r.refund_left_minor:
        print(f"  partly refunded: {r.refunded} so far, {r.refund_left} left")
    if r.exchange_order:
        print(f"  exchanged: replacement order {r.exchange_order}")


def _jsonable(r) -> dict:
    """A return for --json: its fields, plus the latest refund, the total refunded and what is left."""
    from orderdesk.cli.common import to_jsonable

    data = to_jsonable(r)
    data.update(refund=to_jsonable(r.refund), refunded=to_jsonable(r.refunded), refund_left=to_jsonable(r.refund_left))
    return data


def _done(args, r) -> int:
    from orderdesk.cli.common import emit_json

    if args.json:
        emit_json(_jsonable(r))
    else:
        _print_return(r)
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from
    from orderdesk.services.returns import ReturnRequestLine

    lines = []
    for item in args.line:
        sku, qty = _split(item, 2, "SKU:QTY (e.g. MUG-1:2)")
        lines.append(ReturnRequestLine(sku.strip(), int(qty), args.reason, args.line_note or ""))
    return _done(args, _returns(args).create_return(args.number, lines, actor_from(args), note=args.note))


def cmd_list(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import emit_json
    from orderdesk.services.returns.kinds import status_label

    service = _returns(args)
    if args.order:
        found = [r for r in service.for_order(args.order) if not args.status or r.status == args.status]
    else:
        found = service.list_returns(status=args.status, limit=args.limit)
    if args.json:
        emit_json([_jsonable(r) for r in found])
        return 0
    for r in found:
        items = sum(line.quantity for line in r.lines)
        print(f"{r.number}  {r.order_number}  {status_label(r.status):<16} {items:>4} items  {r.value}")
    if not found:
        print("No returns.")
    return 0


def _with_photos(args, service, r) -> int:
    """The return as ``_done`` shows it, its parcel coming back and the names of its photos."""
    code = _done(args, r)
    if args.json:
        return code
    for s in service.orders.get(r.order_number, with_history=False).shipments:
        if s.return_number == r.number and not s.cancelled:
            label = f"  label: {s.label_path}" if s.label_path else ""
            print(f"  return parcel: {s.carrier} {s.tracking_number}{label}")
    photos = service.photos(r.number)
    if photos:
        print(f"  photos: {', '.join(p.file_name for p in photos)}")
    return code


def cmd_show(args: argparse.Namespace) -> int:
    service = _returns(args)
    return _with_photos(args, service, service.get(args.number))


def cmd_accept(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from

    return _done(args, _returns(args).accept(args.number, actor_from(args), note=args.note))


def cmd_reject(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from

    return _done(args, _returns(args).reject(args.number, actor_from(args), args.reason))


def cmd_close(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from

    return _done(args, _returns(args).close(args.number, actor_from(args), args.reason))


def cmd_receive(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from
    from orderdesk.services.returns import ReceivedLine
    from orderdesk.services.returns.photos import read_photo_files

    lines = []
    for item in args.line:
        sku, qty, how = _split(item, 3, "SKU:QTY:restock|write-off|repair (e.g. MUG-1:1:restock)")
        lines.append(ReceivedLine(sku.strip(), int(qty), how.strip()))
    photos = read_photo_files(args.photo)  # read before anything is booked: a bad file changes nothing
    service = _returns(args)
    done = service.receive(args.number, lines, actor_from(args), note=args.note, photos=photos)
    return _with_photos(args, service, done)


def cmd_photos(args: argparse.Namespace) -> int:
    """List a return's photos, add some (--add), or save them all to a folder (--save)."""
    from orderdesk.cli.common import actor_from, emit_json
    from orderdesk.services.returns.photos import read_photo_files

    service = _returns(args)
    if args.add:
        service.add_photos(args.number, read_photo_files(args.add), actor_from(args))
    found = service.photos(args.number)
    if args.save:
        folder = Path(args.save)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for p in found:
                (folder / f"{p.id}-{p.file_name}").write_bytes(service.photo_data(args.number, p.id))
        except OSError as exc:
            raise ValidationError(_("Cannot write {p}: {e}").format(p=folder, e=exc.strerror), field="save") from None
        print(f"saved {len(found)} photo(s) in {folder}", file=sys.stderr)
    if args.json:
        emit_json(found)
        return 0
    for p in found:
        print(
            f"{p.id:>6}  {p.file_name:<30} {p.content_type:<11} {p.size // 1024:>6} KB  {p.created_at:%Y-%m-%d %H:%M} {p.created_by}"
        )
    if not found:
        print(_("No photos of this return."))
    return 0


def cmd_refund(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from
    from orderdesk.money import Money

    service = _returns(args)
    amount = None
    if args.amount is not None:
        currency = service.get(args.number).currency
        try:
            amount = Money.parse(args.amount, currency)
        except (ValueError, ArithmeticError):
            raise ValidationError(
                _("'{a}' is not an amount (e.g. 20.00).").format(a=args.amount), field="amount"
            ) from None
    shipping = True if args.include_shipping else None
    done = service.refund(
        args.number,
        actor_from(args),
        amount=amount,
        reason=args.reason,
        include_shipping=shipping,
        rest_later=args.rest_later,
    )
    return _done(args, done)


def cmd_slip(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from
    from orderdesk.services.returns.slips import print_slip, save_slip

    if not args.output and not args.printer:
        raise ValidationError(_("Say where the slip goes: -o FILE.pdf or --printer NAME."), field="output")
    service = _returns(args)
    if args.output:
        save_slip(service, args.number, Path(args.output), actor_from(args), language=args.language)
        print(f"wrote {args.output}", file=sys.stderr)
    if args.printer:
        job = print_slip(service, args.number, args.printer, actor_from(args))
        print(f"sent to {args.printer}: job {job}", file=sys.stderr)
    return 0


def cmd_label(args: argparse.Namespace) -> int:
    """The carrier's return label (InPost, CDEK); exit 2 with the slip named where there is none."""
    from orderdesk.cli.common import actor_from, carrier_services, emit
    from orderdesk.services.return_labels import NoReturnLabel, ReturnLabelService, print_label, save_label
    from orderdesk.services.returns import ReturnService

    _db, settings, orders, registry = carrier_services(args)
    try:
        got = ReturnLabelService(ReturnService(orders), registry, settings=settings).get_label(
            args.number, actor_from(args), label_format=args.label_format
        )
    except NoReturnLabel as exc:
        raise ValidationError(str(exc), field="carrier") from None  # exit 2, as every refusal
    finally:
        registry.close()
    s, order = got.shipment, got.order_number
    if args.output:
        save_label(orders, s, order, Path(args.output), actor_from(args))
        print(f"wrote {args.output}", file=sys.stderr)
    if args.printer:
        job = print_label(orders, s, order, args.printer, actor_from(args))
        print(f"sent to {args.printer}: job {job}", file=sys.stderr)
    note = _(" (asked before: the same parcel)") if got.reused else ""
    where = s.label_path or _("no label file yet: ask again to download it")
    emit(args, s, f"{got.return_number}: {s.carrier} return parcel {s.tracking_number}{note}\n{where}")
    return 0


def cmd_exchange(args: argparse.Namespace) -> int:
    from orderdesk.cli.common import actor_from

    lines = []
    for item in args.line:
        sku, qty = _split(item, 2, "SKU:QTY (e.g. MUG-1:1)")
        lines.append((sku.strip(), int(qty)))
    return _done(args, _returns(args).exchange(args.number, lines, actor_from(args)))


def add_parser(subparsers, common: argparse.ArgumentParser, help: str) -> None:
    from orderdesk.services.returns.kinds import ReturnReason, ReturnStatus

    parents = [common]
    group = subparsers.add_parser("return", help=help).add_subparsers(
        dest="return_command", required=True, metavar="ACTION"
    )
    p = group.add_parser("create", parents=parents, help="open a return of some lines of a delivered order")
    p.add_argument("number", help="order number")
    p.add_argument("--line", action="append", required=True, metavar="SKU:QTY", help="repeat for each line")
    p.add_argument("--reason", required=True, choices=[r.value for r in ReturnReason])
    p.add_argument("--line-note", default="", help="the customer's words about the items")
    p.add_argument("--note", default="", help="a note on the return")
    p.set_defaults(func=cmd_create)

    p = group.add_parser("list", parents=parents, help="returns, newest first")
    p.add_argument("--status", choices=[s.value for s in ReturnStatus])
    p.add_argument("--order", help="only this order's returns")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(func=cmd_list)

    p = group.add_parser("show", parents=parents, help="one return with its lines and refund")
    p.add_argument("number", help="return number, e.g. R-2026-00001")
    p.set_defaults(func=cmd_show)

    p = group.add_parser("accept", parents=parents, help="say yes: the parcel is awaited")
    p.add_argument("number")
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_accept)

    p = group.add_parser("reject", parents=parents, help="say no, with a reason")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_reject)

    p = group.add_parser("close", parents=parents, help="nothing more to do, with a reason")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_close)

    p = group.add_parser("receive", parents=parents, help="items arrived: restock, write off or send for repair")
    p.add_argument("number")
    p.add_argument(
        "--line", action="append", required=True, metavar="SKU:QTY:HOW", help="HOW: restock, write-off, repair"
    )
    p.add_argument("--note", default="", help="the state of the parcel")
    p.add_argument("--photo", action="append", default=[], metavar="FILE", help="a photo of the state (repeatable)")
    p.set_defaults(func=cmd_receive)

    p = group.add_parser("photos", parents=parents, help="a return's photos: list, add (--add) or save (--save)")
    p.add_argument("number")
    p.add_argument("--add", action="append", default=[], metavar="FILE", help="keep this photo with the return")
    p.add_argument("--save", metavar="DIR", help="write every photo into this folder")
    p.set_defaults(func=cmd_photos)

    p = group.add_parser("refund", parents=parents, help="record the refund of a received return (owner)")
    p.add_argument("number")
    p.add_argument("--amount", help="instead of the computed amount (needs --reason)")
    p.add_argument("--reason", default="")
    p.add_argument("--include-shipping", action="store_true", help="give back the shipping cost whatever the rule")
    p.add_argument(
        "--rest-later", action="store_true", help="--amount is a part: the return stays partly refunded for the rest"
    )
    p.set_defaults(func=cmd_refund)

    p = group.add_parser("slip", parents=parents, help="the return slip as PDF, with a QR code of the return number")
    p.add_argument("number")
    p.add_argument("-o", "--output", metavar="FILE.pdf")
    p.add_argument("--printer", help="print it on this printer (the name lpstat -p shows)")
    p.add_argument("--language", choices=("en", "ru", "pl", "zh"), help="default: the customer's")
    p.set_defaults(func=cmd_slip)

    p = group.add_parser(
        "label", parents=parents, help="the carrier's return label (InPost, CDEK), else print the slip"
    )
    p.add_argument("number")
    p.add_argument("-o", "--output", metavar="FILE", help="also save the label here")
    p.add_argument("--printer", help="print it on this printer (the name lpstat -p shows)")
    p.add_argument("--format", dest="label_format", default="", choices=("", "pdf", "zpl", "epl2"))
    p.set_defaults(func=cmd_label)

    p = group.add_parser("exchange", parents=parents, help="a replacement order instead of money")
    p.add_argument("number")
    p.add_argument("--line", action="append", required=True, metavar="SKU:QTY")
    p.set_defaults(func=cmd_exchange)
