"""kopdes member … and kopdes savings …: JSON shapes, amounts, refusals (exit 2, nothing
written), the approver's PIN, imports, cards and statements."""

from datetime import timedelta

import pytest

pytestmark = pytest.mark.sqlite_only

NIK_P = "3203014508900003"  # female, born 5 Aug 1990
NIK_L = "3203010508900004"  # male, born 5 Aug 1990
IMPORT_UUID = "5d0b7f7e-3c1a-4a7e-9a55-0c2f3e4d5a61"
PROFILE_KEYS = ["member_no", "name", "nik_masked", "status", "join_date", "exit_date", "exit_reason", "gender",
                "birth_place", "birth_date", "address", "rt", "rw", "dusun", "desa", "phone", "occupation",
                "has_photo", "savings", "savings_total_rp", "arrears", "purchases_year_rp", "purchases_year_count",
                "kasbon_rp"]
ARREARS_KEYS = {"wajib_months_due", "wajib_months_paid", "wajib_months_owed", "wajib_owed_rp", "wajib_advance_rp",
                "pokok_due_rp"}
MOVE_KEYS = {"number", "member_no", "member_name", "type", "kind", "method", "amount_rp", "balance_after_rp",
             "business_date", "at", "user", "memo", "reverses_number", "reversed_by"}
LIST_KEYS = {"member_no", "name", "status", "join_date", "address", "phone", "pokok_rp", "wajib_rp", "sukarela_rp",
             "total_rp"}
ROW_KEYS = {"member_no", "name", "phone", "join_date", "months_due", "months_paid", "months_owed", "wajib_owed_rp",
            "pokok_owed_rp", "total_owed_rp"}


def refused(result, *words):
    code, out, err = result
    assert code == 2 and out == "", (code, out, err)
    for word in words:
        assert word in err, err
    return err


def add(cli, *extra, nik=NIK_P, name="Rina Marlina", user="pengurus"):
    return cli.json("member", "add", "--user", user, "--nik", nik, "--name", name, "--birth-date", "1990-08-05",
                    "--address", "Kp. Sukamaju", "--birth-place", "Cianjur", "--rt", "3", "--rw", "5",
                    "--desa", "Sukamaju", "--phone", "0812-3456-7890", "--occupation", "Petani", *extra)


def state(cli, no):
    """What a refused command must leave as it was."""
    return cli.json("member", "show", no), cli.json("savings", "moves", no)


def bal(profile):
    return {s["type"]: s["balance_rp"] for s in profile["savings"]}


# ---------------------------------------------------------------- the member's life

