"""The district report: a row per registered cooperative from the newest package covering the
month, the ones without a package shown as such, and the totals (JSON, PDF, XLSX)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.district_report import district_table
from app.domain.errors import DomainError
from app.services import hub, hub_report
from tests.hub_helpers import FakeOutlet, indicators
from tests.pdf_probe import page_count, page_sizes, shows


def _outlet(n: int, desa: str) -> FakeOutlet:
    return FakeOutlet(nib=f"32010120010{n:02d}", name=f"Kopdes Merah Putih {desa}",
                      region={"provinsi": "Jawa Barat", "kabupaten": "Bogor", "kecamatan": "Cibinong", "desa": desa})


@pytest.fixture
def district(hub_ctx, clock):
    """Four cooperatives: two report October (one not operating), one only September, one nothing."""
    a, b, c, d = _outlet(1, "Sukamaju"), _outlet(2, "Sukamulya"), _outlet(3, "Sukasari"), _outlet(4, "Cirimekar")
    for o in (a, b, c, d):
        hub.register(hub_ctx.uow(), o.nib, o.public_key)
    hub.register(hub_ctx.uow(), d.nib, d.public_key, "Kopdes Merah Putih Cirimekar")
    hub.import_package(hub_ctx.uow(), a.package("2026-09", indicators("2026-09", sales_rp=1)))
    clock.advance(days=1)
    hub.import_package(hub_ctx.uow(), a.package("2026-10", indicators(sales_rp=40_000_000, loans_rp=30_000_000,
                                                                     npl="10.00")))
    hub.import_package(hub_ctx.uow(), b.package("2026-10", indicators(
        operating=False, days_open=0, outlet=False, members=20, active=0, sales_rp=0, savings_rp=1_000_000,
        loans_rp=10_000_000, npl="40.00", assets_rp=5_000_000)))
    hub.import_package(hub_ctx.uow(), c.package("2026-09"))
    return a, b, c, d


def test_district_report_rows_and_totals(hub_ctx, backend, district):
    a, b, c, d = district
    r = hub_report.district_report(hub_ctx.reader(), "2026-10")
    by_nib = {row.nib: row for row in r.rows}
    assert [by_nib[o.nib].status for o in district] == ["beroperasi", "tidak_beroperasi", "belum_lapor", "belum_lapor"]
    ra = by_nib[a.nib]
    assert (ra.turnover_rp, ra.loans_outstanding_rp, ra.members_total, ra.members_active, ra.days_open, ra.outlet) == (
        40_000_000, 30_000_000, 120, 100, 27, True)
    assert ra.package.sequence == 2 and ra.last_package.sequence == 2
    assert ra.business_units == ("sembako", "lpg", "simpan_pinjam") and ra.partnerships == ("brilink",)
    rc = by_nib[c.nib]
    assert rc.package is None and rc.last_package.period_to == "2026-09" and rc.turnover_rp is None
    assert by_nib[d.nib].name == "Kopdes Merah Putih Cirimekar" and by_nib[d.nib].last_package is None
    assert (r.registered, r.reported, r.operating, r.with_outlet) == (4, 2, 1, 1)
    assert r.turnover_rp == 40_000_000 and r.savings_rp == 31_000_000 and r.assets_rp == 155_000_000
    assert r.loans_outstanding_rp == 40_000_000 and r.members_total == 140 and r.members_active == 100
    assert r.npl_pct == Decimal("17.50")  # (10% × 30 jt + 40% × 10 jt) / 40 jt
    out = r.as_dict()
    assert out["totals"]["operating"] == 1 and out["totals"]["npl_pct"] == "17.50"
    assert [x["status"] for x in out["rows"]] == [row.status for row in r.rows]
    table = district_table(r)
    assert table.rows[-1].style == "total" and table.rows[-1].cells[7] == 155_000_000
    assert "Beroperasi: 1 dari 4" in table.notes[0]


def test_september_and_a_month_nobody_reported(hub_ctx, backend, district):
    a, b, c, d = district
    sep = hub_report.district_report(hub_ctx.reader(), "2026-09")
    assert {row.nib: row.turnover_rp for row in sep.rows if row.reported} == {a.nib: 1, c.nib: 45_000_000}
    empty = hub_report.district_report(hub_ctx.reader(), "2025-01")
    assert empty.reported == 0 and empty.turnover_rp == 0 and empty.npl_pct is None and empty.registered == 4


def test_a_correction_supersedes_and_a_multi_month_package_covers_its_months(hub_ctx, backend, clock):
    o = _outlet(9, "Sukamaju")
    hub.register(hub_ctx.uow(), o.nib, o.public_key)
    hub.import_package(hub_ctx.uow(), o.package("2026-08", period_from="2026-06"))
    hub.import_package(hub_ctx.uow(), o.package("2026-10", indicators(sales_rp=5)))
    hub.import_package(hub_ctx.uow(), o.package("2026-10", indicators(sales_rp=7), correction_of=2))
    assert hub_report.district_report(hub_ctx.reader(), "2026-10").rows[0].turnover_rp == 7
    jul = hub_report.district_report(hub_ctx.reader(), "2026-07").rows[0]
    assert jul.package.sequence == 1 and (jul.package.period_from, jul.package.period_to) == ("2026-06", "2026-08")
    assert hub_report.district_report(hub_ctx.reader(), "2026-09").rows[0].status == "belum_lapor"


def test_indicators_that_are_missing_or_malformed_show_as_unknown(hub_ctx, backend):
    o = _outlet(7, "Sukamaju")
    hub.register(hub_ctx.uow(), o.nib, o.public_key)
    hub.import_package(hub_ctx.uow(), o.package("2026-10", {"operating": {"operating": True, "days_open": "x"},
                                                            "loans": {"npl_pct": "banyak", "outstanding_rp": 5},
                                                            "members": {"total": True}}))
    [row] = hub_report.district_report(hub_ctx.reader(), "2026-10").rows
    assert row.status == "beroperasi" and row.days_open is None and row.npl_pct is None
    assert row.members_total is None and row.loans_outstanding_rp == 5 and row.turnover_rp is None


def test_bad_period_is_refused(hub_ctx):
    for bad in ("2026-13", "2026-1", "Oktober"):
        with pytest.raises(DomainError) as err:
            hub_report.district_report(hub_ctx.reader(), bad)
        assert err.value.code == "bad_period"


def test_pdf_and_xlsx(hub_ctx, backend, district, tmp_path, clock):
    import openpyxl
    hub.configure(hub_ctx.uow(), name="Dinas Koperasi Kabupaten Bogor", place="Cibinong")
    clock.advance(days=30)
    pdf = hub_report.export(hub_ctx.reader(), "2026-10", "pdf", tmp_path / "d.pdf", compress=False)
    assert page_count(pdf) == 1 and page_sizes(pdf)[0][0] > page_sizes(pdf)[0][1]  # landscape
    for text in ("LAPORAN PERKEMBANGAN KOPERASI", "Oktober 2026", "3201012001001", "Belum lapor",
                 "Beroperasi", "Dinas Koperasi Kabupaten Bogor", "Kepala Dinas", "155.000.000",
                 "Beroperasi: 1 dari 4"):
        assert shows(pdf, text), text
    xlsx = hub_report.export(hub_ctx.reader(), "2026-10", "xlsx", tmp_path / "d.xlsx")
    ws = openpyxl.load_workbook(xlsx)["Laporan"]
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=5)]
    assert len(values) == 5 and values[-1][1] == "JUMLAH" and values[-1][7] == 155_000_000
    assert ws["A1"].value == "Dinas Koperasi Kabupaten Bogor"
    with pytest.raises(DomainError):
        hub_report.export(hub_ctx.reader(), "2026-10", "docx", tmp_path / "d.docx")
