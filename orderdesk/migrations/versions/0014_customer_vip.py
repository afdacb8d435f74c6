"""customers: a VIP flag (the priority rule makes a VIP customer's new orders priority)

Plain ADD COLUMN on both backends. The older setting ``automation.priority_vip_phones`` keeps
working beside the flag (the rule reads both), so nothing is copied here.

Revision ID: 0014_customer_vip
Revises: 0013_products_trgm
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_customer_vip"
down_revision = "0013_products_trgm"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("customers", sa.Column("vip", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("vip")
