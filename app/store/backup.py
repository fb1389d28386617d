"""SQLite backups with the online backup API (safe while tills are writing),
rotation, and a restore that checks the file before replacing anything."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain.errors import DomainError

BACKUP_GLOB = "kopdes-*.sqlite3"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    size_bytes: int
    taken_at: datetime  # aware UTC, from the name


def _stamp(at_utc: datetime) -> str:
    return at_utc.strftime("%Y%m%dT%H%M%S%fZ")


def backup_sqlite(db_path: Path, target_dir: Path, at_utc: datetime, *, label: str = "") -> Path:
    target_dir.mkdir(parents=True, exist_ok=True)
    suffix = f"-{label}" if label else ""
    final = target_dir / f"kopdes-{_stamp(at_utc)}{suffix}.sqlite3"
    partial = final.with_suffix(".partial")
    try:
        src = sqlite3.connect(str(db_path))
        try:
            dst = sqlite3.connect(str(partial))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(final)  # atomic: a half-written backup never looks like a backup
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise DomainError("backup_failed", f"Cadangan gagal dibuat: {_os_reason(exc)}") from exc
    return final


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno == 28:
        return "disk penuh."
    return str(exc)


def list_backups(target_dir: Path) -> list[BackupFile]:
    out = []
    for p in sorted(target_dir.glob(BACKUP_GLOB), reverse=True):
        try:
            stamp = p.stem.split("-")[1]
            taken = datetime.strptime(stamp + "+0000", "%Y%m%dT%H%M%S%fZ%z")
        except (IndexError, ValueError):
            continue
        out.append(BackupFile(p, p.stat().st_size, taken))
    return out


def rotate(target_dir: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond `keep`. Returns what was removed."""
    removed = []
    for old in list_backups(target_dir)[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def inspect_backup(path: Path) -> str:
    """Integrity-check a candidate file; returns its schema revision. Raises DomainError."""
    if not path.is_file():
        raise DomainError("backup_missing", f"Berkas cadangan {path} tidak ditemukan.")
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise DomainError("backup_not_sqlite", f"{path.name} bukan berkas basis data Kopdes.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise DomainError("backup_corrupt", f"Berkas cadangan rusak: {result}")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "journals", "users", "audit_log"} <= tables:
                raise DomainError("backup_not_kopdes", f"{path.name} bukan cadangan Kopdes.")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DomainError("backup_corrupt", f"Berkas cadangan rusak: {exc}") from exc
    if row is None:
        raise DomainError("backup_not_kopdes", f"{path.name} bukan cadangan Kopdes.")
    return row[0]


def restore_sqlite(candidate: Path, db_path: Path, keep_dir: Path, at_utc: datetime) -> Path:
    """Replace the live database with `candidate`. The replaced file is kept first.
    Callers must have checked the candidate and closed every connection."""
    keep_dir.mkdir(parents=True, exist_ok=True)
    kept = keep_dir / f"replaced-{_stamp(at_utc)}.sqlite3"
    if db_path.exists():
        live = sqlite3.connect(str(db_path))
        try:
            dst = sqlite3.connect(str(kept))
            try:
                live.backup(dst)
            finally:
                dst.close()
        finally:
            live.close()
    src = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(db_path))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return kept
