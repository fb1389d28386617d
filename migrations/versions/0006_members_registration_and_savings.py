"""members registration and savings

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 12:16:21.506030
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('savings_balances',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=10), nullable=False),
    sa.Column('balance_rp', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("type IN ('pokok','wajib','sukarela')", name=op.f('ck_savings_balances_known_type')),
    sa.CheckConstraint('balance_rp >= 0', name=op.f('ck_savings_balances_never_negative')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_savings_balances_member_id_members')),
    sa.PrimaryKeyConstraint('member_id', 'type', name=op.f('pk_savings_balances'))
    )
    op.create_table('savings_jasa_runs',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('journal_id', sa.Integer(), nullable=False),
    sa.Column('rate_bp', sa.Integer(), nullable=False),
    sa.Column('members', sa.Integer(), nullable=False),
    sa.Column('total_rp', sa.BigInteger(), nullable=False),
    sa.Column('posted_at', sa.DateTime(), nullable=False),
    sa.Column('posted_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['journal_id'], ['journals.id'], name=op.f('fk_savings_jasa_runs_journal_id_journals')),
    sa.ForeignKeyConstraint(['posted_by'], ['users.id'], name=op.f('fk_savings_jasa_runs_posted_by_users')),
    sa.PrimaryKeyConstraint('month', name=op.f('pk_savings_jasa_runs'))
    )
    op.create_table('savings_moves',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=True),
    sa.Column('amount_rp', sa.BigInteger(), nullable=False),
    sa.Column('balance_after_rp', sa.BigInteger(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('doc_number', sa.String(length=40), nullable=False),
    sa.Column('journal_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('memo', sa.String(length=200), nullable=False),
    sa.Column('reverses_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('setor','tarik','jasa','saldo_awal','keluar','koreksi')", name=op.f('ck_savings_moves_known_kind')),
    sa.CheckConstraint("method IS NULL OR method IN ('tunai','transfer')", name=op.f('ck_savings_moves_known_method')),
    sa.CheckConstraint("type IN ('pokok','wajib','sukarela')", name=op.f('ck_savings_moves_known_type')),
    sa.CheckConstraint('amount_rp <> 0', name=op.f('ck_savings_moves_not_zero')),
    sa.CheckConstraint('balance_after_rp >= 0', name=op.f('ck_savings_moves_balance_never_negative')),
    sa.ForeignKeyConstraint(['journal_id'], ['journals.id'], name=op.f('fk_savings_moves_journal_id_journals')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_savings_moves_member_id_members')),
    sa.ForeignKeyConstraint(['reverses_id'], ['savings_moves.id'], name=op.f('fk_savings_moves_reverses_id_savings_moves')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_savings_moves_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_savings_moves')),
    sa.UniqueConstraint('reverses_id', name=op.f('uq_savings_moves_reverses_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_savings_moves_uuid'))
    )
    with op.batch_alter_table('savings_moves', schema=None) as batch_op:
        batch_op.create_index('ix_savings_moves_date', ['business_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_savings_moves_doc_number'), ['doc_number'], unique=False)
        batch_op.create_index('ix_savings_moves_member_type', ['member_id', 'type', 'id'], unique=False)

    with op.batch_alter_table('members', schema=None) as batch_op:
        for name, length in (('birth_place', 60), ('rt', 3), ('rw', 3), ('dusun', 60), ('desa', 60),
                             ('occupation', 60), ('exit_reason', 200)):
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('birth_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('gender', sa.String(length=1), nullable=True))
        batch_op.add_column(sa.Column('exit_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('photo', sa.LargeBinary(), nullable=True))
    op.execute("UPDATE members SET exit_date = join_date WHERE status <> 'aktif' AND exit_date IS NULL")
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_check_constraint('known_gender', "gender IS NULL OR gender IN ('L','P')")
        batch_op.create_check_constraint('exit_dated', "status = 'aktif' OR exit_date IS NOT NULL")
    _install_guards()
    # Books set up before this version get the new accounts (new books get them at setup).
    for code, name, kind in NEW_ACCOUNTS:
        parent = code[:2] if code.startswith('2') else code[0]
        op.execute(sa.text(
            "INSERT INTO accounts (code, name, type, parent_code, postable, contra, active) "
            "SELECT :code, :name, :type, :parent, :yes, :no, :yes "
            "WHERE EXISTS (SELECT 1 FROM accounts WHERE code = :parent) "
            "AND NOT EXISTS (SELECT 1 FROM accounts WHERE code = :code)"
        ).bindparams(code=code, name=name, type=kind, parent=parent, yes=True, no=False))


NEW_ACCOUNTS = (("2103", "Simpanan Pokok (kewajiban)", "kewajiban"),
                ("2104", "Simpanan Wajib (kewajiban)", "kewajiban"),
                ("3199", "Penampung Saldo Awal", "ekuitas"))

# Savings movements are never changed or deleted, like journals: a mistake is reversed.
SQLITE_GUARDS = [
    """CREATE TRIGGER savings_moves_no_update BEFORE UPDATE ON savings_moves
BEGIN SELECT RAISE(ABORT, 'kopdes: savings_moves rows are immutable'); END""",
    """CREATE TRIGGER savings_moves_no_delete BEFORE DELETE ON savings_moves
BEGIN SELECT RAISE(ABORT, 'kopdes: savings_moves rows are immutable'); END""",
]
POSTGRES_GUARDS = [  # kopdes_refuse_change() comes from 0001
    """CREATE TRIGGER savings_moves_immutable BEFORE UPDATE OR DELETE ON savings_moves
FOR EACH ROW EXECUTE FUNCTION kopdes_refuse_change()""",
    """CREATE TRIGGER savings_moves_no_truncate BEFORE TRUNCATE ON savings_moves
FOR EACH STATEMENT EXECUTE FUNCTION kopdes_refuse_change()""",
]


def _install_guards() -> None:
    for sql in SQLITE_GUARDS if op.get_bind().dialect.name == 'sqlite' else POSTGRES_GUARDS:
        op.execute(sql)


def _drop_guards() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("DROP TRIGGER IF EXISTS savings_moves_no_update")
        op.execute("DROP TRIGGER IF EXISTS savings_moves_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS savings_moves_immutable ON savings_moves")
        op.execute("DROP TRIGGER IF EXISTS savings_moves_no_truncate ON savings_moves")

def downgrade() -> None:
    _drop_guards()
    op.execute(sa.text("DELETE FROM accounts WHERE code IN ('2103', '2104', '3199') "
                       "AND NOT EXISTS (SELECT 1 FROM journal_lines WHERE account_code = accounts.code)"))
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_members_exit_dated'), type_='check')
        batch_op.drop_constraint(op.f('ck_members_known_gender'), type_='check')
        batch_op.drop_column('photo')
        batch_op.drop_column('exit_reason')
        batch_op.drop_column('exit_date')
        batch_op.drop_column('occupation')
        batch_op.drop_column('desa')
        batch_op.drop_column('dusun')
        batch_op.drop_column('rw')
        batch_op.drop_column('rt')
        batch_op.drop_column('gender')
        batch_op.drop_column('birth_date')
        batch_op.drop_column('birth_place')

    with op.batch_alter_table('savings_moves', schema=None) as batch_op:
        batch_op.drop_index('ix_savings_moves_member_type')
        batch_op.drop_index(batch_op.f('ix_savings_moves_doc_number'))
        batch_op.drop_index('ix_savings_moves_date')

    op.drop_table('savings_moves')
    op.drop_table('savings_jasa_runs')
    op.drop_table('savings_balances')
