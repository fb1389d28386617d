"""Tables of the gerai: members (the part the till needs), catalogue, stock, shifts, sales.

Quantities are integer thousandths of the product's unit (`*_milli`); money is
integer rupiah (`*_rp`). A product row carries its stock position (quantity and
total value at moving-average cost); `stock_moves` is the stock card.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base
from app.store.types import UTCDateTime


class MemberRow(Base):
    __tablename__ = "members"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_no: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    nik: Mapped[str | None] = mapped_column(String(16), unique=True, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="aktif")
    join_date: Mapped[date] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    credit_limit_rp: Mapped[int] = mapped_column(BigInteger, default=0)  # kasbon limit, set by pengurus
    credit_balance_rp: Mapped[int] = mapped_column(BigInteger, default=0)  # owed on kasbon (Piutang Usaha)
    search_text: Mapped[str] = mapped_column(String(200), index=True)
    # e-pendaftaran (registration): optional for members created before it existed
    birth_place: Mapped[str] = mapped_column(String(60), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    gender: Mapped[str | None] = mapped_column(String(1), nullable=True)  # L | P
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")
    dusun: Mapped[str] = mapped_column(String(60), default="")
    desa: Mapped[str] = mapped_column(String(60), default="")
    occupation: Mapped[str] = mapped_column(String(60), default="")
    exit_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    exit_reason: Mapped[str] = mapped_column(String(200), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # JPEG/PNG, small
    __table_args__ = (
        CheckConstraint("status IN ('aktif','keluar','meninggal')", name="known_status"),
        CheckConstraint("credit_limit_rp >= 0", name="limit_non_negative"),
        CheckConstraint("gender IS NULL OR gender IN ('L','P')", name="known_gender"),
        CheckConstraint("status = 'aktif' OR exit_date IS NOT NULL", name="exit_dated"),
    )


class ProductRow(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(60), default="", index=True)
    unit: Mapped[str] = mapped_column(String(12))
    decimal_qty: Mapped[bool] = mapped_column(Boolean, default=False)
    price_rp: Mapped[int] = mapped_column(BigInteger)
    member_price_rp: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    het_rp: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    subsidized: Mapped[bool] = mapped_column(Boolean, default=False)
    deposit_rp: Mapped[int] = mapped_column(BigInteger, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    min_stock_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    negative_stock: Mapped[str] = mapped_column(String(8), default="warn")
    qty_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    value_rp: Mapped[int] = mapped_column(BigInteger, default=0)
    unit_cost_rp: Mapped[int] = mapped_column(BigInteger, default=0)
    # casefolded name, SKU and category; also indexed by trigrams outside the metadata
    # (migration 0004: FTS5 `products_fts` on SQLite, pg_trgm GIN on PostgreSQL)
    search_text: Mapped[str] = mapped_column(String(200), index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    __table_args__ = (
        CheckConstraint("price_rp > 0", name="price_positive"),
        CheckConstraint("negative_stock IN ('refuse','warn')", name="known_negative_rule"),
    )


class BarcodeRow(Base):
    __tablename__ = "product_barcodes"
    barcode: Mapped[str] = mapped_column(String(32), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)


class StockDocRow(Base):
    """Receiving (penerimaan), stock take (opname) and adjustments (penyesuaian)."""

    __tablename__ = "stock_docs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    business_date: Mapped[date] = mapped_column(Date)
    supplier: Mapped[str] = mapped_column(String(120), default="")
    payment: Mapped[str] = mapped_column(String(10), default="")  # cash | credit (receiving)
    reason: Mapped[str] = mapped_column(String(200), default="")
    value_rp: Mapped[int] = mapped_column(BigInteger, default=0)  # signed change of stock value
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    journal_id: Mapped[int | None] = mapped_column(ForeignKey("journals.id"), nullable=True)
    __table_args__ = (CheckConstraint("kind IN ('receive','take','adjust')", name="known_kind"),)


class StockMoveRow(Base):
    """The stock card: every change of a product's quantity and value, with its document."""

    __tablename__ = "stock_moves"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    business_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10))  # receive sale return void take adjust
    qty_milli: Mapped[int] = mapped_column(BigInteger)
    value_rp: Mapped[int] = mapped_column(BigInteger)
    qty_after_milli: Mapped[int] = mapped_column(BigInteger)
    doc_number: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (Index("ix_stock_moves_product", "product_id", "id"),)


class ShiftRow(Base):
    __tablename__ = "shifts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    till: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(8))
    business_date: Mapped[date] = mapped_column(Date)  # the day it opened; past midnight it stays one shift
    opened_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    opening_float_rp: Mapped[int] = mapped_column(BigInteger)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    expected_cash_rp: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    counted_cash_rp: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    denominations: Mapped[str] = mapped_column(Text, default="{}")  # JSON {denomination: count}
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    __table_args__ = (
        CheckConstraint("status IN ('open','closed')", name="known_status"),
        # One open shift per till, enforced by the database for several tills on PostgreSQL.
        Index("uq_shifts_open_till", "till", unique=True, sqlite_where=status == "open",
              postgresql_where=status == "open"),
    )


