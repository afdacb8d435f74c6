"""An order's history row in words, in the reader's language.

The stored row stays as it was written (kind, from, to, details as data); only how it reads
changes. The order window and ``orderdesk order show`` both call :func:`describe`, so the
window, the CLI and support answers tell the same story.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from orderdesk.domain import HistoryEntry
from orderdesk.hold_reasons import render_reason
from orderdesk.i18n import N_, _, current_language, language_scope
from orderdesk.money import format_money
from orderdesk.workflow import hold_label, label


@dataclass(frozen=True)
class HistoryText:
    who: str  # "Olga · owner", "carrier tracking (CDEK)"
    what: str  # one line: "Quantity: TEA-012 2 → 3"
    why: str  # the reason as written
    more: str  # the full change for a tooltip, one item a line; "" when `what` says it all


# Edited fields, named as the order window names them.
_FIELDS = {
    "customer_name": N_("customer"),
    "phone": N_("phone"),
    "email": N_("e-mail"),
    "language": N_("customer's language"),
    "vip": N_("VIP customer"),
    "address": N_("address"),
    "pickup_point_code": N_("pickup point"),
    "notes": N_("notes"),
    "shipping_fee_minor": N_("shipping fee"),
    "lines": N_("items"),
}

_DOCUMENTS = {
    "slips": N_("packing slip"),
    "labels": N_("shipping label"),
    "picklist": N_("pick list"),
    "pick_list": N_("pick list"),
    "return_slip": N_("return slip"),
    "return_label": N_("return label"),
}

_SOURCES = {
    "web": N_("web store"),
    "phone": N_("phone"),
    "import": N_("file import"),
    "demo": N_("demo"),
    "manual": N_("entered by hand"),
}

_ROLES = {"owner": N_("owner"), "packer": N_("packer"), "clerk": N_("pickup clerk")}

_SYSTEM_ACTORS = {
    "carrier": N_("carrier tracking"),
    "auto-complete": N_("automatic completion"),
    "notifications": N_("customer messages"),
    "import": N_("file import"),
    "system": N_("OrderDesk"),
}

_LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "pl": "Polski", "zh": "中文"}


def describe(entry: HistoryEntry, language: str | None = None, currency: str = "") -> HistoryText:
    """``entry`` in words in ``language`` (default: the service language). ``currency`` is the
    order's, for amounts stored in minor units (the shipping fee)."""
    lang = language or current_language()
    with language_scope(lang):
        what, more = _what(entry, lang, currency)
        # A new order's reason is its source, which `what` already says.
        why = (
            ""
            if entry.kind == "create" and entry.reason in _SOURCES
            else render_reason(entry.reason, entry.details, lang)
        )
        return HistoryText(who=_who(entry), what=what, why=why, more=more)


def describe_all(entries: Iterable[HistoryEntry], language: str | None = None, currency: str = "") -> list[HistoryText]:
    return [describe(e, language, currency) for e in entries]


def _who(e: HistoryEntry) -> str:
    if e.role == "system":
        name, _sep, detail = e.actor.partition(":")
        words = _SYSTEM_ACTORS.get(name)
        if words is None:
            return e.actor
        return f"{_(words)} ({detail.upper()})" if detail else _(words)
    role = _ROLES.get(e.role)
    if role is None or e.role in e.actor:
        return e.actor
    return f"{e.actor} · {_(role)}"


def _what(e: HistoryEntry, lang: str, currency: str) -> tuple[str, str]:
    handler = _HANDLERS.get(e.kind)
    if handler is not None:
        return handler(e, lang, currency)
    return (f"{e.kind}: {e.to_value}".strip(": "), "")


def _status_name(value: str, lang: str) -> str:
    try:
        return label(value, lang)
    except ValueError:
        return value


