"""kopdes period close|reopen, year close|preview|status, account …, template … on the
demo outlet: good paths, and refusals that exit 2 with the reason and write nothing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.sqlite_only  # the CLI runs on the demo's SQLite file


def refused(result, words: str) -> None:
    code, out, err = result
    assert code == 2, (out, err)
    assert words in err, err


def journal_count(cli) -> int:
    return len(cli.json("journal", "list", "--limit", "100000"))


def test_month_close_and_reopen(cli):
    code, out, _ = cli("period", "close", "2025-12", "--user", "bendahara")
    assert code == 0 and "2025-12 ditutup" in out
    refused(cli("period", "close", "2025-12", "--user", "bendahara"), "sudah ditutup")
    refused(cli("period", "close", "2026-11", "--user", "bendahara"), "belum berakhir")
    refused(cli("period", "close", "2025-12", "--user", "kasir"), "tidak berwenang")
    refused(cli("period", "reopen", "2025-12", "--user", "bendahara"), "tidak berwenang membuka kembali periode")
    refused(cli("period", "close", "12-2025", "--user", "bendahara"), "TTTT-BB")
    refused(cli("period", "close", "2025-12"), "--user")
    assert cli.json("period", "reopen", "2025-12", "--user", "admin")["status"] == "open"


def test_year_close_through_the_cli(cli):
    count = journal_count(cli)
    refused(cli("year", "close", "2025", "--user", "bendahara"), "Tutup dahulu semua bulan tahun 2025")
    refused(cli("year", "close", "2026", "--user", "bendahara"), "belum berakhir")
    refused(cli("year", "close", "25", "--user", "bendahara"), "empat angka")
    assert journal_count(cli) == count
    assert cli("period", "close", "2025-12", "--user", "bendahara")[0] == 0
    preview = cli.json("year", "preview", "2025")
    assert preview["ready"] and preview["problems"] == [] and preview["shu_rp"] > 0
    assert preview["shu_rp"] == preview["income_rp"] - preview["expense_rp"]
    assert sum(l["balance_rp"] for l in preview["lines"]) == -preview["shu_rp"]
    refused(cli("year", "close", "2025", "--user", "admin"), "tidak berwenang menutup periode")
    result = cli.json("year", "close", "2025", "--user", "bendahara")
    assert result["shu_rp"] == preview["shu_rp"] and result["journal"].startswith("TT-20251231-")
    assert journal_count(cli) == count + 1
    shown = cli.json("journal", "show", result["journal"])
    assert shown["doc_type"] == "TT" and shown["date"] == "2025-12-31"
    refused(cli("year", "close", "2025", "--user", "bendahara"), "sudah ditutup")
    refused(cli("period", "reopen", "2025-12", "--user", "admin"), "sudah ditutup")
    status = cli.json("year", "status")
    assert [(y["year"], y["closed"]) for y in status["years"]] == [(2026, False), (2025, True)]
    code, out, _ = cli("year", "status")
    assert code == 0 and f"2025  ditutup {result['journal']}" in out


def test_accounts_through_the_cli(cli):
    added = cli.json("account", "add", "--parent", "52", "--name", "Beban Keamanan", "--user", "bendahara")
    assert (added["code"], added["type"], added["normal_side"]) == ("5211", "beban", "debit")
    rows = {a["code"]: a for a in cli.json("account", "list")}
    assert rows["5211"]["active"] and rows["5211"]["balance_rp"] == 0
    assert cli.json("account", "rename", "5211", "--name", "Beban Satpam", "--user", "bendahara")["name"] == \
        "Beban Satpam"
    assert not cli.json("account", "deactivate", "5211", "--user", "bendahara")["active"]
    code, out, _ = cli("account", "list")
    assert code == 0 and "5211   Beban Satpam" in out and "(nonaktif)" in out
    assert cli.json("account", "activate", "5211", "--user", "bendahara")["active"]
    refused(cli("account", "add", "--parent", "52", "--code", "5311", "--name", "X", "--user", "bendahara"),
            "52 diikuti dua angka")
    refused(cli("account", "deactivate", "1101", "--user", "bendahara"), "dipakai otomatis")
    refused(cli("account", "delete", "5201", "--user", "bendahara"), "bawaan")
    refused(cli("account", "add", "--parent", "52", "--name", "Beban X", "--user", "pengurus"), "tidak berwenang")
    assert cli("account", "delete", "5211", "--user", "bendahara")[0] == 0
    assert "5211" not in {a["code"] for a in cli.json("account", "list")}


def test_templates_through_the_cli(cli):
    keys = [t["key"] for t in cli.json("template", "list")]
    assert keys == ["gaji", "listrik", "sewa", "transport", "atk"]
    saved = cli.json("template", "save", "bbm", "--memo", "BBM motor", "--debit", "5204", "--amount", "25.000",
                     "--user", "bendahara")
    assert saved == {"key": "bbm", "memo": "BBM motor", "debit": "5204", "credit": "1101", "amount_rp": 25_000,
                     "builtin": False}
    posted = cli.json("template", "post", "bbm", "--user", "bendahara")
    assert posted["total_rp"] == 25_000 and posted["date"] == "2026-11-23"
    uuid = "2f1d7c1e-8a36-4c39-9d87-2f3c0c3b2a11"
    first = cli.json("template", "post", "listrik", "--amount", "Rp312.500", "--credit", "1102",
                     "--date", "2026-11-20", "--id", uuid, "--user", "bendahara")
    assert [(l["account"], l["debit_rp"], l["credit_rp"]) for l in first["lines"]] == [
        ("5202", 312_500, 0), ("1102", 0, 312_500)]
    count = journal_count(cli)
    assert cli.json("template", "post", "listrik", "--amount", "312500", "--credit", "1102", "--date",
                    "2026-11-20", "--id", uuid, "--user", "bendahara")["number"] == first["number"]
    assert journal_count(cli) == count
    refused(cli("template", "post", "gaji", "--user", "bendahara"), "Isi jumlah")
    refused(cli("template", "post", "gaji", "--amount", "2.5", "--user", "bendahara"), "rupiah bulat")
    refused(cli("template", "post", "sewa", "--amount", "100000", "--date", "2026-12-01", "--user", "bendahara"),
            "bertanggal ke depan")
    refused(cli("template", "post", "nope", "--amount", "1000", "--user", "bendahara"), "tidak ada")
    refused(cli("template", "save", "x", "--memo", "X", "--debit", "5202", "--credit", "2101",
                "--user", "bendahara"), "Kas (1101) atau Kas di Bank")
    assert journal_count(cli) == count
    assert cli("template", "delete", "bbm", "--user", "bendahara")[0] == 0
    assert "bbm" not in [t["key"] for t in cli.json("template", "list")]