def test_add_show_deposit_withdraw_arrears_exit_list(cli):
    got = add(cli)
    assert list(got) == [*PROFILE_KEYS, "pokok_doc", "print_job_id"]
    no = got["member_no"]
    assert no.startswith("A") and got["name"] == "Rina Marlina" and got["status"] == "aktif"
    assert got["nik_masked"] == "3203********0003" and got["join_date"] == "2026-11-23"
    assert (got["gender"], got["birth_date"], got["rt"], got["rw"], got["phone"]) == (
        "P", "1990-08-05", "003", "005", "081234567890")
    assert got["savings"] == [{"type": "pokok", "balance_rp": 100_000}, {"type": "wajib", "balance_rp": 0},
                              {"type": "sukarela", "balance_rp": 0}]
    assert got["pokok_doc"].startswith("SS-") and got["print_job_id"] is None

    shown = cli.json("member", "show", no)
    assert list(shown) == PROFILE_KEYS and set(shown["arrears"]) == ARREARS_KEYS
    assert shown["arrears"] == {"wajib_months_due": 1, "wajib_months_paid": 0, "wajib_months_owed": 1,
                                     "wajib_owed_rp": 20_000, "wajib_advance_rp": 0, "pokok_due_rp": 0}
    assert (shown["purchases_year_rp"], shown["purchases_year_count"], shown["kasbon_rp"]) == (0, 0, 0)
    code, out, err = cli("member", "show", no.lower())
    assert code == 0, err
    assert "Rina Marlina" in out and "3203********0003" in out and "Rp100.000" in out and "wajib 1 bulan" in out
    for text in (out, str(shown), str(got)):
        assert NIK_P not in text

    dep = cli.json("savings", "deposit", no, "sukarela", "Rp250.000", "--user", "bendahara", "--memo", "tabungan")
    assert set(dep) == MOVE_KEYS | {"balances", "print_job_id"}
    assert dep["number"].startswith("SS-") and dep["amount_rp"] == 250_000 and dep["balance_after_rp"] == 250_000
    assert dep["balances"] == {"pokok": 100_000, "wajib": 0, "sukarela": 250_000}
    assert (dep["kind"], dep["method"], dep["memo"], dep["user"]) == ("setor", "tunai", "tabungan", "bendahara")
    code, out, err = cli("savings", "deposit", no, "wajib", "40.000", "--method", "transfer", "--user", "bendahara")
    assert code == 0, err
    assert "Rp40.000" in out and "transfer" in out and "sukarela Rp250.000" in out

    before = state(cli, no)
    err = refused(cli("savings", "withdraw", no, "sukarela", "250001", "--user", "bendahara", "--json"),
                  "paling banyak bisa diambil Rp250.000")
    assert "Traceback" not in err
    refused(cli("savings", "withdraw", no, "wajib", "10000", "--user", "bendahara"), "saat keluar")
    refused(cli("savings", "deposit", no, "pokok", "1", "--user", "bendahara"), "sisa yang boleh disetor Rp0")
    refused(cli("savings", "deposit", no, "tabungan", "1000", "--user", "bendahara"), "pokok, wajib, atau sukarela")
    assert state(cli, no) == before

    w = cli.json("savings", "withdraw", no, "sukarela", "100000", "--user", "bendahara")
    assert w["number"].startswith("TS-") and w["amount_rp"] == -100_000 and w["balance_after_rp"] == 150_000
    assert w["balances"] == {"pokok": 100_000, "wajib": 40_000, "sukarela": 150_000}

    moves = cli.json("savings", "moves", no)
    assert [m["number"] for m in moves][0] == w["number"] and len(moves) == 4
    assert all(set(m) == MOVE_KEYS for m in moves)
    assert [m["type"] for m in cli.json("savings", "moves", no, "--type", "wajib")] == ["wajib"]

    # Joined in November, paid Nov (and Dec in advance): owes nothing this month.
    rows = cli.json("savings", "arrears", "--month", "2026-11")
    assert all(set(r) == ROW_KEYS for r in rows) and no not in {r["member_no"] for r in rows}
    assert rows == sorted(rows, key=lambda r: (-r["total_owed_rp"], r["member_no"]))
    assert cli.json("savings", "arrears") == rows  # this month by default
    late = add(cli, "--join-date", "2026-08-10", "--pokok", "belum", nik=NIK_L, name="Budi Santoso")
    assert late["pokok_doc"] is None and late["arrears"]["pokok_due_rp"] == 100_000
    owed = {r["member_no"]: r for r in cli.json("savings", "arrears", "--month", "2026-11")}[late["member_no"]]
    assert owed == {"member_no": late["member_no"], "name": "Budi Santoso", "phone": "081234567890",
                    "join_date": "2026-08-10", "months_due": 4, "months_paid": 0, "months_owed": 4,
                    "wajib_owed_rp": 80_000, "pokok_owed_rp": 100_000, "total_owed_rp": 180_000}
    code, out, _ = cli("savings", "arrears", "--month", "2026-11")
    assert code == 0 and "Budi Santoso" in out and "Rp180.000" in out
    assert late["member_no"] not in {r["member_no"] for r in cli.json("savings", "arrears", "--month", "2026-07")}
    refused(cli("savings", "arrears", "--month", "11/2026"), "YYYY-MM")

    refused(cli("member", "exit", no, "--reason", "pindah", "--user", "bendahara"), "tidak berwenang")
    refused(cli("member", "exit", no, "--reason", "pindah", "--date", "2026-13-01", "--user", "pengurus"), "TTTT-BB-HH")
    refused(cli("member", "exit", no, "--reason", "  ", "--user", "pengurus"), "alasan")
    out_ = cli.json("member", "exit", no, "--reason", "pindah ke kota", "--method", "transfer", "--user", "pengurus")
    assert list(out_) == [*PROFILE_KEYS, "journal_number", "paid_out", "paid_out_total_rp", "print_job_id"]
    assert out_["status"] == "keluar" and out_["exit_reason"] == "pindah ke kota" and out_["exit_date"] == "2026-11-23"
    assert out_["paid_out"] == {"pokok": 100_000, "wajib": 40_000, "sukarela": 150_000}
    assert out_["paid_out_total_rp"] == 290_000 and out_["journal_number"].startswith("KA-")
    assert bal(out_) == {"pokok": 0, "wajib": 0, "sukarela": 0}
    refused(cli("member", "exit", no, "--reason", "lagi", "--user", "pengurus"), "sudah tercatat")
    refused(cli("savings", "deposit", no, "sukarela", "1000", "--user", "bendahara"), "tidak aktif")

    listed = cli.json("member", "list")
    assert all(set(r) == LIST_KEYS for r in listed) and len(listed) >= 22
    assert [r["member_no"] for r in listed] == sorted(r["member_no"] for r in listed)
    mine = {r["member_no"]: r for r in listed}
    assert mine[no]["status"] == "keluar" and mine[no]["total_rp"] == 0
    assert (mine[late["member_no"]]["pokok_rp"], mine[late["member_no"]]["total_rp"]) == (0, 0)
    gone = cli.json("member", "list", "--status", "keluar")
    assert no in {r["member_no"] for r in gone} and {r["status"] for r in gone} == {"keluar"}
    assert [r["member_no"] for r in cli.json("member", "list", "--search", "budi santoso")] == [late["member_no"]]
    code, out, _ = cli("member", "list", "--search", "rina marlina")
    assert code == 0 and no in out and "Keluar" in out
    assert cli.json("member", "list", "--search", "tidak ada orang ini") == []
    code, out, _ = cli("check")
    assert code == 0, out


