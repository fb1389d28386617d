"""shu distributions and shares

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 17:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('shu_distributions',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('journal_id', sa.Integer(), nullable=False),
    sa.Column('shu_rp', sa.BigInteger(), nullable=False),
    sa.Column('shu_anggota_rp', sa.BigInteger(), nullable=False),
    sa.Column('shu_non_anggota_rp', sa.BigInteger(), nullable=False),
    sa.Column('cadangan_rp', sa.BigInteger(), nullable=False),
    sa.Column('dana_rp', sa.BigInteger(), nullable=False),
    sa.Column('anggota_rp', sa.BigInteger(), nullable=False),
    sa.Column('rules', sa.Text(), nullable=False),
    sa.Column('pools', sa.Text(), nullable=False),
    sa.Column('members', sa.Integer(), nullable=False),
    sa.Column('distributed_at', sa.DateTime(), nullable=False),
    sa.Column('distributed_by', sa.Integer(), nullable=False),
    sa.CheckConstraint('cadangan_rp + dana_rp + anggota_rp = shu_rp', name=op.f('ck_shu_distributions_parts_add_up')),
    sa.CheckConstraint('cadangan_rp >= 0 AND dana_rp >= 0 AND anggota_rp >= 0', name=op.f('ck_shu_distributions_parts_non_negative')),
    sa.ForeignKeyConstraint(['distributed_by'], ['users.id'], name=op.f('fk_shu_distributions_distributed_by_users')),
    sa.ForeignKeyConstraint(['journal_id'], ['journals.id'], name=op.f('fk_shu_distributions_journal_id_journals')),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_shu_distributions')),
    sa.UniqueConstraint('uuid', name=op.f('uq_shu_distributions_uuid'))
    )
    op.create_table('shu_shares',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('modal_rp', sa.BigInteger(), nullable=False),
    sa.Column('purchases_rp', sa.BigInteger(), nullable=False),
    sa.Column('interest_rp', sa.BigInteger(), nullable=False),
    sa.Column('jma_rp', sa.BigInteger(), nullable=False),
    sa.Column('jua_rp', sa.BigInteger(), nullable=False),
    sa.Column('paid_method', sa.String(length=10), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('paid_at', sa.DateTime(), nullable=True),
    sa.Column('paid_doc', sa.String(length=40), nullable=True),
    sa.Column('paid_journal_id', sa.Integer(), nullable=True),
    sa.Column('paid_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("paid_method IS NULL OR paid_method IN ('tunai','transfer','sukarela')", name=op.f('ck_shu_shares_known_method')),
    sa.CheckConstraint('(paid_method IS NULL) = (paid_journal_id IS NULL)', name=op.f('ck_shu_shares_paid_with_journal')),
    sa.CheckConstraint('jma_rp >= 0 AND jua_rp >= 0', name=op.f('ck_shu_shares_shares_non_negative')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_shu_shares_member_id_members')),
    sa.ForeignKeyConstraint(['paid_by'], ['users.id'], name=op.f('fk_shu_shares_paid_by_users')),
    sa.ForeignKeyConstraint(['paid_journal_id'], ['journals.id'], name=op.f('fk_shu_shares_paid_journal_id_journals')),
    sa.ForeignKeyConstraint(['year'], ['shu_distributions.year'], name=op.f('fk_shu_shares_year_shu_distributions')),
    sa.PrimaryKeyConstraint('year', 'member_id', name=op.f('pk_shu_shares'))
    )


def downgrade() -> None:
    op.drop_table('shu_shares')
    op.drop_table('shu_distributions')
