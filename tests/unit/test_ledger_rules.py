"""Posting accepts exactly the balanced, well-formed journals."""

from datetime import date
from uuid import uuid4

import pytest
from hypothesis import given, strategies as st

from app.domain.accounts import STARTING_CHART, chart_problems
from app.domain.errors import DomainError
from app.domain.ledger import (MAX_LINE_RP, JournalDraft, LineDraft, PostingRules, ensure_postable,
                               journal_problems, net_by_account, reversal_draft)

CHART = {a.code: a for a in STARTING_CHART}
LEAVES = sorted(c for c, a in CHART.items() if a.postable)
RULES = PostingRules(CHART, today=date(2026, 11, 23), closed_through="2026-09")


def draft(*lines, on=date(2026, 11, 20), memo="Beli ATK"):
    return JournalDraft(uuid4(), on, memo, tuple(lines))


def test_starting_chart_is_well_formed():
    assert chart_problems(STARTING_CHART) == []
    for code in ("1101", "1103", "1105", "1108", "2102", "3101", "3102", "4101", "4102", "5101", "5299"):
        assert CHART[code].postable
    assert CHART["1107"].contra and not CHART["1107"].normal_debit


def test_balanced_journal_is_accepted():
    ensure_postable(draft(LineDraft("5205", debit_rp=25_000), LineDraft("1101", credit_rp=25_000)), RULES)


@pytest.mark.parametrize("lines, fragment", [
    ((LineDraft("5205", debit_rp=25_000),), "paling sedikit 2 baris"),
    ((LineDraft("5205", debit_rp=25_000), LineDraft("1101", credit_rp=24_999)), "tidak seimbang"),
    ((LineDraft("5205", debit_rp=-5), LineDraft("1101", credit_rp=-5)), "negatif"),
    ((LineDraft("5205", debit_rp=5, credit_rp=5), LineDraft("1101", credit_rp=0)), "salah satu"),
    ((LineDraft("5205", debit_rp=0), LineDraft("1101", credit_rp=0)), "salah satu"),
    ((LineDraft("5205", debit_rp=2.5), LineDraft("1101", credit_rp=2.5)), "rupiah bulat"),
    ((LineDraft("5205", debit_rp=True), LineDraft("1101", credit_rp=True)), "rupiah bulat"),
    ((LineDraft("9999", debit_rp=5), LineDraft("1101", credit_rp=5)), "tidak dikenal"),
    ((LineDraft("52", debit_rp=5), LineDraft("1101", credit_rp=5)), "akun kepala"),
    ((LineDraft("5205", debit_rp=MAX_LINE_RP + 1), LineDraft("1101", credit_rp=MAX_LINE_RP + 1)),
     "tidak masuk akal"),
])
def test_bad_journals_are_refused_with_a_reason(lines, fragment):
    problems = journal_problems(draft(*lines), RULES)
    assert any(fragment in p for p in problems), problems
    with pytest.raises(DomainError) as err:
        ensure_postable(draft(*lines), RULES)
    assert err.value.code == "journal_invalid"


def test_future_date_closed_period_and_empty_memo_are_refused():
    ok_lines = (LineDraft("5205", debit_rp=5), LineDraft("1101", credit_rp=5))
    assert any("belum terjadi" in p for p in journal_problems(draft(*ok_lines, on=date(2026, 11, 24)), RULES))
    assert any("sudah ditutup" in p for p in journal_problems(draft(*ok_lines, on=date(2026, 9, 30)), RULES))
    assert any("sudah ditutup" in p for p in journal_problems(draft(*ok_lines, on=date(2025, 1, 1)), RULES))
    assert journal_problems(draft(*ok_lines, on=date(2026, 10, 1)), RULES) == []
    assert any("Keterangan" in p for p in journal_problems(draft(*ok_lines, memo="  "), RULES))


def test_inactive_account_is_refused():
    from dataclasses import replace
    chart = dict(CHART, **{"5205": replace(CHART["5205"], active=False)})
    rules = PostingRules(chart, today=date(2026, 11, 23))
    problems = journal_problems(draft(LineDraft("5205", debit_rp=5), LineDraft("1101", credit_rp=5)), rules)
    assert any("tidak aktif" in p for p in problems)


amounts = st.integers(min_value=1, max_value=10**12)
accounts = st.sampled_from(LEAVES)


@st.composite
def balanced_journals(draw):
    debits = draw(st.lists(st.tuples(accounts, amounts), min_size=1, max_size=6))
    total = sum(a for _, a in debits)
    # split the same total over 1..4 credit lines
    cuts = sorted(draw(st.lists(st.integers(1, total - 1), max_size=3, unique=True))) if total > 1 else []
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, total])]
    credits = [(draw(accounts), p) for p in parts]
    lines = [LineDraft(a, debit_rp=v) for a, v in debits] + [LineDraft(a, credit_rp=v) for a, v in credits]
    return draft(*draw(st.permutations(lines)))


@given(balanced_journals())
def test_every_balanced_journal_is_accepted(j):
    assert journal_problems(j, RULES) == []


@given(balanced_journals(), st.integers(min_value=-10**6, max_value=10**6).filter(lambda n: n != 0))
def test_any_imbalance_is_refused(j, delta):
    first = j.lines[0]
    if first.debit_rp and first.debit_rp + delta > 0:
        broken = LineDraft(first.account, debit_rp=first.debit_rp + delta)
    elif first.credit_rp and first.credit_rp + delta > 0:
        broken = LineDraft(first.account, credit_rp=first.credit_rp + delta)
    else:
        return
    bad = JournalDraft(j.uuid, j.date, j.memo, (broken, *j.lines[1:]))
    assert any("tidak seimbang" in p for p in journal_problems(bad, RULES))


@given(balanced_journals())
def test_reversal_cancels_every_account(j):
    rev = reversal_draft(j.lines, uuid=uuid4(), on=date(2026, 11, 23), original_number="JU-1", reason="salah")
    assert journal_problems(rev, RULES) == []
    combined = net_by_account([*j.lines, *rev.lines])
    assert all(v == 0 for v in combined.values())


def test_reversal_needs_a_reason():
    with pytest.raises(DomainError):
        reversal_draft([], uuid=uuid4(), on=date(2026, 11, 23), original_number="JU-1", reason=" ")
