"""Member cards and the member statement as PDFs, from frozen data (no database).

The PDFs are written uncompressed where the test reads their drawing operators; the
page count, page sizes and the strings drawn are read with tests/pdf_probe.py. The
card's QR code is checked by painting exactly the rectangles the card fills into a
picture and reading it back with zxing-cpp (the reader the app uses for photos)."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timezone
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from PIL import Image, ImageDraw
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.devices.qr_image import read_qr_payloads
from app.documents import member_card as mc
from app.documents.pdf_base import fit_text, pdf_text, write_atomically
from app.documents.savings_statement import statement_pdf
from app.domain.clock import zone
from app.domain.cooperative import CooperativeProfile
from app.domain.errors import DomainError
from app.domain.savings import SavingsRules, wajib_status
from app.domain.savings_statement import (StatementData, StatementLine, StatementMember, StatementSection,
                                          check_range, period_bounds, period_label)
from tests import pdf_probe

COOP = CooperativeProfile("Koperasi Kelurahan Merah Putih Contoh", "9120301234567", "AHU-0012345.AH.01.29.TAHUN 2025",
                          "Jl. Raya Sukamaju No. 17", "Sukamaju", "Cibeber", "Kabupaten Cianjur", "Jawa Barat",
                          "WIB", "0263-5551234")
LONG_NAME = "Hj. Raden Ayu Siti Nurhaliza Kusumawardhani binti Haji Abdul Rahman Wijayakusuma Prawiranegara " \
            "Soerjosoemarno"  # 112 characters; the register allows 120
WIDE = "W" * 120


def card(no="A00001", name="Rina Marlina", coop=COOP.name) -> mc.MemberCardData:
    return mc.MemberCardData(coop, "Sukamaju · Kec. Cibeber · Kabupaten Cianjur", no, name, date(2026, 11, 23),
                             mc.qr_payload(no))


# ------------------------------------------------------------------ cards

def test_one_card_is_one_page_at_id1_size(tmp_path):
    path = mc.card_pdf([card()], tmp_path / "kartu.pdf", compress=False)
    assert pdf_probe.page_count(path) == 1
    [(w, h)] = pdf_probe.page_sizes(path)
    assert (round(w, 1), round(h, 1)) == (242.6, 153.1)  # 85.6 x 54 mm
    for text in ("KARTU ANGGOTA", COOP.name, "Rina Marlina", "A00001", "Anggota sejak", "23 Nov 2026"):
        assert pdf_probe.shows(path, text), text
    assert not list(tmp_path.glob(".*sedang-ditulis"))


def test_card_printer_gets_one_card_size_page_per_card(tmp_path):
    path = mc.card_pdf([card(f"A{i:05d}") for i in range(1, 4)], tmp_path / "k.pdf", compress=False)
    assert pdf_probe.page_count(path) == 3 and len(set(pdf_probe.page_sizes(path))) == 1


def test_sheets_hold_ten_cards_a_page_centred_on_a4(tmp_path):
    cards = [card(f"A{i:05d}", f"Anggota Nomor {i}") for i in range(1, 24)]
    path = mc.cards_sheet_pdf(cards, tmp_path / "lembar.pdf", compress=False)
    assert pdf_probe.page_count(path) == 3
    assert {(round(w, 2), round(h, 2)) for w, h in pdf_probe.page_sizes(path)} == {(595.28, 841.89)}
    for c in cards:
        assert pdf_probe.shows(path, c.name) and pdf_probe.shows(path, c.member_no)
    assert pdf_probe.shows(path, "Kartu anggota A00021 - A00023 · halaman 3 dari 3".replace("·", "\xb7"))
    assert pdf_probe.shows(path, "Cetak dengan skala 100% (bukan 'Sesuaikan halaman'); kartu 85,6 x 54 mm.")

    slots = mc.sheet_slots()
    assert len(slots) == 10 and slots == sorted(slots, key=lambda s: (-s[1], s[0]))  # reading order
    xs, ys = sorted({x for x, _ in slots}), sorted({y for _, y in slots})
    assert xs[0] == pytest.approx(19.4 * mm) and xs[-1] + mc.CARD_W == pytest.approx(mc.SHEET_W - 19.4 * mm)
    assert ys[0] == pytest.approx(13.5 * mm) and ys[-1] + mc.CARD_H == pytest.approx(mc.SHEET_H - 13.5 * mm)
    assert [b - a for a, b in pairwise(xs)] == [pytest.approx(mc.CARD_W)]  # butted: one cut serves two
    assert all(b - a == pytest.approx(mc.CARD_H) for a, b in pairwise(ys))
    # crop marks stay in the margins, clear of the cards and of the printer's unprintable 5 mm
    assert mc.MARK_GAP + mc.MARK_LEN <= 13.5 * mm - 5 * mm


def test_no_cards_is_a_programming_error(tmp_path):
    with pytest.raises(ValueError):
        mc.card_pdf([], tmp_path / "x.pdf")
    with pytest.raises(ValueError):
        mc.cards_sheet_pdf([], tmp_path / "x.pdf")
    assert not list(tmp_path.iterdir())


def paint(rects, scale: float = 8.0, quiet: float = 0.0) -> bytes:
    """The rectangles (points, origin bottom left) as a PNG at `scale` pixels a point,
    on white; `quiet` points of white added around them."""
    left = min(x for x, _, _, _ in rects) - quiet
    bottom = min(y for _, y, _, _ in rects) - quiet
    right = max(x + w for x, _, w, _ in rects) + quiet
    top = max(y + h for _, y, _, h in rects) + quiet
    img = Image.new("L", (round((right - left) * scale), round((top - bottom) * scale)), 255)
    draw = ImageDraw.Draw(img)
    for x, y, w, h in rects:
        draw.rectangle((round((x - left) * scale), round((top - y - h) * scale),
                        round((x + w - left) * scale) - 1, round((top - y) * scale) - 1), fill=0)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("no", ["A00001", "A00147", "KDMP-2026-000123", "agt/07"])
def test_the_qr_drawn_on_the_card_reads_back(no):
    c = card(no)
    rects = mc.qr_rects(c)
    n = len(mc.qr_matrix(c.qr_payload))
    module = mc.QR_SIZE / n
    # the card's own white around the code: 4 modules at least to the card's edges, the text and the red panel
    assert mc.QR_RIGHT >= 4 * module and mc.QR_BOTTOM >= 4 * module and mc.QR_GAP >= 4 * module
    assert mc.CARD_H - mc.SAFE - mc.PANEL_H - (mc.QR_BOTTOM + mc.QR_SIZE) >= 4 * module
    assert min(x for x, *_ in rects) == pytest.approx(mc.CARD_W - mc.QR_RIGHT - mc.QR_SIZE)
    assert max(x + w for x, _, w, _ in rects) == pytest.approx(mc.CARD_W - mc.QR_RIGHT)
    assert read_qr_payloads(paint(rects, quiet=4 * module)) == [f"KOPDES:{no}"]
    # about 1 mm a module for a short number: easy for a till's scanner
    assert module >= 0.85 * mm


def test_qr_drawn_from_the_pdf_rectangles_is_the_same_matrix():
    c = card("A00042")
    matrix = mc.qr_matrix(c.qr_payload)
    module = mc.QR_SIZE / len(matrix)
    left, top = mc.CARD_W - mc.QR_RIGHT - mc.QR_SIZE, mc.QR_BOTTOM + mc.QR_SIZE
    dark = set()
    for x, y, w, h in mc.qr_rects(c):
        row = round((top - y - h) / module)
        for col in range(round((x - left) / module), round((x + w - left) / module)):
            dark.add((row, col))
    assert dark == {(r, k) for r, line in enumerate(matrix) for k, v in enumerate(line) if v}


def test_the_pdf_fills_exactly_the_runs_of_the_matrix(tmp_path):
    """In the PDF the code is drawn in module units (row 0 on top): one `col row len 1 re`
    per run, after a transform that puts it where `qr_rects` says."""
    c = card("A00077")
    path = mc.card_pdf([c], tmp_path / "k.pdf", compress=False)
    drawn = pdf_probe.content(path)
    ops = re.findall(rb"(?<![\d.])(\d+) (\d+) (\d+) 1 re", drawn)
    runs = mc.qr_runs(mc.qr_matrix(c.qr_payload))
    assert sorted((int(r), int(col), int(n)) for col, r, n in ops) == sorted(runs)
    [(a, d, e, f)] = re.findall(rb"([\d.]+) 0 0 -([\d.]+) ([\d.]+) ([\d.]+) cm", drawn)
    module = mc.QR_SIZE / len(mc.qr_matrix(c.qr_payload))
    rects = mc.qr_rects(c)
    assert float(a) == pytest.approx(module, abs=1e-4) and float(d) == pytest.approx(module, abs=1e-4)
    assert float(e) == pytest.approx(min(x for x, *_ in rects), abs=1e-3)
    assert float(f) == pytest.approx(max(y + h for _, y, _, h in rects), abs=1e-3)


class RecordingCanvas(Canvas):
    """Notes every string drawn with the font and size in force."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.strings: list[tuple[float, float, float, str]] = []  # x, y, width, text

    def drawString(self, x, y, text, *a, **kw):  # noqa: N802
        space = kw.get("charSpace", 0)
        self.strings.append((x, y, stringWidth(text, self._fontname, self._fontsize) + space * len(text), text))
        return super().drawString(x, y, text, *a, **kw)


