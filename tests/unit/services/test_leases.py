"""The lease row on SQLite: one holder, an expiry for a holder that died, renew and release."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from orderdesk.models import LeaseRow
from orderdesk.services.leases import Lease, advisory_key, holder_of, lease


def test_one_holder_at_a_time_and_released_afterwards(db):
    with lease(db, "store-sync") as first:
        assert first is not None and first.held
        assert holder_of(db, "store-sync") == first.holder
        with lease(db, "store-sync") as second:
            assert second is None
        with lease(db, "carrier-sync") as other:  # another round is independent
            assert other is not None
    assert holder_of(db, "store-sync") is None
    with db.session() as s:
        assert s.scalars(select(LeaseRow)).all() == []


def test_a_dead_holders_lease_expires_and_can_be_taken_over(db):
    dead = Lease(db, "carrier-sync", ttl=timedelta(minutes=5))
    assert dead.acquire()  # never released: the process "died"
    assert not Lease(db, "carrier-sync").acquire()
    with db.session(write=True) as s:
        row = s.get(LeaseRow, "carrier-sync")
        row.expires_at -= timedelta(minutes=6)
    taker = Lease(db, "carrier-sync")
    assert taker.acquire()
    assert not dead.renew()  # the dead holder learns it lost the lease
    assert taker.renew()
    dead.release()  # must not free the new holder's lease
    assert holder_of(db, "carrier-sync") == taker.holder
    taker.release()


def test_advisory_keys_are_stable_signed_64_bit_numbers():
    key = advisory_key("carrier-sync")
    assert key == advisory_key("carrier-sync") != advisory_key("store-sync")
    assert -(2**63) <= key < 2**63
