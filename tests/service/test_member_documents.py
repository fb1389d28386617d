"""Member cards and statements on a real database (SQLite, and PostgreSQL when
KOPDES_TEST_DATABASE_URL is set): the figures of the statement agree with the savings
sub-ledger over two months, the PDFs say what they should, and refusals write nothing.
Every read goes through a read-only unit (it cannot commit)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from app.documents import member_card
from app.domain.errors import DomainError, NotFound, PermissionDenied
from app.domain.fmt import rupiah
from app.domain.members import MemberForm
from app.services import member_documents as docs, member_registry, members, savings, savings_reports
from tests import pdf_probe

NIK_P = "3203014508900003"  # female, born 5 Aug 1990
NIK_L = "3203010508900004"  # male, born 5 Aug 1990


def register(ctx, actor, nik=NIK_P, name="Rina Marlina", **kw) -> str:
    form = MemberForm(name=name, nik=nik, birth_date=None, address="Kp. Sukamaju", birth_place="Cianjur", rt="3",
                      rw="5", desa="Sukamaju", phone="0812-3456-7890", **kw)
    return member_registry.register_member(ctx.uow(), actor, form).profile.member_no


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def out(tmp_path) -> Path:
    """An empty folder for the PDFs (tmp_path also holds the database)."""
    folder = tmp_path / "cetak"
    folder.mkdir()
    return folder


@pytest.fixture
def two_months(demo_ctx, login, clock):
    """A member who joins on 23 Nov 2026 and saves in November and December; the clock
    ends on 15 Dec 2026."""
    pengurus, bendahara = login("pengurus"), login("bendahara")
    no = register(demo_ctx, pengurus)  # pokok 100.000 at joining
    savings.deposit(demo_ctx.uow(), pengurus, no, "wajib", 20_000)
    savings.deposit(demo_ctx.uow(), pengurus, no, "sukarela", 500_000)
    clock.advance(days=3)  # 26 Nov
    savings.withdraw(demo_ctx.uow(), pengurus, no, "sukarela", 150_000, memo="biaya sekolah")
    clock.advance(days=7)  # 3 Dec
    dep = savings.deposit(demo_ctx.uow(), bendahara, no, "sukarela", 75_000, method="transfer", memo="hasil panen")
    savings.deposit(demo_ctx.uow(), bendahara, no, "sukarela", 40_000)
    clock.advance(days=5)  # 8 Dec
    savings.reverse(demo_ctx.uow(), bendahara, dep.move.number, "salah jumlah", pengurus)
    savings.withdraw(demo_ctx.uow(), pengurus, no, "sukarela", 25_000)
    clock.advance(days=7)  # 15 Dec
    return no


def test_statement_figures_follow_the_savings_over_two_months(demo_ctx, login, two_months):
    pengurus, no = login("pengurus"), two_months
    nov = docs.statement_data(demo_ctx.reader(), pengurus, no, *docs.period_bounds("2026-11"))
    dec = docs.statement_data(demo_ctx.reader(), pengurus, no, *docs.period_bounds("2026-12"))
    both = docs.statement_data(demo_ctx.reader(), pengurus, no, date(2026, 11, 1), date(2026, 12, 31))

    assert nov.opening == {"pokok": 0, "wajib": 0, "sukarela": 0}
    assert nov.closing == {"pokok": 100_000, "wajib": 20_000, "sukarela": 350_000}
    assert dec.opening == nov.closing  # December opens where November closed
    assert dec.closing == {"pokok": 100_000, "wajib": 20_000, "sukarela": 365_000}
    assert dec.closing == savings.balances(demo_ctx.reader(), pengurus, no) == both.closing
    assert both.opening == nov.opening

    for data in (nov, dec, both):
        for s in data.sections:
            assert s.chained  # each balance = the one before + the movement
            assert s.closing_rp == s.opening_rp + s.in_rp - s.out_rp

    sk = dec.section("sukarela")
    assert [(ln.day, ln.kind, ln.amount_rp, ln.balance_rp) for ln in sk.lines] == [
        (date(2026, 12, 3), "setor", 75_000, 425_000),
        (date(2026, 12, 3), "setor", 40_000, 465_000),
        (date(2026, 12, 8), "koreksi", -75_000, 390_000),
        (date(2026, 12, 8), "tarik", -25_000, 365_000)]
    assert (sk.in_rp, sk.out_rp) == (115_000, 100_000)
    dep, _, rev, _ = sk.lines
    assert dep.description == f"Setoran (transfer): hasil panen [dibalik {rev.number}]"
    assert rev.description == f"Koreksi (pembalikan) {dep.number} (transfer): salah jumlah"
    # the same movements, in the order recorded, as the savings service lists them
    listed = [m.number for m in reversed(savings.list_moves(demo_ctx.reader(), pengurus, no))]
    assert [ln.number for s in both.sections for ln in s.lines] == [
        n for t in ("pokok", "wajib", "sukarela") for n in listed
        if n in {ln.number for ln in both.section(t).lines}]
    assert len([ln for s in both.sections for ln in s.lines]) == len(listed)

    # wajib: November paid, December not yet; the same as the arrears list
    assert nov.arrears_text == "Simpanan wajib lunas s.d. November 2026."
    assert dec.arrears_text == "Tunggakan simpanan wajib s.d. Desember 2026: 1 bulan, Rp20.000 (Rp20.000 per bulan)."
    row = {r.member_no: r for r in savings_reports.arrears(demo_ctx.reader(), pengurus, "2026-12")}[no]
    assert (row.months_owed, row.wajib_owed_rp, row.pokok_owed_rp) == (dec.wajib.months_owed, dec.wajib.owed_rp, 0)

    assert dec.member.name == "Rina Marlina" and dec.member.status == "aktif"
    assert dec.member.address == "Kp. Sukamaju, RT 003/RW 005, Sukamaju"
    assert dec.cooperative.nib == "9120301234567"
    assert dec.printed_by == "Bambang Sutrisno (pengurus)"


def test_a_period_before_joining_or_without_movements(demo_ctx, login, two_months):
    pengurus, no = login("pengurus"), two_months
    oct_ = docs.statement_data(demo_ctx.reader(), pengurus, no, *docs.period_bounds("2026-10"))
    assert oct_.opening == oct_.closing == {"pokok": 0, "wajib": 0, "sukarela": 0}
    assert all(not s.lines for s in oct_.sections)
    jan = docs.statement_data(demo_ctx.reader(), pengurus, no, *docs.period_bounds("2027-01"))
    assert jan.opening == jan.closing == savings.balances(demo_ctx.reader(), pengurus, no)
    assert all(not s.lines for s in jan.sections)
    # a mid-month start: the opening is the balance after the last movement before it
    mid = docs.statement_data(demo_ctx.reader(), pengurus, no, date(2026, 11, 24), date(2026, 12, 3))
    assert mid.opening == {"pokok": 100_000, "wajib": 20_000, "sukarela": 500_000}
    assert mid.closing["sukarela"] == 465_000


def test_statement_pdf_says_who_and_the_closing_balances(demo_ctx, login, two_months, out):
    kasir, no = login("kasir"), two_months  # the till may hand a member the statement (member.view + print)
    path = docs.statement_pdf(demo_ctx.reader(), kasir, no, date(2026, 11, 1), date(2026, 12, 31),
                              out / "rk.pdf")
    assert path == out / "rk.pdf" and files(out) == ["rk.pdf"]
    pages = pdf_probe.page_count(path)
    for text in ("Koperasi Kelurahan Merah Putih Contoh", "REKENING KORAN ANGGOTA", "Rina Marlina", no,
                 "Rp100.000", "Rp20.000", "Rp365.000", "Rp485.000", "Saldo akhir periode", f"Halaman {pages} dari {pages}",
                 "Bendahara,", "Sukamaju, 15 Des 2026", "NIB 9120301234567",
                 "Dicetak 15 Des 2026 10:00 WIB oleh Siti Rahayu (kasir) \xb7 Kopdes"):
        assert pdf_probe.shows(path, text), text


def test_cards_one_at_card_size_several_on_a4_all_active_by_default(demo_ctx, login, two_months, out):
    pengurus, no = login("pengurus"), two_months
    other = register(demo_ctx, pengurus, nik=NIK_L, name="Budi Santoso")

    one = docs.member_cards_pdf(demo_ctx.reader(), pengurus, [no], out / "satu.pdf")
    assert (one.count, one.sheet, one.pages, one.path) == (1, False, 1, out / "satu.pdf")
    [(w, h)] = pdf_probe.page_sizes(one.path)
    assert (round(w, 1), round(h, 1)) == (242.6, 153.1)
    assert pdf_probe.shows(one.path, "Rina Marlina") and pdf_probe.shows(one.path, "23 Nov 2026")
    # what the card's QR says finds the member at the till
    found = members.find(demo_ctx.reader(), login("kasir"), member_card.qr_payload(no))
    assert found.member_no == no and found.name == "Rina Marlina"

    two = docs.member_cards_pdf(demo_ctx.reader(), pengurus, [other, no, other], out / "dua.pdf")
    assert (two.count, two.sheet, two.pages) == (2, True, 1)
    assert {(round(w), round(h)) for w, h in pdf_probe.page_sizes(two.path)} == {(595, 842)}
    assert pdf_probe.shows(two.path, f"Kartu anggota {other} - {no} \xb7 halaman 1 dari 1")

    forced = docs.member_cards_pdf(demo_ctx.reader(), pengurus, [no], out / "a4.pdf", sheet=True)
    assert (forced.sheet, pdf_probe.page_count(forced.path)) == (True, 1)
    printer = docs.member_cards_pdf(demo_ctx.reader(), pengurus, [no, other], out / "pvc.pdf", sheet=False)
    assert (printer.sheet, printer.pages, pdf_probe.page_count(printer.path)) == (False, 2, 2)

    # None: every active member, in number order; one who left is not printed
    member_registry.exit_member(demo_ctx.uow(), pengurus, other, "pindah ke kota")
    active = member_registry.count_members(demo_ctx.reader(), pengurus, status="aktif")
    everyone = docs.member_cards_pdf(demo_ctx.reader(), pengurus, None, out / "semua.pdf")
    assert everyone.count == active and everyone.count > 100  # the demo's members and ours
    assert pdf_probe.page_count(everyone.path) == everyone.pages == -(-active // 10)
    assert pdf_probe.shows(everyone.path, "Rina Marlina") and not pdf_probe.shows(everyone.path, "Budi Santoso")
    assert not list(out.glob(".*"))


def test_refusals_write_nothing(demo_ctx, login, two_months, out):
    pengurus, admin, no = login("pengurus"), login("admin"), two_months
    target = out / "x.pdf"

    with pytest.raises(NotFound, match="Anggota 'A99999' tidak ditemukan"):
        docs.member_cards_pdf(demo_ctx.reader(), pengurus, [no, "A99999"], target)
    with pytest.raises(NotFound, match="tidak ditemukan"):
        docs.statement_pdf(demo_ctx.reader(), pengurus, "A99999", date(2026, 11, 1), date(2026, 11, 30), target)
    with pytest.raises(NotFound):
        docs.statement_data(demo_ctx.reader(), pengurus, "A99999", date(2026, 11, 1), date(2026, 11, 30))
    # the admin sets up the system but does not see members (member.view)
    with pytest.raises(PermissionDenied, match="melihat anggota"):
        docs.member_cards_pdf(demo_ctx.reader(), admin, [no], target)
    with pytest.raises(PermissionDenied, match="melihat anggota"):
        docs.statement_pdf(demo_ctx.reader(), admin, no, date(2026, 11, 1), date(2026, 11, 30), target)
    with pytest.raises(DomainError, match="sesudah tanggal akhir") as e:
        docs.statement_pdf(demo_ctx.reader(), pengurus, no, date(2026, 12, 1), date(2026, 11, 30), target)
    assert e.value.code == "bad_period"
    with pytest.raises(DomainError, match="TTTT-BB"):
        docs.period_bounds("12/2026")
    with pytest.raises(DomainError, match="paling sedikit satu anggota"):
        docs.member_cards_pdf(demo_ctx.reader(), pengurus, [" "], target)
    with pytest.raises(DomainError, match="Folder .* tidak ada") as e:
        docs.member_cards_pdf(demo_ctx.reader(), pengurus, [no], out / "tidak-ada" / "k.pdf")
    assert e.value.code == "bad_path"
    other = register(demo_ctx, pengurus, nik=NIK_L, name="Budi Santoso")
    member_registry.exit_member(demo_ctx.uow(), pengurus, other, "pindah ke kota")
    with pytest.raises(DomainError, match="sudah tercatat keluar: kartunya tidak dicetak") as e:
        docs.member_cards_pdf(demo_ctx.reader(), pengurus, [no, other], target)
    assert e.value.code == "member_not_active"
    assert files(out) == []


def test_statement_of_a_member_who_left(demo_ctx, login, two_months, clock):
    pengurus, no = login("pengurus"), two_months
    member_registry.exit_member(demo_ctx.uow(), pengurus, no, "pindah ke kota")  # 15 Dec
    dec = docs.statement_data(demo_ctx.reader(), pengurus, no, *docs.period_bounds("2026-12"))
    assert dec.closing == {"pokok": 0, "wajib": 0, "sukarela": 0}
    assert [ln.kind for ln in dec.section("pokok").lines] == ["keluar"]
    assert dec.member.status_label == "Keluar" and dec.member.exit_date == date(2026, 12, 15)
    assert dec.arrears_text == "Keanggotaan berakhir 15 Des 2026 (keluar): tidak ada tunggakan simpanan."
    # November, when the member was still in, reads as it did
    nov = docs.statement_data(demo_ctx.reader(), pengurus, no, *docs.period_bounds("2026-11"))
    assert nov.closing["sukarela"] == 350_000 and nov.arrears_text == "Simpanan wajib lunas s.d. November 2026."
    clock.advance(days=1)
    assert docs.statement_data(demo_ctx.reader(), pengurus, no, date(2026, 12, 16), date(2026, 12, 16)).closing == \
        dec.closing


def test_a_member_who_joined_without_paying_pokok(demo_ctx, login, clock):
    pengurus = login("pengurus")
    clock.now -= timedelta(days=1)
    no = member_registry.register_member(demo_ctx.uow(), pengurus, MemberForm(
        name="Budi Santoso", nik=NIK_L, birth_date=None, address="Kp. Sukamaju"), pokok_method=None).profile.member_no
    data = docs.statement_data(demo_ctx.reader(), pengurus, no, *docs.period_bounds("2026-11"))
    assert data.pokok_owed_rp == 100_000 and data.closing == {"pokok": 0, "wajib": 0, "sukarela": 0}
    assert data.arrears_text == ("Tunggakan simpanan wajib s.d. November 2026: 1 bulan, Rp20.000 (Rp20.000 per "
                                 "bulan). Simpanan pokok belum lunas: kurang Rp100.000.")
    assert rupiah(100_000) in data.arrears_text
