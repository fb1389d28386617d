"""qris: pending sales, settlement files

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 09:37:24.678761
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('qris_presets',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('config', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_qris_presets'))
    )
    op.create_table('qris_settlement_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('preset', sa.String(length=40), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.Integer(), nullable=False),
    sa.Column('line_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['imported_by'], ['users.id'], name=op.f('fk_qris_settlement_imports_imported_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_qris_settlement_imports')),
    sa.UniqueConstraint('file_sha256', name=op.f('uq_qris_settlement_imports_file_sha256')),
    sa.UniqueConstraint('uuid', name=op.f('uq_qris_settlement_imports_uuid'))
    )
    op.create_table('qris_settlement_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('import_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('txn_at', sa.DateTime(), nullable=True),
    sa.Column('settled_on', sa.Date(), nullable=True),
    sa.Column('amount_rp', sa.BigInteger(), nullable=False),
    sa.Column('mdr_rp', sa.BigInteger(), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('payment_id', sa.Integer(), nullable=True),
    sa.Column('match_kind', sa.String(length=10), nullable=True),
    sa.Column('journal_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("match_kind IS NULL OR match_kind IN ('reference','amount','manual')", name=op.f('ck_qris_settlement_lines_known_match')),
    sa.CheckConstraint('(payment_id IS NULL) = (match_kind IS NULL)', name=op.f('ck_qris_settlement_lines_matched_with_kind')),
    sa.CheckConstraint('amount_rp > 0 AND mdr_rp >= 0 AND mdr_rp <= amount_rp', name=op.f('ck_qris_settlement_lines_sane_amounts')),
    sa.ForeignKeyConstraint(['import_id'], ['qris_settlement_imports.id'], name=op.f('fk_qris_settlement_lines_import_id_qris_settlement_imports')),
    sa.ForeignKeyConstraint(['journal_id'], ['journals.id'], name=op.f('fk_qris_settlement_lines_journal_id_journals')),
    sa.ForeignKeyConstraint(['payment_id'], ['sale_payments.id'], name=op.f('fk_qris_settlement_lines_payment_id_sale_payments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_qris_settlement_lines')),
    sa.UniqueConstraint('payment_id', name=op.f('uq_qris_settlement_lines_payment_id'))
    )
    with op.batch_alter_table('qris_settlement_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_qris_settlement_lines_import_id'), ['import_id'], unique=False)
        batch_op.create_index('ix_qris_settlement_lines_reference', ['reference'], unique=False)

    with op.batch_alter_table('sale_payments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('confirmed_by', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('confirmed_at', sa.DateTime(), nullable=True))
        batch_op.create_index('ix_sale_payments_method_ref', ['method', 'reference'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_sale_payments_confirmed_by_users'), 'users', ['confirmed_by'], ['id'])

    # A sale paid by QRIS waits as 'pending' (no journal yet) until the cashier confirms the
    # payment, or is 'cancelled'.
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.alter_column('journal_id',
               existing_type=sa.INTEGER(),
               nullable=True)
        batch_op.drop_constraint(op.f('ck_sales_known_status'), type_='check')
        batch_op.create_check_constraint('known_status', "status IN ('pending','completed','voided','cancelled')")
        batch_op.create_check_constraint('posted_when_done', "status IN ('pending','cancelled') OR journal_id IS NOT NULL")



def downgrade() -> None:
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_sales_posted_when_done'), type_='check')
        batch_op.drop_constraint(op.f('ck_sales_known_status'), type_='check')
        batch_op.create_check_constraint('known_status', "status IN ('completed','voided')")
        batch_op.alter_column('journal_id',
               existing_type=sa.INTEGER(),
               nullable=False)

    with op.batch_alter_table('sale_payments', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_sale_payments_confirmed_by_users'), type_='foreignkey')
        batch_op.drop_index('ix_sale_payments_method_ref')
        batch_op.drop_column('confirmed_at')
        batch_op.drop_column('confirmed_by')

    with op.batch_alter_table('qris_settlement_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_qris_settlement_lines_reference')
        batch_op.drop_index(batch_op.f('ix_qris_settlement_lines_import_id'))

    op.drop_table('qris_settlement_lines')
    op.drop_table('qris_settlement_imports')
    op.drop_table('qris_presets')
