"""The translation catalogues: complete, placeholders intact, compiled files current, shipped.

When another change adds UI or service strings, the "up to date" tests fail until someone runs
scripts/update_translations.sh and translates the new entries (docs/translations.md).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from string import Formatter

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from orderdesk import i18n
from orderdesk.errors import MoveRefused
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order, stock_products

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "orderdesk"
TS_DIR = PACKAGE / "resources" / "translations"
LOCALE_DIR = PACKAGE / "resources" / "locale"
QT_LANGUAGES = {"ru": 3, "pl": 3, "zh_CN": 1}  # language: plural forms Qt expects
GETTEXT_LANGUAGES = ("ru", "pl", "zh")

sys.path.insert(0, str(ROOT / "scripts"))
import _catalogs  # noqa: E402  (the script's own extraction, so the test and the script agree)


def ts_messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS_DIR / f"orderdesk_{lang}.ts").getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def po_catalog(lang: str):
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "orderdesk.po").open("rb") as f:
        return read_po(f, locale=lang)


def qt_placeholders(text: str) -> list[str]:
    # %1..%99, %n / %Ln, {name} (our .format() fields), && (a literal ampersand), <b>-style tags
    return sorted(re.findall(r"%L?\d+|%L?n|%[vmp]|\{[^{}]*\}|&&|</?\w+>", text))


def brace_fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{\{|\}\}|\{[^{}]*\}", text))


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    path = str(found) if found.exists() else shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return path


# -- Qt catalogues ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", QT_LANGUAGES)
def test_every_ui_message_is_translated_and_finished(lang):
    messages = ts_messages(lang)
    assert len(messages) > 250
    todo = []
    for context, source, message in messages:
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            todo.append(f"{context}: {source}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if len(forms) != QT_LANGUAGES[lang] or not all(f.strip() for f in forms):
                todo.append(f"{context}: {source} (plural forms {forms})")
        elif not (translation.text or "").strip():
            todo.append(f"{context}: {source}")
    assert todo == [], f"{len(todo)} untranslated in orderdesk_{lang}.ts: run scripts/update_translations.sh"


@pytest.mark.parametrize("lang", QT_LANGUAGES)
def test_ui_translations_keep_placeholders_and_shortcuts(lang):
    wrong = []
    for context, source, message in ts_messages(lang):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for form in forms:
            if qt_placeholders(form) != qt_placeholders(source):
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert wrong == []


@pytest.mark.parametrize("lang", ["ru", "pl"])
def test_ui_translations_are_in_the_language(lang):
    # Not English copied over: only product names and loanwords (OrderDesk, E-mail, Account SID,
    # STARTTLS...) may read the same, a few percent of the catalogue at most.
    messages = [(s, m.find("translation").text) for _c, s, m in ts_messages(lang) if m.get("numerus") != "yes"]
    same = {s for s, t in messages if s == t and re.search(r"[a-z]{4}", s)}
    assert len(same) < 0.03 * len(messages), sorted(same)


def test_qm_files_are_compiled_from_the_ts_files(tmp_path):
    lrelease = tool("pyside6-lrelease")
    for lang in QT_LANGUAGES:
        ts, qm = TS_DIR / f"orderdesk_{lang}.ts", TS_DIR / f"orderdesk_{lang}.qm"
        fresh = tmp_path / qm.name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=60)
        same = fresh.read_bytes() == qm.read_bytes()
        assert same, f"{qm.name} is stale: run scripts/update_translations.sh"


def test_ts_files_hold_every_string_of_the_ui(tmp_path):
    lupdate = tool("pyside6-lupdate")
    sources = sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py"))
    for lang in QT_LANGUAGES:
        copy = tmp_path / f"orderdesk_{lang}.ts"
        shutil.copy(TS_DIR / copy.name, copy)
        args = [lupdate, "-silent", "-locations", "none", "-no-obsolete", "-source-language", "en"]
        subprocess.run([*args, "-target-language", lang, *sources, "-ts", str(copy)], check=True, timeout=120)
        fresh = {(c, s) for c, s, _m in ts_messages_of(copy)}
        committed = {(c, s) for c, s, _m in ts_messages(lang)}
        assert fresh == committed, (
            f"UI strings changed ({len(fresh - committed)} new, {len(committed - fresh)} gone): "
            "run scripts/update_translations.sh and translate"
        )


def ts_messages_of(path: Path):
    root = ET.parse(path).getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "", m) for c in root.iter("context") for m in c.iter("message")]  # fmt: skip


# -- gettext catalogues ----------------------------------------------------------------------------
@pytest.mark.parametrize("lang", GETTEXT_LANGUAGES)
def test_every_service_message_is_translated(lang):
    catalog = po_catalog(lang)
    todo = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
    assert len(catalog) > 300
    assert todo == []


def sample_value(spec: str | None) -> object:
    """A value that formats with the field's spec: strftime codes for dates, numbers else."""
    if not spec:
        return "x"
    return datetime(2026, 3, 9, 14, 5) if "%" in spec else 1.5