@pytest.mark.parametrize("name,coop", [
    ("Dewi", COOP.name), (LONG_NAME, COOP.name), (WIDE, COOP.name),
    ("Siti", "Koperasi Desa Merah Putih Sukamaju Sejahtera Bersama Kecamatan Cibeber Kabupaten Cianjur Jawa Barat"
             " Indonesia Raya"), ("x", "K" * 120)])
def test_long_names_shrink_or_wrap_and_never_leave_their_box(name, coop):
    c = RecordingCanvas(io.BytesIO(), pagesize=(mc.CARD_W, mc.CARD_H))
    mc.draw_card(c, card(name=name, coop=coop))
    qr_left = mc.CARD_W - mc.QR_RIGHT - mc.QR_SIZE
    panel_bottom = mc.CARD_H - mc.SAFE - mc.PANEL_H
    assert c.strings
    for x, y, width, text in c.strings:
        assert mc.SAFE <= x and x + width <= mc.CARD_W - mc.SAFE + 0.01, text
        assert mc.SAFE <= y <= mc.CARD_H - mc.SAFE, text
        if y < panel_bottom:  # the body: left of the code and its quiet zone
            assert x + width <= qr_left - mc.QR_GAP + 0.01, text
    body = [s for s in c.strings if s[1] < panel_bottom]
    name_lines = [s for s in body if s[3] not in ("Nama anggota", "No. anggota", "Anggota sejak", "A00001",
                                                  "23 Nov 2026") and "Merah Putih" not in s[3]]
    assert 1 <= len(name_lines) <= 2
    assert "".join(s[3] for s in name_lines).replace("…", "").replace(" ", "") in name.replace(" ", "")
    # the number row stays where it is, however long the name
    assert [s[1] for s in body if s[3] == "No. anggota"] == [pytest.approx(mc.NUMBER_TOP - 5.5 * 0.72)]
    assert min(s[1] for s in name_lines) > mc.NUMBER_TOP


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=150),
       st.floats(20, 300), st.integers(1, 3))
