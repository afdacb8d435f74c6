"""Fill untranslated messages from a JSON file, then run scripts/update_translations.sh again.

    python scripts/fill_translations.py todo      # print the untranslated sources as JSON
    python scripts/fill_translations.py fill F    # F: {"source": {"ru": ..., "pl": ..., "zh": ...}}

Qt plurals (%n) are filled with the same text for every form unless the value is a list
(one item per plural form). Only messages still untranslated are touched.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "orderdesk" / "resources" / "locale"
TS = ROOT / "orderdesk" / "resources" / "translations"
QT_LANG = {"ru": "ru", "pl": "pl", "zh": "zh_CN"}


def _untranslated_ts(lang: str):
    tree = ET.parse(TS / f"orderdesk_{QT_LANG[lang]}.ts")
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            yield tree, message, translation


def todo() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for lang in QT_LANG:
        for _tree, message, _t in _untranslated_ts(lang):
            found.setdefault(message.findtext("source") or "", []).append(f"qt:{lang}")
        with open(LOCALE / lang / "LC_MESSAGES" / "orderdesk.po", "rb") as f:
            for m in read_po(f):
                if m.id and not m.string:
                    found.setdefault(str(m.id), []).append(f"po:{lang}")
    return found


def fill(table: dict[str, dict[str, object]]) -> int:
    filled = 0
    for lang, qt in QT_LANG.items():
        path = TS / f"orderdesk_{qt}.ts"
        tree = ET.parse(path)
        changed = False
        for message in tree.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished" or source not in table:
                continue
            value = table[source].get(lang)
            if not value:
                continue
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else None
                for i, form in enumerate(translation.findall("numerusform")):
                    form.text = forms[min(i, len(forms) - 1)] if forms else str(value)
            elif isinstance(value, list):
                # Plural forms only fit a numerus message; a plain tr() needs one text.
                raise SystemExit(f"{qt}: {source!r} is not a plural (numerus) message; give one text")
            else:
                translation.text = str(value)
            del translation.attrib["type"]
            changed = changed or True
            filled += 1
        if changed:
            tree.write(path, encoding="utf-8", xml_declaration=True)
        po_path = LOCALE / lang / "LC_MESSAGES" / "orderdesk.po"
        with open(po_path, "rb") as f:
            catalog = read_po(f)
        po_changed = False
        for m in catalog:
            if m.id and not m.string and str(m.id) in table and table[str(m.id)].get(lang):
                m.string = str(table[str(m.id)][lang])
                po_changed = True
                filled += 1
        if po_changed:
            with open(po_path, "wb") as f:
                write_po(f, catalog, width=100)
    return filled


if __name__ == "__main__":
    if sys.argv[1:2] == ["todo"]:
        print(json.dumps(todo(), ensure_ascii=False, indent=1))
    elif sys.argv[1:2] == ["fill"] and len(sys.argv) == 3:
        print(f"filled {fill(json.loads(Path(sys.argv[2]).read_text(encoding='utf-8')))} messages")
    else:
        print(__doc__)
        sys.exit(2)
