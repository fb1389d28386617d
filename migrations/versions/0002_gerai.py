"""gerai: members, catalogue, stock, shifts, sales

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 07:12:50.630943
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_no', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('join_date', sa.Date(), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('credit_limit_rp', sa.BigInteger(), nullable=False),
    sa.Column('credit_balance_rp', sa.BigInteger(), nullable=False),
    sa.Column('search_text', sa.String(length=200), nullable=False),
    sa.CheckConstraint("status IN ('aktif','keluar','meninggal')", name=op.f('ck_members_known_status')),
    sa.CheckConstraint('credit_limit_rp >= 0', name=op.f('ck_members_limit_non_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members')),
    sa.UniqueConstraint('member_no', name=op.f('uq_members_member_no')),
    sa.UniqueConstraint('nik', name=op.f('uq_members_nik'))
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_search_text'), ['search_text'], unique=False)

    op.create_table('products',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('unit', sa.String(length=12), nullable=False),
    sa.Column('decimal_qty', sa.Boolean(), nullable=False),
    sa.Column('price_rp', sa.BigInteger(), nullable=False),
    sa.Column('member_price_rp', sa.BigInteger(), nullable=True),
    sa.Column('het_rp', sa.BigInteger(), nullable=True),
    sa.Column('subsidized', sa.Boolean(), nullable=False),
    sa.Column('deposit_rp', sa.BigInteger(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('min_stock_milli', sa.BigInteger(), nullable=False),
    sa.Column('negative_stock', sa.String(length=8), nullable=False),
    sa.Column('qty_milli', sa.BigInteger(), nullable=False),
    sa.Column('value_rp', sa.BigInteger(), nullable=False),
    sa.Column('unit_cost_rp', sa.BigInteger(), nullable=False),
    sa.Column('search_text', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("negative_stock IN ('refuse','warn')", name=op.f('ck_products_known_negative_rule')),
    sa.CheckConstraint('price_rp > 0', name=op.f('ck_products_price_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products')),
    sa.UniqueConstraint('sku', name=op.f('uq_products_sku'))
    )
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_products_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_products_search_text'), ['search_text'], unique=False)

    op.create_table('held_carts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('till', sa.String(length=30), nullable=False),
    sa.Column('label', sa.String(length=60), nullable=False),
    sa.Column('held_at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_held_carts_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_held_carts'))
    )
    with op.batch_alter_table('held_carts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_held_carts_till'), ['till'], unique=False)

    op.create_table('member_credit_moves',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('amount_rp', sa.BigInteger(), nullable=False),
    sa.Column('doc_number', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_credit_moves_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_credit_moves'))
    )
    with op.batch_alter_table('member_credit_moves', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_credit_moves_member_id'), ['member_id'], unique=False)

    op.create_table('product_barcodes',
    sa.Column('barcode', sa.String(length=32), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_product_barcodes_product_id_products')),
    sa.PrimaryKeyConstraint('barcode', name=op.f('pk_product_barcodes'))
    )
    with op.batch_alter_table('product_barcodes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_barcodes_product_id'), ['product_id'], unique=False)

    op.create_table('shifts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('till', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('opened_by', sa.Integer(), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('opening_float_rp', sa.BigInteger(), nullable=False),
    sa.Column('closed_by', sa.Integer(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('expected_cash_rp', sa.BigInteger(), nullable=True),
    sa.Column('counted_cash_rp', sa.BigInteger(), nullable=True),
    sa.Column('denominations', sa.Text(), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('open','closed')", name=op.f('ck_shifts_known_status')),
    sa.ForeignKeyConstraint(['approved_by'], ['users.id'], name=op.f('fk_shifts_approved_by_users')),
    sa.ForeignKeyConstraint(['closed_by'], ['users.id'], name=op.f('fk_shifts_closed_by_users')),
    sa.ForeignKeyConstraint(['opened_by'], ['users.id'], name=op.f('fk_shifts_opened_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shifts')),
    sa.UniqueConstraint('number', name=op.f('uq_shifts_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_shifts_uuid'))
    )
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.create_index('uq_shifts_open_till', ['till'], unique=True, sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))

    op.create_table('stock_moves',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('qty_milli', sa.BigInteger(), nullable=False),
    sa.Column('value_rp', sa.BigInteger(), nullable=False),
    sa.Column('qty_after_milli', sa.BigInteger(), nullable=False),
    sa.Column('doc_number', sa.String(length=40), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_stock_moves_product_id_products')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_moves'))
    )
    with op.batch_alter_table('stock_moves', schema=None) as batch_op:
        batch_op.create_index('ix_stock_moves_product', ['product_id', 'id'], unique=False)

    op.create_table('cash_moves',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('amount_rp', sa.BigInteger(), nullable=False),
    sa.Column('account_code', sa.String(length=10), nullable=False),
    sa.Column('memo', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('journal_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_code'], ['accounts.code'], name=op.f('fk_cash_moves_account_code_accounts')),
    sa.ForeignKeyConstraint(['journal_id'], ['journals.id'], name=op.f('fk_cash_moves_journal_id_journals')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_cash_moves_shift_id_shifts')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_cash_moves_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_moves')),
    sa.UniqueConstraint('uuid', name=op.f('uq_cash_moves_uuid'))
    )
    with op.batch_alter_table('cash_moves', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cash_moves_shift_id'), ['shift_id'], unique=False)

    op.create_table('sales',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=True),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('cashier_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('subtotal_rp', sa.BigInteger(), nullable=False),
    sa.Column('discount_rp', sa.BigInteger(), nullable=False),
    sa.Column('deposit_rp', sa.BigInteger(), nullable=False),
    sa.Column('total_rp', sa.BigInteger(), nullable=False),
    sa.Column('change_rp', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('buyer_nik', sa.String(length=16), nullable=True),
    sa.Column('buyer_type', sa.String(length=14), nullable=True),
    sa.Column('buyer_name', sa.String(length=120), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('recorded_late', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=200), nullable=False),
    sa.Column('voided_by', sa.Integer(), nullable=True),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('journal_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("buyer_type IS NULL OR buyer_type IN ('rumah_tangga','usaha_mikro','pengecer')", name=op.f('ck_sales_known_buyer_type')),
    sa.CheckConstraint("status IN ('completed','voided')", name=op.f('ck_sales_known_status')),
    sa.ForeignKeyConstraint(['approved_by'], ['users.id'], name=op.f('fk_sales_approved_by_users')),
    sa.ForeignKeyConstraint(['cashier_id'], ['users.id'], name=op.f('fk_sales_cashier_id_users')),
    sa.ForeignKeyConstraint(['journal_id'], ['journals.id'], name=op.f('fk_sales_journal_id_journals')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_sales_member_id_members')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_sales_shift_id_shifts')),
    sa.ForeignKeyConstraint(['voided_by'], ['users.id'], name=op.f('fk_sales_voided_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales')),
    sa.UniqueConstraint('number', name=op.f('uq_sales_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sales_uuid'))
    )
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sales_business_date'), ['business_date'], unique=False)
        batch_op.create_index('ix_sales_buyer_nik', ['buyer_nik', 'business_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_sales_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sales_shift_id'), ['shift_id'], unique=False)

    op.create_table('stock_docs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('supplier', sa.String(length=120), nullable=False),
    sa.Column('payment', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('value_rp', sa.BigInteger(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('journal_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('receive','take','adjust')", name=op.f('ck_stock_docs_known_kind')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_stock_docs_created_by_users')),
    sa.ForeignKeyConstraint(['journal_id'], ['journals.id'], name=op.f('fk_stock_docs_journal_id_journals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_docs')),
    sa.UniqueConstraint('number', name=op.f('uq_stock_docs_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_stock_docs_uuid'))
    )
    op.create_table('sale_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('qty_milli', sa.BigInteger(), nullable=False),
    sa.Column('unit_price_rp', sa.BigInteger(), nullable=False),
    sa.Column('gross_rp', sa.BigInteger(), nullable=False),
    sa.Column('discount_rp', sa.BigInteger(), nullable=False),
    sa.Column('deposit_rp', sa.BigInteger(), nullable=False),
    sa.Column('cost_rp', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('qty_milli > 0', name=op.f('ck_sale_lines_qty_positive')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_sale_lines_product_id_products')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_sale_lines_sale_id_sales')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale_lines'))
    )
    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_lines_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sale_lines_sale_id'), ['sale_id'], unique=False)

    op.create_table('sale_payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=12), nullable=False),
    sa.Column('amount_rp', sa.BigInteger(), nullable=False),
    sa.Column('tendered_rp', sa.BigInteger(), nullable=False),
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_sale_payments_sale_id_sales')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale_payments'))
    )
    with op.batch_alter_table('sale_payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_payments_sale_id'), ['sale_id'], unique=False)

    op.create_table('sale_returns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=True),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('refund_method', sa.String(length=10), nullable=False),
    sa.Column('total_rp', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=False),
    sa.Column('journal_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by'], ['users.id'], name=op.f('fk_sale_returns_approved_by_users')),
    sa.ForeignKeyConstraint(['journal_id'], ['journals.id'], name=op.f('fk_sale_returns_journal_id_journals')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_sale_returns_sale_id_sales')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_sale_returns_shift_id_shifts')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_sale_returns_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale_returns')),
    sa.UniqueConstraint('number', name=op.f('uq_sale_returns_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sale_returns_uuid'))
    )
    with op.batch_alter_table('sale_returns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_returns_sale_id'), ['sale_id'], unique=False)

    op.create_table('sale_return_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('return_id', sa.Integer(), nullable=False),
    sa.Column('sale_line_id', sa.Integer(), nullable=False),
    sa.Column('qty_milli', sa.BigInteger(), nullable=False),
    sa.Column('amount_rp', sa.BigInteger(), nullable=False),
    sa.Column('deposit_rp', sa.BigInteger(), nullable=False),
    sa.Column('cost_rp', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['return_id'], ['sale_returns.id'], name=op.f('fk_sale_return_lines_return_id_sale_returns')),
    sa.ForeignKeyConstraint(['sale_line_id'], ['sale_lines.id'], name=op.f('fk_sale_return_lines_sale_line_id_sale_lines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale_return_lines'))
    )
    with op.batch_alter_table('sale_return_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_return_lines_return_id'), ['return_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sale_return_lines_sale_line_id'), ['sale_line_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sale_return_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sale_return_lines_sale_line_id'))
        batch_op.drop_index(batch_op.f('ix_sale_return_lines_return_id'))

    op.drop_table('sale_return_lines')
    with op.batch_alter_table('sale_returns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sale_returns_sale_id'))

    op.drop_table('sale_returns')
    with op.batch_alter_table('sale_payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sale_payments_sale_id'))

    op.drop_table('sale_payments')
    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sale_lines_sale_id'))
        batch_op.drop_index(batch_op.f('ix_sale_lines_product_id'))

    op.drop_table('sale_lines')
    op.drop_table('stock_docs')
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sales_shift_id'))
        batch_op.drop_index(batch_op.f('ix_sales_member_id'))
        batch_op.drop_index('ix_sales_buyer_nik')
        batch_op.drop_index(batch_op.f('ix_sales_business_date'))

    op.drop_table('sales')
    with op.batch_alter_table('cash_moves', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cash_moves_shift_id'))

    op.drop_table('cash_moves')
    with op.batch_alter_table('stock_moves', schema=None) as batch_op:
        batch_op.drop_index('ix_stock_moves_product')

    op.drop_table('stock_moves')
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.drop_index('uq_shifts_open_till', sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))

    op.drop_table('shifts')
    with op.batch_alter_table('product_barcodes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_barcodes_product_id'))

    op.drop_table('product_barcodes')
    with op.batch_alter_table('member_credit_moves', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_credit_moves_member_id'))

    op.drop_table('member_credit_moves')
    with op.batch_alter_table('held_carts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_held_carts_till'))

    op.drop_table('held_carts')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_products_search_text'))
        batch_op.drop_index(batch_op.f('ix_products_category'))

    op.drop_table('products')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_search_text'))

    op.drop_table('members')
