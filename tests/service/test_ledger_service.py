"""Posting, numbering, idempotency, reversal and trial balance through the services,
on SQLite and (when configured) PostgreSQL."""

from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from uuid import uuid4

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.domain.errors import DomainError
from app.domain.ledger import JournalDraft, LineDraft
from app.services import checks, ledger

TODAY = date(2026, 11, 23)


def expense(amount, on=TODAY, memo="Beli kertas struk", uuid=None, account="5205"):
    return JournalDraft(uuid or uuid4(), on, memo,
                        (LineDraft(account, debit_rp=amount), LineDraft("1101", credit_rp=amount)))


def balances(ctx, actor, as_of=TODAY):
    tb = ledger.trial_balance(ctx.reader(), actor, as_of)
    return {r.code: r.debit_rp - r.credit_rp for r in tb.rows}


def test_post_numbers_per_type_and_day(demo_ctx, login, backend):
    b = login("bendahara")
    first = ledger.post_journal(demo_ctx.uow(), b, expense(10_000))
    second = ledger.post_journal(demo_ctx.uow(), b, expense(20_000))
    older = ledger.post_journal(demo_ctx.uow(), b, expense(5_000, on=date(2026, 11, 2)))
    assert first.number.startswith("JU-20261123-") and second.number.startswith("JU-20261123-")
    assert int(second.number[-4:]) == int(first.number[-4:]) + 1
    assert older.number == "JU-20261102-0001"
    assert first.posted_by == "bendahara" and first.total_rp == 10_000
    assert [l.account for l in first.lines] == ["5205", "1101"]


def test_replaying_a_uuid_returns_the_first_journal(demo_ctx, login, backend):
    b = login("bendahara")
    d = expense(12_500)
    before = balances(demo_ctx, b)
    a = ledger.post_journal(demo_ctx.uow(), b, d)
    again = ledger.post_journal(demo_ctx.uow(), b, d)
    assert again == a
    after = balances(demo_ctx, b)
    assert after["5205"] - before.get("5205", 0) == 12_500  # posted once, not twice
    with pytest.raises(DomainError) as err:
        ledger.post_journal(demo_ctx.uow(), b, expense(99_000, uuid=d.uuid))
    assert err.value.code == "uuid_conflict"


def test_refused_journal_writes_nothing(demo_ctx, login, backend):
    b = login("bendahara")
    count = ledger.count_journals(demo_ctx.reader(), b)
    bad = JournalDraft(uuid4(), TODAY, "Tidak seimbang", (LineDraft("5205", debit_rp=10),
                                                           LineDraft("1101", credit_rp=9)))
    with pytest.raises(DomainError) as err:
        ledger.post_journal(demo_ctx.uow(), b, bad)
    assert any("tidak seimbang" in d for d in err.value.details)
    with pytest.raises(DomainError):
        ledger.post_journal(demo_ctx.uow(), b, expense(10, on=date(2026, 11, 24)))
    assert ledger.count_journals(demo_ctx.reader(), b) == count
    assert checks.run_checks(demo_ctx.reader()).ok


def test_reversal_links_and_restores(demo_ctx, login, backend):
    b = login("bendahara")
    before = balances(demo_ctx, b)
    j = ledger.post_journal(demo_ctx.uow(), b, expense(75_000))
    rev = ledger.reverse_journal(demo_ctx.uow(), b, j.number, "Salah catat nominal")
    assert rev.reverses == j.number and rev.number.startswith("JB-")
    assert "Salah catat nominal" in rev.memo
    assert ledger.get_journal(demo_ctx.reader(), b, j.number).reversed_by == rev.number
    assert balances(demo_ctx, b) == before
    with pytest.raises(DomainError) as err:
        ledger.reverse_journal(demo_ctx.uow(), b, j.number, "lagi")
    assert err.value.code == "already_reversed"
    with pytest.raises(DomainError) as err:
        ledger.reverse_journal(demo_ctx.uow(), b, rev.number, "balik pembalikan")
    assert err.value.code == "reverse_reversal"
    with pytest.raises(DomainError):
        ledger.reverse_journal(demo_ctx.uow(), b, "JU-19990101-0001", "tidak ada")


leaf = st.sampled_from(["1101", "1102", "5201", "5202", "5204", "5205", "4901", "2101", "3103"])


