"""history stay: how long each order stayed in a status, stored on the status row

``order_history.stay_seconds`` on a "create" or "status" row is the time until the order's next
such row (ordered by time, then id), NULL while it is the order's current status. Reports take
median and 90th percentile of it with a plain aggregate over an index instead of pairing every
step with the next one at report time.

Triggers keep it in step with every writer (the services, imports, bulk inserts, the demo
re-dating its history): an insert sets its predecessor's stay (and its own when a later step
already exists); a change of a row's time or kind, or a delete, recomputes that order's stays.

The same migration adds ix_orders_open_since, a partial index of the open orders by the time they
entered their status: the report of the orders waiting longest reads its first 20 entries instead
of sorting every open order.

Revision ID: 0011_history_stay
Revises: 0010_products_fts
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_history_stay"
down_revision = "0010_products_fts"
branch_labels = None
depends_on = None

STEPS = "('status', 'create')"

# SQLite: the same seconds the reports computed before (julianday difference).
_SQLITE_NEXT = (
    "(SELECT (julianday(n.at) - julianday({row}.at)) * 86400.0 FROM order_history n "
    "WHERE n.order_id = {row}.order_id AND n.kind IN " + STEPS + " "
    "AND (n.at > {row}.at OR (n.at = {row}.at AND n.id > {row}.id)) ORDER BY n.at, n.id LIMIT 1)"
)
_SQLITE_RECOMPUTE = (
    "UPDATE order_history SET stay_seconds = CASE WHEN kind IN "
    + STEPS
    + " THEN "
    + _SQLITE_NEXT.format(row="order_history")
    + " END WHERE order_id = {order}.order_id;"
)
SQLITE_SQL = (
    "CREATE TRIGGER order_history_stay_ai AFTER INSERT ON order_history WHEN new.kind IN " + STEPS + " BEGIN "
    "UPDATE order_history SET stay_seconds = (julianday(new.at) - julianday(at)) * 86400.0 WHERE id = ("
    "SELECT p.id FROM order_history p WHERE p.order_id = new.order_id AND p.kind IN " + STEPS + " "
    "AND (p.at < new.at OR (p.at = new.at AND p.id < new.id)) ORDER BY p.at DESC, p.id DESC LIMIT 1); "
    "UPDATE order_history SET stay_seconds = " + _SQLITE_NEXT.format(row="order_history") + " "
    "WHERE id = new.id AND EXISTS (SELECT 1 FROM order_history n WHERE n.order_id = new.order_id "
    "AND n.kind IN " + STEPS + " AND (n.at > new.at OR (n.at = new.at AND n.id > new.id))); END",
    "CREATE TRIGGER order_history_stay_au AFTER UPDATE OF at, kind ON order_history BEGIN "
    + _SQLITE_RECOMPUTE.format(order="new")
    + " END",
    "CREATE TRIGGER order_history_stay_ad AFTER DELETE ON order_history WHEN old.kind IN "
    + STEPS
    + " BEGIN "
    + _SQLITE_RECOMPUTE.format(order="old")
    + " END",
)
SQLITE_BACKFILL = (
    "UPDATE order_history SET stay_seconds = s.stay FROM ("
    "SELECT id, (julianday(lead(at) OVER w) - julianday(at)) * 86400.0 AS stay FROM order_history "
    "WHERE kind IN " + STEPS + " WINDOW w AS (PARTITION BY order_id ORDER BY at, id)) s "
    "WHERE s.id = order_history.id AND s.stay IS NOT NULL"
)

PG_FUNCTION = """
CREATE OR REPLACE FUNCTION orderdesk_history_stay() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE order_history SET stay_seconds = EXTRACT(EPOCH FROM NEW.at - at) WHERE id = (
            SELECT p.id FROM order_history p WHERE p.order_id = NEW.order_id AND p.kind IN ('status', 'create')
            AND (p.at, p.id) < (NEW.at, NEW.id) ORDER BY p.at DESC, p.id DESC LIMIT 1);
        UPDATE order_history h SET stay_seconds = EXTRACT(EPOCH FROM n.at - h.at) FROM (
            SELECT at FROM order_history WHERE order_id = NEW.order_id AND kind IN ('status', 'create')
            AND (at, id) > (NEW.at, NEW.id) ORDER BY at, id LIMIT 1) n
        WHERE h.id = NEW.id;
        RETURN NULL;
    END IF;
    -- a step re-dated, re-kinded or deleted: that order's stays again (an order has a few dozen rows)
    UPDATE order_history h SET stay_seconds = s.stay FROM (
        SELECT id, CASE WHEN kind IN ('status', 'create') THEN EXTRACT(EPOCH FROM lead(at) OVER w - at) END AS stay
        FROM order_history
        WHERE order_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.order_id ELSE NEW.order_id END
        WINDOW w AS (PARTITION BY order_id, kind IN ('status', 'create') ORDER BY at, id)) s
    WHERE h.id = s.id AND h.stay_seconds IS DISTINCT FROM s.stay;
    RETURN NULL;