def test_exit_as_deceased_on_a_past_date_with_nothing_to_pay_out(cli):
    no = add(cli, "--join-date", "2026-10-01", "--pokok", "belum")["member_no"]
    got = cli.json("member", "exit", no, "--reason", "meninggal dunia", "--status", "meninggal", "--date",
                   "2026-11-02", "--user", "pengurus")
    assert got["status"] == "meninggal" and got["exit_date"] == "2026-11-02"
    assert got["journal_number"] is None and got["paid_out_total_rp"] == 0
    code, out, _ = cli("member", "show", no)
    assert code == 0 and "Meninggal" in out


def test_exit_is_refused_while_kasbon_is_owed(cli):
    debtor = next(p for p in (cli.json("member", "show", r["member_no"])
                              for r in cli.json("member", "list", "--status", "aktif")) if p["kasbon_rp"] > 0)
    before = state(cli, debtor["member_no"])
    refused(cli("member", "exit", debtor["member_no"], "--reason", "pindah", "--user", "pengurus"), "kasbon")
    assert state(cli, debtor["member_no"]) == before


def test_registration_refusals_write_nothing(cli):
    before = cli.json("member", "list")
    base = ["member", "add", "--user", "pengurus", "--nik", NIK_P, "--name", "Rina", "--address", "Kp. Sukamaju"]
    refused(cli(*base, "--birth-date", "1991-08-05"), "tidak cocok dengan NIK")
    refused(cli(*base, "--birth-date", "1990-08-05", "--gender", "l"), "tidak cocok dengan NIK")
    refused(cli(*base, "--birth-date", "05-08-1990"), "TTTT-BB-HH")
    refused(cli(*base, "--birth-date", "1990-08-05", "--phone", "12345"), "Nomor HP")
    refused(cli(*base, "--birth-date", "1990-08-05", "--join-date", "2030-01-01"), "masa depan")
    refused(cli(*base, "--birth-date", "1990-08-05", "--pokok", "qris"), "--pokok")
    err = refused(cli(*base[:-1], " ", "--birth-date", "1990-08-05", "--phone", "1", "--rt", "abcd"),
                  "Alamat wajib", "Nomor HP", "RT")
    assert NIK_P not in err
    refused(cli(*base, "--birth-date", "1990-08-05", "--user", "kasir"), "tidak berwenang")
    refused(cli(*base, "--birth-date", "1990-08-05", pin="999999"))  # wrong PIN
    refused(cli(*base[:2], *base[4:], "--birth-date", "1990-08-05", pin=None), "--user")
    assert cli.json("member", "list") == before
    add(cli)
    refused(cli(*base, "--birth-date", "1990-08-05"), "sudah terdaftar")
    assert len(cli.json("member", "list")) == len(before) + 1


