"""matching (issue 11)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 08:00:00
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "product_analyses",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("eojeols", sa.Text(), nullable=False),
        sa.Column("analysed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], ondelete="CASCADE",
                                name=op.f("fk_product_analyses_product_id_products")),
        sa.PrimaryKeyConstraint("product_id", name=op.f("pk_product_analyses")),
    )


def downgrade() -> None:
    op.drop_table("product_analyses")
