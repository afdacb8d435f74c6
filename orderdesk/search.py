"""Turning what a person types into a search over orders.

``orders.search_text`` holds a folded copy of everything searchable (number, external id,
customer, phone digits, e-mail, tracking numbers, SKUs). On SQLite an FTS5 trigram index
over it finds any fragment of three or more characters; on PostgreSQL a pg_trgm index over
the same column (migration 0006_pg_trgm) does the same for a LIKE '%fragment%'.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_PHONEISH = re.compile(r"^[\d\s\-()+./]+$")
_NON_DIGITS = re.compile(r"\D")


@lru_cache(maxsize=8192)  # names, cities and SKUs repeat across orders
def fold(text: str) -> str:
    """Lower-case and strip diacritics, so 'Łódź' and 'lodz', 'Ёлкин' and 'елкин' meet."""
    if text.isascii():  # numbers, e-mails, SKUs: nothing to decompose, and casefold() is lower()
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ł", "l").replace("ё", "е")


def build_search_text(parts: Iterable[str]) -> str:
    """The folded parts joined, each once, with the digits of a part whose digits are split
    ("2026-000123", "+48 600 100 200") as one more piece.

    Every search is a substring match (the trigram index, LIKE, the board's own scan), so a piece
    that is already inside an earlier one adds nothing but index entries: a recipient who is the
    customer, the digits of "+48600100200" or of "mug-001". Each character of the text is about
    one trigram to write when an order is stored and to keep in the index.
    """
    pieces: list[str] = []
    for part in parts:
        if not part:
            continue
        folded = fold(part)
        if folded not in pieces:
            pieces.append(folded)
        digits = _NON_DIGITS.sub("", part)
        if len(digits) >= 3 and digits not in folded and digits not in pieces:
            pieces.append(digits)  # phone digits without '+', spaces or dashes
    return " | ".join(pieces)


def national_digits(digits: str) -> str:
    """A whole phone number dialled the local way, reduced to the digits every form shares.

    Stored numbers are E.164 (``79166083311``); people type them with the international call
    prefix (``00 48 …``) or the national trunk prefix (``8 916 …`` in Russia, Kazakhstan and
    Belarus, ``0 …`` in most of Europe). Dropping the prefix leaves a substring of the stored
    digits, so the search only widens, never misses the number.
    """
    if len(digits) >= 11 and digits.startswith("00"):
        return digits[2:]
    if len(digits) == 11 and digits[0] == "8":
        return digits[1:]
    if len(digits) >= 9 and digits[0] == "0":
        return digits[1:]
    return digits


def query_terms(query: str) -> list[str]:
    """Split a query into folded terms; a phone-like query becomes one run of digits."""
    query = query.strip()
    if not query:
        return []
    if _PHONEISH.match(query) and sum(c.isdigit() for c in query) >= 3 and any(c in query for c in " -()+./"):
        digits = re.sub(r"\D", "", query)
        return [digits if query.lstrip().startswith("+") else national_digits(digits)]
    return [national_digits(t) if t.isdigit() else t for t in fold(query).split() if t]


def fts_expression(terms: list[str]) -> str:
    """An FTS5 MATCH expression: every term as a quoted phrase (trigram: a substring), AND-ed."""
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


_RUN = re.compile(r"[^\W_]{3,}")  # letters and digits: no LIKE wildcard or escape can be in it


def index_key(terms: list[str]) -> str | None:
    """The longest run of letters or digits (three or more) in the terms, for a trigram index:
    the fragment most likely to be rare, and safe to put in a LIKE pattern as it is."""
    runs = [run for term in terms for run in _RUN.findall(term)]
    return max(runs, key=len) if runs else None