def test_unknown_member_and_bad_dates(cli):
    refused(cli("member", "show", "A99999"), "tidak ditemukan")
    refused(cli("savings", "deposit", "A99999", "sukarela", "1000", "--user", "bendahara"), "tidak ditemukan")
    refused(cli("savings", "moves", "A99999"), "tidak ditemukan")
    refused(cli("savings", "moves", "A00001", "--from", "kemarin"), "TTTT-BB-HH")
    refused(cli("member", "exit", "A99999", "--reason", "x", "--user", "pengurus"), "tidak ditemukan")


@pytest.mark.parametrize("amount, words", [
    ("12,5", "rupiah bulat"), ("2.5", "rupiah bulat"), ("250.000,00", "rupiah bulat"), ("1.2345", "rupiah bulat"),
    ("-5000", "negatif"), ("Rp-5.000", "negatif"), ("0", "lebih dari nol"), ("Rp0", "lebih dari nol"),
    ("99.999.999.999", "tidak masuk akal"), ("lima ribu", "rupiah bulat"), ("", "rupiah bulat"),
])
def test_bad_amounts_are_refused_before_anything(cli, amount, words):
    no = add(cli)["member_no"]
    before = state(cli, no)
    refused(cli("savings", "deposit", no, "sukarela", amount, "--user", "bendahara"), words)
    assert state(cli, no) == before


@pytest.mark.parametrize("amount", ["250000", "250.000", "Rp250.000", "Rp 250.000", "rp250000"])
def test_amounts_in_the_usual_forms(cli, amount):
    no = add(cli)["member_no"]
    assert cli.json("savings", "deposit", no, "sukarela", amount, "--user", "bendahara")["amount_rp"] == 250_000


def test_wrong_pin_and_permission_write_nothing(cli):
    no = add(cli)["member_no"]
    before = state(cli, no)
    refused(cli("savings", "deposit", no, "sukarela", "1000", "--user", "bendahara", pin="999999"))
    refused(cli("savings", "deposit", no, "sukarela", "1000", "--user", "kasir"), "tidak berwenang")
    refused(cli("savings", "deposit", no, "sukarela", "1000", pin=None), "--user")
    refused(cli("savings", "deposit", no, "sukarela", "1000", "--user", "bendahara", pin=None), "KOPDES_PIN")
    assert state(cli, no) == before


# ---------------------------------------------------------------- reversal with an approver

