"""Reports: KPI queries as SQL aggregates, shared by the Reports window, the exports and the CLI.

Each report is a function ``(session, query) -> ReportTable``; ``REPORTS`` names them in the
order the window lists them. A new report is one function in a module here and one row below.
"""

from __future__ import annotations

from functools import partial

from sqlalchemy import text

from orderdesk.db import Database
from orderdesk.errors import NotFound
from orderdesk.i18n import _, language_scope
from orderdesk.services.reports import complaints, fulfilment, holds, messages, people, returns, statuses, volume
from orderdesk.services.reports.base import ReportQuery, ReportSpec, ReportTable
from orderdesk.services.reports.options import PICKUP_OVERDUE_DAYS, PROMISE_HOURS
from orderdesk.settings import Settings


def _specs(settings: Settings) -> list[ReportSpec]:
    promise = settings.get(PROMISE_HOURS.key)
    overdue = settings.get(PICKUP_OVERDUE_DAYS.key)
    return [
        ReportSpec("orders-per-day", lambda: _("Orders per day"), volume.orders_per_day),
        ReportSpec("orders-per-week", lambda: _("Orders per week"), partial(volume.orders_per_day, week=True)),
        ReportSpec("revenue", lambda: _("Revenue by currency"), volume.revenue),
        ReportSpec("time-in-status", lambda: _("Time in each status"), statuses.time_in_status),
        ReportSpec("stuck", lambda: _("Orders waiting longest now"), statuses.stuck_now),
        ReportSpec(
            "on-time", lambda: _("Handed over on time"), partial(fulfilment.shipped_on_time, promise_hours=promise)
        ),
        ReportSpec("packing", lambda: _("Packing accuracy"), people.packing_accuracy),
        ReportSpec("out-of-stock", lambda: _("Out of stock"), holds.out_of_stock),
        ReportSpec("carriers", lambda: _("Carriers: days to deliver"), fulfilment.carrier_transit),
        ReportSpec("pickup", lambda: _("Pickup shelf"), partial(fulfilment.pickup_shelf, older_than_days=overdue)),
        ReportSpec("messages", lambda: _("Customer messages"), messages.messages),
        ReportSpec("returns", lambda: _("Returns and refunds"), returns.returns),
        ReportSpec("complaints", lambda: _("Complaints"), complaints.complaints),
        ReportSpec("staff", lambda: _("Staff: orders per hour"), people.staff_throughput),
    ]


REPORT_WORK_MEM = "64MB"

REPORT_NAMES: tuple[str, ...] = (
    "orders-per-day",
    "orders-per-week",
    "revenue",
    "time-in-status",
    "stuck",
    "on-time",
    "packing",
    "out-of-stock",
    "carriers",
    "pickup",
    "messages",
    "returns",
    "complaints",
    "staff",
)


class ReportService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.settings = Settings(db)

    def specs(self) -> list[ReportSpec]:
        return _specs(self.settings)

    def channels(self) -> list[str]:
        """Where orders came from (phone, web, import, a store's name), for the channel filter."""
        from sqlalchemy import select

        from orderdesk.models import OrderRow

        with self.db.session() as s:
            return sorted(v for v in s.scalars(select(OrderRow.source).distinct()) if v)

    def run(self, name: str, query: ReportQuery, language: str | None = None) -> ReportTable:
        """One report; ``language`` makes its titles, headings and note in that language (the
        documents language for the PDF) instead of the interface's."""
        if language is not None:
            with language_scope(language):
                return self.run(name, query)
        spec = next((s for s in self.specs() if s.name == name), None)
        if spec is None:
            raise NotFound(_("No report '{n}'. Reports: {all}.").format(n=name, all=", ".join(REPORT_NAMES)))
        with self.db.session() as s:
            if not self.db.is_sqlite:
                # A report groups a few hundred thousand rows; PostgreSQL's default 4 MB of sort and
                # hash memory spills them to disk. Only this read-only transaction gets more.
                s.execute(text(f"SET LOCAL work_mem = '{REPORT_WORK_MEM}'"))
            return spec.run(s, query)


__all__ = ["REPORT_NAMES", "ReportQuery", "ReportService", "ReportTable"]
