"""district hub: cooperatives, key changes, packages, incidents (its own database)

Revision ID: h0001
Revises:
Create Date: 2026-11-23 18:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'h0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cooperatives',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('nib', sa.String(length=13), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('region', sa.Text(), nullable=False),
    sa.Column('public_key_pem', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=39), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('length(nib) = 13', name=op.f('ck_cooperatives_nib_13_digits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cooperatives')),
    sa.UniqueConstraint('nib', name=op.f('uq_cooperatives_nib'))
    )
    op.create_table('hub_settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_hub_settings'))
    )
    op.create_table('incidents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cooperative_id', sa.Integer(), nullable=True),
    sa.Column('nib', sa.String(length=13), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=True),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=True),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('gap','fork','refused')", name=op.f('ck_incidents_known_kind')),
    sa.ForeignKeyConstraint(['cooperative_id'], ['cooperatives.id'], name=op.f('fk_incidents_cooperative_id_cooperatives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incidents'))
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incidents_cooperative_id'), ['cooperative_id'], unique=False)

    op.create_table('key_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cooperative_id', sa.Integer(), nullable=False),
    sa.Column('old_fingerprint', sa.String(length=39), nullable=True),
    sa.Column('old_public_key_pem', sa.Text(), nullable=True),
    sa.Column('new_fingerprint', sa.String(length=39), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['cooperative_id'], ['cooperatives.id'], name=op.f('fk_key_changes_cooperative_id_cooperatives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_changes'))
    )
    with op.batch_alter_table('key_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_changes_cooperative_id'), ['cooperative_id'], unique=False)

    op.create_table('packages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cooperative_id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('period_from', sa.String(length=7), nullable=False),
    sa.Column('period_to', sa.String(length=7), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('correction_of', sa.Integer(), nullable=True),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('manifest_json', sa.Text(), nullable=False),
    sa.Column('previous_sha256', sa.String(length=64), nullable=True),
    sa.Column('file_name', sa.String(length=120), nullable=False),
    sa.Column('indicators_json', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('period_from <= period_to', name=op.f('ck_packages_period_ordered')),
    sa.CheckConstraint('sequence >= 1', name=op.f('ck_packages_sequence_positive')),
    sa.ForeignKeyConstraint(['cooperative_id'], ['cooperatives.id'], name=op.f('fk_packages_cooperative_id_cooperatives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_packages')),
    sa.UniqueConstraint('cooperative_id', 'sequence', name='uq_packages_cooperative_sequence')
    )
    op.create_table('package_blobs',
    sa.Column('package_id', sa.Integer(), nullable=False),
    sa.Column('zip_bytes', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['package_id'], ['packages.id'], name=op.f('fk_package_blobs_package_id_packages')),
    sa.PrimaryKeyConstraint('package_id', name=op.f('pk_package_blobs'))
    )


def downgrade() -> None:
    op.drop_table('package_blobs')
    op.drop_table('packages')
    with op.batch_alter_table('key_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_changes_cooperative_id'))

    op.drop_table('key_changes')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incidents_cooperative_id'))

    op.drop_table('incidents')
    op.drop_table('hub_settings')
    op.drop_table('cooperatives')
