"""The benchmark harness itself works (figures are measured by `make bench`, never asserted here)."""

from __future__ import annotations

import json

from tests.bench import run as bench

TOP_KEYS = {"bench", "seed", "quick", "params", "env", "engine", "setup_s", "load", "checks", "post",
            "grow", "checks_big", "trial_balance", "db", "process", "goals"}
LATENCY_KEYS = {"count", "median_ms", "p90_ms", "p99_ms", "max_ms", "min_ms", "mean_ms", "first_ms",
                "cpu_median_ms"}
LOAD_KEYS = {"lines_loaded", "journals_loaded", "seconds", "lines_per_s", "total_lines", "total_journals",
             "day_balance_rows", "date_from", "date_to"}


def test_quick_run_writes_consistent_figures(tmp_path, capsys):
    out = tmp_path / "bench.json"
    assert bench.main(["--quick", "--workdir", str(tmp_path / "work"), "--out", str(out)]) == 0

    result = json.loads(out.read_text(encoding="utf-8"))
    assert json.loads(capsys.readouterr().out) == result  # stdout carries the same single object
    assert TOP_KEYS <= result.keys()
    q = bench.QUICK
    assert result["quick"] is True
    assert (result["params"]["lines"], result["params"]["big_lines"], result["params"]["posts"]) == (
        q["lines"], q["big_lines"], q["posts"])

    # The production engine settings are what got measured.
    assert result["engine"]["journal_mode"] == "wal"
    assert result["engine"]["synchronous"] == "FULL"
    assert result["engine"]["foreign_keys"] is True

    # Bulk history: the books hold exactly the asked-for lines and prove themselves.
    load, grow = result["load"], result["grow"]
    assert LOAD_KEYS <= load.keys() and LOAD_KEYS <= grow.keys()
    assert load["total_lines"] == q["lines"]
    assert 0 < load["lines_loaded"] < q["lines"]  # the demo outlet had a few lines already
    assert load["date_from"] < load["date_to"] == result["params"]["business_date"]
    assert result["checks"]["ok"] is True, result["checks"]["results"]
    assert all(c["ok"] for c in result["checks"]["results"].values())

    # Every post went through the service: one journal each, distinct numbers, all its lines.
    post = result["post"]
    assert LATENCY_KEYS <= post.keys()
    assert post["count"] == post["journals_added"] == post["distinct_numbers"] == q["posts"]
    assert post["lines_added"] == post["lines_expected"]
    assert 2 * q["posts"] <= post["lines_added"] <= 4 * q["posts"]
    assert 0 < post["min_ms"] <= post["median_ms"] <= post["p90_ms"] <= post["p99_ms"] <= post["max_ms"]

    # Growth: exactly big_lines in the end, counting the posted journals' lines too.
    assert grow["total_lines"] == q["big_lines"]
    assert grow["lines_loaded"] == q["big_lines"] - q["lines"] - post["lines_added"]
    assert grow["total_journals"] == load["total_journals"] + post["count"] + grow["journals_loaded"]
    assert result["checks_big"]["ok"] is True, result["checks_big"]["results"]

    # Trial balance: balanced for every date and equal to the raw lines as of today.
    tb = result["trial_balance"]
    assert tb["total_lines"] == q["big_lines"]
    assert tb["matches_lines"] is True
    assert len(tb["by_as_of"]) >= 2
    assert result["params"]["business_date"] in tb["by_as_of"]
    for figures in tb["by_as_of"].values():
        assert figures["balanced"] is True and figures["runs"] >= 5
        assert figures["rows"] > 0 and figures["total_debit_rp"] > 0
    assert tb["cold_ms"] > 0

    assert result["db"]["file_bytes"] > 0
    assert result["process"]["peak_rss_mib"] > 0 and result["process"]["wall_s"] > 0
    assert set(result["goals"]) == {"post_median_le_10ms", "trial_balance_le_1s"}