class CashMoveRow(Base):
    """Cash taken out of or put into the drawer during a shift (e.g. transport paid)."""

    __tablename__ = "cash_moves"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    amount_rp: Mapped[int] = mapped_column(BigInteger)  # + into the drawer, - out of it
    account_code: Mapped[str] = mapped_column(ForeignKey("accounts.code"))
    memo: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id"))


class SaleRow(Base):
    __tablename__ = "sales"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"), nullable=True, index=True)
    business_date: Mapped[date] = mapped_column(Date, index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    cashier_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), nullable=True, index=True)
    subtotal_rp: Mapped[int] = mapped_column(BigInteger)  # lines before discounts, without deposits
    discount_rp: Mapped[int] = mapped_column(BigInteger)
    deposit_rp: Mapped[int] = mapped_column(BigInteger)
    total_rp: Mapped[int] = mapped_column(BigInteger)
    change_rp: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(10))
    buyer_nik: Mapped[str | None] = mapped_column(String(16), nullable=True)
    buyer_type: Mapped[str | None] = mapped_column(String(14), nullable=True)
    buyer_name: Mapped[str] = mapped_column(String(120), default="")
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    recorded_late: Mapped[bool] = mapped_column(Boolean, default=False)  # a paper sale entered later
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # None while a QRIS payment waits for the cashier's confirmation: a pending sale posts
    # nothing (no journal, no stock) until it is confirmed or cancelled.
    journal_id: Mapped[int | None] = mapped_column(ForeignKey("journals.id"), nullable=True)
    __table_args__ = (
        CheckConstraint("status IN ('pending','completed','voided','cancelled')", name="known_status"),
        CheckConstraint("status IN ('pending','cancelled') OR journal_id IS NOT NULL", name="posted_when_done"),
        CheckConstraint("buyer_type IS NULL OR buyer_type IN ('rumah_tangga','usaha_mikro','pengecer')",
                        name="known_buyer_type"),
        Index("ix_sales_buyer_nik", "buyer_nik", "business_date"),
    )


class SaleLineRow(Base):
    __tablename__ = "sale_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    qty_milli: Mapped[int] = mapped_column(BigInteger)
    unit_price_rp: Mapped[int] = mapped_column(BigInteger)
    gross_rp: Mapped[int] = mapped_column(BigInteger)
    discount_rp: Mapped[int] = mapped_column(BigInteger)
    deposit_rp: Mapped[int] = mapped_column(BigInteger)
    cost_rp: Mapped[int] = mapped_column(BigInteger)
    __table_args__ = (CheckConstraint("qty_milli > 0", name="qty_positive"),)


class SalePaymentRow(Base):
    __tablename__ = "sale_payments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    method: Mapped[str] = mapped_column(String(12))
    amount_rp: Mapped[int] = mapped_column(BigInteger)  # what this method pays of the total
    tendered_rp: Mapped[int] = mapped_column(BigInteger)  # cash handed over (>= amount)
    reference: Mapped[str] = mapped_column(String(40), default="")
    confirmed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)  # QRIS: who saw it paid
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    __table_args__ = (Index("ix_sale_payments_method_ref", "method", "reference"),)


class SaleReturnRow(Base):
    __tablename__ = "sale_returns"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"), nullable=True, index=True)
    business_date: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    refund_method: Mapped[str] = mapped_column(String(10))  # cash | credit
    total_rp: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id"))


class SaleReturnLineRow(Base):
    __tablename__ = "sale_return_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("sale_returns.id"), index=True)
    sale_line_id: Mapped[int] = mapped_column(ForeignKey("sale_lines.id"), index=True)
    qty_milli: Mapped[int] = mapped_column(BigInteger)
    amount_rp: Mapped[int] = mapped_column(BigInteger)  # refund for goods (net of discount)
    deposit_rp: Mapped[int] = mapped_column(BigInteger)
    cost_rp: Mapped[int] = mapped_column(BigInteger)


class HeldCartRow(Base):
    __tablename__ = "held_carts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    till: Mapped[str] = mapped_column(String(30), index=True)
    label: Mapped[str] = mapped_column(String(60))
    held_at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    payload: Mapped[str] = mapped_column(Text)  # JSON of the cart


class MemberCreditMoveRow(Base):
    """Kasbon sub-ledger: + a credit sale, - a repayment or a credited return."""

    __tablename__ = "member_credit_moves"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    amount_rp: Mapped[int] = mapped_column(BigInteger)
    doc_number: Mapped[str] = mapped_column(String(40))