END
$$
"""
PG_TRIGGERS = (
    "CREATE TRIGGER order_history_stay_ai AFTER INSERT ON order_history FOR EACH ROW "
    "WHEN (NEW.kind IN " + STEPS + ") EXECUTE FUNCTION orderdesk_history_stay()",
    "CREATE TRIGGER order_history_stay_au AFTER UPDATE OF at, kind ON order_history FOR EACH ROW "
    "EXECUTE FUNCTION orderdesk_history_stay()",
    "CREATE TRIGGER order_history_stay_ad AFTER DELETE ON order_history FOR EACH ROW "
    "WHEN (OLD.kind IN " + STEPS + ") EXECUTE FUNCTION orderdesk_history_stay()",
)
PG_BACKFILL = (
    "UPDATE order_history h SET stay_seconds = s.stay FROM ("
    "SELECT id, EXTRACT(EPOCH FROM lead(at) OVER w - at) AS stay FROM order_history "
    "WHERE kind IN " + STEPS + " WINDOW w AS (PARTITION BY order_id ORDER BY at, id)) s "
    "WHERE h.id = s.id AND s.stay IS NOT NULL"
)
STAY_WHERE = "kind IN " + STEPS + " AND stay_seconds IS NOT NULL"
# The open statuses as they are today (models.OPEN_ORDERS_WHERE), fixed here as a migration must be.
OPEN_WHERE = (
    "status IN ('new', 'confirmed', 'awaiting_payment', 'paid', 'assembling', 'packed', "
    "'ready_for_pickup', 'shipped', 'in_transit')"
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    # A plain ADD COLUMN on both backends: no table rebuild, so the FTS and notify triggers stay.
    op.add_column("order_history", sa.Column("stay_seconds", sa.Float(), nullable=True))
    op.execute(SQLITE_BACKFILL if sqlite else PG_BACKFILL)
    if sqlite:
        for statement in SQLITE_SQL:
            op.execute(statement)
    else:
        op.execute(PG_FUNCTION)
        for statement in PG_TRIGGERS:
            op.execute(statement)
    # Time in status: per status, the stays in order, with the time they began for the date range.
    op.create_index(
        "ix_order_history_stay",
        "order_history",
        ["to_value", "stay_seconds", "at"],
        sqlite_where=sa.text(STAY_WHERE),
        postgresql_where=sa.text(STAY_WHERE),
    )
    op.create_index(
        "ix_orders_open_since",
        "orders",
        ["status_changed_at", "id"],
        sqlite_where=sa.text(OPEN_WHERE),
        postgresql_where=sa.text(OPEN_WHERE),
    )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.drop_index("ix_orders_open_since", table_name="orders")
    op.drop_index("ix_order_history_stay", table_name="order_history")
    for name in ("order_history_stay_ai", "order_history_stay_au", "order_history_stay_ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + ("" if sqlite else " ON order_history"))
    if not sqlite:
        op.execute("DROP FUNCTION IF EXISTS orderdesk_history_stay()")
    with op.batch_alter_table("order_history") as batch:
        batch.drop_column("stay_seconds")
