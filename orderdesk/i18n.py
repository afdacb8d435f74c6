"""The service layer's translation hook (the UI uses Qt's ``tr``).

Messages are written in English and looked up in the gettext catalogues shipped inside the
package (orderdesk/resources/locale/<lang>/LC_MESSAGES/orderdesk.mo, built by
scripts/update_translations.sh); without a catalogue the English text is used. The desktop
app sets the interface language at start-up; the CLI stays English unless ORDERDESK_LANG is set.
"""

from __future__ import annotations

import gettext
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "ru", "pl", "zh")
LOCALE_DIR = Path(__file__).resolve().parent / "resources" / "locale"
DOMAIN = "orderdesk"
_current: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"
_scoped = threading.local()  # a per-thread override: documents in the shop's language


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[language], fallback=True)


def set_language(language: str) -> None:
    """Switch the service messages to ``language`` (one of LANGUAGES; others mean English)."""
    global _current, _language
    _language = language if language in LANGUAGES else "en"
    _current = _catalogue(_language)


def current_language() -> str:
    scoped = getattr(_scoped, "language", None)
    return scoped or _language


@contextmanager
def language_scope(language: str | None) -> Iterator[None]:
    """Messages made in this thread inside the block use ``language`` (e.g. a packing slip in
    the shop's documents language while the desk runs in another); other threads are unaffected."""
    code = language if language in LANGUAGES else "en"
    saved = getattr(_scoped, "language", None), getattr(_scoped, "catalogue", None)
    _scoped.language, _scoped.catalogue = code, _catalogue(code)
    try:
        yield
    finally:
        _scoped.language, _scoped.catalogue = saved


def set_language_from_env() -> None:
    """The CLI's choice: ORDERDESK_LANG (e.g. ``ru`` or ``pl_PL.UTF-8``), else English."""
    value = os.environ.get("ORDERDESK_LANG", "").strip()
    if value:
        code = value.split(".")[0].split("_")[0].lower()
        set_language(code)


def N_(message: str) -> str:
    """Marks a message for extraction without translating it: for text kept in module-level
    constants (built at import, before the language is chosen); translate it with ``_`` where
    it is shown."""
    return message


def _(message: str) -> str:
    return (getattr(_scoped, "catalogue", None) or _current).gettext(message)
