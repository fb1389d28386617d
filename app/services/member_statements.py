"""Monthly member statements (Rekening Koran Bulanan): every active member's statement for
a month, one PDF each, one combined PDF to print (each member on new pages), and the
treasurer's summary (PDF and XLSX).

Reading takes one read-only unit and one query per kind of data for all members
(members, opening balances, movements, savings paid to date, loans, repayments before
the month, repayments in it, purchases, returns), never a query per member. Writing happens
after the unit is left: every file goes into a hidden folder beside the targets and is
moved into place only when all are written, so a cancel or a failure leaves nothing
behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.documents import monthly_statement as doc, monthly_statement_summary as summary_doc
from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.members import STATUSES
from app.domain.monthly_statement import (PAYING_KINDS, RECEIPTS_LISTED, LoanMonth, LoanPaymentLine, MemberMonth,
                                          MonthlyStatements, Purchases, Receipt, arrears_text, loan_owed_on,
                                          safe_file_part, statement_month)
from app.domain.savings import SavingsType, wajib_status
from app.domain.savings_statement import StatementLine, StatementMember, StatementSection
from app.services import profile, savings
from app.store.models_loans import LoanPaymentRow, LoanProductRow, LoanRow
from app.store.models_savings import SavingsMoveRow
from app.store.models_shop import MemberRow, SaleReturnRow, SaleRow
from app.store.uow import UnitOfWork

__all__ = ["Cancelled", "StatementsResult", "gather", "write_statements"]

Progress = Callable[[int, int], None]  # (done, total) members
IsCancelled = Callable[[], bool]


class Cancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("cancelled", "Pembuatan rekening koran dibatalkan: tidak ada berkas yang ditulis.")


@dataclass(frozen=True)
class StatementsResult:
    month: str
    members: int
    folder: Path
    combined: Path  # every member, each from a new page
    summary_pdf: Path
    summary_xlsx: Path
    files: tuple[Path, ...]  # one per member, in member-number order
    pages: int  # of the combined PDF
    savings_closing_rp: int
    loans_closing_rp: int
    purchases_rp: int


def _require(actor: Actor) -> None:
    for p in (Permission.REPORT_VIEW, Permission.MEMBER_VIEW, Permission.PRINT):
        actor.require(p)


def _address(m: MemberRow) -> str:
    parts = [m.address]
    if m.rt or m.rw:
        parts.append(f"RT {m.rt or '-'}/RW {m.rw or '-'}")
    parts += [p for p in (m.dusun and f"Dusun {m.dusun}", m.desa) if p]
    return ", ".join(p for p in parts if p)


# ------------------------------------------------------------------ reading

def _members(uow: UnitOfWork, date_to: date) -> list[MemberRow]:
    cols = (MemberRow.id, MemberRow.member_no, MemberRow.name, MemberRow.join_date, MemberRow.status,
            MemberRow.address, MemberRow.rt, MemberRow.rw, MemberRow.dusun, MemberRow.desa)
    return list(uow.session.execute(select(*cols).where(MemberRow.status == "aktif", MemberRow.join_date <= date_to)
                                    .order_by(MemberRow.member_no)))


def _openings(uow: UnitOfWork, date_from: date) -> dict[tuple[int, str], int]:
    """The balance after each member's last movement of each type dated before the month."""
    last = (select(func.max(SavingsMoveRow.id)).where(SavingsMoveRow.business_date < date_from)
            .group_by(SavingsMoveRow.member_id, SavingsMoveRow.type))
    rows = uow.session.execute(select(SavingsMoveRow.member_id, SavingsMoveRow.type, SavingsMoveRow.balance_after_rp)
                               .where(SavingsMoveRow.id.in_(last)))
    return {(m, t): int(b) for m, t, b in rows}


def _moves(uow: UnitOfWork, date_from: date, date_to: date) -> dict[tuple[int, str], list[StatementLine]]:
    reversal, original = aliased(SavingsMoveRow), aliased(SavingsMoveRow)
    m = SavingsMoveRow
    rows = uow.session.execute(
        select(m.member_id, m.type, m.business_date, m.doc_number, m.kind, m.method, m.memo, m.amount_rp,
               m.balance_after_rp, original.doc_number, reversal.doc_number)
        .outerjoin(original, original.id == m.reverses_id).outerjoin(reversal, reversal.reverses_id == m.id)
        .where(m.business_date >= date_from, m.business_date <= date_to).order_by(m.id))
    out: dict[tuple[int, str], list[StatementLine]] = defaultdict(list)
    for mid, t, d, no, kind, method, memo, amount, after, reverses, reversed_by in rows:
        out[(mid, t)].append(StatementLine(d, no, kind, method, memo, int(amount), int(after), reverses, reversed_by))
    return out


