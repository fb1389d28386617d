import hashlib
import sqlite3
from datetime import date
from uuid import uuid4

import pytest

from app.domain.errors import DomainError
from app.domain.ledger import JournalDraft, LineDraft
from app.services import audit, backups, ledger, settings
from app.store import backup as store_backup

pytestmark = pytest.mark.sqlite_only


def _post(ctx, actor, amount=50_000):
    return ledger.post_journal(ctx.uow(), actor, JournalDraft(uuid4(), date(2026, 11, 23), "Sewa", (
        LineDraft("5203", debit_rp=amount), LineDraft("1101", credit_rp=amount))))


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_is_a_checked_sqlite_file_and_is_audited(demo_ctx, login):
    pengawas = login("pengawas")
    result = backups.backup_now(demo_ctx, login("admin"))
    assert result.path.parent == demo_ctx.backup_dir and result.size_bytes > 0
    assert store_backup.inspect_backup(result.path)  # integrity ok, Kopdes schema
    assert backups.last_backup_at(demo_ctx) == demo_ctx.uows.clock()
    assert audit.entries(demo_ctx.reader(), pengawas, limit=1)[0].action == "backup.create"
    assert not backups.automatic_backup_due(demo_ctx)


def test_automatic_backups_rotate(demo_ctx, clock, login):
    settings.change(demo_ctx.uow(), login("admin"), {"backup.keep": 3})
    assert backups.automatic_backup_due(demo_ctx)
    for _ in range(5):
        backups.backup_now(demo_ctx, None)
        clock.advance(hours=25)
        assert backups.automatic_backup_due(demo_ctx)
    assert len(backups.list_backups(demo_ctx)) == 3


def test_restore_brings_back_the_old_state_and_keeps_the_replaced_file(demo_ctx, login):
    admin, b = login("admin"), login("bendahara")
    saved = backups.backup_now(demo_ctx, admin)
    later = _post(demo_ctx, b)
    result = backups.restore(demo_ctx, admin, saved.path)
    with pytest.raises(DomainError):
        ledger.get_journal(demo_ctx.reader(), login("bendahara"), later.number)
    kept = sqlite3.connect(result.replaced_copy)
    assert kept.execute("SELECT count(*) FROM journals WHERE number = ?", (later.number,)).fetchone()[0] == 1
    kept.close()
    pengawas = login("pengawas")
    recent = [e.action for e in audit.entries(demo_ctx.reader(), pengawas, limit=4)]
    assert "backup.restore" in recent and "journal.post" not in recent
    assert audit.verify(demo_ctx.reader(), pengawas).ok


@pytest.mark.parametrize("content, code", [
    (b"bukan basis data sama sekali", "backup_not_sqlite"),
    (None, "backup_not_kopdes"),
    ("truncated", "backup_corrupt"),
])
def test_bad_restore_files_are_refused_and_change_nothing(demo_ctx, login, tmp_path, content, code):
    admin = login("admin")
    bad = tmp_path / "cadangan.sqlite3"
    if content is None:
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    elif content == "truncated":
        good = backups.backup_now(demo_ctx, admin).path.read_bytes()
        bad.write_bytes(good[: len(good) // 2])
    else:
        bad.write_bytes(content)
    before = _digest(demo_ctx.sqlite_path)
    with pytest.raises(DomainError) as err:
        backups.restore(demo_ctx, admin, bad)
    assert err.value.code == code
    assert _digest(demo_ctx.sqlite_path) == before


def test_backup_to_a_full_disk_fails_cleanly(demo_ctx, login, tmp_path, monkeypatch):
    def disk_full(*_a, **_k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(store_backup.Path, "replace", disk_full)
    with pytest.raises(DomainError) as err:
        backups.backup_now(demo_ctx, login("admin"), to_dir=tmp_path / "usb")
    assert "disk penuh" in err.value.message
    assert list((tmp_path / "usb").iterdir()) == []
