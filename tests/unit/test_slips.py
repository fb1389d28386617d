"""Slip layout: ASCII only, never wider than the paper, amounts on the right; the receipt says
what REFERENCE.md asks for and its total is the sale's total."""

from datetime import date, datetime, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.clock import ZONES
from app.domain.cooperative import CooperativeProfile
from app.domain.sale import receipt_code
from app.domain.slip import QR, Line, Pair, QRLine, Rule, Slip, Text, Width, ascii_fold, layout, text_of
from app.services.receipts import Header, document_slip, sale_receipt, sale_qr
from app.services.sales import SaleLineInfo, SalePaymentInfo, SaleResult

COOP = CooperativeProfile("Koperasi Desa Merah Putih Sukamaju", "1234567890123", "AHU-0001.AH.01.29.2025",
                          "Jl. Raya Sukamaju No. 1 RT 01/RW 02", "Sukamaju", "Cibeber", "Cianjur", "Jawa Barat",
                          "WIB", "0812-3456-7890")
HEADER = Header(COOP, ZONES["WIB"])
AT = datetime(2026, 11, 23, 3, 5, tzinfo=timezone.utc)


def sale(lines, payments, *, member=None, nik=None, status="completed", change=0, discount=0):
    subtotal = sum(l.gross_rp for l in lines)
    deposit = sum(l.deposit_rp for l in lines)
    total = subtotal - discount + deposit
    return SaleResult("PJ-20261123-0007", "0b7f6c2e-1d7e-4c38-9d5b-3f6d2a9c1e11", status, date(2026, 11, 23), AT,
                      "KASIR-1", "siti", member, "Budi Santoso" if member else None, subtotal, discount, deposit,
                      total, change, tuple(lines), tuple(payments), nik, "rumah_tangga" if nik else None, False)


def line(no, name, qty_milli, price, discount=0, deposit=0):
    return SaleLineInfo(no, f"SKU{no}", name, "pcs", qty_milli, price, qty_milli * price // 1000, discount, deposit)


def test_ascii_fold_keeps_meaning():
    assert ascii_fold("Kopi Susu Nescafé – 2×250 g “spesial”") == 'Kopi Susu Nescafe - 2x250 g "spesial"'
    assert ascii_fold("Gula ½ kg\tcurah\n") == "Gula 1/2 kg curah "
    assert ascii_fold("Mie 麺") == "Mie ?"
    assert ascii_fold("e\u0301") == "e"  # a lone combining accent prints nothing


def test_pair_puts_the_value_on_the_right_and_wraps_a_long_label():
    lines = text_of(Slip((Pair("Beras Premium Cap Bunga Mawar Super Wangi 5 kg", "150.000"),)), 32)
    assert all(len(l) <= 32 for l in lines)
    assert lines[-1].endswith("150.000") and len(lines) == 2
    assert lines[0].startswith("Beras Premium")
    big = [l for l in layout(Slip((Pair("TOTAL", "1.234.567", big=True),)), 32) if isinstance(l, Line)]
    assert big[0].big and len(big[0].text) == 16 and big[0].text.endswith("1.234.567")


def test_a_value_wider_than_the_paper_gets_its_own_lines():
    lines = text_of(Slip((Pair("Ref", "X" * 70),)), 32)
    assert all(len(l) <= 32 for l in lines) and "".join(lines).count("X") == 70


blocks = st.one_of(
    st.builds(Text, st.text(max_size=200), st.sampled_from(["left", "center", "right"]), st.booleans(), st.booleans()),
    st.builds(Pair, st.text(max_size=80), st.text(max_size=60), st.booleans(), st.booleans(),
              st.integers(0, 8)),
    st.builds(Rule, st.text(max_size=2)),
    st.builds(QR, st.text(min_size=1, max_size=40), st.text(max_size=50)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(blocks, max_size=12), st.sampled_from([58, 80]))
def test_no_laid_out_line_is_wider_than_the_paper_and_all_is_ascii(bs, mm):
    columns = Width(mm).columns
    for laid in layout(Slip(tuple(bs)), columns):
        if isinstance(laid, Line):
            assert len(laid.text) == (columns // 2 if laid.big else columns)
            assert all(" " <= c <= "~" for c in laid.text)


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=90)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(names, st.integers(1, 500_000), st.integers(1, 2_000_000)), min_size=1, max_size=8),
       st.sampled_from([58, 80]), st.booleans())
