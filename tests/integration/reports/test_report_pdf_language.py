"""The PDF report wholly in the documents language, read back with pdftotext: titles, column
headings, chart labels and legends, notes, dates and money; every font embedded and every
character printed (a glyph missing from a font drops out of the extracted text)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from orderdesk.db import Database
from orderdesk.i18n import current_language
from orderdesk.services import reports as reports_package
from orderdesk.services.reports import REPORT_NAMES, ReportService
from orderdesk.services.reports.export import write_report_pdf
from tests.integration.reports.known_history import QUERY, seed
from tests.integration.test_cli import run
from tests.support.components import require_tool

# Latin words the known week's PDF may hold in any language: names, SKUs, codes, the gateway,
# the carrier and its service as the shop named them, a setting's key.
DATA_WORDS = {"Sklep", "Piotr", "Kasia", "MUG", "cdek", "standard", "twilio", "PLN", "EUR", "SMS", "SKU"}
SETTING_KEY_WORDS = {"complaints", "answer", "days"}  # complaints.answer_days, quoted in a note

EXPECTED = {
    "ru": [
        "Sklep Łódź: Отчёт 01.03.2026 – 10.03.2026",
        "Заказов в день",
        "Выручка по валютам",
        "02.03.2026",  # a day
        "04.03.2026 08:00",  # the stuck order's since, in the shop's local time
        "150,00 PLN",
        "100,00 PLN",
        "66,7",  # mistakes per 100 lines
        "50,0 %",  # on time
        "телефон",
        "интернет-магазин",
        "Самовывоз из магазина",
        "Медиана, ч",  # a chart legend and a column heading
        "90% в пределах, ч",
    ],
    "zh": [
        "Sklep Łódź: 报表 2026/3/1 – 2026/3/10",
        "每日订单",
        "按币种统计营收",
        "2026/3/2",
        "2026/3/4 08:00",
        "150.00 PLN",
        "66.7",
        "50.0 %",
        "电话",
        "网店",
        "到店自提",
        "待确认",
        # Digits and signs come from the Latin font inside a Chinese legend: without the
        # run-by-run legend these printed as nothing ("每 行差错数").
        "90% 用时不超过（小时）",
        "每 100 行差错数",
    ],
    "pl": ["Sklep Łódź", "2.03.2026", "150,00 PLN", "66,7"],
}


def not_yet_translated(language: str) -> set[str]:
    """Words of the reports' messages that the catalogue does not translate yet: new messages
    wait for the translation scripts, and only they may print in English."""
    from orderdesk.i18n import _catalogue

    sources = Path(reports_package.__file__).parent.glob("*.py")
    messages = {m for f in sources for m in re.findall(r'_\("((?:[^"\\]|\\.)+)"\)', f.read_text(encoding="utf-8"))}
    untranslated = [m for m in messages if _catalogue(language).gettext(m) == m]
    return {w for m in untranslated for w in re.findall(r"[A-Za-z]{2,}", re.sub(r"\{\w+\}", "", m))}


@pytest.fixture(scope="module")
def known_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("reports_pdf") / "shop.sqlite3"
    db = Database.open(path)
    seed(db)
    db.dispose()
    return path


def pdf_text(path) -> str:
    pdftotext = require_tool("pdftotext", "poppler-utils")
    text = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"[ \t]+", " ", text)


def fonts_of(path) -> list[list[str]]:
    pdffonts = require_tool("pdffonts", "poppler-utils")
    out = subprocess.run([pdffonts, str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


@pytest.mark.parametrize("language", ["ru", "zh", "pl"])
def test_pdf_is_wholly_in_the_documents_language(tmp_path, known_db, language):
    service = ReportService(Database.open(known_db))
    assert current_language() == "en"  # the interface here speaks English; the document must not
    path = tmp_path / "r.pdf"
    write_report_pdf(service, REPORT_NAMES, path, QUERY, language, "Sklep Łódź")
    text = pdf_text(path)
    lines = {line.strip() for line in text.splitlines()}

    for expected in EXPECTED[language]:
        assert expected in text, expected
    for name in REPORT_NAMES:
        english, translated = service.run(name, QUERY), service.run(name, QUERY, language=language)
        assert translated.title in lines  # each report's heading, on its own line
        if english.title != translated.title:
            assert english.title not in text
        if english.note != translated.note:
            # its first clause (a long note wraps); Chinese writes the full-width colon
            assert re.split("[:：]", translated.note)[0] in text and english.note not in text
    if language != "pl":  # Polish shares the alphabet: the headings are checked above
        latin = set(re.findall(r"[A-Za-z]{2,}", text))
        allowed = DATA_WORDS | SETTING_KEY_WORDS | {"mail"} | not_yet_translated(language)
        assert latin <= allowed, latin - allowed

    fonts = fonts_of(path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # emb: every font embedded
    names = " ".join(row[0] for row in fonts)
    assert "Helvetica" not in names and "DejaVuSans" in names and "DejaVuSans-Bold" in names
    assert ("DroidSansFallback" in names) == (language == "zh")  # the Chinese font only when needed


def test_every_text_of_the_report_has_a_glyph(known_db):
    from orderdesk.services.documents.fonts import missing_glyphs
    from orderdesk.services.reports.formatting import cell
    from orderdesk.services.reports.series import chart_series

    service = ReportService(Database.open(known_db))
    for language in ("ru", "zh", "pl"):
        for name in REPORT_NAMES:
            table = service.run(name, QUERY, language=language)
            texts = [table.title, table.note, *(c.title for c in table.columns)]
            texts += [cell(table, c, row, language) for row in table.rows for c in table.columns]
            cats, series = chart_series(table, language)
            texts += cats + [s for s, _values in series]
            assert all(missing_glyphs(t) == "" for t in texts), (language, name)


def test_cli_pdf_follows_the_shops_documents_language(tmp_path, known_db):
    run("config", "set", "shop.language", "ru", db=known_db)
    path = tmp_path / "all.pdf"
    out = run("report", "all", "--format", "pdf", "--out", str(path), "--from", "2026-03-01", "--to", "2026-03-10",
              db=known_db)  # fmt: skip
    assert "Wrote" in out.stdout  # the command line itself speaks the interface language
    text = pdf_text(path)
    assert "Отчёт 01.03.2026 – 10.03.2026" in text and "Заказов в день" in text
    assert "Orders per day" not in text and "Time in each status" not in text
