"""Members as the till sees them: lookup by number, name or card QR; kasbon limits.
(Registration, savings and statements come with the members-and-savings feature.)"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, NotFound
from app.domain.fmt import rupiah
from app.services import audit
from app.store.models_shop import MemberCreditMoveRow, MemberRow
from app.store.uow import UnitOfWork


@dataclass(frozen=True)
class MemberInfo:
    id: int
    member_no: str
    name: str
    status: str
    credit_limit_rp: int
    credit_balance_rp: int

    @property
    def credit_available_rp(self) -> int:
        return max(self.credit_limit_rp - self.credit_balance_rp, 0)


def to_info(row: MemberRow) -> MemberInfo:
    return MemberInfo(row.id, row.member_no, row.name, row.status, row.credit_limit_rp, row.credit_balance_rp)


def row_by_no(uow: UnitOfWork, member_no: str) -> MemberRow:
    text = member_no.strip().upper()
    if text.startswith("KOPDES:"):  # the member card's QR carries a prefix
        text = text.split(":", 1)[1]
    row = uow.session.execute(select(MemberRow).where(MemberRow.member_no == text)).scalar_one_or_none()
    if row is None:
        raise NotFound("member_not_found", f"Anggota {member_no.strip()!r} tidak ditemukan.")
    return row


def find(uow: UnitOfWork, actor: Actor, member_no: str) -> MemberInfo:
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        return to_info(row_by_no(uow, member_no))


def search(uow: UnitOfWork, actor: Actor, text: str, *, limit: int = 20) -> list[MemberInfo]:
    actor.require(Permission.MEMBER_VIEW)
    q = select(MemberRow)
    for word in text.casefold().split():
        q = q.where(or_(MemberRow.search_text.contains(word, autoescape=True),
                        MemberRow.member_no == word.upper()))
    with uow:
        return [to_info(r) for r in uow.session.execute(q.order_by(MemberRow.name).limit(limit)).scalars()]


def set_credit_limit(uow: UnitOfWork, actor: Actor, member_no: str, limit_rp: int) -> MemberInfo:
    actor.require(Permission.MEMBER_CREDIT)
    if isinstance(limit_rp, bool) or not isinstance(limit_rp, int) or not 0 <= limit_rp <= 100_000_000:
        raise DomainError("bad_limit", "Batas kasbon harus rupiah bulat 0 sampai Rp100.000.000.")
    with uow:
        row = row_by_no(uow, member_no)
        old, row.credit_limit_rp = row.credit_limit_rp, limit_rp
        audit.append(uow, actor.username, "member.credit_limit", row.member_no, {"old": old, "new": limit_rp})
        info = to_info(row)
        uow.commit()
        return info


def charge_credit(uow: UnitOfWork, row: MemberRow, amount_rp: int, doc_number: str) -> None:
    """Kasbon moves in the caller's transaction: + a credit sale, - a credited return."""
    if amount_rp > 0 and row.credit_balance_rp + amount_rp > row.credit_limit_rp:
        raise DomainError("credit_limit", f"Kasbon {row.name} melebihi batas: sisa batas "
                                          f"{rupiah(max(row.credit_limit_rp - row.credit_balance_rp, 0))}.")
    row.credit_balance_rp += amount_rp
    uow.session.add(MemberCreditMoveRow(member_id=row.id, at=uow.now(), amount_rp=amount_rp, doc_number=doc_number))
