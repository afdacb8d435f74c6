"""A second program on the shop database, for the restore tests.

``python -m tests.integration.multipc.db_holder URL hold``: opens it, prints "ready", waits for stdin to close.
``python -m tests.integration.multipc.db_holder URL crash N``: adds N orders and dies without closing,
leaving SQLite's -wal file behind with the orders in it.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    url, action = sys.argv[1], sys.argv[2]
    from sqlalchemy import text

    from orderdesk.db import Database

    db = Database.open(url, migrate=False)
    if action == "hold":
        with db.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM orders")).scalar()
            print("ready", flush=True)
            sys.stdin.read()
        return 0
    from sqlalchemy import event

    from orderdesk.demo import bulk_orders

    # Keep every written page in the -wal file (no automatic checkpoint into the database).
    event.listen(db.engine, "connect", lambda dbapi, _record: dbapi.execute("PRAGMA wal_autocheckpoint=0"))
    bulk_orders(db, int(sys.argv[3]), active=1, seed=9)
    print("written", flush=True)
    os._exit(0)  # no checkpoint, no close: the -wal file stays as a crash leaves it


if __name__ == "__main__":
    raise SystemExit(main())
