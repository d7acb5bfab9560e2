"""plan (issue 15): the city plan's programme records

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 08:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('plan_submissions',
    sa.Column('token', sa.String(length=64), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('token', name=op.f('pk_plan_submissions'))
    )
    op.create_table('plan_candidates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('people', sa.Integer(), server_default='0', nullable=False),
    sa.Column('gu', sa.String(length=10), nullable=True),
    sa.Column('ondure_on', sa.Date(), nullable=True),
    sa.Column('prelim_kind', sa.String(length=20), nullable=True),
    sa.Column('prelim_on', sa.Date(), nullable=True),
    sa.Column('converted_type', sa.String(length=20), nullable=True),
    sa.Column('converted_on', sa.Date(), nullable=True),
    sa.Column('enterprise_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=500), nullable=True),
    sa.Column('is_demo', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('ondure_on IS NOT NULL OR prelim_on IS NOT NULL OR converted_on IS NOT NULL', name=op.f('ck_plan_candidates_some_stage')),
    sa.CheckConstraint('people >= 0', name=op.f('ck_plan_candidates_people')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_plan_candidates_created_by_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_plan_candidates_enterprise_id_enterprises'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_candidates'))
    )
    op.create_table('plan_followups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('people', sa.Integer(), server_default='0', nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=True),
    sa.Column('won', sa.Boolean(), nullable=True),
    sa.Column('is_demo', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('고령자친화기업', '청년자립도전 자활사업단', '정부 일자리사업 공모')", name=op.f('ck_plan_followups_kind')),
    sa.CheckConstraint('people >= 0', name=op.f('ck_plan_followups_people')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_plan_followups_created_by_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_plan_followups_enterprise_id_enterprises'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_followups'))
    )
    op.create_table('plan_grants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('programme', sa.String(length=60), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=False),
    sa.Column('jobs_promised', sa.Integer(), nullable=False),
    sa.Column('is_demo', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_plan_grants_amount_positive')),
    sa.CheckConstraint('jobs_promised >= 0', name=op.f('ck_plan_grants_jobs')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_plan_grants_created_by_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_plan_grants_enterprise_id_enterprises')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_grants'))
    )
    with op.batch_alter_table('plan_grants', schema=None) as batch_op:
        batch_op.create_index('ix_plan_grants_enterprise', ['enterprise_id'], unique=False)

    op.create_table('plan_local_projects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.Column('jobs_created', sa.Integer(), nullable=False),
    sa.Column('is_demo', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('jobs_created >= 0', name=op.f('ck_plan_local_projects_jobs')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_plan_local_projects_created_by_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_plan_local_projects_enterprise_id_enterprises'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_local_projects'))
    )
    op.create_table('plan_mentoring_pairs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mentee_id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('suggested_mentor_id', sa.Integer(), nullable=True),
    sa.Column('override_reason', sa.String(length=500), nullable=True),
    sa.Column('allow_competition', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('outcome', sa.String(length=500), nullable=True),
    sa.Column('is_demo', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('mentee_id <> mentor_id', name=op.f('ck_plan_mentoring_pairs_distinct')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_plan_mentoring_pairs_created_by_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mentee_id'], ['enterprises.id'], name=op.f('fk_plan_mentoring_pairs_mentee_id_enterprises')),
    sa.ForeignKeyConstraint(['mentor_id'], ['enterprises.id'], name=op.f('fk_plan_mentoring_pairs_mentor_id_enterprises')),
    sa.ForeignKeyConstraint(['suggested_mentor_id'], ['enterprises.id'], name=op.f('fk_plan_mentoring_pairs_suggested_mentor_id_enterprises'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_mentoring_pairs'))
    )
    op.create_table('plan_school_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('school', sa.String(length=200), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('students', sa.Integer(), nullable=False),
    sa.Column('is_demo', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('students >= 0', name=op.f('ck_plan_school_sessions_students')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_plan_school_sessions_created_by_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_school_sessions'))
    )
    op.create_table('plan_spending',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('programme', sa.String(length=60), nullable=False),
    sa.Column('source', sa.String(length=4), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=True),
    sa.Column('is_demo', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("source IN ('국비', '도비', '시비')", name=op.f('ck_plan_spending_source')),
    sa.CheckConstraint('amount > 0', name=op.f('ck_plan_spending_amount_positive')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_plan_spending_created_by_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_spending'))
    )
    with op.batch_alter_table('plan_spending', schema=None) as batch_op:
        batch_op.create_index('ix_plan_spending_year', ['year'], unique=False)

    op.create_table('plan_startup_cohorts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('space', sa.String(length=200), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('startups_founded', sa.Integer(), server_default='0', nullable=False),
    sa.Column('is_demo', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('participants >= 0 AND startups_founded >= 0', name=op.f('ck_plan_startup_cohorts_counts')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_plan_startup_cohorts_created_by_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_startup_cohorts'))
    )
    op.create_table('plan_youth_placements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant', sa.String(length=50), nullable=False),
    sa.Column('field', sa.String(length=20), nullable=False),
    sa.Column('host_enterprise_id', sa.Integer(), nullable=True),
    sa.Column('host_name', sa.String(length=200), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('stayed_employed', sa.Boolean(), nullable=True),
    sa.Column('is_demo', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("field IN ('야호학교', '전주푸드', '박물관 큐레이터', '청년혁신가', '지역공동체', '복지')", name=op.f('ck_plan_youth_placements_field')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_plan_youth_placements_created_by_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['host_enterprise_id'], ['enterprises.id'], name=op.f('fk_plan_youth_placements_host_enterprise_id_enterprises'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_youth_placements'))
    )
    op.create_table('plan_mentoring_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.Column('met_on', sa.Date(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('is_demo', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('hours > 0 AND hours <= 24', name=op.f('ck_plan_mentoring_meetings_hours')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_plan_mentoring_meetings_created_by_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['pair_id'], ['plan_mentoring_pairs.id'], name=op.f('fk_plan_mentoring_meetings_pair_id_plan_mentoring_pairs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_mentoring_meetings'))
    )


def downgrade() -> None:
    op.drop_table('plan_mentoring_meetings')
    op.drop_table('plan_youth_placements')
    op.drop_table('plan_startup_cohorts')
    with op.batch_alter_table('plan_spending', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_spending_year')

    op.drop_table('plan_spending')
    op.drop_table('plan_school_sessions')
    op.drop_table('plan_mentoring_pairs')
    op.drop_table('plan_local_projects')
    with op.batch_alter_table('plan_grants', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_grants_enterprise')

    op.drop_table('plan_grants')
    op.drop_table('plan_followups')
    op.drop_table('plan_candidates')
    op.drop_table('plan_submissions')
