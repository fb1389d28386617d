"""Monthly statements without a database: which months are allowed, principal owed on a
date, file names, and the page layout of a long statement (pages cut where they must,
column heads repeated, every row inside the frame, the PDFs saying it)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from app.documents import monthly_statement as doc, monthly_statement_summary as summary_doc
from app.domain.clock import OutletZone
from app.domain.cooperative import CooperativeProfile
from app.domain.errors import DomainError
from app.domain.fmt import number, rupiah
from app.domain.monthly_statement import (LoanMonth, LoanPaymentLine, MemberMonth, MonthlyStatements, Purchases,
                                          Receipt, loan_owed_on, safe_file_part, statement_month)
from app.domain.savings_statement import StatementLine, StatementMember, StatementSection
from tests import pdf_probe

TODAY = date(2026, 11, 23)
CO = CooperativeProfile("Koperasi Desa Merah Putih Sukamaju", "9120301234567", "AHU-0012345.AH.01.29.TAHUN 2025",
                        "Jl. Raya Sukamaju No. 17", "Sukamaju", "Cibeber", "Kabupaten Cianjur", "Jawa Barat")


def test_months_bad_future_and_running():
    assert statement_month("2026-10", TODAY) == ("2026-10", date(2026, 10, 1), date(2026, 10, 31))
    assert statement_month(" 2026-11 ", TODAY)[2] == date(2026, 11, 30)  # the running month: to today
    for bad in ("2026-13", "2026-1", "Oktober", ""):
        with pytest.raises(DomainError, match="TTTT-BB"):
            statement_month(bad, TODAY)
    with pytest.raises(DomainError, match="Desember 2026 belum berjalan"):
        statement_month("2026-12", TODAY)


def test_principal_owed_on_a_date():
    on = date(2026, 10, 31)
    assert loan_owed_on(5_000_000, date(2026, 3, 1), "cair", None, 1_250_000, on) == 3_750_000
    assert loan_owed_on(5_000_000, date(2026, 11, 2), "cair", None, 0, on) == 0  # not yet disbursed
    assert loan_owed_on(5_000_000, None, "disetujui", None, 0, on) == 0
    # closed without being paid (moved to a new loan, written off): nothing owed from that day
    assert loan_owed_on(5_000_000, date(2026, 3, 1), "direstrukturisasi", date(2026, 10, 31), 1_000_000, on) == 0
    assert loan_owed_on(5_000_000, date(2026, 3, 1), "dihapus", date(2026, 11, 5), 1_000_000, on) == 4_000_000
    assert loan_owed_on(5_000_000, date(2026, 3, 1), "lunas", date(2026, 10, 2), 5_000_000, on) == 0


def test_member_numbers_make_safe_file_names():
    assert safe_file_part("A00012") == "A00012"
    assert safe_file_part("KDMP-2026-0001") == "KDMP-2026-0001"
    assert safe_file_part("../x/y z") == "x_y_z"
    assert safe_file_part("///") == "anggota"


def _statement(lines: int, receipts: int) -> MonthlyStatements:
    first, last = date(2026, 10, 1), date(2026, 10, 31)
    balance, moves = 500_000, []
    for i in range(lines):
        amount = 10_000 if i % 3 else -5_000
        balance += amount
        moves.append(StatementLine(date(2026, 10, 1 + i % 28), f"SS-202610{1 + i % 28:02d}-{i:04d}",
                                   "setor" if amount > 0 else "tarik", "tunai", f"catatan ({i})", amount, balance))
    sections = (StatementSection("pokok", 100_000, ()), StatementSection("wajib", 240_000, ()),
                StatementSection("sukarela", 500_000, tuple(moves)))
    pay = LoanPaymentLine(date(2026, 10, 20), "AP-20261020-0001", "angsuran", 250_000, 45_000, 5_000)
    loan = LoanMonth("PNJ-20260301-0001", "Pinjaman Modal Usaha", 3_000_000, date(2026, 3, 1), "cair", 2_000_000,
                     (pay,), 1_750_000)
    bought = [Receipt(date(2026, 10, 1 + i), f"PJ-202610{1 + i:02d}-0001", 10_000 + i) for i in range(receipts)]
    who = StatementMember("A00007", "Siti Nurhaliza (Bu Haji)", "Kp. Sukamaju, RT 001/RW 002", date(2025, 8, 1),
                          "aktif", "Aktif")
    member = MemberMonth(who, sections, (loan,), Purchases(receipts, sum(r.total_rp for r in bought),
                                                          tuple(bought) if receipts <= 10 else ()),
                         "Simpanan wajib lunas s.d. Oktober 2026.")
    quiet = MemberMonth(StatementMember("A00008", "Budi", "", date(2025, 8, 1), "aktif", "Aktif"),
                        (StatementSection("pokok", 100_000, ()), StatementSection("wajib", 0, ()),
                         StatementSection("sukarela", 0, ())), (), Purchases(0, 0, ()),
                        "Simpanan wajib lunas s.d. Oktober 2026.")
    return MonthlyStatements(CO, "2026-10", first, last, last, (member, quiet),
                             datetime(2026, 11, 23, 3, tzinfo=timezone.utc), OutletZone("WIB", 7), "Dewi (bendahara)")


def test_a_long_statement_runs_over_pages_with_its_heads_and_inside_the_frame(tmp_path):
    data = _statement(lines=90, receipts=15)
    m = data.members[0]
    pages = doc.paginate(doc.member_rows(data, m))
    assert len(pages) >= 3
    for page in pages:
        for row, y in page.rows:
            assert y <= doc.TOP and y - row.height >= doc.BOTTOM - 0.01
    for page in pages[1:]:
        first_row = page.rows[0][0]
        if page.rows[1][0].head is not None:  # a table continues: its heads come first
            assert first_row is page.rows[1][0].head
    paths = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    steps = []
    total = doc.write_all(data, tmp_path / "semua.pdf", paths, steps.append)
    assert steps == [1, 2]
    assert pdf_probe.page_count(paths[0]) == len(pages) and pdf_probe.page_count(paths[1]) == 1
    assert pdf_probe.page_count(tmp_path / "semua.pdf") == total == len(pages) + 1
    for text in (f"A00007 · Halaman 2 dari {len(pages)}", "Setoran: catatan (89)", rupiah(m.closing_total_rp),
                 number(1_750_000), "AP-20261020-0001", "15 struk belanja, jumlah " + rupiah(m.purchases.total_rp) + "; rinciannya ada di gerai.",
                 "Siti Nurhaliza (Bu Haji)"):
        assert pdf_probe.shows(paths[0], text), text
    assert pdf_probe.shows(paths[1], "A00008 · Halaman 1 dari 1")
    assert pdf_probe.shows(tmp_path / "semua.pdf", "A00008 · Halaman 1 dari 1")
    assert pdf_probe.shows(paths[1], "Tidak ada pinjaman berjalan pada bulan ini.")
    assert pdf_probe.shows(paths[1], "Tidak ada belanja anggota bulan ini.")


def test_the_summary_adds_up_the_members(tmp_path):
    data = _statement(lines=4, receipts=3)
    pages = summary_doc.summary_pdf(data, tmp_path / "ringkasan.pdf")
    assert pages == pdf_probe.page_count(tmp_path / "ringkasan.pdf") == 1
    closing = sum(m.closing_total_rp for m in data.members)
    for text in (number(closing), rupiah(1_750_000), rupiah(data.purchases_rp), "1 dari 2", "Pengawas,",
                 "2 anggota aktif"):
        assert pdf_probe.shows(tmp_path / "ringkasan.pdf", text), text
    assert [t.closing_rp for t in data.type_totals()] == [200_000, 240_000, 500_000 + sum(
        line.amount_rp for line in data.members[0].section("sukarela").lines)]


def test_duplex_gives_every_member_a_new_sheet(tmp_path):
    data = _statement(lines=90, receipts=15)  # 3 pages, then 1 page
    paths = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    plain = doc.write_all(data, tmp_path / "semua.pdf", paths)
    both = doc.write_all(data, tmp_path / "duplex.pdf", paths, duplex=True)
    assert both == plain + 2 == pdf_probe.page_count(tmp_path / "duplex.pdf") and both % 2 == 0
    assert pdf_probe.page_count(paths[0]) == 3  # the member's own PDF has no blank pages
    assert pdf_probe.shows(tmp_path / "duplex.pdf", "Halaman ini sengaja dikosongkan.")
    assert not pdf_probe.shows(tmp_path / "semua.pdf", "Halaman ini sengaja dikosongkan.")
