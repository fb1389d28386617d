"""Pure report rules: the PHU member/non-member split, and the identities on random books."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from app.domain.accounts import STARTING_CHART, AccountType
from app.domain.errors import DomainError
from app.domain.reports import build_neraca, build_trial_balance, parse_period
from app.domain.reports_books import build_equity_changes
from app.domain.reports_phu import build_phu, proportional_non_member, split_amount

CHART = {a.code: a for a in STARTING_CHART}
POSTABLE = sorted(c for c, a in CHART.items() if a.postable)
RESULT = [c for c in POSTABLE if CHART[c].type in (AccountType.PENDAPATAN, AccountType.BEBAN)]


def split(code, total, m=200, n=100, hpp=0, retur=0):
    return split_amount(code, total, member_sales_rp=m, non_member_sales_rp=n, hpp_anggota_rp=hpp,
                        retur_anggota_rp=retur)


def test_the_stated_split_rule():
    assert split("4101", 5000) == (5000, 0)
    assert split("4102", 5000) == (0, 5000)
    assert split("4201", 7000) == split("4202", 7000) == split("4203", 7000) == (7000, 0)
    assert split("5202", 100) == (67, 33)  # a third by net sales, remainder to anggota
    assert split("5202", 1, m=1, n=1) == (0, 1)  # half a rupiah rounds up (half-up)
    assert split("5202", 300, m=0, n=0) == (300, 0)  # no sales: all anggota
    assert split("5101", 900, hpp=600) == (600, 300)
    assert split("5101", 900, hpp=5000) == (900, 0)  # never more than the ledger holds
    assert split("4103", -120, retur=20) == (-20, -100)  # returns are negative income
    assert split("5202", -100) == (-67, -33)  # a credit balance expense splits the same way


@given(total=st.integers(-10**12, 10**12), m=st.integers(-10**9, 10**12), n=st.integers(-10**9, 10**12),
       code=st.sampled_from(RESULT), hpp=st.integers(-10**9, 10**12), retur=st.integers(-10**9, 10**12))
def test_columns_always_sum_to_the_total(total, m, n, code, hpp, retur):
    a, b = split(code, total, m, n, hpp, retur)
    assert a + b == total
    if code not in ("4101", "4102", "4103", "5101") and not code.startswith("42"):
        assert abs(b) == proportional_non_member(abs(total), m, n)


@pytest.mark.parametrize("text", ["2026-00", "2026-1", "abc", "20261", "1999-12", "2101"])
def test_bad_periods(text):
    with pytest.raises(DomainError):
        parse_period(text)


def test_periods():
    p = parse_period("2026-03")
    assert (p.start, p.end, p.label) == (date(2026, 3, 1), date(2026, 3, 31), "Maret 2026")
    assert p.previous().key == "2026-02" and parse_period("2026-01").previous().key == "2025-12"
    assert parse_period("2026").previous().key == "2025" and p.year_to_date().start == date(2026, 1, 1)


# --- random books ------------------------------------------------------------------------

amounts = st.integers(1, 5_000_000)
# 3105 moves only by the year-end close (and the SHU distribution, left out here).
ORDINARY = [c for c in POSTABLE if c != "3105"]
journal = st.tuples(st.dates(date(2025, 1, 1), date(2026, 12, 31)),
                    st.lists(st.tuples(st.sampled_from(ORDINARY), amounts), min_size=1, max_size=4),
                    st.sampled_from(ORDINARY))


def _post(lines_by_journal):
    """Balanced journals: the listed debits, one credit of their sum."""
    out = []
    for day, debits, credit_acc in lines_by_journal:
        lines = [(acc, v, 0) for acc, v in debits] + [(credit_acc, 0, sum(v for _, v in debits))]
        out.append((day, "JU", lines))
    return out


def _close_year(journals, year):
    """What the year-end close posts: every income/expense balance of the year to 3105 (TT)."""
    net = defaultdict(int)
    for day, _t, lines in journals:
        if day.year <= year:
            for acc, d, c in lines:
                if acc in RESULT:
                    net[acc] += d - c
    lines = [(acc, max(-v, 0), max(v, 0)) for acc, v in net.items() if v]
    total = sum(d - c for _, d, c in lines)
    lines.append(("3105", max(-total, 0), max(total, 0)))
    return journals + [(date(year, 12, 31), "TT", lines)]


def _cum(journals, as_of):
    net = defaultdict(int)
    for day, _t, lines in journals:
        if day <= as_of:
            for acc, d, c in lines:
                net[acc] += d - c
    return dict(net)


def _moves(journals, start, end, skip_tt=False):
    net = defaultdict(int)
    for day, t, lines in journals:
        if start <= day <= end and not (skip_tt and t == "TT"):
            for acc, d, c in lines:
                net[acc] += d - c
    return dict(net)


@settings(max_examples=60, deadline=None)
@given(js=st.lists(journal, min_size=1, max_size=25), at=st.dates(date(2025, 1, 1), date(2026, 12, 31)),
       close=st.booleans())
def test_identities_on_random_books(js, at, close):
    journals = _post(js)
    if close:
        journals = _close_year(journals, 2025)
    p = parse_period(f"{at:%Y-%m}")
    now, before = _cum(journals, p.end), _cum(journals, p.previous().end)
    n = build_neraca(p, CHART, now, before, p.previous().end)
    assert n.total_aset_rp == n.total_kewajiban_rp + n.total_ekuitas_rp
    tb = build_trial_balance(p, CHART, _cum(journals, p.start - timedelta(days=1)),
                             {a: (max(v, 0), max(-v, 0)) for a, v in _moves(journals, p.start, p.end).items()})
    assert tb.total_debit_rp == tb.total_credit_rp
    # The Neraca's current SHU = every PHU since the books began, closing journals left out.
    since = build_phu(p, CHART, _moves(journals, date(2000, 1, 1), p.end, skip_tt=True),
                      hpp_anggota_rp=0, retur_anggota_rp=0)
    assert since.shu_rp == n.shu_berjalan_rp
    # A closed year still shows its result.
    year = build_phu(parse_period("2025"), CHART, _moves(journals, date(2025, 1, 1), date(2025, 12, 31), skip_tt=True),
                     hpp_anggota_rp=0, retur_anggota_rp=0)
    plain = build_phu(parse_period("2025"), CHART, _moves(_post(js), date(2025, 1, 1), date(2025, 12, 31)),
                      hpp_anggota_rp=0, retur_anggota_rp=0)
    assert year.shu_rp == plain.shu_rp
    eq = build_equity_changes(p, CHART, _cum(journals, p.start - timedelta(days=1)), now,
                              {a: (max(v, 0), max(-v, 0)) for a, v in _moves(journals, p.start, p.end).items()})
    assert eq.closing_rp == n.total_ekuitas_rp


def test_the_sales_trend_is_per_day_for_a_month_and_per_month_for_longer():
    from app.domain.reports_sales import SalesLine, SalesRecap
    from app.domain.reports_table import sales_table
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(45)]
    lines = tuple(SalesLine(d.isoformat(), d.strftime("%d-%m-%Y"), 1, 1000, 100 * (i + 1), 10, 50)
                  for i, d in enumerate(days))
    year = SalesRecap("2026", "Tahun 2026", lines, (), (), 0, 0)
    [chart] = sales_table(year).charts
    assert chart.labels == ("Jan", "Feb") and "bulan" in chart.title
    assert sum(chart.series[0][1]) == year.member_rp and sum(chart.series[1][1]) == year.non_member_rp
    month = SalesRecap("2026-01", "Januari 2026", lines[:31], (), (), 0, 0)
    [chart] = sales_table(month).charts
    assert len(chart.labels) == 31 and chart.labels[0] == "01-01"
