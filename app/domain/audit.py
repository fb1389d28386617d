"""Hash-chained audit records: each row's hash covers the previous row's hash,
so changing, removing or reordering any row breaks every hash after it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: datetime  # aware UTC
    username: str
    action: str
    entity: str
    detail: str  # canonical JSON text
    prev_hash: str
    hash: str


def canonical_detail(detail: dict | None) -> str:
    return json.dumps(detail or {}, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def record_hash(prev_hash: str, seq: int, at: datetime, username: str, action: str,
                entity: str, detail: str) -> str:
    payload = "\x1f".join([prev_hash, str(seq), at.strftime("%Y-%m-%dT%H:%M:%S.%f"),
                           username, action, entity, detail])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainVerdict:
    ok: bool
    checked: int
    first_broken_seq: int | None = None
    reason: str = ""


def verify_chain(records: Iterable[AuditRecord]) -> ChainVerdict:
    prev_hash = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for rec in records:
        if rec.seq != expected_seq:
            return ChainVerdict(False, checked, rec.seq, f"nomor urut {expected_seq} hilang")
        if rec.prev_hash != prev_hash:
            return ChainVerdict(False, checked, rec.seq, "tidak tersambung ke baris sebelumnya")
        if record_hash(rec.prev_hash, rec.seq, rec.at, rec.username, rec.action,
                       rec.entity, rec.detail) != rec.hash:
            return ChainVerdict(False, checked, rec.seq, "isi baris telah diubah")
        prev_hash = rec.hash
        expected_seq += 1
        checked += 1
    return ChainVerdict(True, checked)
