"""Loan documents on a real database (SQLite, and PostgreSQL when configured): the Kartu
Pinjaman, the Daftar Nominatif Pinjaman and the Daftar Tunggakan as PDF and XLSX.

PDFs are written uncompressed here, so their text can be found in the bytes."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from app.documents import loan_lists
from app.domain.errors import DomainError, NotFound, PermissionDenied
from app.domain.members import MemberForm
from app.services import loan_documents, loan_payments, loan_products, loans, member_registry
from tests.service.test_loans import PRODUCT, _second_pengurus


@pytest.fixture
def book(demo_ctx, login, clock):
    """Two running loans: Rina's (one installment paid, then late) and Budi's (paid on time,
    in a grace month), plus Sari's application not yet decided."""
    pengurus, bendahara, ketua = login("pengurus"), login("bendahara"), _second_pengurus(demo_ctx, login)
    loan_products.save_product(demo_ctx.uow(), pengurus, {**PRODUCT, "code": "UJIDOK"})
    nos = [member_registry.register_member(demo_ctx.uow(), pengurus, MemberForm(name, nik, None, "Kp. Sukamaju"))
           .profile.member_no for name, nik in (("Rina Marlina", "3203014508900003"),
                                                ("Budi Santoso", "3203011203850001"),
                                                ("Sari Wulandari", "3203015709920002"))]
    made = []
    for no, principal, guarantor in ((nos[0], 6_000_000, nos[1]), (nos[1], 3_000_000, None)):
        applied = loans.apply_loan(demo_ctx.uow(), pengurus, no, "UJIDOK", principal, 6, purpose="Modal warung",
                                   collateral="BPKB motor", guarantor_no=guarantor)
        loans.approve_loan(demo_ctx.uow(), ketua, applied.number)
        made.append(loans.disburse_loan(demo_ctx.uow(), bendahara, applied.number).loan.number)
    pending = loans.apply_loan(demo_ctx.uow(), bendahara, nos[2], "UJIDOK", 2_000_000, 4, purpose="Pupuk")
    clock.advance(days=27)
    loan_payments.pay_loan(demo_ctx.uow(), bendahara, made[0], 1_090_000)
    loan_payments.pay_loan(demo_ctx.uow(), bendahara, made[1], 545_000)
    clock.advance(days=31)  # 20 Jan 2027: Budi pays installment 2 before it is due
    loan_payments.pay_loan(demo_ctx.uow(), bendahara, made[1], 545_000)
    clock.advance(days=23)  # 12 Feb 2027 for Rina: installment 2 (23 Jan) is 20 days late
    return {"pengurus": pengurus, "bendahara": bendahara, "nos": nos, "rina": made[0], "budi": made[1],
            "pending": pending.number}


def test_card_data_schedule_payments_and_standing(demo_ctx, book):
    d = loan_documents.card_data(demo_ctx.reader(), book["bendahara"], book["rina"])
    assert d.member_name == "Rina Marlina" and d.guarantor == f"{book['nos'][1]} Budi Santoso"
    assert d.effective_annual_rate > Decimal("30") and d.monthly_rate_pct == Decimal("1.5")
    assert d.fee_rp == 60_000 and d.cash_out_rp == 5_940_000 and "dipotong" in d.fee_text
    assert [i.status for i in d.installments] == ["lunas", "terlambat"] + ["belum"] * 4
    assert d.installments[1].days_late == 20 and d.installments[1].status_label == "Terlambat 20 hr"
    assert [i.balance_rp for i in d.installments] == [5_000_000, 4_000_000, 3_000_000, 2_000_000, 1_000_000, 0]
    assert d.total_interest_rp == 540_000 and d.total_paid_rp == 1_090_000
    assert [(p.kind, p.amount_rp, p.user) for p in d.payments] == [("angsuran", 1_090_000, "bendahara")]
    assert d.days_past_due == 20 and d.kolektibilitas == "Dalam Perhatian Khusus" and d.arrears_rp == 1_090_000
    pending = loan_documents.card_data(demo_ctx.reader(), book["bendahara"], book["pending"])
    assert not pending.disbursed and {i.status for i in pending.installments} == {"rencana"}
    assert pending.fee_rp == 20_000 and pending.installments[-1].balance_rp == 0


