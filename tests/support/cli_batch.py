"""Run many CLI invocations in ONE subprocess (a Python start per case would make the bad-input
corpus slow): ``python -m tests.support.cli_batch DB_URL CASES.json RESULTS.json``.

The database gets a small fixture first (products and orders in known states); each case's argv
may name them as ``{new}``, ``{packed}``, ``{paid}`` and files as ``{tmp}``. For every case the
result is the exit code, stdout, stderr, any exception that escaped ``main`` (a traceback: the
test fails on it) and whether the database content changed (a digest of every table).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import sys
import traceback
from pathlib import Path

from sqlalchemy import select


def _digest(db) -> str:
    from orderdesk.schema import metadata  # every table, those mapped on first use too

    h = hashlib.sha256()
    with db.session() as s:
        for table in metadata.sorted_tables:
            if table.name in ("leases", "alembic_version"):
                continue
            order = list(table.primary_key.columns) or list(table.columns)
            for row in s.execute(select(table).order_by(*order)):
                h.update(repr(tuple(row)).encode("utf-8", "backslashreplace"))
    return h.hexdigest()


def _fixture(url: str) -> dict[str, str]:
    from orderdesk.db import Database
    from orderdesk.domain import Actor
    from orderdesk.services.orders import OrderService
    from orderdesk.workflow import MoveRequest, Status
    from tests.factories import make_order, stock_products

    db = Database.open(url)
    service = OrderService(db)
    stock_products(service)
    owner = Actor("fixture")
    new = make_order(service, payment="cash_on_delivery", delivery="own_courier")
    packed = make_order(service, payment="cash_on_delivery", delivery="own_courier")
    for status in (Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED):
        service.move(packed, MoveRequest(status), owner)
    paid = make_order(service, payment="prepaid_online")
    db.dispose()
    return {"new": new, "packed": packed, "paid": paid}


def _fill(arg: str, names: dict[str, str]) -> str:
    for key, value in names.items():
        arg = arg.replace("{" + key + "}", value)
    return arg


def main() -> int:
    url, cases_path, results_path = sys.argv[1:4]
    from orderdesk.cli import main as cli_main
    from orderdesk.db import Database

    names = _fixture(url)
    names["tmp"] = str(Path(cases_path).parent)
    cases = json.loads(Path(cases_path).read_text(encoding="utf-8"))
    db = Database.open(url)
    results = []
    for case in cases:
        argv = [_fill(a, names) for a in case["argv"]]
        at = argv.index("--") if "--" in argv else len(argv)  # options before a "--"
        argv[at:at] = ["--db", url]
        before = _digest(db)
        out, err = io.StringIO(), io.StringIO()
        escaped = None
        sys.stdin = io.StringIO(case.get("stdin") or "")
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli_main(argv)
            except SystemExit as exc:  # argparse refusing an option
                code = exc.code if isinstance(exc.code, int) else 2
            except BaseException:  # exactly what the corpus looks for
                escaped = traceback.format_exc()
                code = None
        results.append(
            {
                "name": case["name"],
                "code": code,
                "out": out.getvalue(),
                "err": err.getvalue(),
                "escaped": escaped,
                "changed": _digest(db) != before,
            }
        )
    db.dispose()
    Path(results_path).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
