"""What can stop a packer finishing an order: the problem kinds the bench offers (plain English;
each reader's language comes from the catalogues where they are shown)."""

from __future__ import annotations

PROBLEMS: dict[str, str] = {
    "missing": "Item missing",
    "damaged": "Item damaged",
    "wrong_stock": "Wrong item on the shelf",
    "other": "Other problem",
}
