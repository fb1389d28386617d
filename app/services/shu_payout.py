"""Paying each member's SHU after the distribution (bendahara, journal.post).

- One member (`pay`): in cash (Debit 2106 SHU Anggota Belum Dibayar, Credit 1101 Kas), by
  transfer (Credit 1102) or into the member's simpanan sukarela (Credit the sukarela
  account, with a savings movement through the savings building blocks, so savings =
  their accounts still holds). One `SB-` journal, the share marked paid, audited, a slip
  queued on the station's printer for the member to sign — all in one transaction.
- Everyone still unpaid into sukarela (`pay_all_to_sukarela`): one `SB-` journal, one
  savings movement per active member; no slips (the monthly statement shows it). Members
  who left after the year end are paid in cash only.
A share is paid once; replaying the same UUID returns the first payout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID, uuid4

from sqlalchemy import bindparam, select, update

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, NotFound
from app.domain.fmt import rupiah
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.savings import CASH_ACCOUNT, SavingsType
from app.domain.shu import ACCOUNTS
from app.services import audit, ledger, members, printing, profile, receipts, savings
from app.services.shu import parse_year
from app.store.models import JournalRow
from app.store.models_shop import MemberRow
from app.store.models_shu import ShuDistributionRow, ShuShareRow
from app.store.uow import UnitOfWork

METHODS = {"tunai": "Tunai", "transfer": "Transfer bank", "sukarela": "Ke simpanan sukarela"}


@dataclass(frozen=True)
class Payout:
    year: int
    member_no: str
    member_name: str
    method: str
    jma_rp: int
    jua_rp: int
    journal_number: str
    paid_on: date
    print_job_id: int | None = None

    @property
    def total_rp(self) -> int:
        return self.jma_rp + self.jua_rp


@dataclass(frozen=True)
class BulkPayout:
    year: int
    journal_number: str
    members: int
    total_rp: int
    left_for_cash: int  # unpaid shares of members who have left: cash only


@dataclass(frozen=True)
class ShareStatus:
    member_no: str
    member_name: str
    member_active: bool
    modal_rp: int
    purchases_rp: int
    interest_rp: int
    jma_rp: int
    jua_rp: int
    paid_method: str | None
    paid_on: date | None
    paid_doc: str | None

    @property
    def total_rp(self) -> int:
        return self.jma_rp + self.jua_rp


def _distribution(uow: UnitOfWork, year: int) -> ShuDistributionRow:
    row = uow.session.get(ShuDistributionRow, year)
    if row is None:
        raise DomainError("not_distributed", f"SHU tahun {year} belum dibagi: bukukan pembagiannya dulu "
                                             f"(kopdes shu distribute --year {year}).")
    return row


def shares(uow: UnitOfWork, actor: Actor, year: int | str) -> list[ShareStatus]:
    """Each member's share of a distributed year and whether it is paid, by member number."""
    actor.require(Permission.REPORT_VIEW)
    year = parse_year(year)
    with uow:
        _distribution(uow, year)
        rows = uow.session.execute(select(ShuShareRow, MemberRow).join(MemberRow, MemberRow.id == ShuShareRow.member_id)
                                   .where(ShuShareRow.year == year).order_by(MemberRow.member_no))
        return [ShareStatus(m.member_no, m.name, m.status == "aktif", s.modal_rp, s.purchases_rp, s.interest_rp,
                            s.jma_rp, s.jua_rp, s.paid_method, s.paid_on, s.paid_doc) for s, m in rows]


def _payout_of(uow: UnitOfWork, share: ShuShareRow, member: MemberRow, job: int | None = None) -> Payout:
    return Payout(share.year, member.member_no, member.name, share.paid_method or "", share.jma_rp, share.jua_rp,
                  share.paid_doc or "", share.paid_on, job)


def _mark_paid(uow: UnitOfWork, actor: Actor, share: ShuShareRow, method: str, journal, on: date) -> None:
    share.paid_method, share.paid_on, share.paid_at = method, on, uow.now()
    share.paid_doc, share.paid_journal_id, share.paid_by = journal.number, journal.id, actor.user_id


def pay(uow: UnitOfWork, actor: Actor, year: int | str, member_no: str, method: str = "tunai", *,
        uuid: UUID | None = None, station: str | None = None) -> Payout:
    """Pay one member's share (see the module's docstring)."""
    actor.require(Permission.JOURNAL_POST)
    year = parse_year(year)
    method = (method or "").strip().lower()
    if method not in METHODS:
        raise DomainError("bad_method", "Cara bayar SHU harus tunai, transfer, atau sukarela.")
    uuid = uuid or uuid4()
    with uow:
        _distribution(uow, year)
        member = members.row_by_no(uow, member_no)
        savings.locked_member(uow, member.member_no)
        share = uow.session.get(ShuShareRow, (year, member.id))
        if share is None:
            raise NotFound("no_share", f"Anggota {member.member_no} tidak mendapat SHU tahun {year}.")
        if share.paid_journal_id is not None:
            paid = uow.session.get(JournalRow, share.paid_journal_id)
            if paid.uuid == str(uuid):
                return _payout_of(uow, share, member)
            raise DomainError("already_paid", f"SHU {year} anggota {member.member_no} sudah dibayar "
                                              f"({share.paid_doc}, {METHODS[share.paid_method]}).")
        total = share.jma_rp + share.jua_rp
        on = profile.business_date(uow)
        memo = f"SHU {year} {member.member_no} {member.name}"
        if method == "sukarela":
            if member.status != "aktif":
                raise DomainError("member_not_active", f"{member.member_no} sudah keluar: SHU-nya dibayar tunai.")
            credit = savings.rules_in(uow).account(SavingsType.SUKARELA)
        else:
            credit = CASH_ACCOUNT[method]
        journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
            uuid, on, f"Pembayaran {memo}"[:200],
            (LineDraft(ACCOUNTS["anggota"], debit_rp=total), LineDraft(credit, credit_rp=total, memo=METHODS[method])),
            doc_type="SB"), source=("shu", member.member_no))
        if method == "sukarela":
            savings.add_move_in(uow, actor.user_id, member, SavingsType.SUKARELA, "setor", None, total, on,
                                journal.number, journal.id, uuid=str(uuid), memo=f"SHU tahun buku {year}")
        _mark_paid(uow, actor, share, method, journal, on)
        audit.append(uow, actor.username, "shu.pay", journal.number,
                     {"year": year, "member": member.member_no, "method": method, "jma_rp": share.jma_rp,
                      "jua_rp": share.jua_rp, "total_rp": total})
        job = _slip(uow, actor, station, share, member, journal.number, method)
        result = _payout_of(uow, share, member, job)
        uow.commit()
        return result


