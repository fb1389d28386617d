"""The Kartu Pinjaman (loan card) as an A4 PDF, built from
`app.domain.loan_documents.LoanCardData`.

Page 1: the cooperative and the loan's number and status; the member (and guarantor);
the terms — product, principal, the rate as quoted and, for every loan but always for a
flat one (OJK asks lenders to show it), the effective rate per year, method, term, the
fee and what the member received, the penalty rule; the loan's standing on the card's
date (outstanding principal, arrears, penalty, days past due, kolektibilitas). Then the
Jadwal Angsuran (no, due date, principal, interest, installment, principal left, paid,
status; late installments tinted), the payments, and signature lines for the member, the
guarantor (when there is one) and the pengurus. Every page ends with who printed it and
"Halaman x dari y"; a table that runs over a page repeats its column heads.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from app.documents.loan_pdf import BASE, CELL, H2, SMALL, b, build, header, numbered_canvas, p, signature_place
from app.documents.pdf_base import GREY, INK, PINK, RED, RULE, SHADE, write_atomically
from app.domain.fmt import day, number, rupiah
from app.domain.loan_documents import LoanCardData, pct_text

PAGE_W, PAGE_H = A4
LEFT = RIGHT = 16 * mm
TOP, BOTTOM = 15 * mm, 20 * mm
WIDTH = PAGE_W - LEFT - RIGHT

_LABEL = ParagraphStyle("label", SMALL, fontSize=8, leading=10.5, textColor=GREY)
_NOTE = ParagraphStyle("note", CELL, fontSize=8.5, leading=11)


def _kv_table(rows: list[tuple[str, object, str, object]], widths: list[float], shade: bool = True) -> Table:
    cells = [[p(a, _LABEL), v1 if not isinstance(v1, str) else p(v1), p(c, _LABEL),
              v2 if not isinstance(v2, str) else p(v2)] for a, v1, c, v2 in rows]
    t = Table(cells, colWidths=widths)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.6),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6), ("LEFTPADDING", (0, 0), (-1, -1), 5)]
    if shade:
        style.append(("BACKGROUND", (0, 0), (-1, -1), SHADE))
    t.setStyle(TableStyle(style))
    return t


def _member(d: LoanCardData) -> list:
    w = [26 * mm, WIDTH / 2 - 26 * mm, 24 * mm, WIDTH / 2 - 24 * mm]
    rows = [("No. anggota", b(d.member_no), "Penjamin", d.guarantor or "-"),
            ("Nama", b(d.member_name), "Tujuan", d.purpose or "-"),
            ("Alamat", d.member_address or "-", "Agunan", d.collateral or "-")]
    return [_kv_table(rows, w)]


def _rate_text(d: LoanCardData) -> str:
    quoted = f"{pct_text(d.rate_pct, 4)}% per {d.rate_period}"
    if d.rate_period == "tahun":
        quoted += f" ({pct_text(d.monthly_rate_pct, 4)}% per bulan)"
    return f"{quoted}, {d.method_label.lower()}"


def _terms(d: LoanCardData) -> list:
    w = [31 * mm, WIDTH / 2 - 31 * mm, 29 * mm, WIDTH / 2 - 29 * mm]
    fee = f"{rupiah(d.fee_rp)} ({d.fee_text})"
    rows = [
        ("Produk", f"{d.product_name} ({d.product_code})", "Tanggal pengajuan", day(d.applied_on)),
        ("Pokok pinjaman", b(rupiah(d.principal_rp)), "Tanggal pencairan",
         day(d.disbursed_on) if d.disbursed_on else "belum dicairkan"),
        ("Bunga", _rate_text(d), "Jangka waktu", f"{d.term} bulan"),
        ("Suku bunga efektif", b(f"{pct_text(d.effective_annual_rate)}% per tahun"), "Metode", d.method_label),
        ("Biaya administrasi", fee, "Diterima bersih" if d.fee_rp else "Diterima", rupiah(d.cash_out_rp)),
        ("Denda keterlambatan", d.penalty_text, "Total angsuran",
         f"{rupiah(d.total_installments_rp)} (bunga {rupiah(d.total_interest_rp)})"),
    ]
    if d.parent_number:
        rows.append(("Asal pinjaman", f"restrukturisasi {d.parent_number}", "", ""))
    out = [p("Ketentuan pinjaman", H2), _kv_table(rows, w, shade=False)]
    if d.method_label.lower().startswith("flat"):
        note = (f"Bunga flat {pct_text(d.monthly_rate_pct, 4)}% per bulan dihitung dari pokok awal setiap bulan; "
                f"setara dengan suku bunga efektif {pct_text(d.effective_annual_rate)}% per tahun "
                "(perhitungan dari angsuran yang sebenarnya dibayar).")
    else:
        note = (f"Bunga dihitung dari sisa pokok; suku bunga efektif {pct_text(d.effective_annual_rate)}% per tahun "
                "(perhitungan dari angsuran yang sebenarnya dibayar).")
    box = Table([[p(note, _NOTE)]], colWidths=[WIDTH])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PINK), ("LINEBEFORE", (0, 0), (0, -1), 2, RED),
                             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 3),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return out + [Spacer(1, 3), box]


def _standing(d: LoanCardData) -> list:
    if not d.disbursed:
        text = f"Status {d.status_label.lower()}: jadwal di bawah adalah rencana bila dicairkan {day(d.as_of)}."
        rows = [[p(text, _NOTE)]]
        widths = [WIDTH]
    else:
        cells = [("Status", d.status_label), ("Sisa pokok", rupiah(d.outstanding_rp)),
                 ("Tunggakan", rupiah(d.arrears_rp)), ("Denda berjalan", rupiah(d.penalty_due_rp)),
                 ("Hari terlambat", str(d.days_past_due))]
        if d.kolektibilitas:
            cells.append(("Kolektibilitas", d.kolektibilitas))
        if d.written_off_rp:
            cells.append(("Tagihan dihapus buku", rupiah(d.written_off_rp)))
        if d.closed_on:
            cells.append(("Ditutup", day(d.closed_on)))
        rows = [[p(label, _LABEL) for label, _ in cells], [b(value, CELL) for _, value in cells]]
        widths = [WIDTH / len(cells)] * len(cells)
    t = Table(rows, colWidths=widths)
    late = d.days_past_due > 0
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PINK if late else SHADE),
                           ("LINEBEFORE", (0, 0), (0, -1), 2, RED if late else RULE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [p(f"Keadaan per {day(d.as_of)}", H2), t]


_SCHEDULE_COLS = [8 * mm, 22 * mm, 23 * mm, 21 * mm, 23 * mm, 23 * mm, 23 * mm, None]


def _schedule(d: LoanCardData) -> list:
    widths = list(_SCHEDULE_COLS)
    widths[-1] = WIDTH - sum(w for w in widths if w)
    head = ["Ke", "Jatuh tempo", "Pokok", "Bunga", "Angsuran", "Sisa pokok", "Dibayar", "Status"]
    rows: list[list] = [head]
    style = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
             ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5), ("ALIGN", (0, 0), (0, -1), "RIGHT"),
             ("ALIGN", (2, 0), (6, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 1.3),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LEFTPADDING", (0, 0), (-1, -1), 3),
             ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for n, i in enumerate(d.installments, start=1):
        rows.append([str(i.no), day(i.due_date), number(i.principal_rp), number(i.interest_rp),
                     number(i.installment_rp), number(i.balance_rp), number(i.paid_rp) if i.paid_rp else "-",
                     i.status_label])
        if i.status == "terlambat":
            style += [("BACKGROUND", (0, n), (-1, n), PINK), ("TEXTCOLOR", (-1, n), (-1, n), RED),
                      ("FONT", (-1, n), (-1, n), "Helvetica-Bold", 8.5)]
        elif n % 2 == 0:
            style.append(("BACKGROUND", (0, n), (-1, n), SHADE))
        if i.status in ("lunas",):
            style.append(("TEXTCOLOR", (-1, n), (-1, n), GREY))
    rows.append(["", "Jumlah", number(sum(i.principal_rp for i in d.installments)), number(d.total_interest_rp),
                 number(d.total_installments_rp), "", number(d.total_paid_rp), ""])
    style += [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    title = "Jadwal angsuran (Rp)" if d.disbursed else "Rencana jadwal angsuran (Rp)"
    return [p(title, H2), t]


_PAY_COLS = [20 * mm, 33 * mm, None, 21 * mm, 19 * mm, 17 * mm, 21 * mm, 20 * mm]


def _payments(d: LoanCardData) -> list:
    if not d.payments:
        return [p("Pembayaran", H2), p("Belum ada pembayaran.", ParagraphStyle("none", CELL, textColor=GREY))]
    widths = list(_PAY_COLS)
    widths[2] = WIDTH - sum(w for w in widths if w)
    rows: list[list] = [["Tanggal", "Nomor", "Jenis (cara)", "Pokok", "Bunga", "Denda", "Jumlah", "Petugas"]]
    for x in d.payments:
        rows.append([day(x.business_date), x.number, p(f"{x.kind_label} ({x.method})", CELL), number(x.principal_rp),
                     number(x.interest_rp), number(x.penalty_rp), number(x.amount_rp), p(x.user, CELL)])
    rows.append(["", "", b(f"Jumlah ({len(d.payments)})", CELL), number(sum(x.principal_rp for x in d.payments)),
                 number(sum(x.interest_rp for x in d.payments)), number(sum(x.penalty_rp for x in d.payments)),
                 number(sum(x.amount_rp for x in d.payments)), ""])
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8), ("ALIGN", (3, 0), (6, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, SHADE]),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]))
    return [p("Pembayaran", H2), t]


def _signatures(d: LoanCardData) -> KeepTogether:
    who = [("Peminjam", d.member_name)]
    if d.guarantor:
        who.append(("Penjamin", d.guarantor.split(" ", 1)[-1]))
    who.append(("Pengurus", ""))
    width = WIDTH / len(who)
    cells = []
    for role, name in who:
        cells.append([p(f"{role},"), Spacer(1, 12 * mm), p("(" + "." * 40 + ")"),
                      p(name or "nama dan tanda tangan", SMALL)])
    t = Table([cells], colWidths=[width] * len(who))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    place = p(signature_place(d.cooperative, d.printed_at, d.zone), BASE)
    return KeepTogether([Spacer(1, 6), place, Spacer(1, 2), t])


def card_flowables(d: LoanCardData) -> list:
    lines = [f"No. {d.number}", d.status_label]
    story = [*header(d.cooperative, WIDTH, "KARTU PINJAMAN", "Kartu Pinjaman Anggota dan Jadwal Angsuran", lines),
             *_member(d), Spacer(1, 3), *_terms(d), Spacer(1, 4), *_standing(d), Spacer(1, 4), *_schedule(d),
             Spacer(1, 6), *_payments(d), _signatures(d)]
    return story


def loan_card_pdf(d: LoanCardData, path: Path | str, *, compress: bool = True) -> Path:
    """Write the loan card to `path` (through a temporary file); returns the path."""
    canvas = numbered_canvas(A4, (LEFT, RIGHT, TOP, BOTTOM), f"{d.number} · {d.member_no} {d.member_name} · "
                             f"Kartu Pinjaman per {day(d.as_of)}", d.printed_at, d.zone, d.printed_by)

    def write(tmp: str) -> None:
        build(tmp, A4, (LEFT, RIGHT, TOP, BOTTOM), card_flowables(d), canvas,
              title=f"Kartu Pinjaman {d.number} {d.member_no} {d.member_name}", author=d.cooperative.name,
              subject="Kartu Pinjaman", compress=compress)
    return write_atomically(path, write)
