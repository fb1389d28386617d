"""kopdes report NAME --period ... --format json|pdf|xlsx [--out FILE]."""

from __future__ import annotations

import openpyxl
import pytest

from app.services.reports_export import NAMES
from tests import pdf_probe

pytestmark = pytest.mark.sqlite_only  # the CLI runs on the demo's SQLite file


def test_neraca_and_phu_json(cli):
    n = cli.json("report", "neraca", "--period", "2026-10")
    assert n["total_aset_rp"] == n["total_kewajiban_rp"] + n["total_ekuitas_rp"] > 0
    assert n["balanced"] is True and n["period"] == "2026-10"
    shu_row = next(r for r in n["rows"] if r["code"] == "3105")
    assert shu_row["amount_rp"] == n["shu_berjalan_rp"]
    p = cli.json("report", "phu", "--period", "2026")
    assert set(p["columns"]) == {"anggota", "non_anggota"}
    assert p["shu_rp"] == p["shu_anggota_rp"] + p["shu_non_anggota_rp"]
    assert p["columns"]["anggota"]["shu_rp"] == p["shu_anggota_rp"]
    assert p["shu_rp"] == p["total_pendapatan_rp"] - p["total_beban_rp"]
    months = [cli.json("report", "phu", "--period", f"2026-{m:02d}")["shu_rp"] for m in (9, 10)]
    assert cli.json("report", "phu", "--period", "2026-10")["previous_shu_rp"] == months[0]


@pytest.mark.parametrize("name", NAMES)
def test_every_report_as_json(cli, name):
    out = cli.json("report", name, "--period", "2026-11")
    assert out["period"] == "2026-11"


def test_trial_balance_by_period_and_the_old_as_of(cli):
    tb = cli.json("report", "trial-balance", "--period", "2026-11")
    assert tb["total_debit_rp"] == tb["total_credit_rp"] > 0
    old = cli.json("report", "trial-balance", "--as-of", "2026-11-30")
    assert old["total_debit_rp"] == tb["total_debit_rp"]


def test_pdf_and_xlsx_files_carry_the_totals(cli, tmp_path):
    n = cli.json("report", "neraca", "--period", "2026-11")
    pdf = tmp_path / "neraca.pdf"
    code, out, err = cli("report", "neraca", "--period", "2026-11", "--format", "pdf", "--out", str(pdf))
    assert code == 0, err
    for shown in ("NERACA", "Bendahara", "Pengawas", "Ketua", f"{n['total_aset_rp']:,}".replace(",", "."),
                  f"{n['total_ekuitas_rp']:,}".replace(",", ".")):
        assert pdf_probe.shows(pdf, shown), shown
    xlsx = tmp_path / "phu.xlsx"
    code, _, err = cli("report", "phu", "--period", "2026", "--format", "xlsx", "--out", str(xlsx))
    assert code == 0, err
    p = cli.json("report", "phu", "--period", "2026")
    ws = openpyxl.load_workbook(xlsx)["Laporan"]
    values = [c.value for row in ws.iter_rows() for c in row]
    assert p["shu_rp"] in values and p["shu_anggota_rp"] in values
    assert ws.freeze_panes == "A5"


@pytest.mark.parametrize("args, fragment", [
    (("neraca",), "--period"),
    (("neraca", "--period", "2026-13"), "TTTT-BB"),
    (("neraca", "--period", "2026-11", "--format", "doc"), "invalid choice"),
    (("laba-rugi", "--period", "2026"), "invalid choice"),
    (("buku-besar", "--period", "2026-11", "--account", "9999"), "tidak ada"),
    (("kas-harian", "--period", "2026-11", "--account", "1105"), "hanya untuk akun"),
    (("neraca", "--period", "2026-11", "--account", "1101"), "--account hanya"),
    (("neraca", "--period", "2026-11", "--format", "pdf", "--out", "x.xlsx"), "berakhiran .pdf"),
    (("phu", "--period", "2026", "--format", "json", "--out", "x.json"), "--out hanya"),
])
def test_bad_arguments_exit_2_and_write_nothing(cli, tmp_path, monkeypatch, args, fragment):
    work = tmp_path / "kerja"
    work.mkdir()
    monkeypatch.chdir(work)
    code, out, err = cli("report", *args)
    assert code == 2 and fragment in err and out == ""
    assert list(work.iterdir()) == []


def test_a_missing_folder_is_refused(cli, tmp_path):
    code, _, err = cli("report", "phu", "--period", "2026", "--format", "pdf", "--out",
                       str(tmp_path / "tidak-ada" / "phu.pdf"))
    assert code == 2 and "tidak ada" in err
