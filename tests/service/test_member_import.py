"""Importing an existing cooperative's member register (CSV/XLSX) with opening savings:
all or nothing, a per-row report, one opening journal against 3199, never the same file
twice, and the books still agreeing."""

from datetime import date, datetime
from uuid import uuid4

import openpyxl
import pytest
from sqlalchemy import func, select

from app.domain.errors import DomainError, PermissionDenied
from app.services import checks, ledger, member_import, member_registry, savings
from app.store.models import AuditRow, JournalRow
from app.store.models_savings import SavingsMoveRow
from app.store.models_shop import MemberRow

HEADER = ["No Anggota", "Nama", "NIK", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin", "Alamat", "RT", "RW",
          "Dusun", "Desa", "No HP", "Pekerjaan", "Tanggal Masuk", "Saldo Pokok", "Saldo Wajib", "Saldo Sukarela"]


def nik(born: date, female: bool, serial: int) -> str:
    return f"320301{born.day + (40 if female else 0):02d}{born:%m%y}{serial:04d}"


def csv_file(path, rows, *, header=HEADER, sep=";", bom=True):
    text = "\n".join(sep.join(str(c) for c in row) for row in [header, *rows]) + "\n"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def xlsx_file(path, rows, *, header=HEADER):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


GOOD_CSV = [
    ["KSP-001", "Ujang Sutisna", nik(date(1975, 3, 14), False, 11), "Cianjur", "14-03-1975", "L", "Kp. Babakan",
     "2", "4", "Babakan", "Sukamaju", "0812 1111 2222", "Petani", "2024-01-15", "Rp100.000", "1.250.000",
     "Rp 500.000,-"],
    ["KSP-002", "Enok Rukmini", nik(date(1982, 11, 2), True, 12), "Cianjur", "02/11/1982", "P", "Kp. Babakan",
     "002", "004", "Babakan", "Sukamaju", "+6285722223333", "Pedagang", "15/01/2024", "100000", "1250000", ""],
    ["", "Jajang Nurjaman", nik(date(1990, 7, 1), False, 13), "", "1990-07-01", "", "Kp. Cibodas", "5", "1", "",
     "Sukamaju", "", "Buruh", "01-06-2025", "50.000", "", "0"],
]


def counts(ctx):
    with ctx.reader() as uow:
        s = uow.session
        return (s.scalar(select(func.count(MemberRow.id))), s.scalar(select(func.count(JournalRow.id))),
                s.scalar(select(func.count(SavingsMoveRow.id))), s.scalar(select(func.count(AuditRow.seq))))


def books_agree(ctx, login):
    report = checks.run_checks(ctx.reader())
    assert report.ok, [c for c in report.checks if not c.ok]
    tb = ledger.trial_balance(ctx.reader(), login("bendahara"))
    assert tb.total_debit_rp == tb.total_credit_rp


