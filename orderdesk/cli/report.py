"""``orderdesk report NAME``: the Reports window's figures for scripts and cron."""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

from orderdesk.cli import common as cli
from orderdesk.errors import ValidationError
from orderdesk.i18n import _, current_language
from orderdesk.services.reports import REPORT_NAMES
from orderdesk.services.reports.base import local_offset_minutes

FORMATS = ("table", "csv", "json", "xlsx", "pdf")
DEFAULT_DAYS = 30


def parse_day(text: str, option: str) -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            _("{o} takes a date like 2026-12-31, not '{v}'.").format(o=option, v=text), field=option
        ) from None
    if not 2000 <= day.year <= 2100:
        raise ValidationError(_("{o}: {v} is outside the years 2000–2100.").format(o=option, v=text), field=option)
    return day


def cmd_report(args: argparse.Namespace) -> int:
    from orderdesk.services.reports import ReportQuery, ReportService
    from orderdesk.services.reports.export import to_csv, write_report_pdf, write_xlsx
    from orderdesk.services.reports.formatting import cell, plain
    from orderdesk.settings import Settings

    today = date.today()
    end = parse_day(args.to, "--to") if args.to else today
    start = parse_day(args.since, "--from") if args.since else end - timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise ValidationError(_("--from {a} is after --to {b}.").format(a=start, b=end), field="--from")
    fmt = "json" if args.json else args.format
    if fmt in ("xlsx", "pdf") and not args.out:
        raise ValidationError(_("--format {f} writes a file: add --out FILE.").format(f=fmt), field="--out")
    query = ReportQuery(
        start, end, delivery_method=args.delivery, channel=args.channel, utc_offset_minutes=local_offset_minutes()
    )
    db = cli.open_db(args, existing=True)
    service = ReportService(db)
    names = REPORT_NAMES if args.name == "all" else (args.name,)
    if args.name == "all" and fmt in ("table", "csv"):
        raise ValidationError(_("'all' needs --format json, xlsx or pdf."), field="NAME")
    if fmt == "pdf":
        settings = Settings(db)
        language = settings.get("shop.language") or "en"
        write_report_pdf(service, names, Path(args.out), query, language, settings.get("shop.name"))
        print(_("Wrote {f}").format(f=args.out))
        return 0
    tables = [service.run(n, query) for n in names]
    if fmt == "xlsx":
        write_xlsx(tables, Path(args.out))
        print(_("Wrote {f}").format(f=args.out))
    elif fmt == "json":
        out = [
            {
                "report": t.name,
                "title": t.title,
                "from": start.isoformat(),
                "to": end.isoformat(),
                "columns": [c.key for c in t.columns],
                "rows": [{c.key: plain(t, c, row) for c in t.columns} for row in t.rows],
                "note": t.note,
            }
            for t in tables
        ]
        cli.emit_json(out[0] if len(out) == 1 else out)
    elif fmt == "csv":
        sys.stdout.write(to_csv(tables[0], keys=True))
    else:
        table = tables[0]
        language = current_language()
        texts = [[cell(table, c, row, language, query.utc_offset_minutes) for c in table.columns] for row in table.rows]
        widths = [min(40, max([len(c.title)] + [len(t[i]) for t in texts])) for i, c in enumerate(table.columns)]
        print(f"{table.title} ({start} – {end})")
        print("  ".join(cli.cells(c.title, w) for c, w in zip(table.columns, widths, strict=True)).rstrip())
        for t in texts:
            print("  ".join(cli.cells(v, w) for v, w in zip(t, widths, strict=True)).rstrip())
        if not texts:
            print(_("(nothing in this range)"))
        if table.note:
            print(table.note)
    return 0


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser, help: str) -> None:
    p = sub.add_parser("report", parents=[common], help=help)
    p.add_argument(
        "name", metavar="NAME", choices=[*REPORT_NAMES, "all"], help="one of: " + ", ".join(REPORT_NAMES) + ", or all"
    )
    p.add_argument("--from", dest="since", metavar="DATE", help=f"first day (default: {DEFAULT_DAYS} days before --to)")
    p.add_argument("--to", metavar="DATE", help="last day, included (default: today)")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument("--out", metavar="FILE", help="the file for --format xlsx or pdf")
    p.add_argument("--delivery", choices=["pickup_shop", "pickup_point", "own_courier", "carrier"])
    p.add_argument("--channel", metavar="NAME", help="only orders from this source or store")
    p.set_defaults(func=cmd_report)