def _paid_to_date(uow: UnitOfWork, as_of: date) -> dict[tuple[int, str], int]:
    m = SavingsMoveRow
    rows = uow.session.execute(select(m.member_id, m.type, func.sum(m.amount_rp))
                               .where(m.kind != "keluar", m.business_date <= as_of).group_by(m.member_id, m.type))
    return {(mid, t): int(v or 0) for mid, t, v in rows}


def _loans(uow: UnitOfWork, date_from: date, date_to: date) -> dict[int, list[LoanMonth]]:
    """Loans disbursed by the month's end and not closed before it began, per member."""
    s = uow.session
    loans = list(s.execute(
        select(LoanRow.id, LoanRow.member_id, LoanRow.number, LoanRow.principal_rp, LoanRow.disbursed_on,
               LoanRow.status, LoanRow.closed_on, func.coalesce(LoanProductRow.name, LoanRow.product_code))
        .outerjoin(LoanProductRow, LoanProductRow.code == LoanRow.product_code)
        .where(LoanRow.disbursed_on.is_not(None), LoanRow.disbursed_on <= date_to,
               (LoanRow.closed_on.is_(None)) | (LoanRow.closed_on >= date_from))
        .order_by(LoanRow.disbursed_on, LoanRow.id)))
    p = LoanPaymentRow
    before = dict(s.execute(select(p.loan_id, func.sum(p.principal_rp))
                            .where(p.kind.in_(PAYING_KINDS), p.business_date < date_from).group_by(p.loan_id)).all())
    during: dict[int, list[LoanPaymentLine]] = defaultdict(list)
    for loan_id, d, no, kind, pr, ir, fr in s.execute(
            select(p.loan_id, p.business_date, p.number, p.kind, p.principal_rp, p.interest_rp, p.penalty_rp)
            .where(p.business_date >= date_from, p.business_date <= date_to).order_by(p.id)):
        during[loan_id].append(LoanPaymentLine(d, no, kind, int(pr), int(ir), int(fr)))
    out: dict[int, list[LoanMonth]] = defaultdict(list)
    for loan_id, member_id, number, principal, disbursed, status, closed, product in loans:
        paid_before = int(before.get(loan_id) or 0)
        pays = tuple(during.get(loan_id, ()))
        paid_in = sum(x.principal_rp for x in pays if x.kind in PAYING_KINDS)
        opening = loan_owed_on(principal, disbursed, status, closed, paid_before, date_from - timedelta(days=1))
        closing = loan_owed_on(principal, disbursed, status, closed, paid_before + paid_in, date_to)
        # the status as it stood at the month's end: closed later means still running then
        shown = status if closed is not None and closed <= date_to else "cair"
        new = int(principal) if disbursed >= date_from else 0
        out[member_id].append(LoanMonth(number, product, int(principal), disbursed, shown, opening, pays, closing,
                                        new))
    return out


def _purchases(uow: UnitOfWork, date_from: date, date_to: date) -> dict[int, list[Receipt]]:
    out: dict[int, list[Receipt]] = defaultdict(list)
    for mid, d, no, total in uow.session.execute(
            select(SaleRow.member_id, SaleRow.business_date, SaleRow.number, SaleRow.total_rp)
            .where(SaleRow.member_id.is_not(None), SaleRow.status == "completed",
                   SaleRow.business_date >= date_from, SaleRow.business_date <= date_to)
            .order_by(SaleRow.business_date, SaleRow.id)):
        out[mid].append(Receipt(d, no, int(total)))
    return out


def _returns(uow: UnitOfWork, date_from: date, date_to: date) -> dict[int, int]:
    """Refunds in the month on each member's purchases (whenever they were bought)."""
    rows = uow.session.execute(
        select(SaleRow.member_id, func.sum(SaleReturnRow.total_rp)).join(SaleRow, SaleRow.id == SaleReturnRow.sale_id)
        .where(SaleRow.member_id.is_not(None), SaleReturnRow.business_date >= date_from,
               SaleReturnRow.business_date <= date_to).group_by(SaleRow.member_id))
    return {mid: int(v or 0) for mid, v in rows}


