"""`kopdes loan …` on the demo database: a product from a JSON file, application, four-eyes
approval, disbursement, a payment previewed then saved, a late payment, aging, the lists
and the card, early settlement; a second loan rescheduled, written off and recovered;
refusals exit 2 and write nothing. JSON keys are checked exactly."""

import json
import re

import pytest

from app.bootstrap import open_context
from app.domain.members import MemberForm
from app.services import auth, demo, member_registry

PRODUCT = {"code": "UJICLI", "name": "Pinjaman Uji CLI", "min_amount_rp": 500_000, "max_amount_rp": 20_000_000,
           "min_term": 3, "max_term": 24, "rate_pct": "1.5", "rate_period": "bulan", "method": "flat",
           "fee_kind": "percent", "fee_value": "1", "fee_mode": "potong",
           "penalty": {"kind": "percent_month", "percent_per_month": "2", "grace_days": 3},
           "round_to": 100, "prepay_rule": "kurangi_tenor", "early_interest": "bulan_berjalan", "max_open_loans": 1}

LOAN_KEYS = {"number", "member_no", "member_name", "product_code", "product_name", "status", "status_label",
             "principal_rp", "term", "method", "rate_pct", "rate_period", "monthly_rate_pct", "effective_annual_rate",
             "fee_rp", "purpose", "collateral", "guarantor_no", "notes", "applied_on", "applied_by", "decided_by",
             "decision_note", "disbursed_on", "closed_on", "parent_number", "outstanding_rp", "written_off_rp",
             "as_of", "arrears_rp", "penalty_due_rp", "days_past_due", "kolektibilitas", "schedule_is_preview",
             "installments"}
INSTALLMENT_KEYS = {"no", "due_date", "principal_rp", "interest_rp", "installment_rp", "balance_rp",
                    "paid_principal_rp", "paid_interest_rp", "paid_penalty_rp", "penalty_due_rp", "status"}
PAYMENT_KEYS = {"payment_number", "loan_number", "saved", "amount_rp", "principal_rp", "interest_rp", "penalty_rp",
                "prepayment_rp", "items", "new_term_left", "new_installment_rp", "outstanding_after_rp",
                "print_job_id", "loan"}
AGING_KEYS = {"as_of", "loans", "by_bucket", "outstanding_rp", "npl_rp", "npl_ratio_pct", "health", "provision_rp"}
AGING_ROW_KEYS = {"number", "member_no", "outstanding_rp", "arrears_rp", "days_past_due", "kolektibilitas",
                  "provision_rp"}
PORTFOLIO_ROW_KEYS = {"number", "member_no", "member_name", "phone", "product_code", "disbursed_on", "principal_rp",
                      "outstanding_rp", "arrears_rp", "penalty_due_rp", "days_past_due", "kolektibilitas",
                      "provision_rp"}
KETUA_PIN = "482913"

pytestmark = pytest.mark.sqlite_only  # the CLI runs on the demo's SQLite file


def _register(cli, *people: tuple[str, str]) -> list[str]:
    """Members of our own (the demo's members may change), through the service."""
    ctx = open_context(str(cli.db), clock=cli.clock)
    try:
        pengurus = auth.login(ctx.uow(), "pengurus", demo.DEMO_PIN)
        return [member_registry.register_member(ctx.uow(), pengurus, MemberForm(name, nik, None, "Kp. Sukamaju")
                                                ).profile.member_no for name, nik in people]
    finally:
        ctx.close()


@pytest.fixture
def loan_cli(cli, tmp_path):
    """The demo with a second pengurus (four-eyes), the product, and two fresh members."""
    code, _, err = cli("users", "add", "ketua", "--name", "Ketua Koperasi", "--roles", "pengurus", "--user", "admin",
                       new_pin=KETUA_PIN)
    assert code == 0, err
    product = tmp_path / "produk.json"
    product.write_text(json.dumps(PRODUCT), encoding="utf-8")
    saved = cli.json("loan", "product", "save", "--file", str(product), "--user", "pengurus")
    assert saved["code"] == "UJICLI" and saved["rate_pct"] == "1.5" and saved["penalty"]["grace_days"] == 3
    cli.rina, cli.budi = _register(cli, ("Rina Marlina", "3203014508900003"), ("Budi Santoso", "3203011203850001"))
    cli.before = cli.json("loan", "list")  # the demo may have loans of its own
    return cli


def _running(cli, member_no: str, amount="6.000.000", term="6") -> dict:
    applied = cli.json("loan", "apply", member_no, "ujicli", "--amount", amount, "--term", term,
                       "--purpose", "Modal warung", "--user", "pengurus")
    cli.json("loan", "approve", applied["number"], "--user", "ketua", pin=KETUA_PIN)
    return cli.json("loan", "disburse", applied["number"], "--user", "bendahara")["loan"]


