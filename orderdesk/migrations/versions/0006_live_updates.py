"""live updates on PostgreSQL: a NOTIFY on channel orderdesk_changes after every change to orders

Statement-level triggers on ``orders`` and ``order_history`` (every status change, hold, edit and
print writes history), so any writer (a desk, a station, the CLI, a sync round) wakes the other
PCs' boards without code of its own. PostgreSQL folds identical notifications of one transaction
into one. A no-op on SQLite, where the boards keep polling the change marker.

Revision ID: 0006_live_updates
Revises: 0006_pg_trgm
"""

from alembic import op

revision = "0006_live_updates"
down_revision = "0006_pg_trgm"
branch_labels = None
depends_on = None

TABLES = ("orders", "order_history")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE OR REPLACE FUNCTION orderdesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('orderdesk_changes', TG_TABLE_NAME);
            RETURN NULL;
        END
        $$
        """
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER orderdesk_notify_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION orderdesk_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS orderdesk_notify_{table} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS orderdesk_notify_change()")
