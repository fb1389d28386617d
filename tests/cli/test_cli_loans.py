"""`kopdes loan schedule`: the pure calculator (no database is touched or needed)."""

import json

import pytest

from tests.cli.conftest import CLI


@pytest.fixture
def calc(capsys, monkeypatch, clock, tmp_path):
    return CLI(capsys, monkeypatch, clock, tmp_path / "never" / "kopdes.sqlite3")


def test_schedule_json_ojk_example(calc, tmp_path):
    code, out, err = calc("loan", "schedule", "--principal", "12.000.000", "--term", "12", "--annual-rate", "17",
                          "--method", "flat", "--start", "2026-01-31", "--json", pin=None)
    assert code == 0, err
    data = json.loads(out)
    assert data["total_interest_rp"] == 2_040_000 and data["effective_annual_rate"] == 30.03
    rows = data["installments"]
    assert len(rows) == 12 and set(rows[0]) == {"no", "due_date", "principal_rp", "interest_rp", "installment_rp",
                                                "balance_rp"}
    assert [r["due_date"] for r in rows[:3]] == ["2026-02-28", "2026-03-31", "2026-04-30"]
    assert all(r["installment_rp"] == 1_170_000 for r in rows) and rows[-1]["balance_rp"] == 0
    assert not (tmp_path / "never").exists()  # a calculator: no database made


def test_schedule_round_to_and_text_output(calc):
    code, out, _ = calc("loan", "schedule", "--principal", "5000000", "--term", "10", "--monthly-rate", "1,75",
                        "--method", "anuitas", "--round-to", "1000", "--start", "2026-11-23", pin=None)
    assert code == 0
    assert "Rp5.000.000" in out and "suku bunga efektif" in out and "bunga 1,75% per bulan" in out
    lines = [line for line in out.splitlines() if line.strip()[:2].strip().isdigit()]
    assert len(lines) == 10


@pytest.mark.parametrize("args,words", [
    (("--principal", "-5", "--term", "12", "--monthly-rate", "1", "--method", "flat"), "lebih dari nol"),
    (("--principal", "1000000,50", "--term", "12", "--monthly-rate", "1", "--method", "flat"), "bilangan bulat"),
    (("--principal", "1000000", "--term", "0", "--monthly-rate", "1", "--method", "flat"), "Jangka waktu"),
    (("--principal", "1000000", "--term", "12", "--monthly-rate", "x", "--method", "flat"), "angka persen"),
    (("--principal", "1000000", "--term", "12", "--monthly-rate", "1", "--method", "bunga"), "flat, anuitas"),
    (("--principal", "1000000", "--term", "12", "--monthly-rate", "1", "--annual-rate", "12", "--method", "flat"),
     "not allowed|tidak"),
    (("--principal", "1000000", "--term", "12", "--monthly-rate", "1", "--method", "flat", "--start", "31-01-2026"),
     "TTTT-BB-HH"),
])
def test_schedule_refusals_exit_2(calc, args, words):
    import re
    code, out, err = calc("loan", "schedule", *args, pin=None)
    assert code == 2 and not out and re.search(words, err)
