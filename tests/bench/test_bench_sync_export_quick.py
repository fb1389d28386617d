"""The district export benchmark harness works (its figures come from a full run, never asserted)."""

from tests.bench import bench_sync_export


def test_quick_sync_export_bench_exports_and_verifies_a_month(tmp_path):
    result = bench_sync_export.run(bench_sync_export.QUICK, tmp_path / "work", quick=True)
    assert set(result["timings_s"]) == {"export", "re_export_same", "verify"}
    package = result["package"]
    assert package["sequence"] == 1 and package["same_bytes_again"] is True and package["verified"] is True
    assert package["counts"]["sales_rows"] > 0 and package["counts"]["journal_lines"] > 0
    assert package["counts"]["members"] == bench_sync_export.QUICK["members"]
    assert set(result["goal"]) == {"export_month_le_s", "export_s", "met"}