def test_fitted_text_is_never_wider_than_its_box(text, width, max_lines):
    size, lines = fit_text(text, "Helvetica-Bold", width, 12, 6, max_lines)
    assert 6 <= size <= 12 and 1 <= len(lines) <= max_lines
    assert all(stringWidth(line, "Helvetica-Bold", size) <= width + 1e-6 for line in lines)
    assert all(isinstance(line.encode("cp1252"), bytes) for line in lines)


def test_text_for_the_standard_fonts():
    assert pdf_text("Siti Kopé") == "Siti Kopé"
    assert pdf_text("Ṣiti Ḥasanah") == "Siti Hasanah"
    assert pdf_text("Warung 漢字 ☕") == "Warung ?? ?"
    size, lines = fit_text("Rina Marlina", "Helvetica-Bold", 200, 11.5, 7, 2)
    assert (size, lines) == (11.5, ["Rina Marlina"])


# ------------------------------------------------------------------ writing files

def test_a_missing_folder_or_a_folder_as_target_is_refused(tmp_path):
    with pytest.raises(DomainError, match="tidak ada") as e:
        mc.card_pdf([card()], tmp_path / "tidak-ada" / "k.pdf")
    assert e.value.code == "bad_path"
    with pytest.raises(DomainError, match="adalah folder"):
        mc.card_pdf([card()], tmp_path)
    assert not list(tmp_path.iterdir())