def _slip(uow: UnitOfWork, actor: Actor, station: str | None, share: ShuShareRow, member: MemberRow, number: str,
          method: str) -> int | None:
    if not station or not actor.can(Permission.PRINT):
        return None
    rows = [("Tahun buku", str(share.year)), ("Jasa modal", rupiah(share.jma_rp)), ("Jasa usaha", rupiah(share.jua_rp)),
            ("Cara", METHODS[method])]
    if method == "sukarela":
        rows.append(("Saldo sukarela", rupiah(savings.balances_in(uow, member.id)["sukarela"])))
    slip = receipts.document_slip(printing.header_in(uow), "Pembayaran SHU", number, uow.now(), rows,
                                  who=actor.username, member=f"{member.member_no} {member.name}",
                                  total=("JUMLAH", rupiah(share.jma_rp + share.jua_rp)),
                                  signatures=("Anggota", "Bendahara"))
    return printing.print_document_in(uow, actor, station, number, f"Pembayaran SHU {member.member_no}", slip).id


def pay_all_to_sukarela(uow: UnitOfWork, actor: Actor, year: int | str, *, uuid: UUID | None = None) -> BulkPayout:
    """Every unpaid share of an active member into their simpanan sukarela, one journal."""
    actor.require(Permission.JOURNAL_POST)
    year = parse_year(year)
    uuid = uuid or uuid4()
    with uow:
        _distribution(uow, year)
        s = uow.session
        first = s.execute(select(JournalRow).where(JournalRow.uuid == str(uuid))).scalar_one_or_none()
        if first is not None:
            paid = list(s.execute(select(ShuShareRow).where(ShuShareRow.paid_journal_id == first.id)).scalars())
            return BulkPayout(year, first.number, len(paid), sum(x.jma_rp + x.jua_rp for x in paid),
                              _left_for_cash(uow, year))
        todo = [(share, m) for share, m in s.execute(
            select(ShuShareRow, MemberRow).join(MemberRow, MemberRow.id == ShuShareRow.member_id)
            .where(ShuShareRow.year == year, ShuShareRow.paid_method.is_(None), MemberRow.status == "aktif")
            .order_by(MemberRow.id).with_for_update())]
        todo = [(share, m) for share, m in todo if share.jma_rp + share.jua_rp > 0]
        if not todo:
            raise DomainError("nothing_to_pay", f"Tidak ada SHU {year} anggota aktif yang belum dibayar.")
        total = sum(share.jma_rp + share.jua_rp for share, _ in todo)
        on = profile.business_date(uow)
        credit = savings.rules_in(uow).account(SavingsType.SUKARELA)
        journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
            uuid, on, f"Pembayaran SHU tahun buku {year} ke simpanan sukarela ({len(todo)} anggota)",
            (LineDraft(ACCOUNTS["anggota"], debit_rp=total), LineDraft(credit, credit_rp=total,
                                                                       memo=f"{len(todo)} anggota")),
            doc_type="SB"), source=("shu", str(year)))
        # The shares are marked in one UPDATE at the end: an ORM change per share would be
        # flushed by every movement's flush (3,000 members: 23 s instead of a few).
        for share, member in todo:
            uow.session.expunge(share)
            savings.add_move_in(uow, actor.user_id, member, SavingsType.SUKARELA, "setor", None,
                                share.jma_rp + share.jua_rp, on, journal.number, journal.id,
                                memo=f"SHU tahun buku {year}")
        t = ShuShareRow.__table__
        s.execute(update(t).where(t.c.year == bindparam("y"), t.c.member_id == bindparam("m")).values(
            paid_method="sukarela", paid_on=on, paid_at=uow.now(), paid_doc=journal.number, paid_journal_id=journal.id,
            paid_by=actor.user_id), [{"y": year, "m": share.member_id} for share, _ in todo])
        audit.append(uow, actor.username, "shu.pay_all", journal.number,
                     {"year": year, "members": len(todo), "total_rp": total})
        result = BulkPayout(year, journal.number, len(todo), total, _left_for_cash(uow, year))
        uow.commit()
        return result


def _left_for_cash(uow: UnitOfWork, year: int) -> int:
    return len(list(uow.session.execute(
        select(ShuShareRow.member_id).join(MemberRow, MemberRow.id == ShuShareRow.member_id)
        .where(ShuShareRow.year == year, ShuShareRow.paid_method.is_(None))).scalars()))
