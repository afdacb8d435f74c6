"""The three-desk simulation, short: owner, packer and clerk as three processes on one
PostgreSQL database; nothing lost, no message twice, changes heard within a second."""

from __future__ import annotations

from benchmarks.three_desks import prepare, simulate
from orderdesk.bench import percentile
from tests.fakes.twilio import FakeTwilio
from tests.support.pg_fixtures import fresh_pg_database


def test_three_desks_for_a_few_seconds(pg_server):
    url = fresh_pg_database(pg_server)
    prepare(url)
    with FakeTwilio() as gateway:
        report = simulate(url, 12, gateway)
    print("\n".join(report.lines()))
    owner, packer, clerk = report.logs
    assert owner.ops.get("create") and owner.ops.get("move"), report.lines()
    assert packer.ops.get("print slip") and clerk.ops.get("collect"), report.lines()
    assert report.lost_moves == 0 and report.lost_notes == 0
    assert report.sms_rows > 0 and report.sms_received == report.sms_rows and report.duplicate_sms == 0
    # Every owner's move found by the other desks' boards, 95 % of them within a second.
    assert report.seen_delays and max(report.seen_delays) < 5.0, report.lines()
    assert percentile(report.seen_delays, 95) <= 1.0, report.lines()
