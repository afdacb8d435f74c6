"""The reasons the app itself gives for a hold, stored as a kind plus parameters and rendered in
the reader's language.

A hold (and its history row) keeps ``reason`` as English text — what older versions stored
and what search and old readers see — and, for reasons the app writes, ``details["reason"] =
{"kind": ..., "params": {...}}``. Reading renders that kind in the current service language
(the window's interface language, ``ORDERDESK_LANG`` for the CLI); rows without it (older rows,
a person's own words) are shown as they were written.
"""

from __future__ import annotations

from typing import Any

from orderdesk.i18n import N_, _, current_language, language_scope
from orderdesk.workflow import label

# kind → the English template (extracted for translation with N_, translated when read). The
# texts and their placeholders are the ones these reasons always had, so the catalogues'
# translations apply: m = short items, c = carrier or its status, d = description or days,
# code = the carrier's event code, s = a status key, k = a count.
TEMPLATES: dict[str, str] = {
    "short_stock": N_("Not enough stock: {m}"),
    "carrier_reports": N_("{c} reports: {d} ({code})."),
    "delivered_but_cancelled": N_("The carrier says the parcel was delivered, but the order is cancelled."),
    "carrier_cancelled": N_("The carrier says this shipment was cancelled, but the order is {s}."),
    "status_differs": N_("The order is {s}, but the carrier says: {c}."),
    "no_tracking_event": N_("No tracking event for {d} days (last: {c})."),
    "carrier_ahead": N_(
        "{c} says: {d}, but the order is still {s}. Check the parcel and move the order to packed; "
        "the next sync moves it along."
    ),
    "store_behind": N_(
        "The store shows '{s}' but the desk says {d} (the customer's account is out of date). "
        "Fix: push again, accept the store's status, or open the store's order page."
    ),
    "store_ahead": N_(
        "The store shows '{st}' but the order is still {s} at the desk. "
        "Fix: accept the store's, push the desk's status again, or open the store's order page."
    ),
    "store_completed": N_(
        "The store shows the order completed but the desk has not shipped it ({s}). "
        "Fix: ship it at the desk, push the desk's status again, or accept the store's if it left another way."
    ),
    "store_deleted": N_(
        "The store has deleted this order or moved it to the trash: nothing more can be sent to it. "
        "Fix: restore it in the store and push again, or accept the store's to cancel it here."
    ),
    "wrong_pickup_codes": N_("{k} wrong pickup codes at the counter"),
    "order_cancelled": N_("order cancelled"),
    "packing_problem": N_("{problem}: {note}"),
    "packing_problem_plain": N_("{problem}"),
    "complaint_due": N_("Complaint #{k} must be answered by {d}."),
    "complaint_overdue": N_("Complaint #{k} is overdue: it had to be answered by {d}."),
}

_STATUS_PARAMS = ("s",)  # parameters holding a status key: shown as the status's name


def hold_reason(kind: str, **params: Any) -> tuple[str, dict]:
    """(the English text to store as ``reason``, the ``details`` entry that lets it be rendered)."""
    if kind not in TEMPLATES:
        raise KeyError(f"unknown hold reason kind {kind!r}")
    text = TEMPLATES[kind].format(**{k: _english(k, v) for k, v in params.items()})
    return text, {"reason": {"kind": kind, "params": params}}


def render_reason(text: str, details: dict | None, language: str | None = None) -> str:
    """The reason in ``language`` (default: the service language); as stored when it has no kind."""
    coded = (details or {}).get("reason") if isinstance(details, dict) else None
    if not isinstance(coded, dict) or coded.get("kind") not in TEMPLATES:
        return text
    lang = language or current_language()
    params = coded.get("params") or {}
    try:
        with language_scope(lang):
            values = {k: _localized(k, v, lang) for k, v in params.items()}
            return _(TEMPLATES[coded["kind"]]).format(**values)
    except (KeyError, IndexError, ValueError):
        return text  # a catalogue entry with a wrong placeholder must not hide the reason


def _english(key: str, value: Any) -> str:
    return _localized(key, value, "en", translate=False)


def _localized(key: str, value: Any, language: str, *, translate: bool = True) -> str:
    if key in _STATUS_PARAMS:
        try:
            return label(str(value), language)
        except ValueError:
            return str(value)
    if key == "m" and isinstance(value, dict):
        return ", ".join(f"{sku} ({n})" for sku, n in value.items())
    if key == "c" and value == "":
        return _("none") if translate else "none"
    if key == "problem":
        from orderdesk.packing_problems import PROBLEMS  # the bench's problem names

        title = PROBLEMS.get(str(value), str(value))
        return _(title) if translate else title
    return str(value)
