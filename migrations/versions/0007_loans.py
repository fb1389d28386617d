"""loans

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 12:45:03.704852
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('loan_products',
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('config', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_loan_products'))
    )
    op.create_table('loans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('product_code', sa.String(length=12), nullable=False),
    sa.Column('terms', sa.Text(), nullable=False),
    sa.Column('principal_rp', sa.BigInteger(), nullable=False),
    sa.Column('term', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=200), nullable=False),
    sa.Column('collateral', sa.String(length=200), nullable=False),
    sa.Column('guarantor_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('applied_by', sa.Integer(), nullable=False),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('decision_note', sa.String(length=200), nullable=False),
    sa.Column('disbursed_on', sa.Date(), nullable=True),
    sa.Column('disburse_method', sa.String(length=10), nullable=True),
    sa.Column('fee_rp', sa.BigInteger(), nullable=False),
    sa.Column('disburse_journal_id', sa.Integer(), nullable=True),
    sa.Column('outstanding_rp', sa.BigInteger(), nullable=False),
    sa.Column('written_off_rp', sa.BigInteger(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.CheckConstraint("status = 'cair' OR outstanding_rp = 0", name=op.f('ck_loans_outstanding_only_when_running')),
    sa.CheckConstraint("status IN ('diajukan','disetujui','ditolak','cair','lunas','direstrukturisasi','dihapus')", name=op.f('ck_loans_known_status')),
    sa.CheckConstraint('outstanding_rp >= 0 AND outstanding_rp <= principal_rp', name=op.f('ck_loans_outstanding_in_range')),
    sa.CheckConstraint('principal_rp > 0 AND term > 0', name=op.f('ck_loans_positive_terms')),
    sa.CheckConstraint('written_off_rp >= 0', name=op.f('ck_loans_written_off_non_negative')),
    sa.ForeignKeyConstraint(['applied_by'], ['users.id'], name=op.f('fk_loans_applied_by_users')),
    sa.ForeignKeyConstraint(['decided_by'], ['users.id'], name=op.f('fk_loans_decided_by_users')),
    sa.ForeignKeyConstraint(['disburse_journal_id'], ['journals.id'], name=op.f('fk_loans_disburse_journal_id_journals')),
    sa.ForeignKeyConstraint(['guarantor_id'], ['members.id'], name=op.f('fk_loans_guarantor_id_members')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_loans_member_id_members')),
    sa.ForeignKeyConstraint(['parent_id'], ['loans.id'], name=op.f('fk_loans_parent_id_loans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loans')),
    sa.UniqueConstraint('number', name=op.f('uq_loans_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_loans_uuid'))
    )
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loans_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_loans_status', ['status'], unique=False)

    op.create_table('loan_installments',
    sa.Column('loan_id', sa.Integer(), nullable=False),
    sa.Column('no', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('principal_rp', sa.BigInteger(), nullable=False),
    sa.Column('interest_rp', sa.BigInteger(), nullable=False),
    sa.Column('paid_principal_rp', sa.BigInteger(), nullable=False),
    sa.Column('paid_interest_rp', sa.BigInteger(), nullable=False),
    sa.Column('paid_penalty_rp', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('paid_interest_rp BETWEEN 0 AND interest_rp', name=op.f('ck_loan_installments_interest_paid_in_range')),
    sa.CheckConstraint('paid_penalty_rp >= 0', name=op.f('ck_loan_installments_penalty_non_negative')),
    sa.CheckConstraint('paid_principal_rp BETWEEN 0 AND principal_rp', name=op.f('ck_loan_installments_principal_paid_in_range')),
    sa.ForeignKeyConstraint(['loan_id'], ['loans.id'], name=op.f('fk_loan_installments_loan_id_loans')),
    sa.PrimaryKeyConstraint('loan_id', 'no', name=op.f('pk_loan_installments'))
    )
    with op.batch_alter_table('loan_installments', schema=None) as batch_op:
        batch_op.create_index('ix_loan_installments_due', ['due_date'], unique=False)

    op.create_table('loan_payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('loan_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('amount_rp', sa.BigInteger(), nullable=False),
    sa.Column('principal_rp', sa.BigInteger(), nullable=False),
    sa.Column('interest_rp', sa.BigInteger(), nullable=False),
    sa.Column('penalty_rp', sa.BigInteger(), nullable=False),
    sa.Column('journal_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('memo', sa.String(length=200), nullable=False),
    sa.CheckConstraint("kind IN ('angsuran','pelunasan','pemulihan')", name=op.f('ck_loan_payments_known_kind')),
    sa.CheckConstraint('amount_rp > 0 AND amount_rp = principal_rp + interest_rp + penalty_rp', name=op.f('ck_loan_payments_parts_add_up')),
    sa.ForeignKeyConstraint(['journal_id'], ['journals.id'], name=op.f('fk_loan_payments_journal_id_journals')),
    sa.ForeignKeyConstraint(['loan_id'], ['loans.id'], name=op.f('fk_loan_payments_loan_id_loans')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_loan_payments_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loan_payments')),
    sa.UniqueConstraint('number', name=op.f('uq_loan_payments_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_loan_payments_uuid'))
    )
    with op.batch_alter_table('loan_payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_payments_loan_id'), ['loan_id'], unique=False)

    op.create_table('loan_payment_items',
    sa.Column('payment_id', sa.Integer(), nullable=False),
    sa.Column('installment_no', sa.Integer(), nullable=False),
    sa.Column('principal_rp', sa.BigInteger(), nullable=False),
    sa.Column('interest_rp', sa.BigInteger(), nullable=False),
    sa.Column('penalty_rp', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['payment_id'], ['loan_payments.id'], name=op.f('fk_loan_payment_items_payment_id_loan_payments')),
    sa.PrimaryKeyConstraint('payment_id', 'installment_no', name=op.f('pk_loan_payment_items'))
    )

    for sql in SQLITE_GUARDS if op.get_bind().dialect.name == 'sqlite' else POSTGRES_GUARDS:
        op.execute(sql)


# Payments are never changed or deleted (as journals): a mistake is corrected by a new document.
_GUARDED = ('loan_payments', 'loan_payment_items')
SQLITE_GUARDS = [
    *(f"""CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t}