def test_reversal_needs_another_pengurus_pin(cli):
    no = add(cli)["member_no"]
    dep = cli.json("savings", "deposit", no, "sukarela", "75000", "--user", "bendahara")
    before = state(cli, no)
    rev = ["savings", "reverse", dep["number"], "--reason", "salah ketik", "--user", "bendahara"]
    cli.monkeypatch.setenv("KOPDES_APPROVER_PIN", "999999")
    refused(cli(*rev, "--approver", "pengurus"))  # wrong approver PIN
    cli.monkeypatch.setenv("KOPDES_APPROVER_PIN", "123456")
    refused(cli(*rev, "--approver", "pengawas"), "tidak berwenang menyetujui")
    refused(cli(*rev, "--approver", "bendahara"), "pengguna lain")
    refused(cli("savings", "reverse", dep["number"], "--reason", " ", "--approver", "pengurus", "--user", "bendahara"),
            "alasan")
    refused(cli(*rev, "--approver", "pengurus", "--user", "kasir"), "tidak berwenang")
    refused(cli(*rev[:-2], "--approver", "pengurus", pin=None), "--user")
    cli.monkeypatch.delenv("KOPDES_APPROVER_PIN")
    refused(cli(*rev, "--approver", "pengurus"), "KOPDES_APPROVER_PIN")
    assert state(cli, no) == before

    cli.monkeypatch.setenv("KOPDES_APPROVER_PIN", "123456")
    got = cli.json(*rev, "--approver", "pengurus")
    assert got["kind"] == "koreksi" and got["amount_rp"] == -75_000 and got["reverses_number"] == dep["number"]
    assert got["balances"]["sukarela"] == 0 and got["memo"] == "salah ketik"
    refused(cli(*rev, "--approver", "pengurus"), "sudah dibalik")
    refused(cli("savings", "reverse", "SS-20991231-0001", "--reason", "x", "--approver", "pengurus",
                "--user", "bendahara"), "tidak ditemukan")
    moves = {m["number"]: m for m in cli.json("savings", "moves", no)}
    assert moves[dep["number"]]["reversed_by"] == got["number"]
    code, out, _ = cli("savings", "moves", no)
    assert code == 0 and f"dibalik {got['number']}" in out


# ---------------------------------------------------------------- rules and jasa

def test_rules_show_and_change(cli):
    keys = {"pokok_rp", "wajib_rp", "wajib_period_months", "sukarela_min_rp", "jasa_annual_bp", "pokok_class",
            "wajib_class", "accounts"}
    shown = cli.json("savings", "rules")
    assert set(shown) == keys and shown["pokok_rp"] == 100_000 and shown["wajib_rp"] == 20_000
    assert shown["accounts"] == {"pokok": "3101", "wajib": "3102", "sukarela": "2102"}
    refused(cli("savings", "rules", "--wajib", "25.000", "--user", "kasir"), "tidak berwenang")
    refused(cli("savings", "rules", "--wajib", "25.000", pin=None), "--user")
    refused(cli("savings", "rules", "--wajib", "2,5", "--user", "pengurus"), "--wajib", "rupiah bulat")
    refused(cli("savings", "rules", "--period-months", "13", "--user", "pengurus"), "Periode")
    refused(cli("savings", "rules", "--jasa-bp", "3%", "--user", "pengurus"), "--jasa-bp")
    assert cli.json("savings", "rules") == shown
    got = cli.json("savings", "rules", "--wajib", "Rp25.000", "--jasa-bp", "300", "--wajib-class", "kewajiban",
                   "--sukarela-min", "0", "--user", "pengurus")
    assert got == {**shown, "wajib_rp": 25_000, "jasa_annual_bp": 300, "wajib_class": "kewajiban",
                   "accounts": {**shown["accounts"], "wajib": "2104"}}
    assert cli.json("savings", "rules") == got
    code, out, _ = cli("savings", "rules")
    assert code == 0 and "Rp25.000" in out and "3%/tahun" in out


