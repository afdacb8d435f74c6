"""The real main window in another language: our catalogues, Qt's own, and the service messages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from orderdesk import i18n
from orderdesk.ui.board.model import ERROR_ROLE
from orderdesk.ui.translations import chosen_language, install_translations
from orderdesk.workflow import Status
from tests.factories import make_order
from tests.ui.test_board import drop_on


@pytest.fixture
def language(qapp, qsettings):
    """Switch the whole app as run_app does at start-up (the setting, Qt's translators and our
    own, the service messages); back to English afterwards."""
    before = QLocale()

    def use(lang: str) -> None:
        qsettings.setValue("ui/language", lang)
        installed = install_translations(qapp, lang)
        assert len(installed) == 2, "ours and qtbase"

    yield use
    install_translations(qapp, "en")
    QLocale.setDefault(before)


def test_main_window_in_russian(make_window, stocked, language, qtbot):
    for _ in range(3):
        make_order(stocked)
    language("ru")
    window = make_window()
    header = window.board.columns[Status.NEW].header.text()
    assert header.startswith("Новый")
    assert window.board.columns[Status.AWAITING_PAYMENT].header.text().startswith("Ожидает оплаты")
    assert [window.tabs.tabText(i) for i in range(2)] == ["Доска", "Закрытые и возвраты"]  # the List tab: new string
    assert (window.new_action.text(), window.refresh_action.text(), window.settings_action.text()) == (
        "Новый заказ",
        "Обновить",
        "Настройки",
    )
    assert window.windowTitle() == "OrderDesk — 3 активных заказа"  # Russian plural for 2-4
    assert window.filter_bar.search.placeholderText().startswith("Поиск:")
    # menus other parts add (printing): module-level tr() helpers work through the empty context
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&Заказы" and {"&Печать", "Службы &доставки", "&Сообщения"} <= set(menus)
    printing = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Печать")
    assert "Настройка принтеров…" in [a.text() for a in printing.actions()]


def test_a_refused_move_in_polish(make_window, stocked, language, qtbot):
    number = make_order(stocked)
    language("pl")
    window = make_window()
    new = window.column_model(Status.NEW)
    order_id = new.ids[0]
    drop_on(window.board.columns[Status.ASSEMBLING].view, [order_id], "new")
    qtbot.waitUntil(lambda: bool(new.index(new.row_of(order_id)).data(ERROR_ROLE)), timeout=5000)
    message = new.index(new.row_of(order_id)).data(ERROR_ROLE)
    assert f"Zamówienie {number} nie może przejść z „Nowe” do „Kompletowanie”" in message
    assert stocked.get(number).status is Status.NEW


def test_chinese_loads_the_zh_cn_catalogues(make_window, stocked, language):
    language("zh")
    window = make_window()
    assert window.new_action.text() == "新建订单"
    assert window.board.columns[Status.PAID].header.text().startswith("已付款")


def test_qt_standard_buttons_come_translated(qtbot, stocked, runner, qsettings, language):
    from orderdesk.ui.settings_dialog import SettingsDialog

    language("pl")
    dialog = SettingsDialog(_settings(stocked), qsettings, runner)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Anuluj"  # from qtbase_pl.qm


def _settings(service):
    from orderdesk.settings import Settings

    return Settings(service.db)


def test_choosing_another_language_says_restart(qtbot, stocked, runner, qsettings):
    from orderdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(_settings(stocked), qsettings, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    assert not dialog.language_hint.isVisible()
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("ru"))
    assert dialog.language_hint.isVisible()
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData(i18n.current_language()))
    assert not dialog.language_hint.isVisible()


def test_language_comes_from_the_user_then_the_shop(qsettings, stocked):
    settings = _settings(stocked)
    settings.set("shop.language", "pl")
    assert chosen_language(qsettings, settings) == "pl"
    qsettings.setValue("ui/language", "zh")
    assert chosen_language(qsettings, settings) == "zh"
    qsettings.setValue("ui/language", "klingon")
    assert chosen_language(qsettings, None) == "en"


def test_chinese_text_has_a_font(language):
    from PySide6.QtGui import QFontDatabase

    language("zh")
    # the system's CJK font, or the one shipped for documents: never boxes for Chinese names
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("ru", 3, "Перемещено 3 заказа."),
        ("ru", 21, "Перемещён 21 заказ."),
        ("ru", 25, "Перемещено 25 заказов."),
        ("pl", 22, "Przeniesiono 22 zamówienia."),
        ("pl", 25, "Przeniesiono 25 zamówień."),
        ("zh", 25, "已移动 25 个订单。"),
        ("en", 25, "Moved 25 orders."),  # English needs no catalogue for plurals
    ],
)
def test_plural_forms_follow_each_language(qapp, language, lang, n, expected):
    from PySide6.QtCore import QCoreApplication

    if lang != "en":
        language(lang)
    assert QCoreApplication.translate("MainWindow", "Moved %n orders.", "", n) == expected
