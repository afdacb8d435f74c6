"""How long the shop has to answer a complaint, per country (and, where the law differs, per
what the customer asks for), and when the desk is reminded.

The rule is one shop setting, ``complaints.answer_days``: entries ``COUNTRY=days`` or
``COUNTRY:ask=days`` separated by commas, ``*`` for every other country. The defaults follow:

- Poland: the seller answers a consumer's complaint within 14 days, or it counts as accepted
  (Polish consumer rights act, art. 7a / civil code art. 561^5).
- Russia: a claim for a refund (or a price reduction) is met within 10 days (the consumer
  protection law, art. 22).
- China: 7 days, the usual after-sales answer time of the platform rules the shops work under.
- anywhere else: 14 days.
"""

from __future__ import annotations

from datetime import date, timedelta

from orderdesk.errors import ValidationError
from orderdesk.i18n import N_, _
from orderdesk.settings import declare

ASKS: dict[str, str] = {
    "repair": N_("repair"),
    "replacement": N_("replacement"),
    "refund": N_("refund"),
    "price_reduction": N_("price reduction"),
}
DECISIONS: dict[str, str] = {
    "accepted": N_("accepted"),
    "rejected": N_("rejected"),
    "partly": N_("partly accepted"),
}
# The decision as the customer reads it, in their language (placeholder {decision}).
DECISION_WORDS: dict[str, dict[str, str]] = {
    "accepted": {"en": "accepted", "ru": "удовлетворена", "pl": "uznana", "zh": "已受理"},
    "rejected": {"en": "rejected", "ru": "отклонена", "pl": "odrzucona", "zh": "未获受理"},
    "partly": {"en": "partly accepted", "ru": "удовлетворена частично", "pl": "uznana częściowo", "zh": "部分受理"},
}

DEFAULT_RULE = "PL=14, RU=10, CN=7, *=14"
MAX_DAYS = 365


def parse_rule(text: str) -> dict[str, int]:
    """``{"PL": 14, "RU:refund": 10, "*": 14}`` or ValidationError saying what is wrong."""
    table: dict[str, int] = {}
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        key, sep, days = part.partition("=")
        key = key.strip().upper()
        country, _colon, ask = key.partition(":")
        ask = ask.lower()
        ok_country = country == "*" or (len(country) == 2 and country.isalpha())
        if not sep or not ok_country or (ask and ask not in ASKS) or not days.strip().isdigit():
            raise ValidationError(
                _("'{p}' is not a complaint rule: write COUNTRY=days or COUNTRY:ask=days, e.g. PL=14, RU:refund=10, *=14.").format(p=part),
                field="complaints.answer_days",
            )  # fmt: skip
        n = int(days)
        if not 1 <= n <= MAX_DAYS:
            raise ValidationError(
                _("'{p}': the days to answer must be from 1 to {m}.").format(p=part, m=MAX_DAYS),
                field="complaints.answer_days",
            )
        table[f"{country}:{ask}" if ask else country] = n
    if "*" not in table:
        raise ValidationError(
            _("The complaint rule needs a default for other countries, e.g. *=14."), field="complaints.answer_days"
        )
    return table


def _normalise(text: str) -> str:
    return ", ".join(f"{k}={v}" for k, v in parse_rule(text).items())


ANSWER_DAYS = declare(
    "complaints.answer_days",
    str,
    DEFAULT_RULE,
    "Days to answer a complaint per country: PL=14, RU=10, RU:refund=10, *=14 (ask: repair, replacement, refund, price_reduction)",
    _normalise,
)
REMIND_DAYS = declare(
    "complaints.remind_days_before",
    int,
    3,
    "Days before a complaint's answer date that it shows under Needs attention (0 = only when overdue)",
    low=0,
    high=60,
)


def answer_days(rule: str, country: str, ask: str) -> int:
    table = parse_rule(rule or DEFAULT_RULE)
    country = (country or "").upper()
    return table.get(f"{country}:{ask}") or table.get(country) or table["*"]


def due_date(rule: str, country: str, ask: str, received: date) -> date:
    """The last day the shop may answer a complaint received on ``received``."""
    return received + timedelta(days=answer_days(rule, country, ask))
