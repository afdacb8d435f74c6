"""Service-layer gettext catalogues with Babel (already a runtime dependency), and a report.

``gettext``: extract ``_("...")`` from orderdesk/ into orderdesk.pot, merge it into each
language's orderdesk.po (translations kept, vanished ones dropped) and compile orderdesk.mo.
Files are only rewritten when their content changes, so running it twice changes nothing.
``report``: count untranslated messages in the .po and .ts files.
"""

from __future__ import annotations

import io
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "orderdesk"
LOCALE = PACKAGE / "resources" / "locale"
TRANSLATIONS = PACKAGE / "resources" / "translations"
DOMAIN = "orderdesk"
LANGUAGES = ("ru", "pl", "zh")
METHOD_MAP = [("migrations/**", "ignore"), ("**.py", "python")]
HEADER = "Translations of OrderDesk's service messages (refusals, errors, documents)."


def _write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def _po_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    # No line numbers and sorted output: moving code does not churn the catalogues.
    write_po(buf, catalog, width=100, sort_output=True, include_lineno=False, ignore_obsolete=True)
    return buf.getvalue()


def _messages(catalog: Catalog) -> list[tuple]:
    # What the written file shows: files without line numbers (see _po_bytes).
    return sorted(
        (str(m.id), m.context or "", tuple(sorted({f for f, _n in m.locations})), tuple(m.auto_comments))
        for m in catalog
        if m.id
    )


def extract() -> Catalog:
    template = Catalog(project="OrderDesk", version="0.1", header_comment=f"# {HEADER}", charset="utf-8")
    extracted = extract_from_dir(
        PACKAGE, METHOD_MAP, keywords={"_": None, "N_": None}, comment_tags=("Translators:",), strip_comment_tags=True
    )
    for filename, lineno, message, comments, context in extracted:
        template.add(message, None, [(f"orderdesk/{filename}", lineno)], auto_comments=comments, context=context)
    pot = LOCALE / f"{DOMAIN}.pot"
    if pot.exists():
        with pot.open("rb") as f:
            old = read_po(f)
        # Same messages as last time: keep the old date so the file stays byte-identical.
        template.creation_date = old.creation_date if _messages(old) == _messages(template) else template.creation_date
    return template


def update_gettext() -> None:
    template = extract()
    _write_if_changed(LOCALE / f"{DOMAIN}.pot", _po_bytes(template))
    for lang in LANGUAGES:
        po_path = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        if po_path.exists():
            with po_path.open("rb") as f:
                catalog = read_po(f, locale=lang)
        else:
            catalog = Catalog(locale=lang, domain=DOMAIN, project="OrderDesk", version="0.1", charset="utf-8")
            catalog.header_comment = f"# {HEADER}"
            catalog.revision_date = datetime.now(UTC)
        # No fuzzy guesses: a guessed translation of a new message is worse than English.
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.creation_date = template.creation_date
        catalog.fuzzy = False  # the header is real, not a guess (msgfmt would skip a fuzzy header)
        catalog.last_translator = "OrderDesk team"
        catalog.language_team = f"OrderDesk {lang}"
        catalog.msgid_bugs_address = ""
        _write_if_changed(po_path, _po_bytes(catalog))
        buf = io.BytesIO()
        write_mo(buf, catalog, use_fuzzy=False)
        _write_if_changed(po_path.with_suffix(".mo"), buf.getvalue())


def report() -> int:
    missing = 0
    for lang in LANGUAGES:
        with (LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as f:
            catalog = read_po(f)
        todo = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
        missing += len(todo)
        print(f"  gettext {lang}: {len(todo)} of {len([m for m in catalog if m.id])} untranslated")
    for ts in sorted(TRANSLATIONS.glob("orderdesk_*.ts")):
        messages = ET.parse(ts).getroot().iter("message")
        total = todo = 0
        for message in messages:
            total += 1
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished",):
                todo += 1
        missing += todo
        print(f"  Qt {ts.stem}: {todo} of {total} untranslated")
    return 1 if missing else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "gettext"
    if command == "gettext":
        update_gettext()
    elif command == "report":
        sys.exit(report())
    else:
        sys.exit(f"usage: {sys.argv[0]} gettext|report")
