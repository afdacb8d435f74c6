"""automation: one row per rule fired for an order at a step, unique so it fires once across PCs

Revision ID: 0009_automation
Revises: 0008_history_indexes
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_automation"
down_revision = "0008_history_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "automation_firings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=40), nullable=False),
        sa.Column("step", sa.String(length=80), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_automation_firings_order_id_orders"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_automation_firings")),
        sa.UniqueConstraint("order_id", "rule", "step", name="uq_automation_firings_once"),
    )
    op.create_index(op.f("ix_automation_firings_order_id"), "automation_firings", ["order_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_automation_firings_order_id"), table_name="automation_firings")
    op.drop_table("automation_firings")
