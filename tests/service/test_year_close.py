"""Month close and year-end close on the demo outlet (books from July 2025), on
SQLite and PostgreSQL."""

import json
from datetime import date
from uuid import uuid4

import pytest

from app.domain.accounts import AccountType
from app.domain.errors import DomainError, PermissionDenied
from app.domain.ledger import JournalDraft, LineDraft
from app.services import audit, checks, ledger, reports, year_close

TODAY = date(2026, 11, 23)
PNL = (AccountType.PENDAPATAN, AccountType.BEBAN)


def expense(amount, on, account="5205"):
    return JournalDraft(uuid4(), on, "Beli ATK",
                        (LineDraft(account, debit_rp=amount), LineDraft("1101", credit_rp=amount)))


def nets(ctx, actor, as_of):
    """Debit-minus-credit per account as of a date, and the account types."""
    tb = ledger.trial_balance(ctx.reader(), actor, as_of)
    return {r.code: r.debit_rp - r.credit_rp for r in tb.rows}


def types(ctx):
    return {a.code: a.type for a in ledger.chart(ctx.reader())}


def journal_count(ctx, actor):
    return ledger.count_journals(ctx.reader(), actor)


def test_closed_months_refuse_postings_and_only_admin_reopens(demo_ctx, login, backend):
    b, admin = login("bendahara"), login("admin")
    ledger.close_period(demo_ctx.uow(), b, "2026-09")
    before = journal_count(demo_ctx, b)
    for day in (date(2026, 9, 30), date(2026, 9, 1), date(2025, 12, 31)):
        with pytest.raises(DomainError) as err:
            ledger.post_journal(demo_ctx.uow(), b, expense(5_000, day))
        assert any("sudah ditutup" in d for d in err.value.details)
    assert journal_count(demo_ctx, b) == before
    for role in ("bendahara", "pengurus", "pengawas", "kasir"):
        with pytest.raises(PermissionDenied):
            ledger.reopen_period(demo_ctx.uow(), login(role), "2026-09")
    assert [p.status for p in ledger.list_periods(demo_ctx.reader(), b)] == ["closed"]
    ledger.reopen_period(demo_ctx.uow(), admin, "2026-09")
    log = audit.entries(demo_ctx.reader(), admin, action="period.reopen")
    assert [(e.username, e.entity) for e in log] == [("admin", "2026-09")]
    assert ledger.post_journal(demo_ctx.uow(), b, expense(5_000, date(2026, 9, 30))).date == date(2026, 9, 30)


def test_year_close_moves_income_and_expenses_to_shu(demo_ctx, login, backend):
    b = login("bendahara")
    kinds = types(demo_ctx)
    before_close = nets(demo_ctx, b, date(2025, 12, 31))
    count = journal_count(demo_ctx, b)
    with pytest.raises(DomainError) as err:  # months still open
        year_close.close_year(demo_ctx.uow(), b, 2025)
    assert err.value.code == "year_not_ready" and "2025-12" in err.value.details[0]
    assert journal_count(demo_ctx, b) == count and not year_close.is_year_closed(demo_ctx.reader(), 2025)

    ledger.close_period(demo_ctx.uow(), b, "2025-12")
    preview = year_close.preview(demo_ctx.reader(), b, 2025)
    pnl_before = {c: v for c, v in before_close.items() if kinds[c] in PNL}
    assert preview.problems == () and pnl_before
    assert preview.shu_rp == -sum(pnl_before.values()) and preview.shu_rp > 0
    assert {l.code: l.net_debit_rp for l in preview.lines} == pnl_before

    result = year_close.close_year(demo_ctx.uow(), b, 2025)
    assert result.shu_rp == preview.shu_rp and result.journal.startswith("TT-20251231-")
    j = ledger.get_journal(demo_ctx.reader(), b, result.journal)
    assert j.doc_type == "TT" and j.date == date(2025, 12, 31)
    after_close = nets(demo_ctx, b, date(2025, 12, 31))
    assert not [c for c, v in after_close.items() if kinds[c] in PNL and v]
    assert after_close.get("3105", 0) == before_close.get("3105", 0) - result.shu_rp
    assert {c: v for c, v in after_close.items() if c != "3105"} == {
        c: v for c, v in before_close.items() if kinds[c] not in PNL and c != "3105"}
    assert year_close.is_year_closed(demo_ctx.reader(), 2025)
    assert year_close.closed_years(demo_ctx.reader()) == [2025]
    # Still closed through December, audited, and refused a second time.
    assert [(p.month, p.status) for p in ledger.list_periods(demo_ctx.reader(), b)] == [("2025-12", "closed")]
    log = audit.entries(demo_ctx.reader(), login("admin"), action="year.close")
    assert [(e.entity, json.loads(e.detail)["shu_rp"], json.loads(e.detail)["journal"]) for e in log] == [
        ("2025", result.shu_rp, result.journal)]
    count = journal_count(demo_ctx, b)
    with pytest.raises(DomainError) as err:
        year_close.close_year(demo_ctx.uow(), b, 2025)
    assert err.value.code == "year_closed" and journal_count(demo_ctx, b) == count
    assert year_close.preview(demo_ctx.reader(), b, 2025).closed


def test_opening_balances_of_the_new_year_are_the_closing_balances(demo_ctx, login, backend):
    b = login("bendahara")
    kinds = types(demo_ctx)
    ledger.close_period(demo_ctx.uow(), b, "2025-12")
    ledger.post_journal(demo_ctx.uow(), b, expense(75_000, date(2026, 1, 2)))
    year_close.close_year(demo_ctx.uow(), b, 2025)
    closing = nets(demo_ctx, b, date(2025, 12, 31))
    opening = {o.code: o.net_debit_rp for o in year_close.opening_balances(demo_ctx.reader(), b, 2026)}
    assert opening == closing and opening
    assert all(kinds[c] not in PNL for c in opening)  # income and expenses start at zero
    assert sum(opening.values()) == 0
    # A year's P&L accounts now hold that year's activity alone.
    now = nets(demo_ctx, b, date(2026, 1, 2))
    jan2 = {c: v - opening.get(c, 0) for c, v in now.items() if v != opening.get(c, 0)}
    assert jan2["5205"] == 75_000 and now["5205"] == 75_000


