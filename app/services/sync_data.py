"""The CSV data files of a district package (docs/ARCHITECTURE.md, "District sync"), read in
the caller's unit. Rows come in a stable order, so the same books give the same bytes.

No NIK leaves the outlet: members are keyed by HMAC-SHA256(outlet secret, NIK); names and
journal memos are empty unless the setting `sync.share_names` allows them, and even then
any run of 16 digits in free text is masked (`sync_outlet.scrub`)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from app.domain.sync_outlet import ExportPeriod, csv_bytes, member_key, scrub
from app.store.models import AccountRow, JournalLineRow, JournalRow
from app.store.models_shop import MemberRow, ProductRow, SaleLineRow, SaleReturnLineRow, SaleReturnRow, SaleRow
from app.store.uow import UnitOfWork

SALES_HEADER = ("date", "sku", "product", "category", "unit", "qty_milli", "member_rp", "non_member_rp", "total_rp")
JOURNAL_HEADER = ("journal_no", "date", "type", "account", "account_name", "debit_rp", "credit_rp", "memo")
MEMBERS_HEADER = ("member_key", "member_no", "gender", "birth_year", "desa", "status", "join_date", "exit_date",
                  "name")


@dataclass(frozen=True)
class DataFiles:
    files: dict[str, bytes]
    counts: dict[str, int]  # members, sales_rows, journal_lines


def data_files(uow: UnitOfWork, p: ExportPeriod, *, secret: bytes, share_names: bool) -> DataFiles:
    sales, n_sales = sales_daily(uow, p)
    journal, n_lines = journal_lines(uow, p, share_names=share_names)
    members, n_members = members_csv(uow, p, secret=secret, share_names=share_names)
    return DataFiles({"sales_daily.csv": sales, "journal_lines.csv": journal, "members.csv": members},
                     {"members": n_members, "sales_rows": n_sales, "journal_lines": n_lines})


def sales_daily(uow: UnitOfWork, p: ExportPeriod) -> tuple[bytes, int]:
    """Per business day and product, net of goods returned that day: qty, member, non-member."""
    s = uow.session
    member = SaleRow.member_id.is_not(None)
    # (day, product id) -> [qty_milli, member_rp, non_member_rp]
    acc: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    for day, product_id, is_member, qty, amount in s.execute(
            select(SaleRow.business_date, SaleLineRow.product_id, member, _sum(SaleLineRow.qty_milli),
                   _sum(SaleLineRow.gross_rp - SaleLineRow.discount_rp))
            .join(SaleLineRow, SaleLineRow.sale_id == SaleRow.id)
            .where(SaleRow.status == "completed", SaleRow.business_date >= p.start, SaleRow.business_date <= p.end)
            .group_by(SaleRow.business_date, SaleLineRow.product_id, member)):
        row = acc[(day, product_id)]
        row[0] += int(qty)
        row[1 if is_member else 2] += int(amount)
    for day, product_id, is_member, qty, amount in s.execute(
            select(SaleReturnRow.business_date, SaleLineRow.product_id, member, _sum(SaleReturnLineRow.qty_milli),
                   _sum(SaleReturnLineRow.amount_rp))
            .join(SaleReturnRow, SaleReturnRow.id == SaleReturnLineRow.return_id)
            .join(SaleLineRow, SaleLineRow.id == SaleReturnLineRow.sale_line_id)
            .join(SaleRow, SaleRow.id == SaleReturnRow.sale_id)
            .where(SaleReturnRow.business_date >= p.start, SaleReturnRow.business_date <= p.end)
            .group_by(SaleReturnRow.business_date, SaleLineRow.product_id, member)):
        row = acc[(day, product_id)]
        row[0] -= int(qty)
        row[1 if is_member else 2] -= int(amount)
    ids = sorted({pid for _d, pid in acc})
    products = {}
    for chunk in _chunks(ids):
        products.update({r.id: r for r in s.execute(
            select(ProductRow.id, ProductRow.sku, ProductRow.name, ProductRow.category, ProductRow.unit)
            .where(ProductRow.id.in_(chunk)))})
    rows = sorted(
        ((day.isoformat(), products[pid].sku, scrub(products[pid].name), scrub(products[pid].category),
          products[pid].unit, qty, m, nm, m + nm) for (day, pid), (qty, m, nm) in acc.items() if qty or m or nm),
        key=lambda r: (r[0], r[1]))
    return csv_bytes(SALES_HEADER, rows), len(rows)


def journal_lines(uow: UnitOfWork, p: ExportPeriod, *, share_names: bool) -> tuple[bytes, int]:
    """Every line of the journals dated in the period, by date, journal number and line."""
    names = dict(uow.session.execute(select(AccountRow.code, AccountRow.name)).all())
    stmt = (select(JournalRow.number, JournalRow.date, JournalRow.doc_type, JournalLineRow.account_code,
                   JournalLineRow.debit_rp, JournalLineRow.credit_rp, JournalLineRow.memo, JournalRow.memo)
            .join(JournalRow, JournalRow.id == JournalLineRow.journal_id)
            .where(JournalRow.date >= p.start, JournalRow.date <= p.end)
            .order_by(JournalRow.date, JournalRow.number, JournalLineRow.line_no))
    rows = [(number, day.isoformat(), doc_type, code, names.get(code, ""), debit, credit,
             scrub(line_memo or journal_memo) if share_names else "")
            for number, day, doc_type, code, debit, credit, line_memo, journal_memo in uow.session.execute(stmt)]
    return csv_bytes(JOURNAL_HEADER, rows), len(rows)


def members_csv(uow: UnitOfWork, p: ExportPeriod, *, secret: bytes, share_names: bool) -> tuple[bytes, int]:
    """The register as it stood at the period's end (members who joined by then), pseudonymised."""
    m = MemberRow
    rows = []
    for r in uow.session.execute(
            select(m.nik, m.member_no, m.gender, m.birth_date, m.desa, m.status, m.join_date, m.exit_date, m.name)
            .where(m.join_date <= p.end).order_by(m.member_no)):
        exited = r.exit_date is not None and r.exit_date <= p.end
        rows.append((member_key(secret, r.nik), r.member_no, r.gender or "",
                     r.birth_date.year if r.birth_date else "", scrub(r.desa), r.status if exited else "aktif",
                     r.join_date.isoformat(), r.exit_date.isoformat() if exited else "",
                     scrub(r.name) if share_names else ""))
    return csv_bytes(MEMBERS_HEADER, rows), len(rows)


def _sum(column):
    return func.coalesce(func.sum(column), 0)


def _chunks(ids: list[int], size: int = 900):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]
