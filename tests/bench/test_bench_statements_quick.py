"""The statements benchmark harness works (its figures come from a full run, never asserted)."""

from tests.bench import bench_statements


def test_quick_statements_bench_loads_and_prints_every_member(tmp_path):
    result = bench_statements.run(20, "2026-10", tmp_path / "work")
    load, st = result["load"], result["statements"]
    assert load["members"] == 20 and load["savings_moves"] > 20 * 12 and load["loans"] == 10
    assert st["members"] >= 20 + 100  # the demo's members too
    assert st["files"] == st["members"] + 3 and st["combined_pages"] >= st["members"]
    assert st["loans_with_payments"] >= 10 and set(result["goal"]) == {"total_s", "met"}
