"""foundation: users, ledger, audit

Revision ID: 0001
Revises:
Create Date: 2026-11-23 06:23:18.568010
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('accounts',
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('type', sa.String(length=12), nullable=False),
    sa.Column('parent_code', sa.String(length=10), nullable=True),
    sa.Column('postable', sa.Boolean(), nullable=False),
    sa.Column('contra', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint("type IN ('aset','kewajiban','ekuitas','pendapatan','beban')", name=op.f('ck_accounts_known_type')),
    sa.ForeignKeyConstraint(['parent_code'], ['accounts.code'], name=op.f('fk_accounts_parent_code_accounts')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_accounts'))
    )
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_audit_head_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=120), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)

    op.create_table('cooperative',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('nib', sa.String(length=13), nullable=False),
    sa.Column('legal_entity_no', sa.String(length=120), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('desa', sa.String(length=100), nullable=False),
    sa.Column('kecamatan', sa.String(length=100), nullable=False),
    sa.Column('kabupaten', sa.String(length=100), nullable=False),
    sa.Column('provinsi', sa.String(length=100), nullable=False),
    sa.Column('timezone', sa.String(length=4), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_cooperative_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cooperative'))
    )
    op.create_table('doc_counters',
    sa.Column('prefix', sa.String(length=8), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('last_no', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('prefix', 'day', name=op.f('pk_doc_counters'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('credential_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('account_day_balances',
    sa.Column('account_code', sa.String(length=10), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('debit_rp', sa.BigInteger(), nullable=False),
    sa.Column('credit_rp', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['account_code'], ['accounts.code'], name=op.f('fk_account_day_balances_account_code_accounts')),
    sa.PrimaryKeyConstraint('account_code', 'day', name=op.f('pk_account_day_balances'))
    )
    with op.batch_alter_table('account_day_balances', schema=None) as batch_op:
        batch_op.create_index('ix_account_day_balances_day', ['day'], unique=False)

    op.create_table('journals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('doc_type', sa.String(length=8), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('memo', sa.String(length=500), nullable=False),
    sa.Column('reverses_id', sa.Integer(), nullable=True),
    sa.Column('source_type', sa.String(length=30), nullable=True),
    sa.Column('source_id', sa.String(length=36), nullable=True),
    sa.Column('posted_at', sa.DateTime(), nullable=False),
    sa.Column('posted_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['posted_by'], ['users.id'], name=op.f('fk_journals_posted_by_users')),
    sa.ForeignKeyConstraint(['reverses_id'], ['journals.id'], name=op.f('fk_journals_reverses_id_journals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journals')),
    sa.UniqueConstraint('number', name=op.f('uq_journals_number')),
    sa.UniqueConstraint('reverses_id', name=op.f('uq_journals_reverses_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_journals_uuid'))
    )
    with op.batch_alter_table('journals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journals_date'), ['date'], unique=False)
        batch_op.create_index('ix_journals_source', ['source_type', 'source_id'], unique=False)

    op.create_table('periods',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('open','closed')", name=op.f('ck_periods_known_status')),
    sa.ForeignKeyConstraint(['changed_by'], ['users.id'], name=op.f('fk_periods_changed_by_users')),
    sa.PrimaryKeyConstraint('month', name=op.f('pk_periods'))
    )
    op.create_table('user_roles',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.CheckConstraint("role IN ('kasir','pengurus','bendahara','pengawas','admin')", name=op.f('ck_user_roles_known_role')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_roles_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'role', name=op.f('pk_user_roles'))
    )
    op.create_table('journal_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('journal_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('account_code', sa.String(length=10), nullable=False),
    sa.Column('debit_rp', sa.BigInteger(), nullable=False),
    sa.Column('credit_rp', sa.BigInteger(), nullable=False),
    sa.Column('memo', sa.String(length=200), nullable=False),
    sa.CheckConstraint('(debit_rp > 0 AND credit_rp = 0) OR (debit_rp = 0 AND credit_rp > 0)', name=op.f('ck_journal_lines_one_side')),
    sa.CheckConstraint('debit_rp >= 0 AND credit_rp >= 0', name=op.f('ck_journal_lines_non_negative')),
    sa.ForeignKeyConstraint(['account_code'], ['accounts.code'], name=op.f('fk_journal_lines_account_code_accounts')),
    sa.ForeignKeyConstraint(['journal_id'], ['journals.id'], name=op.f('fk_journal_lines_journal_id_journals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_lines')),
    sa.UniqueConstraint('journal_id', 'line_no', name='uq_journal_lines_journal_line')
    )
    with op.batch_alter_table('journal_lines', schema=None) as batch_op:
        batch_op.create_index('ix_journal_lines_account', ['account_code', 'journal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_journal_lines_journal_id'), ['journal_id'], unique=False)

    _install_guards()


# Posted journals, their lines and audit rows never change: corrections are new rows.
# Postings into a closed month are refused by the database too, not only by the app.
IMMUTABLE_TABLES = ("journals", "journal_lines", "audit_log")

SQLITE_GUARDS = [
    *(f"""CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t}