@pytest.mark.parametrize("lang", GETTEXT_LANGUAGES)
def test_service_translations_keep_their_fields(lang):
    wrong = [(m.id, m.string) for m in po_catalog(lang) if m.id and brace_fields(m.id) != brace_fields(m.string)]
    assert wrong == []
    # and every translation still formats with the fields the code passes
    for m in po_catalog(lang):
        if m.id and "{" in m.id:
            fields = {name: sample_value(spec) for _t, name, spec, _c in Formatter().parse(m.id) if name}
            assert m.id.format(**fields) and m.string.format(**fields), m.id


def test_po_files_hold_every_message_of_the_code():
    extracted = {m.id for m in _catalogs.extract() if m.id}
    for lang in GETTEXT_LANGUAGES:
        in_po = {m.id for m in po_catalog(lang) if m.id}
        assert extracted == in_po, (
            f"service strings changed ({len(extracted - in_po)} new, {len(in_po - extracted)} gone): "
            "run scripts/update_translations.sh and translate"
        )


def test_extracting_again_gives_the_committed_template_byte_for_byte():
    # what update_translations.sh writes: unchanged code, unchanged file (no new date, no churn)
    same = _catalogs._po_bytes(_catalogs.extract()) == (LOCALE_DIR / "orderdesk.pot").read_bytes()
    assert same, "orderdesk.pot is stale: run scripts/update_translations.sh"


@pytest.mark.parametrize("lang", GETTEXT_LANGUAGES)
def test_mo_files_are_compiled_from_the_po_files(lang):
    buf = io.BytesIO()
    write_mo(buf, po_catalog(lang), use_fuzzy=False)
    committed = (LOCALE_DIR / lang / "LC_MESSAGES" / "orderdesk.mo").read_bytes()
    same = buf.getvalue() == committed  # not compared by assert: a byte diff helps nobody
    assert same, "orderdesk.mo is stale: run scripts/update_translations.sh"


@pytest.fixture
def service_language():
    yield i18n.set_language
    i18n.set_language("en")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Order {n} cannot go from New to Assembling. From New it can go to: Confirmed, Cancelled."),
        (
            "pl",
            "Zamówienie {n} nie może przejść z „Nowe” do „Kompletowanie”. Z „Nowe” może przejść do: Potwierdzone, Anulowane.",
        ),
        ("ru", "Заказ {n} не может перейти из «Новый» в «Сборка». Из «Новый» можно перейти в: Подтверждён, Отменён."),
        ("zh", "订单 {n} 不能从“待确认”移至“配货中”。从“待确认”可以移至：已确认、已取消。"),
    ],
)
def test_a_refused_move_speaks_the_chosen_language(service, service_language, lang, expected):
    stock_products(service)
    number = make_order(service)
    service_language(lang)
    with pytest.raises(MoveRefused) as refused:
        service.move(number, MoveRequest(Status.ASSEMBLING), OWNER)
    assert str(refused.value) == expected.format(n=number)
    assert service.get(number).status is Status.NEW


def test_a_language_scope_changes_only_this_thread(service_language):
    import threading

    service_language("ru")
    seen = []
    with i18n.language_scope("pl"):
        worker = threading.Thread(target=lambda: seen.append(i18n._("No order {n}. Check the number and try again.")))
        worker.start()
        worker.join()
        assert (
            i18n._("No order {n}. Check the number and try again.")
            == "Brak zamówienia {n}. Sprawdź numer i spróbuj ponownie."
        )
        assert i18n.current_language() == "pl"
    assert seen == [
        "Нет заказа {n}. Проверьте номер и попробуйте ещё раз."
    ]  # the other thread kept the desk's language
    assert (
        i18n._("No order {n}. Check the number and try again.")
        == "Нет заказа {n}. Проверьте номер и попробуйте ещё раз."
        and i18n.current_language() == "ru"
    )


