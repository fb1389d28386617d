"""The reports benchmark harness works (its figures come from a full run, never asserted)."""

from tests.bench import bench_reports


def test_quick_reports_bench_reads_every_report(tmp_path):
    result = bench_reports.run(bench_reports.QUICK, tmp_path / "work", quick=True)
    assert set(result["timings_ms"]) == set(bench_reports.TIMED)
    assert result["sample"]["neraca_balanced"] is True and result["sample"]["phu_rows"] > 0
    assert result["counts"]["sales"] >= 1_500 and set(result["goal"]) == {"monthly_neraca_phu_le_s", "worst_ms", "met"}
