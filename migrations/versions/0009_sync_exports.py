"""sync exports (the district packages made) and the upload queue

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 18:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_exports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('period_from', sa.String(length=7), nullable=False),
    sa.Column('period_to', sa.String(length=7), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('correction_of', sa.Integer(), nullable=True),
    sa.Column('file_name', sa.String(length=80), nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('manifest_json', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
    sa.Column('ack_json', sa.Text(), nullable=True),
    sa.CheckConstraint("(status = 'acknowledged') = (ack_json IS NOT NULL)", name=op.f('ck_sync_exports_acknowledged_with_ack')),
    sa.CheckConstraint("kind IN ('month','since_last')", name=op.f('ck_sync_exports_known_kind')),
    sa.CheckConstraint("status IN ('exported','sent','acknowledged')", name=op.f('ck_sync_exports_known_status')),
    sa.CheckConstraint('correction_of IS NULL OR correction_of < sequence', name=op.f('ck_sync_exports_corrects_an_earlier_one')),
    sa.CheckConstraint('period_from <= period_to', name=op.f('ck_sync_exports_period_ordered')),
    sa.CheckConstraint('sequence >= 1', name=op.f('ck_sync_exports_sequence_positive')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_sync_exports_created_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_exports')),
    sa.UniqueConstraint('manifest_sha256', name=op.f('uq_sync_exports_manifest_sha256')),
    sa.UniqueConstraint('sequence', name=op.f('uq_sync_exports_sequence')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sync_exports_uuid'))
    )
    op.create_index('ix_sync_exports_period', 'sync_exports', ['period_from', 'period_to'], unique=False)
    op.create_table('sync_uploads',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('export_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('queued','sent','refused')", name=op.f('ck_sync_uploads_known_status')),
    sa.CheckConstraint('attempts >= 0', name=op.f('ck_sync_uploads_attempts_non_negative')),
    sa.ForeignKeyConstraint(['export_id'], ['sync_exports.id'], name=op.f('fk_sync_uploads_export_id_sync_exports')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_uploads'))
    )
    op.create_index('ix_sync_uploads_due', 'sync_uploads', ['status', 'next_attempt_at'], unique=False)
    op.create_index(op.f('ix_sync_uploads_export_id'), 'sync_uploads', ['export_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sync_uploads_export_id'), table_name='sync_uploads')
    op.drop_index('ix_sync_uploads_due', table_name='sync_uploads')
    op.drop_table('sync_uploads')
    op.drop_index('ix_sync_exports_period', table_name='sync_exports')
    op.drop_table('sync_exports')
