"""optout_dates: when a customer opted out of a channel or back in (customer_opt_outs)

Customers who opted out before this revision get no row: their date is unknown, and the
messages report says so.

Revision ID: 0015_optout_dates
Revises: 0014_customer_vip
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_optout_dates"
down_revision = "0014_customer_vip"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_opt_outs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("opted_out", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("gateway", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("actor", sa.String(length=100), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_opt_outs_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_opt_outs")),
    )
    op.create_index("ix_customer_opt_outs_at", "customer_opt_outs", ["at"], unique=False)
    op.create_index("ix_customer_opt_outs_customer", "customer_opt_outs", ["customer_id", "channel"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_customer_opt_outs_customer", table_name="customer_opt_outs")
    op.drop_index("ix_customer_opt_outs_at", table_name="customer_opt_outs")
    op.drop_table("customer_opt_outs")
