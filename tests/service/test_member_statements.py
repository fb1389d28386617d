"""Monthly member statements (issue 8 item 4) on the demo outlet (SQLite, and PostgreSQL
when KOPDES_TEST_DATABASE_URL is set): every active member gets one, the figures agree
with the savings sub-ledger, the loans and the sales, the PDFs say them, and a refusal
or a cancel writes nothing."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

import openpyxl
import pytest

from app.domain.errors import DomainError, PermissionDenied
from app.domain.fmt import number, rupiah
from app.domain.members import MemberForm
from app.services import (ledger, loan_payments, loans, member_documents, member_registry, member_statements as ms,
                          returns, savings)
from tests import pdf_probe
from tests.service.shop_helpers import open_shift, sell

NIK_P = "3203014508900003"  # female, born 5 Aug 1990


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "rekening"
    folder.mkdir()
    return folder


def active_members(ctx, actor) -> list[str]:
    return sorted(m.member_no for m in member_registry.list_members(ctx.reader(), actor, status="aktif"))


def register(ctx, actor, nik=NIK_P, name="Rina Marlina") -> str:
    form = MemberForm(name=name, nik=nik, birth_date=None, address="Kp. Sukamaju", desa="Sukamaju")
    return member_registry.register_member(ctx.uow(), actor, form).profile.member_no


def test_every_active_member_gets_a_pdf_and_the_treasurer_a_summary(demo_ctx, login, out):
    bendahara = login("bendahara")
    seen = []
    result = ms.write_statements(demo_ctx.reader(), bendahara, "2026-10", out,
                                 progress=lambda done, total: seen.append((done, total)))
    members = active_members(demo_ctx, bendahara)
    assert result.members == len(members) > 100
    assert [p.name for p in result.files] == [f"rekening-koran-2026-10-{no}.pdf" for no in members]
    names = sorted(p.name for p in out.iterdir())  # nothing else, no staging folder left
    assert names == sorted([p.name for p in result.files] + ["rekening-koran-2026-10-semua.pdf",
                                                             "rekening-koran-2026-10-ringkasan.pdf",
                                                             "rekening-koran-2026-10-ringkasan.xlsx"])
    assert seen[0] == (0, len(members)) and seen[-1] == (len(members), len(members))
    # the combined PDF holds every member's pages, each member from a new page
    per_member = sum(pdf_probe.page_count(p) for p in result.files)
    assert pdf_probe.page_count(result.combined) == result.pages == per_member
    for no in members[:3] + members[-3:]:
        assert pdf_probe.shows(result.combined, f"{no} · Halaman 1 dari ")
    wb = openpyxl.load_workbook(result.summary_xlsx, read_only=True)
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    assert [r[0] for r in rows[1:-1]] == members and rows[-1][0] == "JUMLAH"
    assert rows[-1][10] == result.savings_closing_rp and rows[-1][12] == result.loans_closing_rp


def test_figures_agree_with_savings_loans_and_sales(demo_ctx, login, out):
    bendahara, kasir = login("bendahara"), login("kasir")
    running = [s for s in loans.list_loans(demo_ctx.reader(), bendahara, status="cair")]
    loan = running[0]
    paid = loan_payments.pay_loan(demo_ctx.uow(), bendahara, loan.number, 150_000)
    open_shift(demo_ctx, kasir)
    sale = sell(demo_ctx, kasir, ("MIE-GRG", 2), ("GLA-1KG", 1), member=loan.member_no)
    savings.deposit(demo_ctx.uow(), bendahara, loan.member_no, "sukarela", 25_000)
    back = returns.return_sale(demo_ctx.uow(), login("pengurus"), sale.number, [returns.ReturnItem("GLA-1KG", 1000)],
                               "gula basah", uuid=uuid4())

    data = ms.gather(demo_ctx.reader(), bendahara, "2026-11")
    by_no = {m.member.member_no: m for m in data.members}
    # the current month runs to today: closing balances are the balances now, member by member
    for no, m in by_no.items():
        assert m.closing == savings.balances(demo_ctx.reader(), bendahara, no), no
        for s in m.sections:
            assert s.chained and s.closing_rp == s.opening_rp + s.in_rp - s.out_rp
    # loans: what each running loan owes now, and what was paid this month
    now = {s.number: s.outstanding_rp for s in loans.list_loans(demo_ctx.reader(), bendahara, limit=1000)}
    for m in data.members:
        for lm in m.loans:
            assert lm.closing_rp == now[lm.number], lm.number
            if lm.status == "cair":
                assert lm.closing_rp == lm.opening_rp + lm.new_rp - lm.paid_principal_rp, lm.number
    mine = by_no[loan.member_no]
    lm = next(x for x in mine.loans if x.number == loan.number)
    assert paid.number in [p.number for p in lm.payments]
    assert lm.payments[-1].amount_rp == 150_000
    assert data.loans_closing_rp == sum(s.outstanding_rp for s in running) - paid.plan.principal_rp
    # purchases: the member's sale is there with its total, and the October figures say nothing of it
    assert sale.number in [r.number for r in mine.purchases.receipts]
    assert mine.purchases.total_rp == sum(r.total_rp for r in mine.purchases.receipts)
    assert sale.total_rp in [r.total_rp for r in mine.purchases.receipts]
    assert mine.purchases.returns_rp >= back.total_rp > 0  # the refund this month, and the net
    assert mine.purchases.net_rp == mine.purchases.total_rp - mine.purchases.returns_rp
    october = ms.gather(demo_ctx.reader(), bendahara, "2026-10")
    assert {m.member.member_no: m.closing for m in october.members} == \
        {no: m.opening for no, m in by_no.items() if no in {x.member.member_no for x in october.members}}
    assert all(sale.number not in [r.number for r in m.purchases.receipts] for m in october.members)

    # and the member's PDF says it
    result = ms.write_statements(demo_ctx.reader(), bendahara, "2026-11", out)
    pdf = out / f"rekening-koran-2026-11-{loan.member_no}.pdf"
    assert pdf in result.files
    for text in (rupiah(mine.closing_total_rp), rupiah(mine.loans_closing_rp), rupiah(mine.purchases.total_rp),
                 f"Retur bulan ini {rupiah(mine.purchases.returns_rp)}: belanja bersih {rupiah(mine.purchases.net_rp)}.",
                 paid.number, sale.number, number(lm.closing_rp), "Simpanan Sukarela: saldo akhir"):
        assert pdf_probe.shows(pdf, text), text
    summary = out / "rekening-koran-2026-11-ringkasan.pdf"
    assert pdf_probe.shows(summary, rupiah(data.loans_closing_rp))
    assert pdf_probe.shows(summary, rupiah(data.purchases_rp))
    assert pdf_probe.shows(summary, number(sum(t.closing_rp for t in data.type_totals())))


def test_a_quiet_member_opens_where_they_close_and_exited_members_get_none(demo_ctx, login, clock, out):
    pengurus, bendahara = login("pengurus"), login("bendahara")
    quiet = register(demo_ctx, pengurus)  # pokok paid on 23 Nov
    gone = register(demo_ctx, pengurus, nik="3203010508900004", name="Budi Santoso")
    member_registry.exit_member(demo_ctx.uow(), pengurus, gone, "pindah domisili")
    clock.advance(days=10)  # 3 Dec 2026: December has begun
    data = ms.gather(demo_ctx.reader(), bendahara, "2026-12")
    nos = [m.member.member_no for m in data.members]
    assert quiet in nos and gone not in nos
    assert nos == active_members(demo_ctx, bendahara)
    m = data.members[nos.index(quiet)]
    assert all(not s.lines for s in m.sections)
    assert m.opening == m.closing == {"pokok": 100_000, "wajib": 0, "sukarela": 0}
    assert m.loans == () and m.purchases.count == 0 == m.purchases.total_rp
    assert "Tunggakan simpanan wajib" in m.arrears_text  # wajib for Nov and Dec is owed
    result = ms.write_statements(demo_ctx.reader(), bendahara, "2026-12", out)
    assert not (out / f"rekening-koran-2026-12-{gone}.pdf").exists()
    assert pdf_probe.shows(out / f"rekening-koran-2026-12-{quiet}.pdf", "Tidak ada mutasi bulan ini.")
    assert result.members == len(nos)


@pytest.mark.parametrize("month, message", [
    ("2026-13", "TTTT-BB"), ("November", "TTTT-BB"), ("", "TTTT-BB"),
    ("2026-12", "belum berjalan"), ("2030-01", "belum berjalan")])
def test_bad_or_future_months_are_refused_and_nothing_is_written(demo_ctx, login, out, month, message):
    with pytest.raises(DomainError, match=message):
        ms.write_statements(demo_ctx.reader(), login("bendahara"), month, out)
    assert list(out.iterdir()) == []


def test_a_missing_folder_or_a_user_without_reports_is_refused(demo_ctx, login, out):
    with pytest.raises(DomainError, match="tidak ada"):
        ms.write_statements(demo_ctx.reader(), login("bendahara"), "2026-10", out / "tidak-ada")
    with pytest.raises(PermissionDenied):
        ms.write_statements(demo_ctx.reader(), login("kasir"), "2026-10", out)
    assert list(out.iterdir()) == []


def test_cancel_stops_and_leaves_nothing(demo_ctx, login, out):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 5  # after a few members
    (out / "catatan.txt").write_text("milik bendahara")  # what was there stays
    with pytest.raises(ms.Cancelled, match="dibatalkan"):
        ms.write_statements(demo_ctx.reader(), login("bendahara"), "2026-10", out, cancelled=cancelled)
    assert [p.name for p in out.iterdir()] == ["catatan.txt"]


def test_month_end_figures_agree_with_the_books_every_month(demo_ctx, login):
    """Principal owed on the statements = Piutang Pinjaman (1105) at month ends over the
    year (through reschedules, a write-off and a recovery); savings per type of the active
    members + what the exited members still held then = the savings accounts. (From
    December 2025: the demo lends to one member months before his join date.)"""
    bendahara = login("bendahara")
    gone = [m.member_no for m in member_registry.list_members(demo_ctx.reader(), bendahara, limit=1000)
            if m.status != "aktif"]
    assert gone
    accounts = {"pokok": "3101", "wajib": "3102", "sukarela": "2102"}  # the demo's classification
    for month in ("2025-12", "2026-01", "2026-03", "2026-06", "2026-09", "2026-10", "2026-11"):
        data = ms.gather(demo_ctx.reader(), bendahara, month)
        tb = {r.code: r.debit_rp - r.credit_rp for r in ledger.trial_balance(demo_ctx.reader(), bendahara,
                                                                             data.as_of).rows}
        assert data.loans_closing_rp == tb.get("1105", 0), month
        held = {t: 0 for t in accounts}
        for no in gone:
            then = member_documents.statement_data(demo_ctx.reader(), bendahara, no, data.date_from, data.as_of)
            for t in accounts:
                held[t] += then.closing[t]
        for t in data.type_totals():
            assert t.closing_rp + held[t.type] == -tb.get(accounts[t.type], 0), (month, t)
    assert data.loans_closing_rp > 0 and data.loans_count > 10