def test_loan_card_pdf(demo_ctx, book, tmp_path):
    path = loan_documents.loan_card_pdf(demo_ctx.reader(), book["bendahara"], book["rina"].lower(),
                                        tmp_path / "kartu.pdf", compress=False)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and path == tmp_path / "kartu.pdf"
    for text in (b"Rina Marlina", b"Budi Santoso", book["rina"].encode(), b"KARTU PINJAMAN", b"Jadwal angsuran",
                 b"per tahun", b"Terlambat 20 hr", b"Lunas", b"Pembayaran", b"Peminjam,", b"Penjamin,",
                 b"Halaman 1 dari 1", b"Rp6.000.000"):
        assert text in data, text
    assert not list(tmp_path.glob(".*"))  # no temporary file left
    pending = loan_documents.loan_card_pdf(demo_ctx.reader(), book["bendahara"], book["pending"],
                                           tmp_path / "rencana.pdf", compress=False).read_bytes()
    assert b"Rencana jadwal angsuran" in pending and b"Sari Wulandari" in pending and b"Belum ada pembayaran" in pending
    compressed = loan_documents.loan_card_pdf(demo_ctx.reader(), book["bendahara"], book["rina"],
                                              tmp_path / "kecil.pdf").read_bytes()
    assert compressed.startswith(b"%PDF-") and len(compressed) < len(data)


def test_portfolio_rows_totals_and_health(demo_ctx, book):
    """Our two loans among whatever the demo holds: their rows, and totals that add up."""
    d = loan_documents.portfolio(demo_ctx.reader(), book["bendahara"])
    assert d.as_of == date(2027, 2, 12)
    rows = {r.number: r for r in d.rows}
    rina, budi = rows[book["rina"]], rows[book["budi"]]
    assert (rina.days_past_due, rina.bucket_name, rina.provision_rp) == (20, "Dalam Perhatian Khusus", 250_000)
    assert (rina.outstanding_rp, rina.arrears_rp, rina.penalty_due_rp) == (5_000_000, 1_090_000, 21_800)
    assert (budi.days_past_due, budi.bucket_name, budi.provision_rp, budi.outstanding_rp) == (0, "Lancar", 20_000,
                                                                                               2_000_000)
    assert rina.member_name == "Rina Marlina" and rina.phone == ""
    assert book["pending"] not in rows
    assert d.outstanding_rp == sum(r.outstanding_rp for r in d.rows) == sum(b.outstanding_rp for b in d.buckets)
    assert d.provision_rp == sum(r.provision_rp for r in d.rows) == sum(b.provision_rp for b in d.buckets)
    assert d.npl_rp == sum(r.outstanding_rp for r in d.rows if r.bucket_code >= 3)
    assert sum(b.loans for b in d.buckets) == len(d.rows)
    assert d.npl_ratio_pct == (Decimal(d.npl_rp * 100) / d.outstanding_rp).quantize(Decimal("0.01"))
    assert d.health == ("sehat" if d.npl_ratio_pct <= 5 else "cukup sehat" if d.npl_ratio_pct <= 15 else "tidak sehat")
    assert [b.days for b in d.buckets] == ["0", "1-90", "91-120", "121-180", "> 180"]
    assert [b.provision_pct for b in d.buckets] == [1, 5, 15, 50, 100]
    late = loan_documents.portfolio(demo_ctx.reader(), book["bendahara"], arrears_only=True)
    assert book["rina"] in {r.number for r in late.rows} and book["budi"] not in {r.number for r in late.rows}
    assert all(r.days_past_due > 0 for r in late.rows) and late.outstanding_rp == d.outstanding_rp
    assert [r.days_past_due for r in late.rows] == sorted((r.days_past_due for r in late.rows), reverse=True)