def test_products_list_and_show(loan_cli):
    listed = {p["code"]: p for p in loan_cli.json("loan", "product", "list")}
    shown = loan_cli.json("loan", "product", "show", "ujicli")
    assert shown == listed["UJICLI"] and shown["method"] == "flat" and shown["max_amount_rp"] == 20_000_000
    assert set(shown) == set(PRODUCT) | {"active", "allocation_order", "savings_multiple"}
    code, out, _ = loan_cli("loan", "product", "list")
    assert code == 0 and "UJICLI" in out and "1,5%/bulan" in out


def test_whole_lifecycle(loan_cli, tmp_path):
    cli, no = loan_cli, loan_cli.rina
    applied = cli.json("loan", "apply", no, "ujicli", "--amount", "Rp6.000.000", "--term", "6",
                       "--purpose", "Modal warung", "--collateral", "BPKB motor", "--guarantor", cli.budi,
                       "--user", "pengurus")
    assert set(applied) == LOAN_KEYS and set(applied["installments"][0]) == INSTALLMENT_KEYS
    assert applied["status"] == "diajukan" and applied["schedule_is_preview"] and applied["number"].startswith("PNJ-")
    assert applied["principal_rp"] == 6_000_000 and applied["fee_rp"] == 60_000 and applied["guarantor_no"] == cli.budi
    assert applied["installments"][0]["installment_rp"] == 1_090_000
    assert {i["status"] for i in applied["installments"]} == {"rencana"}
    assert applied["effective_annual_rate"] > 30 and applied["monthly_rate_pct"] == 1.5
    number = applied["number"]

    # Four-eyes: the pengurus who entered it may not approve it; a bendahara may not at all.
    code, out, err = cli("loan", "approve", number, "--user", "pengurus", "--json")
    assert code == 2 and not out and "pengurus lain" in err
    code, _, err = cli("loan", "approve", number, "--user", "bendahara")
    assert code == 2 and "menyetujui pinjaman" in err
    code, _, err = cli("loan", "disburse", number, "--user", "bendahara")
    assert code == 2 and "belum disetujui" in err
    approved = cli.json("loan", "approve", number, "--note", "usaha jelas", "--user", "ketua", pin=KETUA_PIN)
    assert approved["status"] == "disetujui" and approved["decided_by"] == "ketua"

    d = cli.json("loan", "disburse", number, "--method", "tunai", "--station", "KASIR-1", "--user", "bendahara")
    assert set(d) == {"journal_number", "cash_out_rp", "print_job_id", "loan"}
    assert d["journal_number"].startswith("CP-") and d["cash_out_rp"] == 5_940_000 and d["print_job_id"]
    assert d["loan"]["status"] == "cair" and d["loan"]["outstanding_rp"] == 6_000_000
    assert not d["loan"]["schedule_is_preview"] and len(d["loan"]["installments"]) == 6

    # A preview writes nothing and needs no user.
    preview = cli.json("loan", "pay", number, "1.090.000", "--preview", pin=None)
    assert set(preview) == PAYMENT_KEYS and preview["saved"] is False and preview["payment_number"] is None
    assert preview["loan"] is None and preview["outstanding_after_rp"] == 5_000_000
    assert cli.json("loan", "show", number)["outstanding_rp"] == 6_000_000

    cli.clock.advance(days=27)  # a few days before the first due date: pays installment 1
    paid = cli.json("loan", "pay", number, "1.090.000", "--user", "bendahara")
    assert set(paid) == PAYMENT_KEYS and paid["saved"] and paid["payment_number"].startswith("AP-")
    assert paid["items"] == [{"no": 1, "penalty_rp": 0, "interest_rp": 90_000, "principal_rp": 1_000_000}]
    assert paid["loan"]["outstanding_rp"] == 5_000_000 and paid["prepayment_rp"] == 0

    cli.clock.advance(days=54)  # installment 2 is 20 days late
    shown = cli.json("loan", "show", number)
    assert set(shown) == LOAN_KEYS | {"payments"}
    assert [i["status"] for i in shown["installments"]] == ["lunas", "terlambat"] + ["belum"] * 4
    assert shown["days_past_due"] == 20 and shown["kolektibilitas"] == "Dalam Perhatian Khusus"
    assert shown["installments"][0]["paid_principal_rp"] == 1_000_000
    assert shown["installments"][1]["penalty_due_rp"] == 21_800
    assert [(p["number"], p["kind"], p["amount_rp"]) for p in shown["payments"]] == [
        (paid["payment_number"], "angsuran", 1_090_000)]
    assert set(shown["payments"][0]) == {"number", "business_date", "kind", "method", "amount_rp", "principal_rp",
                                         "interest_rp", "penalty_rp", "user"}
    earlier = cli.json("loan", "show", number, "--as-of", "2026-12-01")
    assert earlier["as_of"] == "2026-12-01" and earlier["days_past_due"] == 0

    aging = cli.json("loan", "aging", "--as-of", "2027-02-12")
    assert set(aging) == AGING_KEYS and aging["as_of"] == "2027-02-12"
    row = next(r for r in aging["loans"] if r["number"] == number)
    assert set(row) == AGING_ROW_KEYS
    assert row["days_past_due"] == 20 and row["kolektibilitas"] == "Dalam Perhatian Khusus"
    assert row["provision_rp"] == 250_000  # 5% of Rp5.000.000
    assert [b["name"] for b in aging["by_bucket"]] == ["Lancar", "Dalam Perhatian Khusus", "Kurang Lancar",
                                                        "Diragukan", "Macet"]
    assert set(aging["by_bucket"][0]) == {"code", "name", "days", "loans", "outstanding_rp", "provision_rp"}
    assert aging["outstanding_rp"] == sum(r["outstanding_rp"] for r in aging["loans"]) == sum(
        b["outstanding_rp"] for b in aging["by_bucket"])
    assert aging["provision_rp"] == sum(r["provision_rp"] for r in aging["loans"])
    assert aging["npl_rp"] == sum(b["outstanding_rp"] for b in aging["by_bucket"][2:])
    assert aging["npl_ratio_pct"] == round(100 * aging["npl_rp"] / aging["outstanding_rp"], 2)
    assert aging["health"] in ("sehat", "cukup sehat", "tidak sehat")

    arrears = cli.json("loan", "arrears", "--as-of", "2027-02-12")
    assert set(arrears) == {"as_of", "loans", "arrears_rp", "penalty_due_rp", "outstanding_rp"}
    assert set(arrears["loans"][0]) == PORTFOLIO_ROW_KEYS and number in [r["number"] for r in arrears["loans"]]
    days = [r["days_past_due"] for r in arrears["loans"]]
    assert days == sorted(days, reverse=True) and min(days) > 0
    nominatif = cli.json("loan", "nominatif")
    assert set(nominatif) == AGING_KEYS and set(nominatif["loans"][0]) == PORTFOLIO_ROW_KEYS

    for name, args in (("nominatif.pdf", ("nominatif",)), ("nominatif.xlsx", ("nominatif",)),
                       ("tunggakan.pdf", ("arrears",)), ("tunggakan.xlsx", ("arrears",))):
        out = tmp_path / name
        written = cli.json("loan", *args, "--as-of", "2027-02-12", "--out", str(out))
        assert written == {"as_of": "2027-02-12", "path": str(out), "format": out.suffix[1:],
                           "loans": written["loans"]} and written["loans"] >= 1
        assert out.read_bytes()[:4] == (b"%PDF" if name.endswith(".pdf") else b"PK\x03\x04")
    card = tmp_path / "kartu.pdf"
    assert cli.json("loan", "card", number.lower(), "--out", str(card)) == {"number": number, "path": str(card),
                                                                            "as_of": None}
    assert card.read_bytes()[:5] == b"%PDF-"
    code, out, _ = cli("loan", "card", number, "--out", str(card))
    assert code == 0 and "ditulis ke" in out

    quote = cli.json("loan", "settle", number, "--quote")
    assert set(quote) == {"loan_number", "principal_rp", "interest_rp", "penalty_rp", "waived_interest_rp",
                          "total_rp"}
    assert quote["principal_rp"] == 5_000_000 and quote["total_rp"] == sum(
        quote[k] for k in ("principal_rp", "interest_rp", "penalty_rp"))
    code, out, err = cli("loan", "settle", number, "--amount", str(quote["total_rp"] - 1), "--user", "bendahara")
    assert code == 2 and not out and "bukan" in err
    settled = cli.json("loan", "settle", number, "--amount", f"Rp{quote['total_rp']:,}".replace(",", "."),
                       "--user", "bendahara")
    assert settled["payment_number"].startswith("PL-") and settled["loan"]["status"] == "lunas"
    assert settled["loan"]["outstanding_rp"] == 0
    assert {i["status"] for i in settled["loan"]["installments"]} == {"lunas"}

    listed = cli.json("loan", "list", "--member", no)
    assert [(r["number"], r["status"]) for r in listed] == [(number, "lunas")]
    assert set(listed[0]) == {"number", "member_no", "member_name", "product_code", "principal_rp", "term", "status",
                              "status_label", "applied_on", "disbursed_on", "outstanding_rp"}
    assert number not in [r["number"] for r in cli.json("loan", "list", "--status", "cair")]
    assert number in [r["number"] for r in cli.json("loan", "list", "--status", "lunas")]
    assert cli.json("check")["ok"]


