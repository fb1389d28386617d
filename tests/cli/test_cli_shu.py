"""`kopdes shu …` on the demo outlet: good paths with their JSON, refusals with exit 2 and
nothing written."""

from __future__ import annotations

import json

import pytest

from app.bootstrap import open_context
from app.services import auth, ledger, year_close
from tests.pdf_probe import shows

pytestmark = pytest.mark.sqlite_only  # the CLI runs on the demo's SQLite file

ALLOC = "cadangan=25,jma=25,jua=30,pengurus=5,karyawan=5,pendidikan=5,sosial=2,5,pembangunan=2.5"


def close_2025(cli):
    ctx = open_context(str(cli.db), clock=cli.clock)
    try:
        b = auth.login(ctx.uow(), "bendahara", "123456")
        ledger.close_period(ctx.uow(), b, "2025-12")
        year_close.close_year(ctx.uow(), b, 2025)
    finally:
        ctx.close()


def journals(cli):
    return len(cli.json("journal", "list", "--limit", "100000"))


def test_simulate_json_with_total_and_alloc(cli):
    data = cli.json("shu", "simulate", "--year", "2025", "--total", "10.000.000", "--alloc", ALLOC)
    assert data["simulated"] is True and data["shu_anggota_rp"] == 10_000_000
    pools = {p["part"]: p["amount_rp"] for p in data["pools"]}
    assert pools["jasa_modal"] == 2_500_000 and pools["jasa_anggota"] == 3_000_000 and pools["dana_sosial"] == 250_000
    assert sum(pools.values()) == 10_000_000
    assert sum(m["jma_rp"] for m in data["members"]) == 2_500_000
    assert sum(m["jua_rp"] for m in data["members"]) == 3_000_000
    assert set(data["members"][0]) == {"member_no", "name", "modal_rp", "purchases_rp", "interest_rp", "jma_rp",
                                       "jua_rp", "total_rp"}


def test_simulate_refusals(cli):
    for args, words in ((("--total", "0"), "lebih dari nol"), (("--total", "12,5"), "rupiah bulat"),
                        (("--total", "1000", "--alloc", "cadangan=40,jma=20,jua=25,pengurus=5,karyawan=5,"
                                                        "pendidikan=5,sosial=5"), "105%"),
                        (("--alloc", "laba=100"), "tidak dikenal"), (("--year", "20x5"), "TTTT")):
        argv = ("shu", "simulate", "--year", "2025", *args) if args[0] != "--year" else ("shu", "simulate", *args)
        code, out, err = cli(*argv)
        assert code == 2 and words in err and not out, (args, err)


def test_compute_refuses_an_unclosed_year_then_distribute_and_pay(cli, tmp_path):
    before = journals(cli)
    code, _, err = cli("shu", "compute", "--year", "2025")
    assert code == 2 and "belum ditutup" in err
    code, _, err = cli("shu", "distribute", "--year", "2025", "--user", "bendahara")
    assert code == 2 and "belum ditutup" in err
    assert journals(cli) == before
    close_2025(cli)
    computed = cli.json("shu", "compute", "--year", "2025")
    assert computed["simulated"] is False and computed["jma_rp"] + computed["jua_rp"] == computed["members_rp"]
    code, _, err = cli("shu", "distribute", "--year", "2025")
    assert code == 2 and "--user" in err
    code, _, err = cli("shu", "distribute", "--year", "2025", "--user", "pengawas")
    assert code == 2
    d = cli.json("shu", "distribute", "--year", "2025", "--user", "bendahara")
    assert d["journal_number"].startswith("SH-") and d["anggota_rp"] == computed["members_rp"]
    code, _, err = cli("shu", "distribute", "--year", "2025", "--user", "bendahara")
    assert code == 2 and "sudah dibagi" in err
    first = computed["members"][0]
    paid = cli.json("shu", "pay", first["member_no"], "--year", "2025", "--method", "tunai", "--user", "bendahara")
    assert paid["total_rp"] == first["total_rp"] and paid["journal_number"].startswith("SB-")
    code, _, err = cli("shu", "pay", first["member_no"], "--year", "2025", "--user", "bendahara")
    assert code == 2 and "sudah dibayar" in err
    bulk = cli.json("shu", "pay", "--all", "--year", "2025", "--user", "bendahara")
    assert bulk["members"] > 0
    shares = cli.json("shu", "shares", "--year", "2025")
    assert sum(1 for s in shares if s["paid_method"]) == bulk["members"] + 1
    code, out, err = cli("check")
    assert code == 0, out + err
    out_pdf = tmp_path / "shu.pdf"
    r = cli.json("shu", "export", "--year", "2025", "--format", "pdf", "--out", str(out_pdf))
    assert r["members"] == len(computed["members"])
    assert shows(out_pdf, "DAFTAR PEMBAGIAN SHU") and shows(out_pdf, f"{computed['members_rp']:,}".replace(",", "."))


def test_rules_change_needs_100_percent_and_the_bendahara(cli):
    code, _, err = cli("shu", "rules", "--alloc", "cadangan=50,jma=50,jua=10", "--user", "bendahara")
    assert code == 2 and "110%" in err
    code, _, err = cli("shu", "rules", "--jma-basis", "rata_rata", "--user", "kasir")
    assert code == 2
    assert cli.json("shu", "rules")["jma_basis"] == "akhir_tahun"
    got = cli.json("shu", "rules", "--alloc", ALLOC, "--jua-basis", "pembelian", "--user", "bendahara")
    assert got["allocation"]["dana_sosial"] == "2.5" and got["jua_basis"] == "pembelian"
    assert json.dumps(cli.json("shu", "rules")) == json.dumps(got)
