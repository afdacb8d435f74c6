"""complaints: a customer's claim on an order, its due date and the shop's decision

Revision ID: 0011_complaints
Revises: 0010_products_fts
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_complaints"
down_revision = "0011_returns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("return_number", sa.String(length=20), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False, server_default=""),
        sa.Column("claim", sa.Text(), nullable=False),
        sa.Column("ask", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False, server_default=""),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False, server_default=""),
        sa.Column("decision_text", sa.Text(), nullable=False, server_default=""),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by", sa.String(length=100), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_complaints_order_id_orders"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    op.create_index(op.f("ix_complaints_order_id"), "complaints", ["order_id"], unique=False)
    op.create_index("ix_complaints_open_due", "complaints", ["decision", "due_on"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_complaints_open_due", table_name="complaints")
    op.drop_index(op.f("ix_complaints_order_id"), table_name="complaints")
    op.drop_table("complaints")
