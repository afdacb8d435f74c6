"""Number and currency facts from CLDR, so money is written without loading Babel.

Babel (the CLDR data) costs a command-line run more than the run's own work, and money is
written in every listing. These are the few CLDR facts ``orderdesk.money`` needs, copied from
Babel's data for the app's languages; ``tests/unit/test_money_cldr.py`` compares every one with
Babel, so a Babel upgrade that changes one fails there and prints the new table. A language or
locale not listed here is formatted by Babel itself.
"""

from __future__ import annotations

# Digits after the decimal point of the currencies whose CLDR precision is not 2
# (Babel's ``get_currency_precision``; every other code, known or not, has 2).
CURRENCY_DIGITS: dict[str, int] = {
    "ADP": 0,
    "AFN": 0,
    "ALL": 0,
    "BHD": 3,
    "BIF": 0,
    "BYR": 0,
    "CLF": 4,
    "CLP": 0,
    "DJF": 0,
    "ESP": 0,
    "GNF": 0,
    "IQD": 0,
    "IRR": 0,
    "ISK": 0,
    "ITL": 0,
    "JOD": 3,
    "JPY": 0,
    "KMF": 0,
    "KPW": 0,
    "KRW": 0,
    "KWD": 3,
    "LAK": 0,
    "LBP": 0,
    "LUF": 0,
    "LYD": 3,
    "MGA": 0,
    "MGF": 0,
    "MMK": 0,
    "MRO": 0,
    "OMR": 3,
    "PYG": 0,
    "RSD": 0,
    "RWF": 0,
    "SLL": 0,
    "SOS": 0,
    "STD": 0,
    "SYP": 0,
    "TMM": 0,
    "TND": 3,
    "TRL": 0,
    "UGX": 0,
    "UYI": 0,
    "UYW": 4,
    "VND": 0,
    "VUV": 0,
    "XAF": 0,
    "XOF": 0,
    "XPF": 0,
    "YER": 0,
    "ZMK": 0,
    "ZWD": 0,
}

# The latin-digit number symbols of each app language: (decimal sign, group separator, minus sign).
NUMBER_SYMBOLS: dict[str, tuple[str, str, str]] = {
    "en": (".", ",", "-"),
    "ru": (",", "\xa0", "-"),
    "pl": (",", "\xa0", "-"),
    "zh": (".", ",", "-"),
}