def test_reschedule_write_off_recover(loan_cli):
    cli = loan_cli
    loan = _running(cli, cli.budi)
    cli.clock.advance(days=100)
    code, _, err = cli("loan", "reschedule", loan["number"], "--term", "12", "--reason", "gagal panen",
                       "--user", "bendahara")
    assert code == 2 and "restrukturisasi" in err
    r = cli.json("loan", "reschedule", loan["number"], "--term", "12", "--reason", "gagal panen", "--capitalise",
                 "--user", "pengurus")
    assert set(r) == {"old_number", "journal_number", "print_job_id", "loan"}
    assert r["old_number"] == loan["number"] and r["journal_number"].startswith("RP-")
    new = r["loan"]
    assert new["parent_number"] == loan["number"] and new["term"] == 12 and new["principal_rp"] > 6_000_000
    old = cli.json("loan", "show", loan["number"])
    assert old["status"] == "direstrukturisasi" and "dialihkan" in {i["status"] for i in old["installments"]}

    code, _, err = cli("loan", "pay", loan["number"], "100000", "--user", "bendahara")
    assert code == 2 and "tidak sedang berjalan" in err
    cli.clock.advance(days=400)
    aging = cli.json("loan", "aging")
    row = next(x for x in aging["loans"] if x["number"] == new["number"])
    assert row["kolektibilitas"] == "Macet" and aging["npl_rp"] >= row["outstanding_rp"] > 6_000_000
    assert row["provision_rp"] == row["outstanding_rp"]  # Macet: 100%

    off = cli.json("loan", "write-off", new["number"], "--reason", "pindah, tidak tertagih", "--user", "pengurus")
    assert off["journal_number"].startswith("HB-") and off["loan"]["status"] == "dihapus"
    assert off["loan"]["written_off_rp"] == new["principal_rp"]
    code, _, err = cli("loan", "recover", new["number"], "99.999.999.999", "--user", "bendahara")
    assert code == 2 and "tidak masuk akal" in err
    rec = cli.json("loan", "recover", new["number"], "1.000.000", "--user", "bendahara")
    assert set(rec) == {"payment_number", "loan_number", "amount_rp", "claim_left_rp", "print_job_id", "loan"}
    assert rec["payment_number"].startswith("PM-") and rec["claim_left_rp"] == new["principal_rp"] - 1_000_000
    assert cli.json("check")["ok"]


