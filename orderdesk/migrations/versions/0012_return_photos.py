"""return photos: pictures of the state a returned parcel and its items arrived in

Revision ID: 0012_return_photos
Revises: 0012_handover_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_return_photos"
down_revision = "0012_handover_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The image itself is in the row: every desk on a shared database sees it, and a backup has it.
    op.create_table(
        "return_photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("return_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("content_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["return_id"], ["returns.id"], name=op.f("fk_return_photos_return_id_returns"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_photos")),
    )
    op.create_index(op.f("ix_return_photos_return_id"), "return_photos", ["return_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_return_photos_return_id"), table_name="return_photos")
    op.drop_table("return_photos")
