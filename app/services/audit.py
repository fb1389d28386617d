"""The append-only, hash-chained audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select

from app.domain.audit import GENESIS_HASH, AuditRecord, ChainVerdict, canonical_detail, record_hash, verify_chain
from app.domain.auth import Actor, Permission
from app.store.models import AuditHeadRow, AuditRow
from app.store.uow import UnitOfWork


_HEAD = AuditHeadRow.__table__
_LOCK_HEAD = select(_HEAD.c.last_seq, _HEAD.c.last_hash).where(_HEAD.c.id == 1).with_for_update()
_NEW_HEAD = _HEAD.insert().values(id=1, last_seq=0, last_hash=GENESIS_HASH)
_ADD_ROW = AuditRow.__table__.insert()
_MOVE_HEAD = _HEAD.update().where(_HEAD.c.id == 1).values(last_seq=bindparam("seq"), last_hash=bindparam("hash"))


def append(uow: UnitOfWork, username: str, action: str, entity: str = "", detail: dict | None = None) -> int:
    """Add one row in the caller's transaction. The head row is locked so appends
    from several tills serialise instead of forking the chain. Plain statements,
    no ORM objects: every sale and journal appends a row."""
    s = uow.session
    head = s.execute(_LOCK_HEAD).first()
    if head is None:
        s.execute(_NEW_HEAD)
        last_seq, last_hash = 0, GENESIS_HASH
    else:
        last_seq, last_hash = head
    at = uow.now()
    seq = last_seq + 1
    text = canonical_detail(detail)
    h = record_hash(last_hash, seq, at, username[:32], action, entity[:120], text)
    s.execute(_ADD_ROW, {"seq": seq, "at": at, "username": username[:32], "action": action,
                         "entity": entity[:120], "detail": text, "prev_hash": last_hash, "hash": h})
    s.execute(_MOVE_HEAD, {"seq": seq, "hash": h})
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
