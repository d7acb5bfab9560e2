"""learning from use (issue 11)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 08:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('search_followups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('query', sa.String(length=300), nullable=True),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('enterprise_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('open', 'match')", name=op.f('ck_search_followups_kind')),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_search_followups_enterprise_id_enterprises'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_search_followups_product_id_products'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_search_followups_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_followups'))
    )
    with op.batch_alter_table('search_followups', schema=None) as batch_op:
        batch_op.create_index('ix_search_followups_user_at', ['user_id', 'at'], unique=False)

    op.create_table('learned_synonyms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('query_word', sa.String(length=60), nullable=False),
    sa.Column('catalog_word', sa.String(length=60), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('support', sa.Integer(), server_default='0', nullable=False),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("status IN ('approved', 'rejected')", name=op.f('ck_learned_synonyms_status')),
    sa.ForeignKeyConstraint(['decided_by'], ['users.id'], name=op.f('fk_learned_synonyms_decided_by_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learned_synonyms')),
    sa.UniqueConstraint('query_word', 'catalog_word', name='uq_learned_synonyms_pair')
    )


def downgrade() -> None:
    op.drop_table('learned_synonyms')
    with op.batch_alter_table('search_followups', schema=None) as batch_op:
        batch_op.drop_index('ix_search_followups_user_at')

    op.drop_table('search_followups')
