"""Qt translators for the interface language chosen in the settings ("ui/language").

Our catalogues are orderdesk/resources/translations/orderdesk_<lang>.qm (built by
scripts/update_translations.sh); Qt's own qtbase_<lang>.qm from the PySide6 package
translates the standard buttons and dialogs (OK/Cancel, file dialogs, context menus).
The service layer's gettext catalogue is switched at the same time, so refusals from the
domain come out in the same language as the window around them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QGuiApplication

from orderdesk import i18n
from orderdesk.ui.fonts import add_bundled_fonts

if TYPE_CHECKING:
    from orderdesk.settings import Settings

QM_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
# Settings keep the short codes of orderdesk.i18n.LANGUAGES; Qt names Chinese zh_CN.
QT_LOCALES = {"en": "en", "ru": "ru", "pl": "pl", "zh": "zh_CN"}

_installed: list[QTranslator] = []


class CatalogueTranslator(QTranslator):
    """Our catalogue, plus a second look in the empty context.

    lupdate files a string under the class whose ``self.tr`` it sees; a module-level helper
    (``def tr(text): return QCoreApplication.translate("Printing", text)``) hides the context,
    so lupdate files those strings under "" while the code asks for "Printing". Looking in ""
    when the real context has no translation makes such strings work without touching the code.
    """

    def translate(self, context, source_text, disambiguation=None, n=-1):  # type: ignore[override]
        text = super().translate(context, source_text, disambiguation, n)
        if not text and context:
            text = super().translate("", source_text, disambiguation, n)
        # None is Qt's null string, "not here": Qt then asks the next translator (qtbase);
        # an empty string would be taken as the translation.
        return text or None


def qt_locale(language: str) -> QLocale:
    return QLocale(QT_LOCALES.get(language, language))


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the installed translators with those for ``language``; returns what was loaded.

    English needs none (the source strings are English). A missing catalogue falls back
    to English rather than failing the start-up.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
    if isinstance(app, QGuiApplication):
        add_bundled_fonts()
    if language == "en":
        return []  # English keeps the system locale for numbers and dates
    locale = qt_locale(language)
    QLocale.setDefault(locale)  # numbers and dates (%Ln, QLocale().toString) follow the language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder, kind in (("qtbase", qt_dir, QTranslator), ("orderdesk", str(QM_DIR), CatalogueTranslator)):
        translator = kind(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            _installed.append(translator)
    return list(_installed)


def chosen_language(qsettings: QSettings, shop_settings: Settings | None = None) -> str:
    """This user's interface language, else the shop's documents language, else English."""
    language = str(qsettings.value("ui/language", "") or "")
    if not language and shop_settings is not None:
        language = str(shop_settings.get("shop.language") or "")
    return language if language in i18n.LANGUAGES else "en"