def test_nominatif_and_tunggakan_xlsx(demo_ctx, book, tmp_path):
    r = loan_documents.nominatif(demo_ctx.reader(), book["bendahara"], None, tmp_path / "nominatif.xlsx", "xlsx")
    data = loan_documents.portfolio(demo_ctx.reader(), book["bendahara"])
    assert (r.format, r.as_of, r.loans) == ("xlsx", date(2027, 2, 12), len(data.rows))
    wb = openpyxl.load_workbook(r.path)
    ws = wb["Nominatif"]
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    assert header == list(loan_lists.COLUMNS["nominatif"]) and ws.freeze_panes == "A2"
    body, total = rows[1:-1], dict(zip(header, rows[-1], strict=True))
    assert len(body) == len(data.rows) and [row[0] for row in body] == list(range(1, len(body) + 1))
    by_number = {row[1]: dict(zip(header, row, strict=True)) for row in body}
    rina = by_number[book["rina"]]
    assert (rina["Nama anggota"], rina["Sisa pokok"], rina["Tunggakan"], rina["Hari"], rina["PPAP"]) == (
        "Rina Marlina", 5_000_000, 1_090_000, 20, 250_000)
    assert rina["Kolektibilitas"] == "2 Dalam Perhatian Khusus" and rina["Tgl cair"].date() == date(2026, 11, 23)
    assert total["Nama anggota"] == f"Jumlah ({len(body)} pinjaman)"
    for column in ("Plafon", "Sisa pokok", "Tunggakan", "PPAP"):
        assert total[column] == sum(row[header.index(column)] for row in body), column
    assert total["Sisa pokok"] == data.outstanding_rp and total["PPAP"] == data.provision_rp
    money = header.index("Sisa pokok") + 1
    assert {ws.cell(row=n, column=money).number_format for n in range(2, ws.max_row + 1)} == {"#,##0"}
    assert ws.column_dimensions["D"].width >= 20
    summary = {row[0]: row[1:] for row in wb["Ringkasan"].iter_rows(values_only=True) if row[0]}
    assert summary["Jumlah"][1:3] == (len(body), data.outstanding_rp)
    assert summary["Kesehatan"][0] == data.health_label and summary["NPL (Rp)"][0] == data.npl_rp
    assert summary["Per tanggal"][0].date() == date(2027, 2, 12)

    t = loan_documents.tunggakan(demo_ctx.reader(), book["bendahara"], date(2027, 2, 12),
                                 tmp_path / "tunggakan.xlsx", "xlsx")
    rows = list(openpyxl.load_workbook(t.path)["Tunggakan"].iter_rows(values_only=True))
    header = list(rows[0])
    assert header == list(loan_lists.COLUMNS["tunggakan"]) and len(rows) == t.loans + 2
    body, total = [dict(zip(header, x, strict=True)) for x in rows[1:-1]], dict(zip(header, rows[-1], strict=True))
    rina = next(x for x in body if x["No. pinjaman"] == book["rina"])
    assert rina["Denda"] == 21_800 and rina["Harus dibayar"] == 1_090_000 + 21_800
    assert book["budi"] not in {x["No. pinjaman"] for x in body}
    assert total["Harus dibayar"] == sum(x["Harus dibayar"] for x in body)
    assert [x["Hari"] for x in body] == sorted((x["Hari"] for x in body), reverse=True)
    assert not list(tmp_path.glob(".*"))


def test_nominatif_and_tunggakan_pdf(demo_ctx, book, tmp_path):
    r = loan_documents.nominatif(demo_ctx.reader(), book["bendahara"], None, tmp_path / "n.pdf", compress=False)
    data = r.path.read_bytes()
    assert data.startswith(b"%PDF-") and r.format == "pdf"
    health = loan_documents.portfolio(demo_ctx.reader(), book["bendahara"]).health_label.upper()
    for text in (b"DAFTAR NOMINATIF PINJAMAN", b"Per 12 Feb 2027", b"Rina Marlina", b"Budi Santoso",
                 b"Rekapitulasi kolektibilitas", health.encode(), b"Halaman 1 dari ",
                 f"Jumlah \\({r.loans} pinjaman\\)".encode()):
        assert text in data, text
    assert b"/MediaBox [ 0 0 841.8898 595.2756 ]" in data  # landscape A4
    t = loan_documents.tunggakan(demo_ctx.reader(), book["bendahara"], None, tmp_path / "t.pdf", "PDF",
                                 compress=False)
    data = t.path.read_bytes()
    assert b"DAFTAR TUNGGAKAN PINJAMAN" in data and b"Rina Marlina" in data and b"Budi Santoso" not in data