def gather(uow: UnitOfWork, actor: Actor, month: str) -> MonthlyStatements:
    """Every active member's figures for `month` ("YYYY-MM"), in member-number order."""
    _require(actor)
    with uow:
        today = profile.business_date(uow)
        key, date_from, date_to = statement_month(month, today)
        co = profile.require(uow)
        rules = savings.rules_in(uow)
        as_of = min(date_to, today)
        rows = _members(uow, date_to)
        if not rows:
            raise DomainError("no_members", "Belum ada anggota aktif pada bulan itu: tidak ada rekening koran.")
        openings, moves = _openings(uow, date_from), _moves(uow, date_from, date_to)
        paid, loans = _paid_to_date(uow, as_of), _loans(uow, date_from, date_to)
        bought, returned = _purchases(uow, date_from, date_to), _returns(uow, date_from, date_to)
        members = []
        for r in rows:
            sections = tuple(StatementSection(t.value, openings.get((r.id, t.value), 0),
                                              tuple(moves.get((r.id, t.value), ()))) for t in SavingsType)
            wajib = wajib_status(r.join_date, as_of.year, as_of.month, paid.get((r.id, "wajib"), 0), rules)
            pokok_owed = max(rules.pokok_rp - paid.get((r.id, "pokok"), 0), 0)
            receipts = bought.get(r.id, [])
            purchases = Purchases(len(receipts), sum(x.total_rp for x in receipts),
                                  tuple(receipts) if len(receipts) <= RECEIPTS_LISTED else (), returned.get(r.id, 0))
            who = StatementMember(r.member_no, r.name, _address(r), r.join_date, r.status,
                                  STATUSES.get(r.status, r.status))
            members.append(MemberMonth(who, sections, tuple(loans.get(r.id, ())), purchases,
                                       arrears_text(wajib, rules.wajib_rp, pokok_owed, as_of)))
        return MonthlyStatements(co, key, date_from, date_to, as_of, tuple(members), uow.now(),
                                 profile.outlet_zone(uow), f"{actor.full_name} ({actor.username})")


# ------------------------------------------------------------------ writing

def file_names(month: str, member_no: str | None = None) -> str:
    if member_no is None:
        return f"rekening-koran-{month}"
    return f"rekening-koran-{month}-{safe_file_part(member_no)}.pdf"


def write_statements(uow: UnitOfWork, actor: Actor, month: str, folder: Path | str, *,
                     progress: Progress | None = None, cancelled: IsCancelled | None = None,
                     duplex: bool = False) -> StatementsResult:
    """Write the month's statements into `folder`: one PDF per member
    (rekening-koran-YYYY-MM-<no>.pdf), the combined PDF (…-semua.pdf) and the summary
    (…-ringkasan.pdf and .xlsx). `progress(done, total)` is called as members are done;
    when `cancelled()` turns true the work stops, nothing is left, and Cancelled is raised.
    `duplex`: the combined PDF gets a blank page after a member's odd page count (printing
    on both sides, every member starts on a new sheet)."""
    _require(actor)
    out = Path(folder)
    if not out.is_dir():
        raise DomainError("bad_path", f"Folder {out} tidak ada.")
    data = gather(uow, actor, month)
    stem = file_names(data.month)
    try:  # a folder of its own: two runs into one folder (GUI and CLI) never share one
        staging = Path(tempfile.mkdtemp(prefix=f".{stem}-", suffix=".sedang-ditulis", dir=out))
    except OSError as exc:
        raise DomainError("write_failed", f"Folder {out} tidak bisa ditulisi: {exc.strerror or exc}.") from None
    total = len(data.members)
    try:
        def step(done: int) -> None:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(done, total)

        names = [file_names(data.month, m.member.member_no) for m in data.members]
        step(0)
        pages = doc.write_all(data, staging / f"{stem}-semua.pdf", [staging / n for n in names], step,
                              duplex=duplex)
        summary_doc.summary_pdf(data, staging / f"{stem}-ringkasan.pdf")
        summary_doc.summary_xlsx(data, staging / f"{stem}-ringkasan.xlsx")
        if cancelled is not None and cancelled():
            raise Cancelled()
        finished = []
        for name in [*names, f"{stem}-semua.pdf", f"{stem}-ringkasan.pdf", f"{stem}-ringkasan.xlsx"]:
            os.replace(staging / name, out / name)
            finished.append(out / name)
    except OSError as exc:
        raise DomainError("write_failed", f"Rekening koran tidak bisa ditulis ke {out}: {exc.strerror or exc}.") \
            from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return StatementsResult(data.month, total, out, out / f"{stem}-semua.pdf", out / f"{stem}-ringkasan.pdf",
                            out / f"{stem}-ringkasan.xlsx", tuple(finished[:total]), pages,
                            sum(m.closing_total_rp for m in data.members), data.loans_closing_rp, data.purchases_rp)