def test_a_good_csv_registers_members_with_opening_savings(demo_ctx, login, tmp_path):
    pengurus = login("pengurus")
    before_totals = savings.totals(demo_ctx.reader(), pengurus)
    path = csv_file(tmp_path / "anggota lama.csv", GOOD_CSV)
    r = member_import.import_members(demo_ctx.uow(), pengurus, path)
    assert r.members == 3 and r.first_member_no == "KSP-001" and not r.replayed
    assert r.totals_rp == {"pokok": 250_000, "wajib": 2_500_000, "sukarela": 500_000}
    assert r.journal_number.startswith("SA-20261123-") and "3199" in r.message and "Bendahara" in r.message
    assert member_import.describe(r) == r.message

    ujang = member_registry.get_profile(demo_ctx.reader(), pengurus, "KSP-001")
    assert (ujang.name, ujang.gender, ujang.birth_date, ujang.join_date) == (
        "Ujang Sutisna", "L", date(1975, 3, 14), date(2024, 1, 15))
    assert (ujang.rt, ujang.rw, ujang.phone, ujang.dusun, ujang.occupation) == (
        "002", "004", "081211112222", "Babakan", "Petani")
    assert ujang.balances == {"pokok": 100_000, "wajib": 1_250_000, "sukarela": 500_000}
    enok = member_registry.get_profile(demo_ctx.reader(), pengurus, "KSP-002")
    assert enok.gender == "P" and enok.phone == "085722223333" and enok.join_date == date(2024, 1, 15)
    # The third row had no number: it gets one from the pattern, after the demo's members.
    jajang = [m for m in member_registry.list_members(demo_ctx.reader(), pengurus, text="Jajang Nurjaman")]
    assert len(jajang) == 1 and jajang[0].member_no.startswith("A") and jajang[0].pokok_rp == 50_000
    profile = member_registry.get_profile(demo_ctx.reader(), pengurus, jajang[0].member_no)
    assert profile.pokok_due_rp == 50_000  # the rest of the pokok is still owed

    moves = savings.list_moves(demo_ctx.reader(), pengurus, "KSP-001")
    assert {(m.kind, m.method, m.type, m.amount_rp, m.number) for m in moves} == {
        ("saldo_awal", None, "pokok", 100_000, r.journal_number), ("saldo_awal", None, "wajib", 1_250_000,
                                                                   r.journal_number),
        ("saldo_awal", None, "sukarela", 500_000, r.journal_number)}
    j = ledger.get_journal(demo_ctx.reader(), login("bendahara"), r.journal_number)
    assert {(l.account, l.debit_rp, l.credit_rp) for l in j.lines} == {
        ("3199", 3_250_000, 0), ("3101", 0, 250_000), ("3102", 0, 2_500_000), ("2102", 0, 500_000)}
    after_totals = savings.totals(demo_ctx.reader(), pengurus)
    assert {t: after_totals[t] - before_totals[t] for t in after_totals} == r.totals_rp
    with demo_ctx.reader() as uow:
        rows = uow.session.execute(select(AuditRow.entity, AuditRow.detail)
                                   .where(AuditRow.action == "member.import")).all()
    assert len(rows) == 1 and rows[0].entity == "anggota lama.csv" and '"members":3' in rows[0].detail
    books_agree(demo_ctx, login)


def test_a_good_xlsx_with_date_cells_and_number_cells(demo_ctx, login, tmp_path):
    pengurus = login("pengurus")
    rows = [
        [None, "Dadan Ramdani", nik(date(1968, 5, 20), False, 21), "Sukabumi", datetime(1968, 5, 20), "l",
         "Kp. Pasir", 3, 7, "Pasir", "Sukamaju", 81299998888, "Nelayan", datetime(2025, 9, 1), 100_000, 240_000,
         75_000.0],
        [None, "Imas Masitoh", nik(date(2001, 12, 31), True, 22), "Cianjur", None, "Perempuan", "Kp. Pasir", "3",
         "7", "Pasir", "Sukamaju", "6287711112222", "Ibu rumah tangga", date(2025, 10, 5), "100.000", 0, None],
    ]
    r = member_import.import_members(demo_ctx.uow(), pengurus, xlsx_file(tmp_path / "anggota.xlsx", rows))
    assert r.members == 2 and r.totals_rp == {"pokok": 200_000, "wajib": 240_000, "sukarela": 75_000}
    dadan = member_registry.get_profile(demo_ctx.reader(), pengurus, r.first_member_no)
    assert dadan.phone == "081299998888" and dadan.rt == "003" and dadan.join_date == date(2025, 9, 1)
    imas = member_registry.get_profile(demo_ctx.reader(), pengurus, r.last_member_no)
    assert imas.birth_date == date(2001, 12, 31) and imas.gender == "P"  # the birth date taken from the NIK
    books_agree(demo_ctx, login)


def test_members_without_balances_post_no_journal(demo_ctx, login, tmp_path):
    pengurus = login("pengurus")
    before = counts(demo_ctx)
    path = csv_file(tmp_path / "tanpa saldo.csv", [r[:14] for r in GOOD_CSV], header=HEADER[:14], sep=",",
                    bom=False)
    r = member_import.import_members(demo_ctx.uow(), pengurus, path)
    assert r.journal_number is None and r.total_rp == 0 and "tidak ada jurnal" in r.message
    after = counts(demo_ctx)
    assert (after[0] - before[0], after[1] - before[1], after[2] - before[2]) == (3, 0, 0)
    books_agree(demo_ctx, login)


