"""join the notifications and stations branches of the migration history

Revision ID: 0005_merge
Revises: 0003_notify, 0004_stations
"""

revision = "0005_merge"
down_revision = ("0003_notify", "0004_stations")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