def test_jasa_once_a_month(cli):
    cli.json("savings", "rules", "--jasa-bp", "600", "--user", "pengurus")  # 0,5% a month
    cli.clock.now -= timedelta(days=40)  # mid October
    no = add(cli, nik=NIK_L, name="Budi Santoso")["member_no"]
    cli.json("savings", "deposit", no, "sukarela", "600000", "--user", "bendahara")
    cli.clock.now += timedelta(days=80)  # January: November is over
    refused(cli("savings", "jasa", "--month", "2027-01", "--user", "bendahara"), "setelah bulan itu berakhir")
    refused(cli("savings", "jasa", "--month", "2026-11", "--user", "kasir"), "tidak berwenang")
    got = cli.json("savings", "jasa", "--month", "2026-11", "--user", "bendahara")
    assert set(got) == {"month", "journal_number", "rate_bp", "members", "total_rp"}
    assert got["month"] == "2026-11" and got["rate_bp"] == 600 and got["journal_number"].startswith("JA-")
    assert got["members"] >= 1 and got["total_rp"] >= 3_000  # the demo's own savers earn jasa too
    refused(cli("savings", "jasa", "--month", "2026-11", "--user", "bendahara"), "sudah diposting")
    assert bal(cli.json("member", "show", no))["sukarela"] == 603_000
    jasa = [m for m in cli.json("savings", "moves", no) if m["kind"] == "jasa"]
    assert [(m["amount_rp"], m["number"]) for m in jasa] == [(3_000, got["journal_number"])]
    code, out, _ = cli("check")
    assert code == 0, out


# ---------------------------------------------------------------- import, template, cards, statements

def test_template_needs_no_database(fresh_cli, tmp_path):
    out = tmp_path / "anggota.xlsx"
    code, text, err = fresh_cli("member", "template", "--out", str(out), pin=None)
    assert code == 0, err
    assert out.read_bytes()[:2] == b"PK" and str(out) in text
    csv_out = tmp_path / "anggota.csv"
    assert fresh_cli.json("member", "template", "--out", str(csv_out), pin=None) == {"path": str(csv_out)}
    assert csv_out.read_text(encoding="utf-8-sig").strip()
    refused(fresh_cli("member", "template", "--out", str(tmp_path / "anggota.pdf"), pin=None), ".xlsx")
    assert not fresh_cli.db.parent.exists()


def test_import_a_small_csv_good_and_bad(cli, tmp_path):
    header = "No,Nama,NIK,Tanggal Lahir,Alamat,No HP,Tanggal Masuk,Saldo Pokok,Saldo Wajib,Saldo Sukarela"
    good = tmp_path / "baik.csv"
    good.write_text(f"{header}\n1,Rina Marlina,{NIK_P},1990-08-05,Kp. Sukamaju,081234567890,2025-01-15,100000,"
                    f"220.000,50000\n2,Budi Santoso,{NIK_L},05/08/1990,Kp. Sukamaju,,2025-03-01,100000,0,0\n",
                    encoding="utf-8")
    before = cli.json("member", "list")
    bad = tmp_path / "salah.csv"
    bad.write_text(f"{header}\n1,Rina Marlina,{NIK_P},1991-08-05,Kp. Sukamaju,,2025-01-15,100000,0,0\n"
                   f"2,,{NIK_L},1990-08-05,Kp. Sukamaju,,2025-03-01,100000,0,-5\n", encoding="utf-8")
    err = refused(cli("member", "import", str(bad), "--user", "pengurus"), "ditolak", "Tidak ada yang diimpor")
    report = [line for line in err.splitlines() if line.startswith("- Baris")]
    assert len(report) == 2 and report[0].startswith("- Baris 2") and report[1].startswith("- Baris 3"), err
    assert "Tanggal lahir" in report[0] and "Nama" in report[1]
    refused(cli("member", "import", str(tmp_path / "tidak-ada.csv"), "--user", "pengurus"), "tidak ditemukan")
    refused(cli("member", "import", str(good), "--user", "kasir"), "tidak berwenang")
    assert cli.json("member", "list") == before

    got = cli.json("member", "import", str(good), "--user", "pengurus", "--id", IMPORT_UUID)
    assert set(got) == {"members", "first_member_no", "last_member_no", "totals_rp", "total_rp", "journal_number",
                        "file", "sha256", "uuid", "imported_at", "imported_by", "replayed"}
    assert got["members"] == 2 and got["totals_rp"] == {"pokok": 200_000, "wajib": 220_000, "sukarela": 50_000}
    assert got["total_rp"] == 470_000 and got["journal_number"].startswith("SA-") and got["replayed"] is False
    assert got["uuid"] == IMPORT_UUID and got["imported_by"] == "pengurus"
    after = cli.json("member", "list")
    assert len(after) == len(before) + 2
    rina = cli.json("member", "show", got["first_member_no"])
    assert rina["name"] == "Rina Marlina" and rina["join_date"] == "2025-01-15" and bal(rina) == {
        "pokok": 100_000, "wajib": 220_000, "sukarela": 50_000}
    assert cli.json("member", "show", got["last_member_no"])["name"] == "Budi Santoso"
    again = cli.json("member", "import", str(good), "--user", "pengurus", "--id", IMPORT_UUID)
    assert again == {**got, "replayed": True}
    refused(cli("member", "import", str(good), "--user", "pengurus"))  # the same file, a new UUID
    assert cli.json("member", "list") == after
    code, out, _ = cli("check")
    assert code == 0, out


