"""The SHU benchmark harness works (its figures come from a full run, never asserted)."""

from tests.bench import bench_shu


def test_quick_shu_bench_divides_distributes_and_pays(tmp_path):
    result = bench_shu.run(20, tmp_path / "work")
    s = result["shu"]
    assert result["load"]["members"] == 20
    assert s["members"] >= 20 and s["divided"] and s["same_as_simulation"]
    assert s["journal"].startswith("SH-") and s["paid_members"] >= 20
    assert set(result["goal"]) == {"compute_s", "met"}
