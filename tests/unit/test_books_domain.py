"""Pure rules of the year close, account codes and journal templates."""

from datetime import date
from uuid import uuid4

import pytest
from hypothesis import given, strategies as st

from app.domain.accounts import STARTING_CHART, AccountType
from app.domain.accounts_admin import SYSTEM_ACCOUNTS, deactivate_problems, new_account_problems, suggest_code
from app.domain.errors import DomainError
from app.domain.journal_templates import BUILTIN, JournalTemplate, from_config, merged, template_problems
from app.domain.ledger import PostingRules, journal_problems, net_by_account
from app.domain.year_close import closing_plan, closing_uuid, parse_year

CHART = {a.code: a for a in STARTING_CHART}
PNL = [a for a in STARTING_CHART if a.postable and a.type in (AccountType.PENDAPATAN, AccountType.BEBAN)]
OTHER = [a for a in STARTING_CHART if a.postable and a.type not in (AccountType.PENDAPATAN, AccountType.BEBAN)]


@given(st.lists(st.tuples(st.sampled_from(PNL + OTHER), st.integers(-10**12, 10**12)), max_size=30))
def test_the_closing_journal_empties_income_and_expenses_into_3105(balances):
    merged_balances: dict = {}
    for acc, net in balances:
        merged_balances[acc.code] = merged_balances.get(acc.code, 0) + net
    plan = closing_plan(2025, [(CHART[c], n) for c, n in merged_balances.items()])
    pnl = {c: n for c, n in merged_balances.items() if CHART[c] in PNL and n}
    assert {l.code for l in plan.lines} == set(pnl)
    assert plan.shu_rp == -sum(pnl.values())
    if not pnl:
        with pytest.raises(DomainError):
            plan.draft()
        return
    draft = plan.draft()
    effect = net_by_account(draft.lines)
    assert all(effect[c] == -n for c, n in pnl.items())  # every income and expense to zero
    assert effect.get("3105", 0) == -plan.shu_rp  # a surplus credits SHU Tahun Berjalan
    rules = PostingRules(CHART, date(2026, 1, 5), "2025-11")
    assert journal_problems(draft, rules) == []  # balanced, one side per line, known accounts
    assert draft.doc_type == "TT" and draft.date == date(2025, 12, 31) and draft.uuid == closing_uuid(2025)


def test_a_loss_debits_shu_and_returns_are_closed_too():
    plan = closing_plan(2025, [(CHART["4101"], -1_000_000), (CHART["4103"], 50_000), (CHART["5101"], 1_200_000),
                               (CHART["1101"], 999)])
    assert (plan.income_rp, plan.expense_rp, plan.shu_rp) == (950_000, 1_200_000, -250_000)
    lines = {l.account: (l.debit_rp, l.credit_rp) for l in plan.draft().lines}
    assert lines == {"4101": (1_000_000, 0), "4103": (0, 50_000), "5101": (0, 1_200_000), "3105": (250_000, 0)}


@pytest.mark.parametrize("text", ["25", "20255", "abcd", "1999", " "])
def test_bad_years(text):
    with pytest.raises(DomainError):
        parse_year(text)
    assert parse_year(" 2025 ") == 2025


def test_account_codes():
    assert suggest_code("52", CHART) == "5211"
    assert suggest_code("12", CHART) == "1205"  # the lowest free: 1209 is taken, 1205 is not
    assert suggest_code("11", CHART) == "1109"
    assert new_account_problems("52", "5211", "Beban Keamanan", CHART) == []
    assert new_account_problems("52", "52a1", "Beban Keamanan", CHART)
    assert new_account_problems("1", "1301", "Aset Lain", CHART)  # a top header: no leaf directly under it
    assert SYSTEM_ACCOUNTS <= set(CHART)


def test_deactivation_rules():
    assert deactivate_problems(CHART["5206"], 5_000) == []  # an expense: the year close empties it
    assert "bersaldo" in deactivate_problems(CHART["1204"], 1)[0]
    assert deactivate_problems(CHART["1204"], 0) == []
    assert "otomatis" in deactivate_problems(CHART["4101"], 0)[0]


def test_templates_fill_a_balanced_journal_and_round_trip():
    t = JournalTemplate("bbm", "BBM motor", "5204", "1102", 40_000)
    draft = t.draft(uuid4(), date(2026, 11, 2), 40_000)
    assert [(l.account, l.debit_rp, l.credit_rp) for l in draft.lines] == [("5204", 40_000, 0),
                                                                          ("1102", 0, 40_000)]
    assert from_config([t.config()]) == [t]
    assert all(template_problems(b, CHART) == [] for b in BUILTIN)
    override = JournalTemplate("gaji", "Gaji", "5201", amount_rp=2_000_000)
    assert [x.key for x in merged([t, override])] == ["gaji", "listrik", "sewa", "transport", "atk", "bbm"]
    assert merged([override])[0].amount_rp == 2_000_000
    for bad in ([{"key": "x"}], "x", [t.config(), t.config()]):
        with pytest.raises(DomainError):
            from_config(bad)