def test_cards_and_statement_are_pdfs(cli, tmp_path):
    no = add(cli)["member_no"]
    cli.json("savings", "deposit", no, "sukarela", "50000", "--user", "bendahara")
    one = tmp_path / "kartu.pdf"
    code, out, err = cli("member", "card", no, "--out", str(one), "--user", "pengurus")
    assert code == 0, err
    assert one.read_bytes().startswith(b"%PDF") and str(one) in out
    every = tmp_path / "semua.pdf"
    assert cli.json("member", "card", "--all", "--out", str(every), "--user", "pengurus")["member_nos"] is None
    assert every.read_bytes().startswith(b"%PDF")
    refused(cli("member", "card", "--out", str(tmp_path / "x.pdf"), "--user", "pengurus"), "--all")
    refused(cli("member", "card", no, "--all", "--out", str(tmp_path / "x.pdf"), "--user", "pengurus"), "--all")
    refused(cli("member", "card", "A99999", "--out", str(tmp_path / "y.pdf"), "--user", "pengurus"),
            "tidak ditemukan")
    assert not (tmp_path / "y.pdf").exists()

    statement = tmp_path / "rekening.pdf"
    got = cli.json("savings", "statement", no, "--period", "2026-11", "--out", str(statement))
    assert got == {"member_no": no, "date_from": "2026-11-01", "date_to": "2026-11-30", "path": str(statement)}
    assert statement.read_bytes().startswith(b"%PDF")
    ranged = tmp_path / "rentang.pdf"
    code, out, err = cli("savings", "statement", no, "--from", "2026-11-01", "--to", "2026-11-23",
                         "--out", str(ranged))
    assert code == 0, err
    assert ranged.read_bytes().startswith(b"%PDF") and "1 Nov 2026" in out
    refused(cli("savings", "statement", no, "--out", str(tmp_path / "z.pdf")), "--period")
    refused(cli("savings", "statement", no, "--period", "2026-11", "--from", "2026-11-01",
                "--out", str(tmp_path / "z.pdf")), "salah satu")
    refused(cli("savings", "statement", no, "--from", "2026-11-30", "--to", "2026-11-01",
                "--out", str(tmp_path / "z.pdf")), "sesudah")
    refused(cli("savings", "statement", no, "--to", "2026-11-01", "--out", str(tmp_path / "z.pdf")), "--from")
    refused(cli("savings", "statement", no, "--period", "2026/11", "--out", str(tmp_path / "z.pdf")))
    refused(cli("savings", "statement", "A99999", "--period", "2026-11", "--out", str(tmp_path / "z.pdf")),
            "tidak ditemukan")
    assert not (tmp_path / "z.pdf").exists()
