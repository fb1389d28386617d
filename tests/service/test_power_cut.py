"""A process killed mid-transaction leaves the books as they were; one killed right
after commit keeps what it committed (WAL + synchronous=FULL)."""

import subprocess
import sys
import textwrap

import pytest

from app.services import checks, ledger

pytestmark = pytest.mark.sqlite_only

SCRIPT = textwrap.dedent("""
    import os, sys
    from datetime import date, datetime, timezone
    from uuid import UUID
    from app.bootstrap import open_context
    from app.domain.ledger import JournalDraft, LineDraft
    from app.services import audit, auth, ledger

    db, when = sys.argv[1], sys.argv[2]
    clock = lambda: datetime(2026, 11, 23, 3, 0, tzinfo=timezone.utc)
    ctx = open_context(db, clock=clock)
    actor = auth.login(ctx.uow(), "bendahara", "123456")
    draft = JournalDraft(UUID(int=77), date(2026, 11, 23), "Listrik saat mati lampu",
                         (LineDraft("5202", debit_rp=123_000), LineDraft("1101", credit_rp=123_000)))
    if when == "before-commit":
        original = audit.append
        def cut(uow, *a, **k):
            original(uow, *a, **k)
            os._exit(9)  # lines, balances and audit are written but not committed
        audit.append = cut
        ledger.audit.append = cut
        ledger.post_journal(ctx.uow(), actor, draft)
    else:
        ledger.post_journal(ctx.uow(), actor, draft)
        os._exit(9)
""")


def _run(db, when):
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(db), when], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr


def test_power_cut_before_commit_loses_only_the_unfinished_journal(demo_ctx, login):
    b = login("bendahara")
    count = ledger.count_journals(demo_ctx.reader(), b)
    demo_ctx.close()
    _run(demo_ctx.sqlite_path, "before-commit")
    assert ledger.count_journals(demo_ctx.reader(), b) == count
    assert checks.run_checks(demo_ctx.reader()).ok


def test_power_cut_after_commit_keeps_the_journal(demo_ctx, login):
    b = login("bendahara")
    count = ledger.count_journals(demo_ctx.reader(), b)
    demo_ctx.close()
    _run(demo_ctx.sqlite_path, "after-commit")
    assert ledger.count_journals(demo_ctx.reader(), b) == count + 1
    assert ledger.list_journals(demo_ctx.reader(), b, text="mati lampu")[0].total_rp == 123_000
    assert checks.run_checks(demo_ctx.reader()).ok
