"""sync upload payloads: the package bytes a queued upload sends

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 19:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_upload_payloads',
    sa.Column('upload_id', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['upload_id'], ['sync_uploads.id'], name=op.f('fk_sync_upload_payloads_upload_id_sync_uploads'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('upload_id', name=op.f('pk_sync_upload_payloads'))
    )


def downgrade() -> None:
    op.drop_table('sync_upload_payloads')
