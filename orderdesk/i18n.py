"""The service layer's translation hook (the UI uses Qt's ``tr``).

Messages are written in English and looked up in gettext catalogues under
``resources/locale`` when present; without a catalogue the English text is used.
"""

from __future__ import annotations

import gettext
from pathlib import Path

LANGUAGES = ("en", "ru", "pl", "zh")
_LOCALE_DIR = Path(__file__).resolve().parent.parent / "resources" / "locale"
_current: gettext.NullTranslations = gettext.NullTranslations()


def set_language(language: str) -> None:
    global _current
    _current = gettext.translation("orderdesk", localedir=_LOCALE_DIR, languages=[language], fallback=True)


def _(message: str) -> str:
    return _current.gettext(message)
