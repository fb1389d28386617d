"""kopdes qris reconcile | unsettled | match | unmatch | presets | preset-save | imports: shapes and exit codes."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta

import pytest

from app.cli import main as cli_main
from tests.cli.conftest import CLI
from tests.service.shop_helpers import open_shift
from tests.service.test_qris_settlement import FIXTURES, PAYMENTS, qris_sale

pytestmark = pytest.mark.sqlite_only

RESULT_KEYS = {"import_id", "uuid", "file_name", "preset", "lines", "skipped", "already_imported", "matched",
               "gross_rp", "mdr_rp", "net_rp", "journal_number", "report"}
REPORT_KEYS = {"as_of", "unsettled", "unmatched_lines", "ambiguous", "mismatches", "suggestions", "summary"}
UNSETTLED_KEYS = {"payment_id", "sale_no", "business_date", "confirmed_at", "amount_rp", "reference", "cashier",
                  "age_days"}
MATCH_KEYS = {"line_id", "line_no", "line_reference", "sale_no", "payment_reference", "kind", "gross_rp", "mdr_rp",
              "net_rp"}


class _Shim:
    """Until `kopdes qris` exists, hang the settlement commands on a `qris` group of their own."""

    @staticmethod
    def register(sub, common):
        from app.cli import cmd_qris_reconcile
        g = sub.add_parser("qris", parents=[common]).add_subparsers(dest="qris_cmd", required=True)
        cmd_qris_reconcile.add_parser(g, common)


@pytest.fixture
def cli(demo_ctx, login, clock, capsys, monkeypatch):
    try:
        cli_main.build_parser().parse_args(["qris", "presets"])
    except SystemExit:
        monkeypatch.setattr(cli_main, "COMMAND_MODULES", (*cli_main.COMMAND_MODULES, _Shim))
    kasir = login("kasir")
    open_shift(demo_ctx, kasir)
    start = clock.now
    sales = {}
    for name, minutes, amount, ref in PAYMENTS:
        clock.now = start + timedelta(minutes=minutes)
        sales[name] = qris_sale(demo_ctx, kasir, amount, ref).number
    clock.now = start + timedelta(days=1)
    demo_ctx.close()
    runner = CLI(capsys, monkeypatch, clock, demo_ctx.sqlite_path)
    runner.sales = sales
    return runner


def fixture(tmp_path, name):
    shutil.copyfile(FIXTURES / name, tmp_path / name)
    return str(tmp_path / name)


def test_reconcile_json_shape_then_unsettled_match_and_check(cli, tmp_path):
    s = cli.sales
    out = cli.json("qris", "reconcile", fixture(tmp_path, "settlement_acquirer.csv"), "--preset",
                   "settlement-acquirer", "--user", "bendahara")
    assert set(out) == RESULT_KEYS and set(out["report"]) == REPORT_KEYS
    assert all(set(m) == MATCH_KEYS for m in out["matched"])
    assert {m["sale_no"]: m["kind"] for m in out["matched"]} == {
        s["P1"]: "reference", s["P2"]: "reference", s["P5"]: "amount", s["P7"]: "reference"}
    assert (out["gross_rp"], out["mdr_rp"], out["net_rp"]) == (780_013, 1_875, 778_138)
    assert out["journal_number"].startswith("SQ-20261124-")
    mine = [p for p in out["report"]["unsettled"] if p["sale_no"] in s.values()]
    assert all(set(p) == UNSETTLED_KEYS for p in out["report"]["unsettled"])
    assert [p["sale_no"] for p in mine] == [s["P3"], s["P4"], s["P6"]] and mine[0]["age_days"] == 1
    [amb] = out["report"]["ambiguous"]
    assert amb["kind"] == "amount" and sorted(c["sale_no"] for c in amb["candidates"]) == [s["P3"], s["P4"]]
    assert out["report"]["summary"]["settled_count"] == 4

    report = cli.json("qris", "unsettled")  # read-only: no --user needed
    assert set(report) == REPORT_KEYS and report["ambiguous"] == out["report"]["ambiguous"]
    code, text, _ = cli("qris", "unsettled")
    assert code == 0 and "PEMBAYARAN QRIS TANPA SETTLEMENT" in text and s["P6"] in text

    done = cli.json("qris", "match", str(amb["line_id"]), s["P4"], "--user", "bendahara")
    assert done["match"]["kind"] == "manual" and done["journal_number"].startswith("SQ-")
    code, _, err = cli("qris", "match", str(amb["line_id"]), s["P3"], "--user", "bendahara")
    assert code == 2 and "sudah dicocokkan" in err
    code, _, err = cli("qris", "match", str(amb["line_id"]), s["P3"], "--user", "kasir")
    assert code == 2
    undone = cli.json("qris", "unmatch", str(amb["line_id"]), "--reason", "uji", "--user", "bendahara")
    assert undone["sale_no"] == s["P4"]
    check = cli.json("check")
    assert check["ok"] and "piutang_qris_sama_dengan_belum_settle" in {c["name"] for c in check["checks"]}
    imports = cli.json("qris", "imports")
    assert [(i["file_name"], i["lines"], i["matched"]) for i in imports] == [("settlement_acquirer.csv", 6, 4)]

    code, _, err = cli("qris", "reconcile", fixture(tmp_path, "settlement_acquirer.csv"), "--preset",
                       "settlement-acquirer", "--user", "bendahara")
    assert code == 2 and "sudah pernah diimpor" in err


def test_reconcile_text_output(cli, tmp_path):
    code, out, err = cli("qris", "reconcile", fixture(tmp_path, "mutasi_bank.csv"), "--preset", "mutasi-bank",
                         "--user", "bendahara")
    assert code == 0, err
    assert "6 baris disimpan, 2 dilewati" in out and "Rp778.138" in out and "SQ-20261124-" in out


def test_a_bad_file_exits_2_with_the_row_report_and_writes_nothing(cli, tmp_path):
    path = tmp_path / "rusak.csv"
    path.write_text("RRN;Transaction Time;Settlement Date;Amount\r\n"
                    "123456789012;2026-11-23 10:00:30;2026-11-24;5000000\r\n"
                    "000011114321;2026-11-23 10:31:10;2026-11-24;75.000\r\n"
                    "111122223333;kemarin;2026-11-24;1500000\r\n")
    code, out, err = cli("qris", "reconcile", str(path), "--preset", "settlement-acquirer", "--user", "bendahara",
                         "--json")
    assert code == 2 and out == ""
    assert "ditolak: 2 dari 3 baris" in err and "- Baris 3" in err and "- Baris 4" in err and "Baris 2" not in err
    assert cli.json("qris", "imports") == []
    code, _, err = cli("qris", "reconcile", str(path), "--preset", "tidak-ada", "--user", "bendahara")
    assert code == 2 and "settlement-acquirer" in err
    code, _, err = cli("qris", "reconcile", str(tmp_path / "hilang.csv"), "--preset", "mutasi-bank",
                       "--user", "bendahara")
    assert code == 2 and "tidak ditemukan" in err


def test_presets_list_save_and_delete(cli, tmp_path):
    presets = cli.json("qris", "presets")
    assert [p["name"] for p in presets] == ["settlement-acquirer", "mutasi-bank"]
    assert all(p["builtin"] for p in presets) and presets[0]["config"]["amount_unit"] == "cent"
    config = dict(presets[1]["config"], delimiter=";")
    path = tmp_path / "preset.json"
    path.write_text(json.dumps(config))
    saved = cli.json("qris", "preset-save", "Mutasi BRI", "--file", str(path), "--user", "bendahara")
    assert saved["name"] == "mutasi bri" and saved["config"]["delimiter"] == ";"
    assert [p["name"] for p in cli.json("qris", "presets")][-1] == "mutasi bri"
    code, _, err = cli("qris", "preset-delete", "mutasi-bank", "--user", "bendahara")
    assert code == 2 and "bawaan" in err
    path.write_text(json.dumps({"columns": {"jumlah": "Jumlah"}}))
    code, _, err = cli("qris", "preset-save", "x", "--file", str(path), "--user", "bendahara")
    assert code == 2 and "'jumlah' tidak dikenal" in err
    assert cli("qris", "preset-delete", "mutasi bri", "--user", "bendahara")[0] == 0
    code, text, _ = cli("qris", "presets")
    assert code == 0 and "mutasi bri" not in text and "settlement-acquirer (bawaan)" in text
