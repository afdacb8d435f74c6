"""Priority rules: which new orders are flagged priority by themselves (express delivery, a VIP
customer, a total over a limit). Read inside the creating transaction, so a new order is flagged
in the same commit as it is stored, with its history row."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from orderdesk.i18n import _
from orderdesk.models import OrderRow, SettingRow
from orderdesk.phones import normalize_phone
from orderdesk.settings import declare

A = "automation."

PRIORITY_DELIVERY = declare(
    A + "priority_delivery_methods",
    str,
    "",
    "Delivery methods that make an order priority (express), comma-separated: "
    "pickup_shop, pickup_point, own_courier, carrier ('' = none)",
)
PRIORITY_VIP_PHONES = declare(
    A + "priority_vip_phones",
    str,
    "",
    "Phone numbers of VIP customers whose orders are priority, comma-separated ('' = none); "
    "besides the VIP flag on the customer (order window)",
)
PRIORITY_TOTAL_OVER = declare(
    A + "priority_total_over",
    int,
    0,
    "Orders with a total over this, in whole currency units, are priority (0 = off)",
    low=0,
    high=10**9,
)


def _setting(s: Session, key: str, default):
    # Cached for the transaction: an import creates thousands of orders in one session.
    cache = s.info.setdefault("priority_settings", {})
    if key not in cache:
        row = s.get(SettingRow, key)
        cache[key] = json.loads(row.value) if row is not None else default
    return cache[key]


def _words(text: str) -> list[str]:
    return [w.strip() for w in str(text or "").replace(";", ",").split(",") if w.strip()]


def rule_reason(s: Session, row: OrderRow, default_country: str = "PL") -> str:
    """Why the rules make this order priority ("" = they do not)."""
    methods = {w.lower() for w in _words(_setting(s, PRIORITY_DELIVERY.key, ""))}
    if row.delivery_method in methods:
        return _("express delivery ({m})").format(m=row.delivery_method)
    if row.customer is not None and getattr(row.customer, "vip", False):
        return _("VIP customer")
    # The older phone list still counts, so a shop's settings keep working beside the flag.
    phones = _words(_setting(s, PRIORITY_VIP_PHONES.key, ""))
    if phones and row.customer is not None and row.customer.phone:
        vip = {normalize_phone(p, default_country)[0] for p in phones}
        if row.customer.phone in vip or normalize_phone(row.customer.phone, default_country)[0] in vip:
            return _("VIP customer")
    limit = int(_setting(s, PRIORITY_TOTAL_OVER.key, 0) or 0)
    if limit and row.total_minor > limit * 100:
        return _("total over {n}").format(n=limit)
    return ""