BEGIN SELECT RAISE(ABORT, 'kopdes: {t} rows are immutable'); END""" for t in IMMUTABLE_TABLES),
    *(f"""CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t}
BEGIN SELECT RAISE(ABORT, 'kopdes: {t} rows are immutable'); END""" for t in IMMUTABLE_TABLES),
    """CREATE TRIGGER journals_closed_period BEFORE INSERT ON journals
WHEN EXISTS (SELECT 1 FROM periods WHERE status = 'closed' AND month >= substr(NEW.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'kopdes: period is closed'); END""",
]

POSTGRES_GUARDS = [
    """CREATE FUNCTION kopdes_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'kopdes: % rows are immutable (% refused)', TG_TABLE_NAME, TG_OP; END $$""",
    *(f"""CREATE TRIGGER {t}_immutable BEFORE UPDATE OR DELETE ON {t}
FOR EACH ROW EXECUTE FUNCTION kopdes_refuse_change()""" for t in IMMUTABLE_TABLES),
    *(f"""CREATE TRIGGER {t}_no_truncate BEFORE TRUNCATE ON {t}
FOR EACH STATEMENT EXECUTE FUNCTION kopdes_refuse_change()""" for t in IMMUTABLE_TABLES),
    """CREATE FUNCTION kopdes_refuse_closed_period() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM periods WHERE status = 'closed' AND month >= to_char(NEW.date, 'YYYY-MM')) THEN
    RAISE EXCEPTION 'kopdes: period is closed';
  END IF;
  RETURN NEW;
END $$""",
    """CREATE TRIGGER journals_closed_period BEFORE INSERT ON journals
FOR EACH ROW EXECUTE FUNCTION kopdes_refuse_closed_period()""",
]


def _install_guards() -> None:
    statements = SQLITE_GUARDS if op.get_bind().dialect.name == "sqlite" else POSTGRES_GUARDS
    for sql in statements:
        op.execute(sql)


def _drop_guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for t in IMMUTABLE_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {t}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {t}_no_delete")
        op.execute("DROP TRIGGER IF EXISTS journals_closed_period")
    else:
        for t in IMMUTABLE_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {t}_immutable ON {t}")
            op.execute(f"DROP TRIGGER IF EXISTS {t}_no_truncate ON {t}")
        op.execute("DROP TRIGGER IF EXISTS journals_closed_period ON journals")
        op.execute("DROP FUNCTION IF EXISTS kopdes_refuse_change()")
        op.execute("DROP FUNCTION IF EXISTS kopdes_refuse_closed_period()")


def downgrade() -> None:
    _drop_guards()
    with op.batch_alter_table('journal_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_lines_journal_id'))
        batch_op.drop_index('ix_journal_lines_account')

    op.drop_table('journal_lines')
    op.drop_table('user_roles')
    op.drop_table('periods')
    with op.batch_alter_table('journals', schema=None) as batch_op:
        batch_op.drop_index('ix_journals_source')
        batch_op.drop_index(batch_op.f('ix_journals_date'))

    op.drop_table('journals')
    with op.batch_alter_table('account_day_balances', schema=None) as batch_op:
        batch_op.drop_index('ix_account_day_balances_day')

    op.drop_table('account_day_balances')
    op.drop_table('users')
    op.drop_table('settings')
    op.drop_table('doc_counters')
    op.drop_table('cooperative')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
    op.drop_table('audit_head')
    op.drop_table('accounts')
