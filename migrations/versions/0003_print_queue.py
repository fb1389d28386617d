"""print queue: printers per station and persisted print jobs

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 08:44:23.267534
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('printers',
    sa.Column('station', sa.String(length=30), nullable=False),
    sa.Column('uri', sa.String(length=300), nullable=False),
    sa.Column('width_mm', sa.Integer(), nullable=False),
    sa.Column('has_cutter', sa.Boolean(), nullable=False),
    sa.Column('native_qr', sa.Boolean(), nullable=False),
    sa.Column('drawer_pin', sa.Integer(), nullable=True),
    sa.Column('auto_receipt', sa.Boolean(), nullable=False),
    sa.CheckConstraint('drawer_pin IS NULL OR drawer_pin IN (2, 5)', name=op.f('ck_printers_known_pin')),
    sa.CheckConstraint('width_mm IN (58, 80)', name=op.f('ck_printers_known_width')),
    sa.PrimaryKeyConstraint('station', name=op.f('pk_printers'))
    )
    op.create_table('print_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('station', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('ref', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('payload', sa.LargeBinary(), nullable=False),
    sa.Column('kick_pin', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('printer_uri', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("kind IN ('receipt','reprint','shift_report','slip','lpg_slip','test')", name=op.f('ck_print_jobs_known_kind')),
    sa.CheckConstraint("status IN ('pending','sending','done','failed','cancelled')", name=op.f('ck_print_jobs_known_status')),
    sa.CheckConstraint('attempts >= 0', name=op.f('ck_print_jobs_attempts_not_negative')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_print_jobs_created_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_jobs')),
    sa.UniqueConstraint('uuid', name=op.f('uq_print_jobs_uuid'))
    )
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.create_index('ix_print_jobs_queue', ['station', 'status', 'next_attempt_at'], unique=False)
        batch_op.create_index('ix_print_jobs_ref', ['ref'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_index('ix_print_jobs_ref')
        batch_op.drop_index('ix_print_jobs_queue')

    op.drop_table('print_jobs')
    op.drop_table('printers')
