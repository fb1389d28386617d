"""The hub benchmark harness works (its figures come from a full run, never asserted)."""

from tests.bench import bench_hub
from tests.conftest import PG_URL


def test_quick_hub_bench_imports_every_package(tmp_path):
    engines = ("sqlite", "postgres") if PG_URL else ("sqlite",)
    result = bench_hub.run(6, 2, engines, tmp_path / "work", scale=0.02)
    for engine in engines:
        r = result["engines"][engine]
        assert r["packages"] == 12 and r["report"]["rows"] == 6 and r["report"]["operating"] == 5
        assert r["per_package_ms"]["mean"] > 0
