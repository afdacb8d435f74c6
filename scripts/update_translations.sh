#!/usr/bin/env bash
# Re-extract every translatable string and recompile the catalogues. Safe to run again and
# again: existing translations are kept, a second run with no source change changes no file.
#   Qt UI (self.tr):        orderdesk/resources/translations/orderdesk_<lang>.ts -> .qm
#   services (i18n._):      orderdesk/resources/locale/orderdesk.pot,
#                           orderdesk/resources/locale/<lang>/LC_MESSAGES/orderdesk.po -> .mo
# New strings appear untranslated (Qt: type="unfinished"; gettext: empty msgstr) and
# tests/unit/test_translations.py fails until they are translated. See docs/translations.md.
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's .venv (scripts/test.sh makes it), or ORDERDESK_PYTHON=/path/to/venv/bin/python.
PYTHON="${ORDERDESK_PYTHON:-}"
if [ -z "$PYTHON" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
BIN="$(dirname "$PYTHON")"
LUPDATE="$BIN/pyside6-lupdate"
LRELEASE="$BIN/pyside6-lrelease"
[ -x "$LUPDATE" ] || LUPDATE="$(command -v pyside6-lupdate || true)"
[ -x "$LRELEASE" ] || LRELEASE="$(command -v pyside6-lrelease || true)"
if [ -z "$LUPDATE" ] || [ -z "$LRELEASE" ] || ! "$PYTHON" -c 'import babel' 2>/dev/null; then
  echo "Needs PySide6's pyside6-lupdate/pyside6-lrelease and Babel: run scripts/test.sh once to make .venv," >&2
  echo "or point ORDERDESK_PYTHON at a Python that has them (using $PYTHON)." >&2
  exit 1
fi

TS_DIR=orderdesk/resources/translations
mkdir -p "$TS_DIR"
# Sorted file list: the .ts order must not depend on the file system.
mapfile -t UI_SOURCES < <(find orderdesk/ui -name '*.py' | LC_ALL=C sort)
# No line numbers in the .ts: moving code around must not churn the catalogues.
LUPDATE_OPTS=(-silent -locations none -no-obsolete -source-language en)
for lang in ru pl zh_CN; do
  "$LUPDATE" "${LUPDATE_OPTS[@]}" -target-language "$lang" "${UI_SOURCES[@]}" -ts "$TS_DIR/orderdesk_$lang.ts"
done
# English needs no catalogue: the UI writes "1 item" and "%n items" as two source strings.
for ts in "$TS_DIR"/orderdesk_*.ts; do
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done

"$PYTHON" scripts/_catalogs.py gettext
echo "Translations updated. Untranslated left:"
"$PYTHON" scripts/_catalogs.py report
