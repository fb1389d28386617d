"""The database itself refuses changes to posted journals and audit rows, and the
audit chain exposes any tampering done around the triggers."""

from datetime import date
from uuid import uuid4

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.domain.ledger import JournalDraft, LineDraft
from app.services import audit, checks, ledger

STATEMENTS = [
    "UPDATE journals SET memo = 'diubah'",
    "DELETE FROM journals",
    "UPDATE journal_lines SET debit_rp = debit_rp + 1 WHERE debit_rp > 0",
    "DELETE FROM journal_lines",
    "UPDATE audit_log SET username = 'mallory'",
    "DELETE FROM audit_log",
]


@pytest.mark.parametrize("sql", STATEMENTS)
def test_database_refuses_changes_to_posted_rows(demo_ctx, backend, sql):
    with pytest.raises(DBAPIError) as err:
        with demo_ctx.uows.engine.begin() as conn:
            conn.execute(text(sql))
    assert "immutable" in str(err.value)


@pytest.mark.pg_only
def test_postgres_refuses_truncate_too(demo_ctx, backend):
    with pytest.raises(DBAPIError):
        with demo_ctx.uows.engine.begin() as conn:
            conn.execute(text("TRUNCATE journal_lines"))


def test_database_refuses_inserting_into_a_closed_period(demo_ctx, login, backend):
    ledger.close_period(demo_ctx.uow(), login("bendahara"), "2026-10")
    with pytest.raises(DBAPIError) as err:
        with demo_ctx.uows.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO journals (uuid, number, doc_type, date, memo, posted_at, posted_by) "
                "VALUES (:u, 'X-1', 'JU', :d, 'lewat pintu belakang', :d, 1)"),
                {"u": str(uuid4()), "d": date(2026, 10, 15)})
    assert "closed" in str(err.value)


def _bypass(conn, backend, sql):
    """What an attacker with the raw database file could do: drop the guard, then edit."""
    if backend == "sqlite":
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
    else:
        conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
    conn.execute(text(sql))


@pytest.mark.parametrize("sql, broken_seq", [
    ("UPDATE audit_log SET username = 'mallory' WHERE seq = 3", 3),
    ("UPDATE audit_log SET detail = '{}' WHERE seq = 5", 5),
    ("DELETE FROM audit_log WHERE seq = 4", 5),
])
def test_audit_tampering_is_detected_at_the_first_broken_row(demo_ctx, login, backend, sql, broken_seq):
    assert audit.verify(demo_ctx.reader(), login("pengawas")).ok
    with demo_ctx.uows.engine.begin() as conn:
        _bypass(conn, backend, sql)
    verdict = audit.verify(demo_ctx.reader(), login("pengawas"))
    assert not verdict.ok and verdict.first_broken_seq == broken_seq
    report = checks.run_checks(demo_ctx.reader())
    assert not report.ok
    assert [c.name for c in report.checks if not c.ok] == ["rantai_audit"]


def test_cutting_the_tail_of_the_audit_log_is_detected(demo_ctx, login, backend):
    pengawas = login("pengawas")
    last = audit.entries(demo_ctx.reader(), pengawas, limit=1)[0].seq
    with demo_ctx.uows.engine.begin() as conn:
        _bypass(conn, backend, f"DELETE FROM audit_log WHERE seq = {last}")
    assert not audit.verify(demo_ctx.reader(), pengawas).ok


def test_sensitive_actions_are_audited(demo_ctx, login, backend):
    b = login("bendahara")
    j = ledger.post_journal(demo_ctx.uow(), b, JournalDraft(uuid4(), date(2026, 11, 23), "Listrik", (
        LineDraft("5202", debit_rp=200_000), LineDraft("1101", credit_rp=200_000))))
    ledger.reverse_journal(demo_ctx.uow(), b, j.number, "dobel")
    ledger.close_period(demo_ctx.uow(), b, "2026-10")
    actions = [(e.action, e.entity) for e in audit.entries(demo_ctx.reader(), login("pengawas"), limit=20)]
    assert ("journal.post", j.number) in actions
    assert ("journal.reverse", j.number) in actions
    assert ("period.close", "2026-10") in actions
    assert ("login", "bendahara") in actions
    assert audit.verify(demo_ctx.reader(), login("admin")).ok


def test_ledger_tampering_is_caught_by_check(demo_ctx, backend):
    with demo_ctx.uows.engine.begin() as conn:
        if backend == "sqlite":
            conn.execute(text("DROP TRIGGER journal_lines_no_update"))
        else:
            conn.execute(text("ALTER TABLE journal_lines DISABLE TRIGGER USER"))
        conn.execute(text("UPDATE journal_lines SET debit_rp = debit_rp + 1000 "
                          "WHERE id = (SELECT MIN(id) FROM journal_lines WHERE debit_rp > 0)"))
    failed = {c.name for c in checks.run_checks(demo_ctx.reader()).checks if not c.ok}
    assert {"jurnal_seimbang", "neraca_saldo_nol", "saldo_harian_akun"} <= failed