def test_year_close_refusals(demo_ctx, login, backend):
    b = login("bendahara")
    with pytest.raises(DomainError) as err:
        year_close.close_year(demo_ctx.uow(), b, 2026)
    assert err.value.code == "year_not_ready" and "belum berakhir" in err.value.details[0]
    for bad in ("25", "dua ribu", "1999x"):
        with pytest.raises(DomainError) as err:
            year_close.close_year(demo_ctx.uow(), b, bad)
        assert err.value.code == "bad_year"
    ledger.close_period(demo_ctx.uow(), b, "2025-12")
    for role in ("admin", "pengurus", "pengawas", "kasir"):
        with pytest.raises(PermissionDenied):
            year_close.close_year(demo_ctx.uow(), login(role), 2025)
    assert not year_close.is_year_closed(demo_ctx.reader(), 2025)
    result = year_close.close_year(demo_ctx.uow(), b, 2025)
    # The closed year stays closed: its journal is not reversed, its December not reopened.
    with pytest.raises(DomainError) as err:
        ledger.reverse_journal(demo_ctx.uow(), b, result.journal, "salah")
    assert err.value.code == "reverse_year_close"
    with pytest.raises(DomainError) as err:
        ledger.reopen_period(demo_ctx.uow(), login("admin"), "2025-12")
    assert err.value.code == "year_closed"


def test_year_close_after_later_months_closed_and_previous_year_first(demo_ctx, login, clock, backend):
    """In January 2027, with every month through December 2026 closed: 2026 waits for
    2025, then both close; the closing journals go into the closed Decembers."""
    clock.advance(days=45)  # 2027-01-07
    b = login("bendahara")
    ledger.close_period(demo_ctx.uow(), b, "2026-12")
    count = journal_count(demo_ctx, b)
    with pytest.raises(DomainError) as err:
        year_close.close_year(demo_ctx.uow(), b, 2026)
    assert err.value.code == "year_not_ready" and any("tahun 2025 dahulu" in d for d in err.value.details)
    assert journal_count(demo_ctx, b) == count
    first = year_close.close_year(demo_ctx.uow(), b, 2025)
    second = year_close.close_year(demo_ctx.uow(), b, 2026)
    assert second.journal.startswith("TT-20261231-") and year_close.closed_years(demo_ctx.reader()) == [2025, 2026]
    end_2026 = nets(demo_ctx, b, date(2026, 12, 31))
    kinds = types(demo_ctx)
    assert not [c for c, v in end_2026.items() if kinds[c] in PNL and v]
    assert end_2026["3105"] == -(first.shu_rp + second.shu_rp)
    assert [p.status for p in ledger.list_periods(demo_ctx.reader(), b)] == ["closed"]
    with pytest.raises(DomainError):  # the lock is back
        ledger.post_journal(demo_ctx.uow(), b, expense(1_000, date(2026, 12, 31)))


def test_overview_lists_months_and_years_for_the_bendahara_and_the_admin(demo_ctx, login):
    b = login("bendahara")
    ledger.close_period(demo_ctx.uow(), b, "2025-12")
    year_close.close_year(demo_ctx.uow(), b, 2025)
    o = year_close.overview(demo_ctx.reader(), login("admin"))  # admin reopens: may read it
    assert o.closed_through == "2025-12" and o.today == TODAY
    assert [m.month for m in o.months][:2] == ["2026-11", "2026-10"] and o.months[-1].month == "2025-07"
    assert [(m.month, m.closed) for m in o.months if m.closed][0] == ("2025-12", True)
    dec = next(m for m in o.months if m.month == "2025-12")
    assert dec.changed_by == "bendahara" and not o.months[0].over and o.months[1].over
    assert [(y.year, y.closed, y.over) for y in o.years] == [(2026, False, False), (2025, True, True)]
    assert o.years[1].journal.startswith("TT-20251231-")
    with pytest.raises(PermissionDenied):
        year_close.overview(demo_ctx.reader(), login("kasir"))


def test_reports_and_checks_agree_with_the_year_close(demo_ctx, login, backend):
    """The PHU leaves the TT journal out (the year's SHU stays what it was), the Neraca's
    totals do not move (the result only moves inside equity), the books still check."""
    b = login("bendahara")
    ledger.close_period(demo_ctx.uow(), b, "2025-12")
    phu_before = reports.phu(demo_ctx.reader(), b, "2025").shu()
    neraca_before = reports.neraca(demo_ctx.reader(), b, "2025-12")
    result = year_close.close_year(demo_ctx.uow(), b, 2025)
    assert reports.phu(demo_ctx.reader(), b, "2025").shu() == phu_before == result.shu_rp
    neraca_after = reports.neraca(demo_ctx.reader(), b, "2025-12")
    assert (neraca_after.total_aset_rp, neraca_after.total_kewajiban_rp, neraca_after.total_ekuitas_rp) == (
        neraca_before.total_aset_rp, neraca_before.total_kewajiban_rp, neraca_before.total_ekuitas_rp)
    assert neraca_after.total_aset_rp == neraca_after.total_kewajiban_rp + neraca_after.total_ekuitas_rp
    report = checks.run_checks(demo_ctx.reader())
    assert report.ok, [c for c in report.checks if not c.ok]
