"""The kinds of stock movement and which counter each one moves.

A movement's quantity is signed: what it adds to (or takes from) the counters below. ``consumed``
(an order packed and gone) takes the same units off both on hand and reserved.
"""

from __future__ import annotations

from enum import StrEnum


class MovementKind(StrEnum):
    RECEIVED = "received"  # a delivery from a supplier
    ADJUSTED = "adjusted"  # a correction by hand, with a reason (breakage, found, gift)
    COUNTED = "counted"  # a stocktake: the difference between counted and expected
    RESERVED = "reserved"  # set aside for an order
    RELEASED = "released"  # an order's reservation given back (cancelled, edited)
    CONSUMED = "consumed"  # an order packed: its reserved units leave the shelf
    RESTOCKED = "restocked"  # a consumed order's units back on the shelf (a move back, a parcel returned)
    RETURNED = "returned"  # a customer's return put back on sale
    # A customer's return that does not go back on sale: recorded with the return as the document
    # and moves no counter (its units left the shelf when the order was packed).
    WRITTEN_OFF = "written_off"
    REPAIR = "repair"  # sent for repair; a later receipt puts it back on sale


ON_HAND_KINDS = frozenset(
    {
        MovementKind.RECEIVED,
        MovementKind.ADJUSTED,
        MovementKind.COUNTED,
        MovementKind.CONSUMED,
        MovementKind.RESTOCKED,
        MovementKind.RETURNED,
    }
)
RESERVED_KINDS = frozenset({MovementKind.RESERVED, MovementKind.RELEASED, MovementKind.CONSUMED})


def deltas(kind: MovementKind, quantity: int) -> tuple[int, int]:
    """(on hand change, reserved change) for a movement of ``quantity`` units."""
    return (quantity if kind in ON_HAND_KINDS else 0, quantity if kind in RESERVED_KINDS else 0)
