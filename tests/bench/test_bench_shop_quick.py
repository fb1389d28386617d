"""The shop benchmark harness works (figures are measured by `make bench`, never asserted here)."""

from __future__ import annotations

import json

import pytest

from tests.bench import run as bench_run
from tests.bench import shop as bench

TOP_KEYS = {"bench", "seed", "quick", "params", "env", "engine", "setup_s", "load", "counts_after_load",
            "counts_end", "barcode_lookup", "search", "checkout", "shift_close", "checks",
            "startup_empty_catalogue", "startup", "auto_backup", "db", "process", "headline", "goals"}
LATENCY_KEYS = {"count", "median_ms", "p90_ms", "p99_ms", "max_ms", "min_ms", "mean_ms"}
GOALS = {"checkout_median_le_15ms", "checkout_p99_le_50ms", "checkout_le_5x_raw", "barcode_le_2ms",
         "search_le_20ms", "shift_close_le_200ms", "startup_le_2s"}


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("shop-bench")
    out = tmp / "shop.json"
    assert bench.main(["--quick", "--workdir", str(tmp / "work"), "--out", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_shape_and_engine(result):
    assert TOP_KEYS <= result.keys()
    assert result["quick"] is True
    q = bench.QUICK
    params = result["params"]
    assert (params["products"], params["members"], params["sales"], params["days"]) == (
        q["products"], q["members"], q["sales"], q["days"])
    # The production engine settings are what got measured.
    assert result["engine"]["journal_mode"] == "wal"
    assert result["engine"]["synchronous"] == "FULL"
    assert result["engine"]["foreign_keys"] is True
    assert set(result["goals"]) == GOALS
    assert all(isinstance(v, bool) for v in result["goals"].values())
    assert result["db"]["file_bytes"] > 0
    assert result["process"]["peak_rss_mib"] > 0 and result["process"]["wall_s"] > 0


def test_history_is_what_was_asked_and_proves_itself(result):
    q, load, counts = bench.QUICK, result["load"], result["counts_after_load"]
    assert counts["products"] == q["products"]
    assert counts["product_barcodes"] >= q["products"]
    assert counts["members"] == q["members"]
    assert counts["sales"] == load["sales"] == counts["sale_payments"] == q["sales"]
    assert counts["sale_lines"] == load["sale_lines"]
    assert 0.8 * q["sale_lines"] <= load["sale_lines"] <= 1.2 * q["sale_lines"]
    assert counts["shifts"] == load["shifts"] == q["days"]  # one a day
    assert counts["stock_moves"] == load["stock_moves"] == load["sale_lines"] + load["receive_moves"]
    assert counts["stock_docs"] == load["stock_docs"] > 0
    assert counts["journals"] == load["journals"] == load["sales"] + load["stock_docs"]
    assert counts["journal_lines"] == load["journal_lines"]
    assert load["date_to"] < result["params"]["business_date"]
    # Every check holds, stock = Persediaan included, after the history and the timed shifts.
    assert result["checks"]["ok"] is True, result["checks"]["results"]
    assert "persediaan_sama_dengan_stok" in result["checks"]["results"]
    assert all(c["ok"] for c in result["checks"]["results"].values())


def test_checkout_and_shift_close(result):
    q, co, sc = bench.QUICK, result["checkout"], result["shift_close"]
    total = q["shifts"] * q["shift_sales"]
    service, raw = co["service"], co["raw_sqlite3"]
    assert LATENCY_KEYS <= service.keys() and LATENCY_KEYS <= raw.keys()
    assert service["count"] + raw["count"] == total
    assert service["count"] == raw["count"]  # they alternate
    assert co["service_lines"] == 5 * service["count"] and co["stock_warnings"] == 0
    for lat in (service, raw):
        assert 0 < lat["min_ms"] <= lat["median_ms"] <= lat["p90_ms"] <= lat["p99_ms"] <= lat["max_ms"]
    assert co["ratio_median"] > 0
    assert 10 <= service["statements_median"] <= 40  # one round trip per table written, not per row
    # Both kinds of sale landed: counted by the shift, balanced by the close.
    before, after = result["counts_after_load"], result["counts_end"]
    assert after["sales"] - before["sales"] == total
    assert after["sale_lines"] - before["sale_lines"] == 5 * total
    assert after["shifts"] - before["shifts"] == q["shifts"]
    assert sc["count"] == len(sc["shifts"]) == q["shifts"]
    for shift in sc["shifts"]:
        assert shift["sales_count"] == q["shift_sales"]
        assert shift["difference_rp"] == 0
        assert shift["expected_cash_rp"] == shift["x_expected_cash_rp"] == shift["sales_total_rp"] + 200_000


def test_lookups_and_search(result):
    q, lookup, search = bench.QUICK, result["barcode_lookup"], result["search"]
    assert lookup["count"] == lookup["found"] == q["lookups"]
    assert set(search["by_term"]) == set(bench.SEARCH_TERMS)
    for term, figures in search["by_term"].items():
        assert figures["results"] == min(search["limit"], figures["matches"]), term
        assert figures["all_relevant"] is True, term
    assert search["by_term"]["zzzz"]["matches"] == 0
    assert search["by_term"]["kecap"]["matches"] > 0
    assert set(search["short_terms"]) == set(bench.SHORT_TERMS)
    for term, figures in search["short_terms"].items():
        assert figures["results"] == min(search["limit"], figures["matches"]) and figures["all_relevant"], term
        assert figures["longest_word"] < 3 and figures["median_ms"] <= figures["p90_ms"]


def test_the_three_cashier_goals_side_by_side(result):
    h = result["headline"]
    assert h["checkout_median_ms"]["value"] == result["checkout"]["service"]["median_ms"]
    assert h["checkout_vs_raw"]["value"] == result["checkout"]["ratio_median"]
    assert h["search_worst_median_ms"]["value"] == result["search"]["worst_median_ms"]
    assert all(isinstance(h[k]["met"], bool) for k in ("checkout_median_ms", "checkout_vs_raw",
                                                         "search_worst_median_ms"))


def test_startup_reaches_the_login_window(result):
    for key in ("startup_empty_catalogue", "startup"):
        runs = result[key]["runs"]
        assert runs and all(r["login_window"] == "LoginWindow" and r["visible"] for r in runs)
        assert all(r["to_login_window_s"] > 0 for r in runs)
    assert len(result["startup"]["runs"]) == bench.QUICK["startup_runs"]
    assert result["startup"]["runs"][0]["os_cache_dropped"] in (True, False)
    assert result["auto_backup"] is None  # not timed in quick mode


def test_make_bench_runs_both_and_keeps_the_ledger_contract():
    ap = bench_run.all_parser()
    args = ap.parse_args(["--quick", "--posts", "3", "--products", "500", "--only", "shop"])
    assert (args.quick, args.posts, args.products, args.only) == (True, 3, 500, "shop")
    assert ap.parse_args([]).only is None  # default: the ledger, then the shop
