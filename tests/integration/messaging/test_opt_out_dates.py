"""Two desks opting the same customer out at once, on SQLite and PostgreSQL: the second waits for
the first, sees the opt-out already on, and writes no second date."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlalchemy import select

from orderdesk.db import Database
from orderdesk.models import CustomerRow, OptOutEventRow
from orderdesk.services.messaging.opt_outs import set_opt_out_in
from orderdesk.services.messaging.store import PreferenceStore
from tests.support.pg_fixtures import fresh_pg_database, pg_server

__all__ = ["pg_server"]


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    url = (
        str(tmp_path / "shop.sqlite3")
        if request.param == "sqlite"
        else fresh_pg_database(request.getfixturevalue("pg_server"))
    )
    database = Database.open(url)
    yield database
    database.dispose()


def test_the_second_desk_waits_and_writes_no_second_date(db):
    with db.session(write=True) as s:
        customer = CustomerRow(name="Anna", phone="+48600700800")
        s.add(customer)
        s.flush()
        customer_id = customer.id
    first_holds, second_done, results = threading.Event(), threading.Event(), {}

    def second_desk() -> None:
        first_holds.wait(10)
        results["second"] = PreferenceStore(Database.open(db.url)).set_opt_out(customer_id, "sms", True, "piotr")
        second_done.set()

    thread = threading.Thread(target=second_desk)
    thread.start()
    with db.session(write=True) as s:  # the first desk: opted out, not committed yet
        results["first"] = set_opt_out_in(s, s.get(CustomerRow, customer_id), "sms", True, actor="olga",
                                          at=datetime(2026, 3, 5, 9))  # fmt: skip
        first_holds.set()
        assert not second_done.wait(0.5)  # the second desk waits for this transaction
    thread.join(10)
    assert results == {"first": True, "second": False}
    with db.session() as s:
        rows = s.execute(select(OptOutEventRow.actor, OptOutEventRow.at)).all()
        assert [tuple(r) for r in rows] == [("olga", datetime(2026, 3, 5, 9))]
        assert s.get(CustomerRow, customer_id).sms_opt_out is True