def test_an_unknown_language_means_english(service_language):
    service_language("xx")
    assert i18n.current_language() == "en"
    assert i18n._("Order {n} is already {s}.") == "Order {n} is already {s}."


def test_cli_speaks_english_unless_orderdesk_lang_is_set(monkeypatch, service_language):
    monkeypatch.delenv("ORDERDESK_LANG", raising=False)
    i18n.set_language_from_env()
    assert i18n.current_language() == "en"
    monkeypatch.setenv("ORDERDESK_LANG", "pl_PL.UTF-8")
    i18n.set_language_from_env()
    assert i18n.current_language() == "pl"
    assert (
        i18n._("No order {n}. Check the number and try again.")
        == "Brak zamówienia {n}. Sprawdź numer i spróbuj ponownie."
    )


def test_cli_error_in_russian_with_orderdesk_lang(tmp_path, monkeypatch, capsys, service_language):
    from orderdesk.cli import main
    from orderdesk.db import Database

    Database.open(tmp_path / "cli.sqlite3").dispose()  # order commands refuse a --db that is not there
    monkeypatch.setenv("ORDERDESK_LANG", "ru")
    code = main(["order", "show", "999", "--db", str(tmp_path / "cli.sqlite3")])
    assert code != 0
    assert "Нет заказа 999" in capsys.readouterr().err


# -- packaging -------------------------------------------------------------------------------------
def test_compiled_catalogues_are_package_data():
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["orderdesk"]
    shipped = {p.relative_to(PACKAGE) for pattern in patterns for p in PACKAGE.glob(pattern)}
    expected = [Path("resources/translations") / f"orderdesk_{lang}.qm" for lang in QT_LANGUAGES]
    expected += [Path("resources/locale") / lang / "LC_MESSAGES" / "orderdesk.mo" for lang in GETTEXT_LANGUAGES]
    for relative in expected:
        assert (PACKAGE / relative).stat().st_size > 1000, relative
        assert relative in shipped, f"{relative} is not in [tool.setuptools.package-data]"
    assert i18n.LOCALE_DIR == LOCALE_DIR  # the service layer reads the copy inside the package


def test_documents_use_the_shops_language_not_the_desks(service_language):
    from orderdesk.services.documents.common import ShopInfo
    from orderdesk.services.documents.samples import sample_order
    from orderdesk.services.print_jobs import DocumentRequest, render
    from tests.support.components import require_tool

    pdftotext = require_tool("pdftotext", "poppler-utils")
    service_language("ru")  # the desk runs in Russian, the shop prints in Polish
    shop = ShopInfo("Sklep u Olgi", ("ul. Długa 1", "00-001 Warszawa"), locale="pl")
    pdf = render(DocumentRequest("slips", "a4", "pdf"), [sample_order(0, language="pl")], shop).data
    text = subprocess.run([pdftotext, "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert "Ilość" in text and "Cena" in text  # the Qty / Price columns, from the Polish catalogue
    assert "Кол-во" not in text
    assert i18n.current_language() == "ru"  # the desk's language is untouched afterwards


def test_every_qt_context_is_one_the_code_asks_for():
    """``self.tr`` asks with the class name; lupdate files ``window.tr(...)`` outside a class under
    "window", which nothing asks for, so that text would stay English. Such calls must name
    their class (``QCoreApplication.translate("MainWindow", ...)``)."""
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (PACKAGE / "ui").rglob("*.py"))
    classes = set(re.findall(r"^\s*class (\w+)", sources, flags=re.M))
    explicit = set(re.findall(r"""translate\(\s*["'](\w*)["']""", sources))
    for ts in sorted(TS_DIR.glob("*.ts")):
        contexts = {c.findtext("name") or "" for c in ET.parse(ts).getroot().iter("context")}
        unknown = contexts - classes - explicit - {""}
        assert not unknown, f"{ts.name}: contexts no code asks for: {sorted(unknown)}"
