"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 08:27:48.530966
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_meta',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_meta'))
    )
    op.create_table('enterprises',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('se_type', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('biz_no', sa.String(length=10), nullable=True),
    sa.Column('representative', sa.String(length=100), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('gu', sa.String(length=10), nullable=True),
    sa.Column('adm_code', sa.String(length=10), nullable=True),
    sa.Column('dong', sa.String(length=20), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('placement', sa.String(length=10), server_default='none', nullable=False),
    sa.Column('cert_no', sa.String(length=40), nullable=True),
    sa.Column('cert_date', sa.Date(), nullable=True),
    sa.Column('cert_expiry', sa.Date(), nullable=True),
    sa.Column('founded_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('main_business', sa.String(length=300), nullable=True),
    sa.Column('categories', sa.String(length=300), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('homepage', sa.String(length=300), nullable=True),
    sa.Column('status', sa.String(length=10), server_default='active', nullable=False),
    sa.Column('source_record_id', sa.String(length=100), nullable=True),
    sa.Column('is_demo', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("placement IN ('exact', '행정동', '법정동', '구', 'none')", name=op.f('ck_enterprises_placement')),
    sa.CheckConstraint("se_type IN ('사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합', '사회적협동조합')", name=op.f('ck_enterprises_se_type')),
    sa.CheckConstraint("status IN ('active', 'closed', 'suspended')", name=op.f('ck_enterprises_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enterprises')),
    sa.UniqueConstraint('biz_no', name=op.f('uq_enterprises_biz_no')),
    sa.UniqueConstraint('source_record_id', name=op.f('uq_enterprises_source_record_id'))
    )
    op.create_table('institutions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('city_affiliated', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('gu', sa.String(length=10), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('is_demo', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_institutions')),
    sa.UniqueConstraint('name', name=op.f('uq_institutions_name'))
    )
    op.create_table('plan_budget',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('period_label', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=4), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('spent', sa.BigInteger(), nullable=True),
    sa.CheckConstraint("source IN ('국비', '도비', '시비')", name=op.f('ck_plan_budget_source')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_budget')),
    sa.UniqueConstraint('year', 'source', name='uq_plan_budget_year_source')
    )
    op.create_table('agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('institution_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('target_amount', sa.BigInteger(), nullable=True),
    sa.Column('target_ratio', sa.Numeric(precision=7, scale=4), nullable=True),
    sa.Column('total_goods_services', sa.BigInteger(), nullable=True),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('(target_amount IS NOT NULL AND target_ratio IS NULL) OR (target_amount IS NULL AND target_ratio IS NOT NULL)', name=op.f('ck_agreements_one_target')),
    sa.ForeignKeyConstraint(['institution_id'], ['institutions.id'], name=op.f('fk_agreements_institution_id_institutions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreements')),
    sa.UniqueConstraint('institution_id', 'year', name='uq_agreements_institution_year')
    )
    op.create_table('products',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('spec', sa.String(length=300), nullable=True),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=10), server_default='pending', nullable=False),
    sa.Column('review_reason', sa.String(length=500), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('pending', 'approved', 'rejected', 'retired')", name=op.f('ck_products_status')),
    sa.CheckConstraint('unit_price > 0', name=op.f('ck_products_price_positive')),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_products_enterprise_id_enterprises'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products')),
    sa.UniqueConstraint('code', name=op.f('uq_products_code'))
    )
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.create_index('ix_products_enterprise_status', ['enterprise_id', 'status'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=100), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('institution_id', sa.Integer(), nullable=True),
    sa.Column('enterprise_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('display_name', sa.String(length=100), nullable=True),
    sa.Column('disabled', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), server_default='0', nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("role IN ('admin', 'officer', 'enterprise')", name=op.f('ck_users_role')),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_users_enterprise_id_enterprises')),
    sa.ForeignKeyConstraint(['institution_id'], ['institutions.id'], name=op.f('fk_users_institution_id_institutions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('login', name=op.f('uq_users_login'))
    )
    op.create_table('workforce_snapshots',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('workers', sa.Integer(), nullable=False),
    sa.Column('vulnerable', sa.Integer(), server_default='0', nullable=False),
    sa.Column('youth', sa.Integer(), server_default='0', nullable=False),
    sa.CheckConstraint('vulnerable <= workers AND youth <= workers', name=op.f('ck_workforce_snapshots_parts')),
    sa.CheckConstraint('workers >= 0 AND vulnerable >= 0 AND youth >= 0', name=op.f('ck_workforce_snapshots_nonneg')),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_workforce_snapshots_enterprise_id_enterprises'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workforce_snapshots')),
    sa.UniqueConstraint('enterprise_id', 'as_of', name='uq_workforce_enterprise_date')
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_audit_log_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_table_record', ['table_name', 'record_id'], unique=False)

    op.create_table('purchases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('institution_id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('purchased_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=4), nullable=False),
    sa.Column('contract_method', sa.String(length=20), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=True),
    sa.Column('description', sa.String(length=500), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('물품', '용역', '공사')", name=op.f('ck_purchases_kind')),
    sa.CheckConstraint('amount > 0', name=op.f('ck_purchases_amount_positive')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_purchases_created_by_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_purchases_enterprise_id_enterprises')),
    sa.ForeignKeyConstraint(['institution_id'], ['institutions.id'], name=op.f('fk_purchases_institution_id_institutions')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_purchases_product_id_products'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchases'))
    )
    with op.batch_alter_table('purchases', schema=None) as batch_op:
        batch_op.create_index('ix_purchases_date', ['purchased_on'], unique=False)
        batch_op.create_index('ix_purchases_enterprise', ['enterprise_id'], unique=False)
        batch_op.create_index('ix_purchases_institution_date', ['institution_id', 'purchased_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('purchases', schema=None) as batch_op:
        batch_op.drop_index('ix_purchases_institution_date')
        batch_op.drop_index('ix_purchases_enterprise')
        batch_op.drop_index('ix_purchases_date')

    op.drop_table('purchases')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_table_record')

    op.drop_table('audit_log')
    op.drop_table('workforce_snapshots')
    op.drop_table('users')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_index('ix_products_enterprise_status')

    op.drop_table('products')
    op.drop_table('agreements')
    op.drop_table('plan_budget')
    op.drop_table('institutions')
    op.drop_table('enterprises')
    op.drop_table('app_meta')