@st.composite
def journals(draw):
    n = draw(st.integers(1, 3))
    debits = [(draw(leaf), draw(st.integers(1, 5_000_000))) for _ in range(n)]
    total = sum(v for _, v in debits)
    credit_acc = draw(leaf)
    day = draw(st.integers(1, 23))
    lines = tuple([LineDraft(a, debit_rp=v) for a, v in debits] + [LineDraft(credit_acc, credit_rp=total)])
    return JournalDraft(uuid4(), date(2026, 11, day), "Uji acak", lines)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(journals(), st.booleans()), min_size=1, max_size=6))
def test_trial_balance_is_the_sum_of_live_journals(demo_ctx, login, backend, batch):
    b = login("bendahara")
    base = balances(demo_ctx, b)
    expected = defaultdict(int, base)
    for draft, reverse in batch:
        info = ledger.post_journal(demo_ctx.uow(), b, draft)
        if reverse:
            ledger.reverse_journal(demo_ctx.uow(), b, info.number, "uji")
        else:
            for l in draft.lines:
                expected[l.account] += l.debit_rp - l.credit_rp
    got = balances(demo_ctx, b)
    assert {k: v for k, v in got.items() if v} == {k: v for k, v in expected.items() if v}
    tb = ledger.trial_balance(demo_ctx.reader(), b, TODAY)
    assert tb.total_debit_rp == tb.total_credit_rp


def test_trial_balance_as_of_a_past_date(demo_ctx, login, backend):
    b = login("bendahara")
    before = balances(demo_ctx, b, date(2026, 11, 10))
    ledger.post_journal(demo_ctx.uow(), b, expense(40_000, on=date(2026, 11, 15)))
    assert balances(demo_ctx, b, date(2026, 11, 10)) == before
    assert balances(demo_ctx, b, date(2026, 11, 15))["5205"] == before.get("5205", 0) + 40_000


def test_closed_period_refuses_postings_until_reopened(demo_ctx, login, backend):
    b, admin = login("bendahara"), login("admin")
    ledger.close_period(demo_ctx.uow(), b, "2026-10")
    with pytest.raises(DomainError) as err:
        ledger.post_journal(demo_ctx.uow(), b, expense(1_000, on=date(2026, 10, 31)))
    assert any("sudah ditutup" in d for d in err.value.details)
    with pytest.raises(DomainError):
        ledger.post_journal(demo_ctx.uow(), b, expense(1_000, on=date(2026, 9, 1)))
    ledger.post_journal(demo_ctx.uow(), b, expense(1_000, on=date(2026, 11, 1)))
    with pytest.raises(DomainError) as err:
        ledger.close_period(demo_ctx.uow(), b, "2026-11")
    assert err.value.code == "period_not_over"
    ledger.reopen_period(demo_ctx.uow(), admin, "2026-10")
    ledger.post_journal(demo_ctx.uow(), b, expense(1_000, on=date(2026, 10, 31)))
    assert [p.status for p in ledger.list_periods(demo_ctx.reader(), b)] == ["open"]


def test_reversal_of_a_journal_in_a_closed_month_is_dated_today(demo_ctx, login, backend):
    b = login("bendahara")
    j = ledger.post_journal(demo_ctx.uow(), b, expense(9_000, on=date(2026, 10, 5)))
    ledger.close_period(demo_ctx.uow(), b, "2026-10")
    rev = ledger.reverse_journal(demo_ctx.uow(), b, j.number, "koreksi")
    assert rev.date == TODAY


def test_list_and_search_journals(demo_ctx, login, backend):
    b = login("bendahara")
    j = ledger.post_journal(demo_ctx.uow(), b, expense(33_000, memo="Bayar tukang las etalase"))
    found = ledger.list_journals(demo_ctx.reader(), b, text="tukang las")
    assert [r.number for r in found] == [j.number] and found[0].total_rp == 33_000
    assert type(found[0].total_rp) is int  # not Decimal (PostgreSQL SUM)
    page1 = ledger.list_journals(demo_ctx.reader(), b, limit=3)
    page2 = ledger.list_journals(demo_ctx.reader(), b, limit=3, offset=3)
    assert len(page1) == 3 and not {r.number for r in page1} & {r.number for r in page2}
    assert page1[0].number == j.number  # newest first


def test_two_tills_posting_at_once_get_distinct_numbers(demo_ctx, login, backend):
    b = login("bendahara")

    def post(i):
        return ledger.post_journal(demo_ctx.uow(), b, expense(1_000 + i)).number
    with ThreadPoolExecutor(max_workers=4) as pool:
        numbers = list(pool.map(post, range(12)))
    assert len(set(numbers)) == 12
    assert checks.run_checks(demo_ctx.reader()).ok