def _status(e: HistoryEntry, lang: str, _currency: str) -> tuple[str, str]:
    text = f"{_status_name(e.from_value, lang)} → {_status_name(e.to_value, lang)}"
    effects: list[str] = []
    d = e.details or {}
    if isinstance(d.get("payment_minor"), int) and _currency:
        effects.append(_("payment recorded: {amount}").format(amount=format_money(d["payment_minor"], _currency, lang)))
    for key, words in (
        ("reserved", N_("reserved")),
        ("consumed", N_("taken from stock")),
        ("released", N_("stock released")),
        ("restocked", N_("back in stock")),
        ("short", N_("short")),
    ):
        if d.get(key):
            effects.append(f"{_(words)}: {_sku_counts(d[key])}")
    if d.get("shelf_slot"):
        effects.append(_("shelf {slot}").format(slot=d["shelf_slot"]))
    if d.get("pickup_code") == "checked":
        effects.append(_("pickup code checked"))
    elif d.get("pickup_code") == "override":
        effects.append(_("handed over without the pickup code (owner's decision)"))
    return text, "\n".join(effects)


def _sku_counts(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{sku} ×{n}" for sku, n in value.items())
    return str(value)


def _create(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    source = e.reason or e.to_value
    words = _SOURCES.get(source)
    if words is None:
        return _("Order created"), ""
    return _("Order created: {source}").format(source=_(words)), ""


def _hold(e: HistoryEntry, lang: str, _currency: str) -> tuple[str, str]:
    if e.to_value == "resolved":
        return _("Hold resolved: {hold}").format(hold=hold_label(e.from_value, lang)), ""
    return _("On hold: {hold}").format(hold=hold_label(e.to_value, lang)), ""


def _edit(e: HistoryEntry, lang: str, currency: str) -> tuple[str, str]:
    details = e.details or {}
    fields = [f for f in e.to_value.split(",") if f] or list(details)
    changes: list[str] = []
    for field in fields:
        name = _(_FIELDS.get(field, field.replace("_", " ")))
        pair = details.get(field)
        if not (isinstance(pair, list | tuple) and len(pair) == 2):
            changes.append(name)
            continue
        before, after = pair
        if field == "lines":
            changes.extend(_line_changes(before, after))
        elif field == "shipping_fee_minor" and currency:
            changes.append(f"{name}: {format_money(before, currency, lang)} → {format_money(after, currency, lang)}")
        elif field == "language":
            changes.append(f"{name}: {_LANGUAGE_NAMES.get(before, before)} → {_LANGUAGE_NAMES.get(after, after)}")
        elif field == "address":
            changes.append(f"{name}: {_joined(before)} → {_joined(after)}")
        elif field == "notes":
            changes.append(name)  # notes can be long; the Notes field shows them
        elif field == "vip":
            changes.append(f"{name}: {_('yes') if after else _('no')}")
        else:
            changes.append(f"{name}: {before or '—'} → {after or '—'}")
    names = ", ".join(_(_FIELDS.get(f, f.replace("_", " "))) for f in fields)
    if len(changes) == 1:
        return _("Edited: {change}").format(change=changes[0]), ""
    return _("Edited: {fields}").format(fields=names), "\n".join(changes)


def _joined(value: object) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value if v) or "—"
    return str(value) or "—"


def _line_changes(before: object, after: object) -> list[str]:
    """'TEA-012: 2 → 3', 'MUG-001 added (×1)', 'TOY-090 removed (was ×2)' in line order."""
    old = _quantities(before)
    new = _quantities(after)
    changes: list[str] = []
    for sku, qty in new.items():
        if sku not in old:
            changes.append(_("{sku} added (×{n})").format(sku=sku, n=qty))
        elif old[sku] != qty:
            changes.append(_("{sku}: quantity {a} → {b}").format(sku=sku, a=old[sku], b=qty))
    for sku, qty in old.items():
        if sku not in new:
            changes.append(_("{sku} removed (was ×{n})").format(sku=sku, n=qty))
    return changes or [_("items re-entered, nothing changed")]


def _quantities(value: object) -> dict[str, int]:
    result: dict[str, int] = {}
    if isinstance(value, list | tuple):
        for item in value:
            if isinstance(item, list | tuple) and len(item) == 2:
                sku, qty = item
                result[str(sku)] = result.get(str(sku), 0) + int(qty)
    return result


def _payment(e: HistoryEntry, lang: str, currency: str) -> tuple[str, str]:
    minor = (e.details or {}).get("minor")
    amount = format_money(minor, currency, lang) if isinstance(minor, int) and currency else e.to_value
    overpaid = (e.details or {}).get("overpaid_minor")
    more = ""
    if isinstance(overpaid, int) and currency:
        more = _("overpaid by {amount}").format(amount=format_money(overpaid, currency, lang))
    return _("Payment received: {amount}").format(amount=amount), more


def _print(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    documents = [_(_DOCUMENTS.get(k, k)) for k in e.to_value.split(",") if k]
    d = e.details or {}
    text = _("Printed: {documents}").format(documents=", ".join(documents) or "—")
    if d.get("target") == "file":
        text = _("Saved as PDF: {documents}").format(documents=", ".join(documents) or "—")
    more = []
    if d.get("printer"):
        more.append(_("printer: {name}").format(name=d["printer"]))
    if d.get("size"):
        more.append(_("size: {size}").format(size=d["size"]))
    if isinstance(d.get("copies"), int) and d["copies"] > 1:
        more.append(_("copies: {n}").format(n=d["copies"]))
    return text, "\n".join(more)


def _label(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    d = e.details or {}
    carrier = str(d.get("carrier", "")).replace("_", " ").upper() if d.get("carrier") else ""
    if e.to_value == "cancelled":
        return _("Shipping label cancelled: {tracking}").format(tracking=d.get("tracking_number", "")), ""
    if e.to_value == "unclear":
        more = _("carrier reference: {ref}").format(ref=d.get("reference", "")) if d.get("reference") else ""
        return _("Label purchase unclear at {carrier}: check there before buying again").format(
            carrier=carrier or "?"
        ), more
    if carrier:
        return _("Shipment {tracking} ({carrier})").format(tracking=e.to_value, carrier=carrier), ""
    return _("Shipment {tracking}").format(tracking=e.to_value), ""


def _note(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    notes = {
        "verified": N_("All items checked by scanning"),
        "wrong_pickup_code": N_("Wrong pickup code entered"),
        "cash": N_("Paid in cash at the counter"),
        "card": N_("Paid by card at the counter"),
    }
    words = notes.get(e.to_value)
    return (_(words) if words else (e.to_value or _("Note"))), ""


def _notification(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    states = {
        "queued": N_("Customer message queued"),
        "sent": N_("Customer message sent"),
        "failed": N_("Customer message failed"),
        "unknown": N_("Customer message: delivery unknown"),
        "delivered": N_("Customer message delivered"),
        "skipped": N_("Customer message not sent"),
    }
    words = states.get(e.to_value)
    channel = str((e.details or {}).get("channel", "")).upper()
    text = _(words) if words else _("Customer message: {state}").format(state=e.to_value)
    return (f"{text} ({channel})" if channel else text), ""


def _stock(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    """Waiting for stock and the customer's choice (services.stock.backorders)."""
    texts = {
        "choice_sent": N_("Asked the customer: wait for the stock or cancel"),
        "answer_wait": N_("The customer will wait for the stock"),
        "answer_cancel": N_("The customer cancels: out of stock"),
        "reserved": N_("Part of the missing stock arrived and is reserved"),
    }
    words = texts.get(e.to_value)
    return (_(words) if words else e.to_value), ""


def _priority(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    return (_("Marked priority") if e.to_value == "on" else _("No longer priority")), ""


def _assign(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    if not e.to_value:
        return _("Unassigned (was {p})").format(p=e.from_value), ""
    return _("Assigned to {p}").format(p=e.to_value), ""


def _return(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    """A return of lines (services.returns): opened, accepted or rejected."""
    d = e.details or {}
    number = str(d.get("return") or e.to_value)
    if e.to_value == "awaiting_parcel":
        return _("Return {r} accepted").format(r=number), ""
    if e.to_value == "rejected":
        return _("Return {r} rejected").format(r=number), ""
    if e.to_value == "closed":
        kept = d.get("kept_minor")
        if isinstance(kept, int) and _currency:
            text = _("Return {r} closed; the shop keeps {amount}, no refund is due")
            return text.format(r=number, amount=format_money(kept, _currency, _lang)), ""
        return _("Return {r} closed").format(r=number), ""
    return _("Return {r} opened").format(r=number), _sku_counts(d.get("lines", ""))


def _return_received(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    d = e.details or {}
    words = {"restock": N_("back in stock"), "write-off": N_("written off"), "repair": N_("sent for repair")}
    items = [
        f"{i.get('sku')} ×{i.get('quantity')} {_(words[i['disposition']]) if i.get('disposition') in words else ''}".strip()
        for i in d.get("items", [])
        if isinstance(i, dict)
    ]
    text = _("Return {r} received") if d.get("complete") else _("Return {r} partly received")
    return text.format(r=d.get("return") or e.to_value), ", ".join(items)


def _refund(e: HistoryEntry, lang: str, currency: str) -> tuple[str, str]:
    """A return's refund (services.returns.refunds): whole, a part with what is left, or the rest."""
    d = e.details or {}
    if d.get("manual"):  # in the line itself, not only its tip: the desk sends this money itself
        text = _("Refund {amount} for return {r}, paid back by hand").format(amount=e.to_value, r=d.get("return", ""))
    else:
        text = _("Refund {amount} for return {r}").format(amount=e.to_value, r=d.get("return", ""))
    more = []
    left = d.get("left_minor")
    if isinstance(left, int) and left > 0 and currency:
        more.append(_("partly refunded, {amount} left").format(amount=format_money(left, currency, lang)))
    elif isinstance(d.get("part"), int) and d["part"] > 1:
        more.append(_("the rest"))
    return text, ", ".join(more)


def _exchange(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    d = e.details or {}
    if e.to_value == d.get("exchange_order"):
        return _("Exchange for return {r}: replacement order {o}").format(r=d.get("return"), o=e.to_value), ""
    return _("Replacement for return {r} of order {o}").format(r=d.get("return"), o=e.reason), ""


def _complaint(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    """A complaint received or answered (services.complaints)."""
    d = e.details or {}
    number = d.get("complaint", "?")
    if e.to_value == "received":
        return _("Complaint #{i} received, to answer by {d}").format(i=number, d=d.get("due_on", "?")), ""
    decisions = {"accepted": N_("accepted"), "rejected": N_("rejected"), "partly": N_("partly accepted")}
    words = decisions.get(e.to_value)
    return _("Complaint #{i} answered: {d}").format(i=number, d=_(words) if words else e.to_value), ""


def _return_parcel(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    """A tracking event of the parcel the customer sends back (services.return_shipments)."""
    return _("Return parcel for {r}: {m}").format(r=e.from_value or "?", m=e.to_value), ""


def _return_label(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    """A carrier's return label for a return (services.return_labels)."""
    d = e.details or {}
    carrier = str(d.get("carrier", "")).upper()
    if e.to_value == "no file":
        return _("Return label for {r}: the file could not be downloaded").format(r=d.get("return", "?")), e.reason
    return _("Return label for {r}: {carrier} parcel {t}").format(
        r=e.from_value or "?", carrier=carrier, t=e.to_value
    ), ""


def _return_photo(e: HistoryEntry, _lang: str, _currency: str) -> tuple[str, str]:
    """Photos of a return's state kept with it (services.returns.photos)."""
    files = ", ".join(str(f) for f in (e.details or {}).get("files", []))
    return _("Photos of return {r}: {n}").format(r=e.from_value or "?", n=e.to_value), files


_HANDLERS: dict[str, Callable[[HistoryEntry, str, str], tuple[str, str]]] = {
    "status": _status,
    "create": _create,
    "hold": _hold,
    "edit": _edit,
    "payment": _payment,
    "print": _print,
    "label": _label,
    "note": _note,
    "notification": _notification,
    "stock": _stock,
    "priority": _priority,
    "assign": _assign,
    "return": _return,
    "return_received": _return_received,
    "refund": _refund,
    "exchange": _exchange,
    "complaint": _complaint,
    "return parcel": _return_parcel,
    "return label": _return_label,
    "return photo": _return_photo,
}