def test_a_failed_write_leaves_neither_the_file_nor_the_temporary(tmp_path):
    target = tmp_path / "k.pdf"
    target.write_bytes(b"old")

    def half(tmp: str) -> None:
        Path(tmp).write_bytes(b"%PDF-half")
        raise RuntimeError("power cut")
    with pytest.raises(RuntimeError):
        write_atomically(target, half)
    assert [p.name for p in tmp_path.iterdir()] == ["k.pdf"] and target.read_bytes() == b"old"

    def disk_full(tmp: str) -> None:
        Path(tmp).write_bytes(b"%PDF-")
        raise OSError(28, "No space left on device")
    with pytest.raises(DomainError, match="tidak bisa ditulis: No space left") as e:
        write_atomically(target, disk_full)
    assert e.value.code == "write_failed" and [p.name for p in tmp_path.iterdir()] == ["k.pdf"]


# ------------------------------------------------------------------ the statement

def test_period_bounds():
    assert period_bounds("2026-11") == (date(2026, 11, 1), date(2026, 11, 30))
    assert period_bounds(" 2024-02 ") == (date(2024, 2, 1), date(2024, 2, 29))
    assert period_bounds("2026-12") == (date(2026, 12, 1), date(2026, 12, 31))
    assert period_bounds("2026") == (date(2026, 1, 1), date(2026, 12, 31))
    for bad in ("2026-13", "2026-1", "11-2026", "nov", "", "0000", "2026-00"):
        with pytest.raises(DomainError, match="TTTT-BB") as e:
            period_bounds(bad)
        assert e.value.code == "bad_period"
    with pytest.raises(DomainError, match="sesudah"):
        check_range(date(2026, 11, 2), date(2026, 11, 1))
    assert period_label(*period_bounds("2026-11")) == "November 2026"
    assert period_label(*period_bounds("2026")) == "Tahun 2026"
    assert period_label(date(2026, 10, 5), date(2026, 11, 30)) == "5 Okt 2026 - 30 Nov 2026"


def line(d, no, kind, amount, balance, **kw) -> StatementLine:
    return StatementLine(d, no, kind, kw.pop("method", "tunai"), kw.pop("memo", ""), amount, balance, **kw)


def statement(sukarela_lines=(), *, name="Rina Marlina", status="aktif", exit_date=None, wajib_paid=40_000,
              pokok_owed=0) -> StatementData:
    rules = SavingsRules()
    d0, d1 = date(2026, 10, 1), date(2026, 11, 30)
    sections = (
        StatementSection("pokok", 100_000, ()),
        StatementSection("wajib", 20_000, (line(date(2026, 10, 5), "SS-20261005-0001", "setor", 20_000, 40_000,
                                                method="transfer"),)),
        StatementSection("sukarela", 500_000, tuple(sukarela_lines)),
    )
    member = StatementMember("A00151", name, "Kp. Sukamaju No. 4, RT 003/RW 005", date(2026, 9, 20), status,
                             {"aktif": "Aktif", "keluar": "Keluar"}[status], exit_date)
    return StatementData(COOP, member, d0, d1, sections,
                         wajib_status(date(2026, 9, 20), 2026, 11, wajib_paid, rules, until=exit_date), d1,
                         rules.wajib_rp, pokok_owed, datetime(2026, 11, 23, 3, 0, tzinfo=timezone.utc), zone("WIB"),
                         "Bambang Sutrisno (pengurus)")


def sukarela(n: int) -> list[StatementLine]:
    out, bal = [], 500_000
    for i in range(n):
        amount = 10_000 + i if i % 3 else -(5_000 + i)
        bal += amount
        out.append(line(date(2026, 10, 1 + i % 30), f"SS-2026100{i % 9}-{i:04d}", "setor" if amount > 0 else "tarik",
                        amount, bal, memo="hasil panen" if i == 1 else ""))
    return out


def test_statement_sections_add_up():
    data = statement(sukarela(7))
    s = data.section("sukarela")
    assert s.chained and s.closing_rp == s.opening_rp + s.in_rp - s.out_rp
    assert data.opening == {"pokok": 100_000, "wajib": 20_000, "sukarela": 500_000}
    assert data.closing["pokok"] == 100_000 and data.closing["wajib"] == 40_000
    assert data.closing_total_rp == sum(data.closing.values())
    broken = StatementSection("sukarela", 0, (line(date(2026, 10, 1), "SS-1", "setor", 5, 7),))
    assert not broken.chained
    assert data.section("wajib").lines[0].description == "Setoran (transfer)"
    assert line(date(2026, 10, 1), "BS-1", "koreksi", -5, 0, reverses_number="SS-1", memo="salah ketik"
                ).description == "Koreksi (pembalikan) SS-1: salah ketik"
    assert line(date(2026, 10, 1), "SS-1", "setor", 5, 5, reversed_by="BS-1").description == "Setoran [dibalik BS-1]"


