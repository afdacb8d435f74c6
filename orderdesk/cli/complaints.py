"""``orderdesk complaint create|list|show|decide``: customers' complaints and their answers."""

from __future__ import annotations

import argparse

from orderdesk.cli.common import actor_from, cells, emit, emit_json, open_db
from orderdesk.i18n import _


def _service(args: argparse.Namespace):
    from orderdesk.services.complaints import ComplaintService
    from orderdesk.wiring import order_service

    return ComplaintService(order_service(open_db(args)))


def _json(c, today) -> dict:
    return {
        "id": c.id,
        "order": c.order_number,
        "return": c.return_number,
        "created_at": c.created_at,
        "created_by": c.created_by,
        "claim": c.claim,
        "ask": c.ask,
        "country": c.country,
        "due_on": c.due_on.isoformat(),
        "overdue": c.overdue(today),
        "decision": c.decision,
        "decision_text": c.decision_text,
        "decided_at": c.decided_at,
        "decided_by": c.decided_by,
    }


def _state(c, today) -> str:
    from orderdesk.services.complaints import DECISIONS

    if c.decision:
        return _(DECISIONS[c.decision])
    if c.overdue(today):
        return _("OVERDUE by {n} d").format(n=-c.days_left(today))
    return _("open, {n} d left").format(n=c.days_left(today))


def _text(c, today) -> str:
    from orderdesk.services.complaints import ASKS

    lines = [
        _("Complaint #{i} on order {n}").format(i=c.id, n=c.order_number),
        _("  received {at:%Y-%m-%d} by {who}; asks for {ask}").format(at=c.created_at, who=c.created_by, ask=_(ASKS[c.ask])),
        _("  answer by {d} ({country} rule): {state}").format(d=c.due_on, country=c.country or "*", state=_state(c, today)),
        _("  claim: {t}").format(t=c.claim),
    ]  # fmt: skip
    if c.return_number:
        lines.append(_("  return: {r}").format(r=c.return_number))
    if c.decision:
        lines.append(
            _("  answered {at:%Y-%m-%d} by {who}: {t}").format(at=c.decided_at, who=c.decided_by, t=c.decision_text)
        )
    return "\n".join(lines)


def cmd_create(args: argparse.Namespace) -> int:
    service = _service(args)
    c = service.create(args.number, args.claim, args.ask, actor_from(args), return_number=args.return_number or "")
    emit(args, _json(c, service.today()), _("Complaint #{i} recorded on order {n}; answer by {d}.").format(
        i=c.id, n=c.order_number, d=c.due_on))  # fmt: skip
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    service = _service(args)
    today = service.today()
    complaints = service.list(open_only=args.open, order_number=args.order)
    if args.json:
        emit_json([_json(c, today) for c in complaints])
        return 0
    if not complaints:
        print(_("No complaints."))
        return 0
    for c in complaints:
        print(
            f"#{c.id:<5} {c.order_number:<14} {c.due_on}  {cells(_state(c, today), 22)}  {cells(c.claim, 50)}".rstrip()
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    service = _service(args)
    c = service.get(args.id)
    emit(args, _json(c, service.today()), _text(c, service.today()))
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    service = _service(args)
    c = service.decide(args.id, args.decision, args.text, actor_from(args))
    emit(args, _json(c, service.today()), _("Complaint #{i} answered: {d}. The customer is told.").format(
        i=c.id, d=c.decision))  # fmt: skip
    return 0


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser, help: str) -> None:
    from orderdesk.services.complaints.rules import ASKS, DECISIONS

    group = sub.add_parser("complaint", help=help).add_subparsers(dest="complaint_command", required=True)
    p = group.add_parser("create", parents=[common], help="record a customer's complaint on an order")
    p.add_argument("number", help="order number")
    p.add_argument("--claim", required=True, help="what the customer says is wrong")
    p.add_argument("--ask", required=True, choices=list(ASKS), help="what the customer asks for")
    p.add_argument("--return", dest="return_number", default="", help="the return it belongs to (R-...)")
    p.set_defaults(func=cmd_create)
    p = group.add_parser("list", parents=[common], help="complaints, open ones first by answer date")
    p.add_argument("--open", action="store_true", help="only those not answered yet")
    p.add_argument("--order", default=None, help="only this order's")
    p.set_defaults(func=cmd_list)
    p = group.add_parser("show", parents=[common], help="one complaint")
    p.add_argument("id", type=int, help="complaint number (#)")
    p.set_defaults(func=cmd_show)
    p = group.add_parser("decide", parents=[common], help="record the decision; the customer is told")
    p.add_argument("id", type=int, help="complaint number (#)")
    p.add_argument("--decision", required=True, choices=list(DECISIONS))
    p.add_argument("--text", required=True, help="the decision in words the customer reads")
    p.set_defaults(func=cmd_decide)