def test_every_bad_row_is_reported_and_nothing_is_written(demo_ctx, login, tmp_path):
    pengurus = login("pengurus")
    ok = GOOD_CSV[0]
    rows = [
        ok,
        ["CONTOH", *ok[1:]],  # the template's example left in
        ["", "Asih", "3203011234", "", "", "P", "Kp. A", "", "", "", "", "", "", "2025-01-01", "", "", ""],
        ["", "Bad Money", nik(date(1980, 1, 1), False, 31), "", "", "", "Kp. A", "", "", "", "", "", "",
         "2025-01-01", "1250,50", "-20.000", "12.50"],
        ["", "Tanggal Salah", nik(date(1980, 1, 2), False, 32), "", "03-01-1980", "L", "Kp. A", "", "", "", "", "",
         "", "2025/13/01", "", "", ""],
        ["", "Pokok Lebih", nik(date(1980, 1, 4), True, 33), "", "", "L", "Kp. A", "", "", "", "", "12345", "",
         "2025-01-01", "150.000", "", ""],
        ["KSP-001", "Ujang Kembar", ok[2], "", "", "", "Kp. A", "", "", "", "", "", "", "2025-01-01", "", "", ""],
        ["", "", nik(date(1980, 1, 5), False, 34), "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    ]
    path = csv_file(tmp_path / "salah.csv", rows)
    before = counts(demo_ctx)
    with pytest.raises(DomainError) as e:
        member_import.import_members(demo_ctx.uow(), pengurus, path)
    assert e.value.code == "import_refused" and "7 dari 8 baris" in e.value.message
    d = {line.split(":")[0].split(" (")[0]: line for line in e.value.details}
    assert set(d) == {"Baris 3", "Baris 4", "Baris 5", "Baris 6", "Baris 7", "Baris 8", "Baris 9"}
    assert "baris contoh" in d["Baris 3"]
    assert "NIK harus 16 angka" in d["Baris 4"]
    assert "saldo_pokok '1250,50' harus rupiah bulat tanpa sen" in d["Baris 5"]
    assert "saldo_wajib '-20.000' tidak boleh negatif" in d["Baris 5"] and "saldo_sukarela '12.50'" in d["Baris 5"]
    assert "Tanggal lahir 03-01-1980 tidak cocok dengan NIK" in d["Baris 6"]
    assert "tanggal_masuk '2025/13/01': tanggal itu tidak ada" in d["Baris 6"]
    assert "melebihi simpanan pokok" in d["Baris 7"] and "Jenis kelamin laki-laki tidak cocok" in d["Baris 7"]
    assert "Nomor HP" in d["Baris 7"]
    assert "no_anggota KSP-001 sudah ada di baris 2" in d["Baris 8"] and "sudah ada di baris 2" in d["Baris 8"]
    assert "Nama wajib" in d["Baris 9"] and "Alamat wajib" in d["Baris 9"] and "tanggal_masuk wajib" in d["Baris 9"]
    assert counts(demo_ctx) == before


def test_nik_or_number_already_registered_refuses_the_file(demo_ctx, login, tmp_path):
    pengurus = login("pengurus")
    existing = member_registry.get_profile(demo_ctx.reader(), pengurus, "A00001")
    assert existing.nik  # the demo's members are registered with their NIK
    rows = [[*GOOD_CSV[0][:2], existing.nik, "", "", "", "Kp. A", *[""] * 6, "2025-01-01", "", "", ""],
            ["A00002", *GOOD_CSV[1][1:]]]
    before = counts(demo_ctx)
    with pytest.raises(DomainError) as e:
        member_import.import_members(demo_ctx.uow(), pengurus, csv_file(tmp_path / "dup.csv", rows))
    text = "\n".join(e.value.details)
    assert f"NIK 3203********{existing.nik[-4:]} sudah terdaftar atas anggota A00001 ({existing.name})" in text
    assert existing.nik not in str(e.value)  # the report never shows a whole NIK
    assert "no_anggota A00002 sudah dipakai" in text
    assert counts(demo_ctx) == before


def test_the_same_file_twice_is_refused_and_a_replayed_uuid_gives_the_first_result(demo_ctx, login, tmp_path,
                                                                                    clock):
    pengurus = login("pengurus")
    path = csv_file(tmp_path / "anggota.csv", GOOD_CSV)
    u = uuid4()
    first = member_import.import_members(demo_ctx.uow(), pengurus, path, uuid=u)
    before = counts(demo_ctx)
    clock.advance(hours=2)
    again = member_import.import_members(demo_ctx.uow(), pengurus, path, uuid=u)
    assert again.replayed and (again.journal_number, again.members, again.totals_rp, again.imported_at) == (
        first.journal_number, first.members, first.totals_rp, first.imported_at)
    copy = tmp_path / "salinan.csv"
    copy.write_bytes(path.read_bytes())
    with pytest.raises(DomainError) as e:
        member_import.import_members(demo_ctx.uow(), pengurus, copy)
    assert e.value.code == "already_imported" and "23-11-2026 10:00" in e.value.message
    assert "anggota.csv" in e.value.message
    other = csv_file(tmp_path / "lain.csv", GOOD_CSV[2:])
    with pytest.raises(DomainError, match="UUID"):
        member_import.import_members(demo_ctx.uow(), pengurus, other, uuid=u)
    assert counts(demo_ctx) == before


def test_files_that_cannot_be_read_are_refused_cleanly(demo_ctx, login, tmp_path):
    pengurus = login("pengurus")
    before = counts(demo_ctx)
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 100)
    not_xlsx = tmp_path / "lama.xlsx"
    not_xlsx.write_bytes(b"\xd0\xcf\x11\xe0 an old .xls file")
    empty = tmp_path / "kosong.csv"
    empty.write_bytes(b"")
    header_only = csv_file(tmp_path / "judul.csv", [])
    txt = tmp_path / "anggota.txt"
    txt.write_text("nama;nik\n")
    cases = [(broken, "rusak"), (not_xlsx, "bukan XLSX"), (empty, "kosong"), (header_only, "satu baris anggota"),
             (txt, ".csv atau .xlsx"), (tmp_path / "tidak ada.csv", "tidak ditemukan"),
             (csv_file(tmp_path / "kurang.csv", [["Asep", "Kp. A"]], header=["nama", "alamat"]),
              "Kolom wajib tidak ada: nik, tanggal_masuk"),
             (csv_file(tmp_path / "asing.csv", [["Asep"] * 5], header=["nama", "nik", "alamat", "tanggal_masuk",
                                                                         "saldo_wjib"]),
              "Kolom tidak dikenal: 'saldo_wjib'")]
    for path, words in cases:
        with pytest.raises(DomainError) as e:
            member_import.import_members(demo_ctx.uow(), pengurus, path)
        assert words in str(e.value), (path, str(e.value))
        assert not isinstance(e.value.__cause__, Exception)  # a message, no traceback behind it
    assert counts(demo_ctx) == before


def test_too_many_rows_are_refused(demo_ctx, login, tmp_path):
    rows = [[f"Anggota {i}", nik(date(1980, 1, 1), False, 1), "Kp. A", "2025-01-01"]
            for i in range(member_import.MAX_ROWS + 1)]
    path = csv_file(tmp_path / "besar.csv", rows, header=["nama", "nik", "alamat", "tanggal_masuk"])
    with pytest.raises(DomainError, match="lebih dari 20.000 baris"):
        member_import.import_members(demo_ctx.uow(), login("pengurus"), path)


def test_import_needs_members_and_savings_permissions(demo_ctx, login, tmp_path):
    path = csv_file(tmp_path / "anggota.csv", GOOD_CSV)
    for user in ("kasir", "bendahara", "pengawas"):
        with pytest.raises(PermissionDenied):
            member_import.import_members(demo_ctx.uow(), login(user), path)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_template_explains_itself_and_imports_once_the_example_is_replaced(demo_ctx, login, tmp_path, suffix):
    pengurus = login("pengurus")
    path = member_import.member_template(tmp_path / f"templat{suffix}")
    with pytest.raises(DomainError) as e:  # the example row as it is: refused, and said why
        member_import.import_members(demo_ctx.uow(), pengurus, path)
    assert "baris contoh" in e.value.details[0]
    if suffix == ".xlsx":
        wb = openpyxl.load_workbook(path)
        assert wb.sheetnames == ["Anggota", "Petunjuk"]
        assert [c.value for c in wb["Anggota"][1]] == list(member_import.COLUMNS)
        guide = [row[0] for row in wb["Petunjuk"].iter_rows(values_only=True)]
        assert set(member_import.COLUMNS) <= set(guide)
        wb["Anggota"]["A2"] = None  # the pengurus types a real member over the example
        wb.save(path)
    else:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        assert lines[0] == ",".join(member_import.COLUMNS) and lines[1].startswith("CONTOH,")
        path.write_text("\n".join([lines[0], lines[1].removeprefix("CONTOH")]), encoding="utf-8")
    r = member_import.import_members(demo_ctx.uow(), pengurus, path)
    assert r.members == 1 and r.totals_rp == {"pokok": 100_000, "wajib": 300_000, "sukarela": 250_000}
    p = member_registry.get_profile(demo_ctx.reader(), pengurus, r.first_member_no)
    assert (p.nik, p.birth_date, p.join_date, p.rt, p.phone) == ("3203014508900003", date(1990, 8, 5),
                                                                  date(2025, 8, 1), "003", "081234567890")
    books_agree(demo_ctx, login)


def test_template_refuses_other_file_kinds(tmp_path):
    with pytest.raises(DomainError, match=".csv atau .xlsx"):
        member_import.member_template(tmp_path / "templat.ods")
    with pytest.raises(DomainError, match="tidak ada"):
        member_import.member_template(tmp_path / "tidak" / "templat.xlsx")


def test_two_tills_importing_the_same_file_at_once_import_it_once(demo_ctx, login, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    pengurus = login("pengurus")
    path = csv_file(tmp_path / "anggota.csv", GOOD_CSV)
    before = counts(demo_ctx)

    def attempt(_):
        try:
            return member_import.import_members(demo_ctx.uow(), pengurus, path)
        except DomainError as e:
            return e.code

    with ThreadPoolExecutor(2) as pool:
        outcomes = list(pool.map(attempt, range(2)))
    assert sorted(o if isinstance(o, str) else "ok" for o in outcomes) == ["already_imported", "ok"]
    assert counts(demo_ctx)[0] == before[0] + 3
    books_agree(demo_ctx, login)


def test_a_nik_that_excel_stored_as_a_number(demo_ctx, login, tmp_path):
    """Excel keeps 15 significant digits: a NIK typed as a number may have lost its last
    digit (it then ends in 0). Such a cell is refused; a number that cannot have lost one is read."""
    pengurus = login("pengurus")
    header = ["nama", "nik", "alamat", "tanggal_masuk"]
    truncated = int(nik(date(1975, 3, 14), False, 10))
    whole = int(nik(date(1976, 3, 14), False, 11))
    with pytest.raises(DomainError) as e:
        member_import.import_members(demo_ctx.uow(), pengurus, xlsx_file(
            tmp_path / "angka.xlsx", [["Ujang", truncated, "Kp. A", date(2025, 1, 1)]], header=header))
    assert "Format kolom nik sebagai Teks" in e.value.details[0] and str(truncated) not in str(e.value)
    r = member_import.import_members(demo_ctx.uow(), pengurus, xlsx_file(
        tmp_path / "utuh.xlsx", [["Ujang", whole, "Kp. A", date(2025, 1, 1)]], header=header))
    assert member_registry.get_profile(demo_ctx.reader(), pengurus, r.first_member_no).nik == str(whole)