def test_arrears_line():
    assert statement().arrears_text == ("Tunggakan simpanan wajib s.d. November 2026: 1 bulan, Rp20.000 "
                                        "(Rp20.000 per bulan).")
    assert statement(wajib_paid=60_000).arrears_text == "Simpanan wajib lunas s.d. November 2026."
    assert statement(wajib_paid=100_000).arrears_text == ("Simpanan wajib lunas s.d. November 2026, dibayar di muka "
                                                          "Rp40.000.")
    assert "Simpanan pokok belum lunas: kurang Rp50.000." in statement(pokok_owed=50_000).arrears_text
    gone = statement(status="keluar", exit_date=date(2026, 11, 10))
    assert gone.arrears_text == "Keanggotaan berakhir 10 Nov 2026 (keluar): tidak ada tunggakan simpanan."


def test_statement_pdf_one_page(tmp_path):
    data = statement(sukarela(3), name="Siti Kopé & <Budi>")
    path = statement_pdf(data, tmp_path / "rk.pdf", compress=False)
    assert pdf_probe.page_count(path) == 1
    assert {(round(w, 2), round(h, 2)) for w, h in pdf_probe.page_sizes(path)} == {(595.28, 841.89)}
    s = data.section("sukarela")
    for text in (COOP.name, "REKENING KORAN ANGGOTA", "Kartu Simpanan Anggota", "NIB 9120301234567",
                 "Periode 1 Okt 2026 - 30 Nov 2026", "A00151", "Aktif", "20 Sep 2026",
                 "Simpanan Pokok", "Simpanan Wajib", "Simpanan Sukarela", "Saldo awal periode", "Saldo akhir periode",
                 "Tidak ada mutasi pada periode ini.", "SS-20261005-0001", "Setoran (transfer)",
                 "Setoran: hasil panen", "Penarikan", f"Rp{s.closing_rp:,}".replace(",", "."), "Rp100.000",
                 "Rp40.000", data.arrears_text, "Bendahara,", "Sukamaju, 23 Nov 2026",
                 "Dicetak 23 Nov 2026 10:00 WIB oleh Bambang Sutrisno (pengurus) \xb7 Kopdes", "Halaman 1 dari 1"):
        assert pdf_probe.shows(path, text), text
    # markup characters in a name are printed as they are (a paragraph draws "<" as its own string)
    raw = pdf_probe.content(path)
    assert pdf_probe.pdf_string("Siti Kopé & <") in raw and b"&amp;" not in raw and b"&lt;" not in raw


def test_long_statement_runs_over_pages_with_numbers_and_repeated_heads(tmp_path):
    data = statement(sukarela(150))
    path = statement_pdf(data, tmp_path / "rk.pdf", compress=False)
    pages = pdf_probe.page_count(path)
    assert pages >= 4
    raw = pdf_probe.content(path)
    for i in range(1, pages + 1):
        assert pdf_probe.pdf_string(f"Halaman {i} dari {pages}") in raw
    assert raw.count(pdf_probe.pdf_string("Simpanan Sukarela (Rp)")) >= pages - 1  # the title repeats per page
    assert raw.count(pdf_probe.pdf_string("Kredit (masuk)")) >= pages
    assert raw.count(pdf_probe.pdf_string("A00151 \xb7 Rina Marlina \xb7 Rekening Koran Anggota periode")) == pages - 1
    for ln in data.section("sukarela").lines:
        assert pdf_probe.pdf_string(ln.number) in raw


def test_compressed_statement_is_smaller_and_says_the_same(tmp_path):
    data = statement(sukarela(40))
    small = statement_pdf(data, tmp_path / "a.pdf")
    big = statement_pdf(data, tmp_path / "b.pdf", compress=False)
    assert small.stat().st_size < big.stat().st_size
    assert pdf_probe.shows(small, "Rina Marlina") and pdf_probe.page_count(small) == pdf_probe.page_count(big)
