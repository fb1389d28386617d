"""The append-only, hash-chained audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.domain.audit import GENESIS_HASH, AuditRecord, ChainVerdict, canonical_detail, record_hash, verify_chain
from app.domain.auth import Actor, Permission
from app.store.models import AuditHeadRow, AuditRow
from app.store.uow import UnitOfWork


def append(uow: UnitOfWork, username: str, action: str, entity: str = "", detail: dict | None = None) -> int:
    """Add one row in the caller's transaction. The head row is locked so appends
    from several tills serialise instead of forking the chain."""
    s = uow.session
    head = s.execute(select(AuditHeadRow).where(AuditHeadRow.id == 1).with_for_update()).scalar_one_or_none()
    if head is None:
        head = AuditHeadRow(id=1, last_seq=0, last_hash=GENESIS_HASH)
        s.add(head)
    at = uow.now()
    seq = head.last_seq + 1
    text = canonical_detail(detail)
    h = record_hash(head.last_hash, seq, at, username[:32], action, entity[:120], text)
    s.add(AuditRow(seq=seq, at=at, username=username[:32], action=action, entity=entity[:120],
                   detail=text, prev_hash=head.last_hash, hash=h))
    head.last_seq, head.last_hash = seq, h
    s.flush()
    return seq


def _records(uow: UnitOfWork):
    for row in uow.session.execute(select(AuditRow).order_by(AuditRow.seq)).scalars().yield_per(2000):
        yield AuditRecord(row.seq, row.at, row.username, row.action, row.entity, row.detail,
                          row.prev_hash, row.hash)


def verify_chain_in(uow: UnitOfWork) -> ChainVerdict:
    """Walk the whole chain; also catch rows cut off the end (the head remembers the tip)."""
    verdict = verify_chain(_records(uow))
    if verdict.ok:
        head = uow.session.get(AuditHeadRow, 1)
        last = verdict.checked
        if head is not None and (head.last_seq != last or (last and head.last_hash != _last_hash(uow))):
            return ChainVerdict(False, verdict.checked, last + 1,
                                f"baris terakhir ({head.last_seq}) hilang atau diganti")
    return verdict


def _last_hash(uow: UnitOfWork) -> str:
    return uow.session.execute(select(AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).scalar_one()


def verify(uow: UnitOfWork, actor: Actor) -> ChainVerdict:
    actor.require(Permission.AUDIT_VIEW)
    with uow:
        return verify_chain_in(uow)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    username: str
    action: str
    entity: str
    detail: str


def entries(uow: UnitOfWork, actor: Actor, *, limit: int = 500, offset: int = 0,
            action: str | None = None) -> list[AuditEntry]:
    actor.require(Permission.AUDIT_VIEW)
    with uow:
        q = select(AuditRow).order_by(AuditRow.seq.desc()).limit(limit).offset(offset)
        if action:
            q = q.where(AuditRow.action == action)
        return [AuditEntry(r.seq, r.at, r.username, r.action, r.entity, r.detail)
                for r in uow.session.execute(q).scalars()]
