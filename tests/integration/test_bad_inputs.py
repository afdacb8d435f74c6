"""The bad-input corpus: what an attacker or a careless user types, through the real CLI in a
subprocess, against SQLite and a real PostgreSQL. Every case: no traceback, the exit code and
the message asserted, and the database unchanged where the input is refused.

The cases run batched in one subprocess per backend (tests/support/cli_batch.py), so the corpus
costs seconds, not a Python start per case.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import postgres
from tests.support.components import require

ROOT = Path(__file__).resolve().parents[2]
OK, BAD, NOT_FOUND, REFUSED, CONFIG = 0, 2, 3, 4, 7


def case(name: str, argv: list[str], code: int, *phrases: str, unchanged: bool = True, stdin: str = "") -> dict:
    return {"name": name, "argv": argv, "code": code, "phrases": phrases, "unchanged": unchanged, "stdin": stdin}


SEARCHES = [
    '"', "'", '""', "a OR b", "NEAR(a b)", "*", "a*", "%", "_", "%_%", "\\", "'; DROP TABLE orders; --",
    'a" AND "b', "(((", ")", "^x", "name:Anna", "-x", "+", "{}", "NOT", "AND", "订单", "Ωμέγα", "🙂", "\u202eevil",
    "Zażółć gęślą jaźń", " ", "1e100000",
]  # fmt: skip

CASES = [
    # -- money typed at the counter or in a script
    case("pay infinity", ["order", "pay", "{new}", "Infinity"], BAD, "'Infinity' is not an amount"),
    case("pay -infinity", ["order", "pay", "{new}", "--", "-inf"], BAD, "not an amount"),
    case("pay nan", ["order", "pay", "{new}", "NaN"], BAD, "not an amount"),
    case("pay snan", ["order", "pay", "{new}", "sNaN"], BAD, "'sNaN' is not an amount"),
    case("pay 1e100000", ["order", "pay", "{new}", "1e100000"], BAD, "not an amount"),
    case("pay 20 digits", ["order", "pay", "{new}", "12345678901234567890"], BAD, "too much for one amount"),
    case("pay 1,000", ["order", "pay", "{new}", "1,000"], BAD, "ambiguous"),
    case("pay sub-minor", ["order", "pay", "{new}", "0.001"], BAD, "ambiguous"),
    case("pay three decimals", ["order", "pay", "{new}", "0.0011"], BAD, "more than 2 decimal places"),
    case("pay zero", ["order", "pay", "{new}", "0"], BAD, "greater than zero"),
    case("pay negative", ["order", "pay", "{new}", "--", "-5"], BAD, "greater than zero"),
    case("pay empty", ["order", "pay", "{new}", ""], BAD, "not an amount"),
    case("pay words", ["order", "pay", "{new}", "ten"], BAD, "'ten' is not an amount"),
    case("pay more than due", ["order", "pay", "{new}", "9999"], BAD, "--overpayment"),
    case("move --paid infinity", ["order", "move", "{new}", "confirmed", "--paid", "Infinity"], BAD, "not an amount"),
    case("move --paid 20 digits", ["order", "move", "{new}", "confirmed", "--paid", "9" * 20], BAD, "too much"),
    # -- lists and lengths
    case("limit -1", ["orders", "list", "--limit", "-1"], BAD, "limit is -1"),
    case("limit 0", ["orders", "list", "--limit", "0"], BAD, "limit is 0"),
    case("limit 20 digits", ["orders", "list", "--limit", "9" * 20], BAD, "limit is"),
    case("limit words", ["orders", "list", "--limit", "ten"], BAD, "invalid int value"),
    case("search too long", ["orders", "list", "--search", "x" * 600], BAD, "search is 600 characters long"),
    case(
        "tracking too long",
        ["order", "move", "{packed}", "shipped", "--tracking", "T" * 65],
        BAD,
        "tracking number is 65 characters long; at most 64 fit",
    ),
    case(
        "carrier too long",
        ["order", "move", "{packed}", "shipped", "--tracking", "T1", "--carrier", "c" * 31],
        BAD,
        "carrier is 31 characters long",
    ),
    case(
        "user too long",
        ["order", "hold", "{new}", "delayed", "--reason", "x", "--user", "u" * 101],
        BAD,
        "user name is 101 characters long",
    ),
    case("reason too long", ["order", "hold", "{new}", "delayed", "--reason", "r" * 10_001], BAD, "reason is 10001"),
    case("odd encoding", ["order", "show", "2026-\udcff"], BAD, "not valid UTF-8 text"),
    # -- a refused move leaves nothing behind (the shipment with it)
    case(
        "refused ship with tracking", ["order", "move", "{new}", "shipped", "--tracking", "OC-1"], REFUSED, "cannot go"
    ),
    case("unknown status", ["order", "move", "{new}", "teleported"], BAD, "invalid choice"),
    case("unknown order", ["order", "show", "2026-999999"], NOT_FOUND, "No order 2026-999999"),
    case("empty order number", ["order", "show", ""], NOT_FOUND, "No order"),
    case("quote order number", ["order", "show", "' OR 1=1 --"], NOT_FOUND, "No order"),
    case("percent order number", ["order", "show", "%"], NOT_FOUND, "No order"),
    # -- settings: every number has a range; secrets' addresses are HTTPS
    case("max wrong codes -1", ["config", "set", "pickup.max_wrong_codes", "-1"], BAD, "from 1 to 20, not -1"),
    case("max wrong codes huge", ["config", "set", "pickup.max_wrong_codes", "9" * 20], BAD, "whole number"),
    case("sync every 0 minutes", ["config", "set", "carriers.sync_interval_minutes", "0"], BAD, "from 1 to 1440"),
    case("smtp port", ["config", "set", "messaging.smtp.port", "70000"], BAD, "from 1 to 65535"),
    case("timeout words", ["config", "set", "carriers.timeout_seconds", "soon"], BAD, "whole number"),
    case("plain http base url", ["config", "set", "carriers.cdek.base_url", "http://evil.example/v2"], BAD, "safe"),
    case("script base url", ["config", "set", "carriers.cdek.base_url", "javascript:alert(1)"], BAD, "safe"),
    case("unknown setting", ["config", "set", "shop.nme", "x"], BAD, "Did you mean shop.name"),
    case("bad country", ["config", "set", "shop.country", "Narnia"], BAD, "not a country code"),
    # -- carriers refuse before any call
    case("unknown carrier", ["shipment", "create", "{packed}", "--carrier", "nosuch"], BAD, "invalid choice: 'nosuch'"),
    case("parcel words", ["shipment", "create", "{packed}", "--carrier", "cdek", "--parcel", "abc"], BAD, "parcel"),
    # -- the other command groups
    case("release a hold it has not", ["order", "release", "{new}", "delayed"], BAD, "has no 'delayed' hold"),
    case("notify a phone like 12", ["notify", "test", "--channel", "sms", "--to", "12"], BAD, "not a valid phone"),
    case("print an unknown order", ["print", "labels", "2026-999999", "--out", "{tmp}/x.pdf"], NOT_FOUND, "No order"),
    case("user name too long", ["users", "add", "u" * 81, "--as", "clerk"], BAD, "at most 80", stdin="1234\n1234\n"),
    case(
        "store over plain http",
        ["channels", "add", "woocommerce", "shop", "--url", "http://evil.example"],
        CONFIG,
        "must start with https://",
        stdin="ck_x\ncs_y\n",
    ),
    case("stock receive 20 digits", ["stock", "receive", "MUG-1", "9" * 20], BAD, "from 1 to 1,000,000"),
    case("stock show long sku", ["stock", "show", "x" * 70], NOT_FOUND, "No product"),
    # -- imports: bad rows are errors, good rows go in, nothing stops half-way
    case("import missing file", ["import", "{tmp}/missing.json"], BAD, "there is no such file"),
    case("import garbage", ["import", "{tmp}/garbage.json"], BAD, "not UTF-8 text"),
    case("import not json", ["import", "{tmp}/notjson.json"], BAD, "not valid JSON"),
    case("import ambiguous csv", ["import", "{tmp}/ambiguous.csv"], BAD, "row 2: line 1 (row 2), column unit_price"),
    case(
        "import hostile json",
        ["import", "{tmp}/hostile.json"],
        BAD,
        "imported 1,",
        "nested too deep",
        "quantity",
        "'Infinity' is not an amount",
        "NUL character",
        "at most 300 fit",
        "needs an address",
        "year 1900",
        "warning: order 9: phone '12'",
        unchanged=False,
    ),
    *[case(f"search {text!r}", ["orders", "list", f"--search={text}"], OK) for text in SEARCHES],
]


def _files(folder: Path) -> None:
    (folder / "garbage.json").write_bytes(bytes(range(256)) * 4)
    (folder / "notjson.json").write_text("{orders: [1, 2", encoding="utf-8")
    (folder / "ambiguous.csv").write_text(
        "external_id;customer_name;delivery_method;payment_method;currency;sku;name;quantity;unit_price\n"
        "A-1;Anna;pickup_shop;on_pickup;PLN;A;Kubek;1;1,000\n;;;;;;;;\n",
        encoding="utf-8",
    )
    good = {
        "customer": {"name": "Anna", "phone": "+48600123456"},
        "delivery": {"method": "carrier", "address": {"line1": "ul. Długa 5", "city": "Kraków", "country": "PL"}},
        "payment": {"method": "prepaid_online", "currency": "PLN"},
        "lines": [{"sku": "MUG-1", "quantity": 1}],
    }
    orders = [
        {**good, "external_id": "H-2", "lines": [{"sku": "MUG-1", "quantity": 2**62}]},
        {**good, "external_id": "H-3", "lines": [{"sku": "X", "name": "Y", "quantity": 1, "unit_price": 1e30}]},
        {**good, "external_id": "H-4", "customer": {"name": "Bob\u0000"}},
        {
            **good,
            "external_id": "H-5",
            "delivery": {"method": "carrier", "address": {"line1": "x" * 10_000, "city": "K"}},
        },
        {**good, "external_id": "H-6", "delivery": {"method": "carrier"}},
        {**good, "external_id": "H-7", "created_at": "1900-01-01T00:00:00"},
        {**good, "external_id": "H-8", "customer": "Bob"},
        {**good, "external_id": "H-9", "customer": {"name": "Anna", "phone": "12"}},
    ]
    text = json.dumps({"orders": orders}, ensure_ascii=False).replace("1e+30", "Infinity")
    deep = "[" * 100_000 + "]" * 100_000
    (folder / "hostile.json").write_text(
        text.replace('{"orders": [', '{"orders": [' + deep + ", ", 1), encoding="utf-8"
    )


def run_corpus(url: str, folder: Path) -> dict[str, dict]:
    _files(folder)
    cases_path, results_path = folder / "cases.json", folder / "results.json"
    cases_path.write_text(json.dumps([{k: v for k, v in c.items() if k != "phrases"} for c in CASES]), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ORDERDESK_USER": "corpus", "ORDERDESK_DATA_DIR": str(folder)}
    env.pop("ORDERDESK_PIN", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.cli_batch", url, str(cases_path), str(results_path)],
        capture_output=True, text=True, env=env, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return {r["name"]: r for r in json.loads(results_path.read_text(encoding="utf-8"))}


def check(results: dict[str, dict]) -> None:
    problems = []
    for c in CASES:
        r = results[c["name"]]
        text = r["out"] + r["err"]
        if r["escaped"] or "Traceback" in text:
            problems.append(f"{c['name']}: traceback\n{r['escaped'] or text}")
            continue
        if r["code"] != c["code"]:
            problems.append(f"{c['name']}: exit {r['code']}, expected {c['code']}: {text[-400:]}")
        missing = [p for p in c["phrases"] if p not in text]
        if missing:
            problems.append(f"{c['name']}: {missing} not in {text[-600:]!r}")
        if c["code"] != OK and c["unchanged"] and r["changed"]:
            problems.append(f"{c['name']}: refused, but the database changed")
        if c["code"] not in (OK, BAD) or (c["code"] == BAD and "import" not in c["argv"]):
            lines = [line for line in r["err"].splitlines() if line.strip()]
            if c["code"] != OK and "invalid" not in text and len(lines) != 1:
                problems.append(f"{c['name']}: not one line on stderr: {r['err']!r}")
    assert not problems, "\n".join(problems)


def test_bad_inputs_on_sqlite(tmp_path):
    check(run_corpus(f"sqlite:///{tmp_path / 'corpus.sqlite3'}", tmp_path))


@pytest.fixture(scope="module")
def pg_url():
    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    with postgres.temporary_server() as url:
        yield url


def test_bad_inputs_on_postgresql(pg_url, tmp_path):
    check(run_corpus(pg_url, tmp_path))


def test_an_argument_in_another_code_page_is_one_line(tmp_path):
    # Real bytes from a cp1251 terminal, not a Python string: the way they really arrive.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ORDERDESK_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "orderdesk", "orders", "list", "--search", "Иван".encode("cp1251"),
         "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True, env=env, timeout=120, cwd=ROOT,
    )  # fmt: skip
    err = done.stderr.decode("utf-8", "replace").strip()
    assert done.returncode == BAD and err.startswith("error: ") and "not valid UTF-8" in err and "Traceback" not in err