def test_reject_and_replay(loan_cli):
    cli = loan_cli
    args = ("loan", "apply", cli.rina, "UJICLI", "--amount", "2000000", "--term", "3", "--purpose", "Pupuk",
            "--id", "0b3a4c1e-6a51-4c36-9a5f-1f7f2c1d2e3f", "--user", "bendahara")
    first, again = cli.json(*args), cli.json(*args)
    assert first["number"] == again["number"] and len(cli.json("loan", "list")) == len(cli.before) + 1
    code, _, err = cli("loan", "reject", first["number"], "--reason", "  ", "--user", "pengurus")
    assert code == 2 and "alasan" in err.lower()
    rejected = cli.json("loan", "reject", first["number"], "--reason", "usaha belum jelas", "--user", "pengurus")
    assert rejected["status"] == "ditolak" and rejected["decision_note"] == "usaha belum jelas"
    code, out, _ = cli("loan", "show", first["number"])
    assert code == 0 and "Ditolak" in out and "Rencana jadwal" in out


REFUSALS = [
    (("apply", "{no}", "UJICLI", "--amount", "6.000.000,50", "--term", "6", "--purpose", "x"), "rupiah bulat"),
    (("apply", "{no}", "UJICLI", "--amount", "1.5", "--term", "6", "--purpose", "x"), "rupiah bulat"),
    (("apply", "{no}", "UJICLI", "--amount", "-500000", "--term", "6", "--purpose", "x"), "negatif"),
    (("apply", "{no}", "UJICLI", "--amount", "0", "--term", "6", "--purpose", "x"), "lebih dari nol"),
    (("apply", "{no}", "UJICLI", "--amount", "abc", "--term", "6", "--purpose", "x"), "rupiah bulat"),
    (("apply", "{no}", "UJICLI", "--amount", "1000000", "--term", "0", "--purpose", "x"), "Jangka waktu"),
    (("apply", "{no}", "UJICLI", "--amount", "1000000", "--term", "6.5", "--purpose", "x"), "Jangka waktu"),
    (("apply", "{no}", "UJICLI", "--amount", "100.000", "--term", "6", "--purpose", "x"), "Rp500.000 sampai"),
    (("apply", "{no}", "UJICLI", "--amount", "1000000", "--term", "30", "--purpose", "x"), "3 sampai 24"),
    (("apply", "{no}", "UJICLI", "--amount", "1000000", "--term", "6", "--purpose", " "), "Tujuan"),
    (("apply", "{no}", "TIDAKADA", "--amount", "1000000", "--term", "6", "--purpose", "x"), "tidak ditemukan"),
    (("apply", "A99999", "UJICLI", "--amount", "1000000", "--term", "6", "--purpose", "x"), "tidak ditemukan"),
    (("apply", "{no}", "UJICLI", "--amount", "1000000", "--term", "6", "--purpose", "x", "--guarantor", "{no}"),
     "Penjamin"),
    (("apply", "{no}", "UJICLI", "--amount", "1000000", "--term", "6", "--purpose", "x", "--id", "bukan-uuid"),
     "UUID"),
    (("approve", "PNJ-20261123-9999"), "tidak ditemukan"),
    (("pay", "PNJ-20261123-9999", "100000,5"), "rupiah bulat"),
    (("pay", "PNJ-20261123-9999", "100000"), "tidak ditemukan"),
    (("settle", "PNJ-20261123-9999"), "--quote|--amount"),
    (("reschedule", "PNJ-20261123-9999", "--term", "x", "--reason", "r"), "Jangka waktu"),
    (("write-off", "PNJ-20261123-9999", "--reason", " "), "alasan"),
    (("list", "--status", "berjalan"), "invalid choice|pilihan"),
    (("show", "PNJ-20261123-9999"), "tidak ditemukan"),
    (("show", "PNJ-20261123-9999", "--as-of", "12-02-2027"), "TTTT-BB-HH"),
    (("card", "PNJ-20261123-9999", "--out", "kartu.txt"), ".pdf"),
    (("nominatif", "--out", "daftar.csv"), ".pdf atau .xlsx"),
    (("arrears", "--out", "/tidak/ada/folder/daftar.pdf"), "tidak ada"),
    (("product", "show", "TIDAKADA"), "tidak ditemukan"),
]