def test_any_receipt_fits_the_paper_and_shows_the_sale_total(items, mm, member):
    lines = [line(i, name, qty, price) for i, (name, qty, price) in enumerate(items, start=1)]
    total = sum(l.gross_rp for l in lines)
    s = sale(lines, [SalePaymentInfo("cash", "Tunai", total, total + 500, "")], member="A00001" if member else None,
             change=500)
    columns = Width(mm).columns
    laid = layout(sale_receipt(s, HEADER, "Terima kasih"), columns)
    texts = [l for l in laid if isinstance(l, Line)]
    assert all(len(l.text) == (columns // 2 if l.big else columns) for l in texts)
    total_lines = [l.text for l in texts if l.text.startswith("TOTAL")]
    assert len(total_lines) == 1 and int(total_lines[0].split()[-1].replace(".", "")) == total
    assert [l.data for l in laid if isinstance(l, QRLine)] == [sale_qr(s)]


def test_the_receipt_says_what_reference_md_asks():
    s = sale([line(1, "Beras Premium 5 kg", 2000, 75_000, discount=5_000), line(2, "LPG 3 kg isi ulang", 1000, 19_000)],
             [SalePaymentInfo("cash", "Tunai", 164_000, 200_000, "")], member="A00001", nik="3203********0003",
             change=36_000, discount=5_000)
    text = "\n".join(text_of(sale_receipt(s, HEADER, "Barang yang sudah dibeli tidak dapat ditukar."), 32))
    for expected in ("Koperasi Desa Merah Putih", "NIB 1234567890123", "Jl. Raya Sukamaju", "Telp 0812-3456-7890",
                     "PJ-20261123-0007", "23 Nov 2026 10:05 WIB", "siti / KASIR-1", "A00001 Budi Santoso",
                     "2 pcs x 75.000", "150.000", "-5.000", "164.000", "200.000", "36.000",
                     "3203********0003", "Rumah tangga", "dapat ditukar."):
        assert expected in text, expected
    assert "SALINAN" not in text
    assert f"Kode verifikasi {receipt_code(s.uuid, s.number, s.total_rp)}" in text
    assert sale_receipt(s, HEADER, "").kick_drawer  # cash: the drawer opens


def test_a_copy_says_so_and_never_opens_the_drawer():
    s = sale([line(1, "Gula 1 kg", 1000, 18_000)], [SalePaymentInfo("cash", "Tunai", 18_000, 20_000, "")], change=2_000)
    copy = sale_receipt(s, HEADER, "", copy_at=AT)
    text = text_of(copy, 48)
    assert sum("SALINAN" in t for t in text) == 2 and any("Dicetak ulang 23 Nov 2026 10:05 WIB" in t for t in text)
    assert not copy.kick_drawer
    kasbon = sale([line(1, "Gula 1 kg", 1000, 18_000)], [SalePaymentInfo("credit", "Kasbon anggota", 18_000, 0, "")],
                  member="A00001")
    assert not sale_receipt(kasbon, HEADER, "").kick_drawer  # no cash, no drawer


def test_receipt_code_depends_on_the_hidden_uuid():
    a = receipt_code("uuid-1", "PJ-20261123-0001", 10_000)
    assert len(a) == 8 and a != receipt_code("uuid-2", "PJ-20261123-0001", 10_000)
    assert a != receipt_code("uuid-1", "PJ-20261123-0001", 10_001)


def test_document_slip_for_savings_and_loans():
    slip = document_slip(HEADER, "Setoran simpanan", "KM-20261123-0003", AT,
                         [("Simpanan wajib Nov 2026", "50.000"), ("Simpanan sukarela", "100.000")],
                         who="bendahara", member="A00001 Budi Santoso", total=("JUMLAH", "150.000"),
                         signatures=("Penyetor", "Petugas"))
    text = text_of(slip, 32)
    assert text[0].strip() == "Koperasi Desa Merah Putih" and "SETORAN SIMPANAN" in "\n".join(text)
    assert any(t.startswith("JUMLAH") and t.endswith("150.000") for t in text)
    assert [l.data for l in layout(slip, 32) if isinstance(l, QRLine)] == ["KOPDES:KM-20261123-0003"]