BEGIN SELECT RAISE(ABORT, 'kopdes: {t} rows are immutable'); END""" for t in _GUARDED),
    *(f"""CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t}
BEGIN SELECT RAISE(ABORT, 'kopdes: {t} rows are immutable'); END""" for t in _GUARDED),
]
POSTGRES_GUARDS = [  # kopdes_refuse_change() comes from 0001
    *(f"""CREATE TRIGGER {t}_immutable BEFORE UPDATE OR DELETE ON {t}
FOR EACH ROW EXECUTE FUNCTION kopdes_refuse_change()""" for t in _GUARDED),
    *(f"""CREATE TRIGGER {t}_no_truncate BEFORE TRUNCATE ON {t}
FOR EACH STATEMENT EXECUTE FUNCTION kopdes_refuse_change()""" for t in _GUARDED),
]


def downgrade() -> None:
    for t in _GUARDED:
        if op.get_bind().dialect.name == 'sqlite':
            op.execute(f"DROP TRIGGER IF EXISTS {t}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {t}_no_delete")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {t}_immutable ON {t}")
            op.execute(f"DROP TRIGGER IF EXISTS {t}_no_truncate ON {t}")
    op.drop_table('loan_payment_items')
    with op.batch_alter_table('loan_payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loan_payments_loan_id'))

    op.drop_table('loan_payments')
    with op.batch_alter_table('loan_installments', schema=None) as batch_op:
        batch_op.drop_index('ix_loan_installments_due')

    op.drop_table('loan_installments')
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_index('ix_loans_status')
        batch_op.drop_index(batch_op.f('ix_loans_member_id'))

    op.drop_table('loans')
    op.drop_table('loan_products')