def test_refusals_exit_2_and_write_nothing(loan_cli):
    """One database for all the cases (each would otherwise build its own): every one exits
    2 with the reason on stderr and nothing on stdout, and no loan is written."""
    cli = loan_cli
    wrong = []
    for argv, words in REFUSALS:
        argv = tuple(a.replace("{no}", cli.rina) for a in argv)
        code, out, err = cli("loan", *argv, "--user", "pengurus")
        if not (code == 2 and not out and re.search(words, err)):
            wrong.append((argv, code, out, err))
    assert not wrong
    assert cli.json("loan", "list") == cli.before


def test_refusals_without_user_or_with_bad_files(loan_cli, tmp_path):
    cli = loan_cli
    code, _, err = cli("loan", "apply", cli.rina, "UJICLI", "--amount", "1000000", "--term", "6", "--purpose", "x",
                       pin=None)
    assert code == 2 and "--user" in err
    bad = tmp_path / "bad.json"
    for content, words in (("{", "bukan JSON"), ("[1, 2]", "objek JSON"),
                           (json.dumps({**PRODUCT, "min_term": 30}), "Jangka waktu minimum"),
                           (json.dumps({"name": "Tanpa kode"}), "code wajib")):
        bad.write_text(content, encoding="utf-8")
        code, out, err = cli("loan", "product", "save", "--file", str(bad), "--user", "pengurus")
        assert code == 2 and not out and words in err, err
    code, _, err = cli("loan", "product", "save", "--file", str(tmp_path / "none.json"), "--user", "pengurus")
    assert code == 2 and "tidak ditemukan" in err
    bad.write_text(json.dumps({**PRODUCT, "code": "LAIN"}), encoding="utf-8")
    code, _, err = cli("loan", "product", "save", "--file", str(bad), "--user", "bendahara")
    assert code == 2 and "produk pinjaman" in err
    codes = [p["code"] for p in cli.json("loan", "product", "list")]
    assert "UJICLI" in codes and "LAIN" not in codes and "TANPA" not in codes
    assert cli.json("loan", "list") == cli.before