def test_long_lists_run_over_pages(demo_ctx, book, tmp_path):
    """Eighty rows: every page says "Halaman x dari y" with the right count, and the
    column heads repeat on each page."""
    d = loan_documents.portfolio(demo_ctx.reader(), book["bendahara"])
    path = loan_lists.nominatif_pdf(replace(d, rows=d.rows * 40), tmp_path / "panjang.pdf", compress=False)
    data = path.read_bytes()
    pages = data.count(b"Halaman ")
    assert pages >= 2 and all(f"Halaman {n} dari {pages}".encode() in data for n in range(1, pages + 1))
    assert data.count(b"(No. pinjaman) Tj") == pages


def test_permissions_and_refusals_write_nothing(demo_ctx, book, login, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    kasir = login("kasir")  # sees members (the card) but not reports (the lists)
    assert loan_documents.loan_card_pdf(demo_ctx.reader(), kasir, book["rina"], out / "k.pdf").exists()
    with pytest.raises(PermissionDenied):
        loan_documents.nominatif(demo_ctx.reader(), kasir, None, out / "n.pdf")
    with pytest.raises(PermissionDenied):
        loan_documents.tunggakan(demo_ctx.reader(), kasir, None, out / "t.xlsx", "xlsx")
    admin = login("admin")
    with pytest.raises(PermissionDenied):
        loan_documents.loan_card_pdf(demo_ctx.reader(), admin, book["rina"], out / "a.pdf")
    with pytest.raises(NotFound):
        loan_documents.loan_card_pdf(demo_ctx.reader(), kasir, "PNJ-20261123-9999", out / "x.pdf")
    with pytest.raises(DomainError, match="pdf atau xlsx"):
        loan_documents.nominatif(demo_ctx.reader(), book["bendahara"], None, out / "n.csv", "csv")
    with pytest.raises(DomainError, match="tidak ada"):
        loan_documents.nominatif(demo_ctx.reader(), book["bendahara"], None, out / "nope" / "n.pdf")
    assert sorted(p.name for p in out.iterdir()) == ["k.pdf"]


def test_empty_lists(demo_ctx, book, tmp_path):
    """No running loans (or none in arrears): the header, the totals at zero, a line that says so."""
    d = replace(loan_documents.portfolio(demo_ctx.reader(), book["bendahara"]), rows=())
    path = loan_lists.nominatif_xlsx(d, tmp_path / "kosong.xlsx")
    rows = list(openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][3] == "Jumlah (0 pinjaman)" and rows[1][7] == 0
    data = loan_lists.arrears_pdf(d, tmp_path / "kosong.pdf", compress=False).read_bytes()
    assert b"Tidak ada pinjaman yang menunggak." in data
    data = loan_lists.nominatif_pdf(d, tmp_path / "kosong2.pdf", compress=False).read_bytes()
    assert b"Tidak ada pinjaman berjalan pada tanggal ini." in data


def test_effective_rate_stays_the_contracts_after_a_prepayment(demo_ctx, book, clock):
    """Fix: the effective rate was computed from the installments left, so after a
    prepayment rebuilt them it fell to 0,00% on the card and in `kopdes loan show`."""
    before = loans.get_loan(demo_ctx.reader(), book["bendahara"], book["budi"]).effective_annual_rate
    assert before > Decimal("30")
    paid = loan_payments.pay_loan(demo_ctx.uow(), book["bendahara"], book["budi"], 545_000 + 1_000_000)
    assert paid.plan.prepayment_rp == 1_000_000 and paid.loan.effective_annual_rate == before
    card = loan_documents.card_data(demo_ctx.reader(), book["bendahara"], book["budi"])
    assert card.effective_annual_rate == before and card.installments[-1].balance_rp == 0
    assert sum(i.principal_rp - i.paid_principal_rp for i in card.installments) == card.outstanding_rp


def test_aging_leaves_out_loans_disbursed_after_the_date(demo_ctx, book):
    """Fix: a loan disbursed after the as-of date was counted in that date's nominatif."""
    before = loan_documents.portfolio(demo_ctx.reader(), book["bendahara"], date(2026, 11, 22))
    assert not {book["rina"], book["budi"]} & {r.number for r in before.rows}
    on_the_day = loan_documents.portfolio(demo_ctx.reader(), book["bendahara"], date(2026, 11, 23))
    assert {book["rina"], book["budi"]} <= {r.number for r in on_the_day.rows}
