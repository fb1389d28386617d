"""Member savings: deposits, withdrawals, reversals, balances and movements.

Each movement, in one transaction: the member row is locked (a member's movements never
interleave), the rule is checked against the balance (app/domain/savings.py), the
balance row and the movement row are written, the journal is posted (the movement
carries its number), the audit row is appended, and the slip is queued for the printer.
A movement is never changed: a mistake is reversed with a reason and a pengurus PIN.
Replaying a movement's UUID returns the first result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID, uuid4

from sqlalchemy import func, select, text
from sqlalchemy.orm import aliased

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, NotFound
from app.domain.fmt import rupiah
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.savings import (CASH_ACCOUNT, KINDS, METHODS, SavingsRules, SavingsType, check_deposit,
                                check_withdrawal, parse_method, parse_type)
from app.services import audit, ledger, members, printing, profile, receipts, settings
from app.store.models import JournalRow, UserRow
from app.store.models_savings import SavingsBalanceRow, SavingsMoveRow
from app.store.models_shop import MemberRow
from app.store.uow import UnitOfWork

TYPES = tuple(SavingsType)
DOC_TYPE = {"setor": "SS", "tarik": "TS", "koreksi": "BS"}


@dataclass(frozen=True)
class SavingsMove:
    id: int
    uuid: str
    number: str
    member_no: str
    member_name: str
    type: str
    kind: str
    method: str | None
    amount_rp: int  # + into the savings, - out
    balance_after_rp: int
    business_date: date
    at: datetime
    user: str
    memo: str
    reverses_number: str | None = None
    reversed_by: str | None = None  # the number of the reversal, when reversed

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class MoveResult:
    move: SavingsMove
    balances: dict[str, int]  # the member's balance per type after it
    print_job_id: int | None


# ------------------------------------------------------------------ rules

def rules_in(uow: UnitOfWork) -> SavingsRules:
    g = lambda key: settings.get(uow, f"savings.{key}")  # noqa: E731
    return SavingsRules(g("pokok_rp"), g("wajib_rp"), g("wajib_period_months"), g("sukarela_min_rp"),
                        g("jasa_annual_bp"), g("pokok_class") == "kewajiban", g("wajib_class") == "kewajiban")


def get_rules(uow: UnitOfWork, actor: Actor) -> SavingsRules:
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        return rules_in(uow)


def set_rules(uow: UnitOfWork, actor: Actor, rules: SavingsRules) -> SavingsRules:
    """Change the savings settings. Moving pokok or wajib between equity and liability
    posts a reclassification journal for the balance already held, so the books follow."""
    actor.require(Permission.SAVINGS_SETUP)
    values = {"savings.pokok_rp": rules.pokok_rp, "savings.wajib_rp": rules.wajib_rp,
              "savings.wajib_period_months": rules.wajib_period_months,
              "savings.sukarela_min_rp": rules.sukarela_min_rp, "savings.jasa_annual_bp": rules.jasa_annual_bp,
              "savings.pokok_class": "kewajiban" if rules.pokok_liability else "ekuitas",
              "savings.wajib_class": "kewajiban" if rules.wajib_liability else "ekuitas"}
    with uow:
        before = rules_in(uow)
        for key, value in values.items():
            settings.put(uow, key, value)
        after = rules_in(uow)
        lines = []
        for stype in (SavingsType.POKOK, SavingsType.WAJIB):
            old, new = before.account(stype), after.account(stype)
            held = total_in(uow, stype)
            if old != new and held:
                lines += [LineDraft(old, debit_rp=held), LineDraft(new, credit_rp=held)]
        journal = None
        if lines:
            journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
                uuid4(), profile.business_date(uow), "Reklasifikasi simpanan anggota", tuple(lines), doc_type="RK"))
        audit.append(uow, actor.username, "savings.rules", "", {
            "before": _rules_dict(before), "after": _rules_dict(after), "journal": journal.number if journal else None})
        uow.commit()
        return after


def _rules_dict(r: SavingsRules) -> dict:
    return {"pokok_rp": r.pokok_rp, "wajib_rp": r.wajib_rp, "wajib_period_months": r.wajib_period_months,
            "sukarela_min_rp": r.sukarela_min_rp, "jasa_annual_bp": r.jasa_annual_bp,
            "pokok_liability": r.pokok_liability, "wajib_liability": r.wajib_liability}


# ------------------------------------------------------------------ building blocks

def locked_member(uow: UnitOfWork, member_no: str) -> MemberRow:
    """The member row, locked for the rest of the transaction (PostgreSQL; SQLite's write
    transaction already holds the database)."""
    row = members.row_by_no(uow, member_no)
    uow.session.execute(select(MemberRow.id).where(MemberRow.id == row.id).with_for_update())
    return row


def balances_in(uow: UnitOfWork, member_id: int) -> dict[str, int]:
    found = dict(uow.session.execute(select(SavingsBalanceRow.type, SavingsBalanceRow.balance_rp).where(
        SavingsBalanceRow.member_id == member_id)).all())
    return {t.value: int(found.get(t.value, 0)) for t in TYPES}


def balances_of_many(uow: UnitOfWork, member_ids: list[int]) -> dict[tuple[int, str], int]:
    if not member_ids:
        return {}
    rows = uow.session.execute(select(SavingsBalanceRow.member_id, SavingsBalanceRow.type,
                                      SavingsBalanceRow.balance_rp).where(SavingsBalanceRow.member_id.in_(member_ids)))
    return {(m, t): int(b) for m, t, b in rows}


def total_in(uow: UnitOfWork, stype: SavingsType) -> int:
    return int(uow.session.execute(select(func.coalesce(func.sum(SavingsBalanceRow.balance_rp), 0)).where(
        SavingsBalanceRow.type == stype.value)).scalar_one())


_ENSURE_BALANCE = text("INSERT INTO savings_balances (member_id, type, balance_rp) VALUES (:m, :t, 0) "
                       "ON CONFLICT DO NOTHING")


def add_move_in(uow: UnitOfWork, user_id: int, member: MemberRow, stype: SavingsType, kind: str,
                method: str | None, amount_rp: int, on: date, number: str, journal_id: int, *,
                uuid: str | None = None, memo: str = "", reverses_id: int | None = None) -> SavingsMoveRow:
    """Write one movement and its balance within the caller's transaction (the caller
    posts the journal; several movements may share one, e.g. an import or jasa)."""
    s = uow.session
    s.execute(_ENSURE_BALANCE, {"m": member.id, "t": stype.value})
    bal = s.get(SavingsBalanceRow, (member.id, stype.value))
    new_balance = bal.balance_rp + amount_rp
    if new_balance < 0:
        raise DomainError("insufficient", f"Saldo {stype.label} {member.name} {rupiah(bal.balance_rp)} tidak cukup.")
    bal.balance_rp = new_balance
    row = SavingsMoveRow(uuid=uuid or str(uuid4()), member_id=member.id, type=stype.value, kind=kind, method=method,
                         amount_rp=amount_rp, balance_after_rp=new_balance, business_date=on, at=uow.now(),
                         doc_number=number, journal_id=journal_id, user_id=user_id, memo=memo[:200],
                         reverses_id=reverses_id)
    s.add(row)
    s.flush()
    return row


def cash_lines(method: str, stype: SavingsType, rules: SavingsRules, amount_rp: int,
                into_savings: bool) -> tuple[LineDraft, ...]:
    cash, saving = CASH_ACCOUNT[method], rules.account(stype)
    if into_savings:
        return (LineDraft(cash, debit_rp=amount_rp), LineDraft(saving, credit_rp=amount_rp, memo=stype.label))
    return (LineDraft(saving, debit_rp=amount_rp, memo=stype.label), LineDraft(cash, credit_rp=amount_rp))


def move_of(uow: UnitOfWork, row: SavingsMoveRow) -> SavingsMove:
    member = uow.session.get(MemberRow, row.member_id)
    user = uow.session.get(UserRow, row.user_id)
    reverses = uow.session.get(SavingsMoveRow, row.reverses_id) if row.reverses_id else None
    reversal = uow.session.execute(select(SavingsMoveRow.doc_number).where(
        SavingsMoveRow.reverses_id == row.id)).scalar_one_or_none()
    return SavingsMove(row.id, row.uuid, row.doc_number, member.member_no, member.name, row.type, row.kind,
                       row.method, row.amount_rp, row.balance_after_rp, row.business_date, row.at,
                       user.username if user else "", row.memo, reverses.doc_number if reverses else None, reversal)


def _replayed(uow: UnitOfWork, uuid: UUID, member_no: str, stype: SavingsType, kind: str,
              amount_rp: int) -> MoveResult | None:
    row = uow.session.execute(select(SavingsMoveRow).where(SavingsMoveRow.uuid == str(uuid))).scalar_one_or_none()
    if row is None:
        return None
    move = move_of(uow, row)
    if (move.member_no, move.type, move.kind, move.amount_rp) != (members.row_by_no(uow, member_no).member_no,
                                                                  stype.value, kind, amount_rp):
        raise DomainError("uuid_conflict", "UUID ini sudah dipakai untuk transaksi simpanan lain.")
    return MoveResult(move, balances_in(uow, row.member_id), None)


def slip_in(uow: UnitOfWork, actor: Actor, station: str | None, move: SavingsMove, title: str,
            balances: dict[str, int], *, signatures: tuple[str, ...] = ("Anggota", "Petugas")) -> int | None:
    """Queue the movement's slip on this station's printer (in the movement's transaction)."""
    if not station or not actor.can(Permission.PRINT):
        return None
    rows = [("Jenis", SavingsType(move.type).label), ("Transaksi", move.kind_label)]
    if move.method:
        rows.append(("Cara", METHODS[move.method]))
    if move.memo:
        rows.append(("Ket.", move.memo))
    rows.append(("Saldo", rupiah(move.balance_after_rp)))
    slip = receipts.document_slip(printing.header_in(uow), title, move.number, move.at, rows, who=actor.username,
                                  member=f"{move.member_no} {move.member_name}",
                                  total=("JUMLAH", rupiah(abs(move.amount_rp))), signatures=signatures)
    return printing.print_document_in(uow, actor, station, move.number, f"{title} {move.member_no}", slip).id


# ------------------------------------------------------------------ use cases

def deposit(uow: UnitOfWork, actor: Actor, member_no: str, savings_type: str | SavingsType, amount_rp: int, *,
            method: str = "tunai", memo: str = "", uuid: UUID | None = None, station: str | None = None) -> MoveResult:
    """Setoran simpanan (cash or transfer): Debit Kas/Bank, Credit the savings account."""
    actor.require(Permission.SAVINGS_POST)
    stype = parse_type(str(savings_type))
    method = parse_method(method)
    uuid = uuid or uuid4()
    with uow:
        replay = _replayed(uow, uuid, member_no, stype, "setor", amount_rp)
        if replay:
            return replay
        member = locked_member(uow, member_no)
        rules = rules_in(uow)
        check_deposit(stype, amount_rp, balances_in(uow, member.id)[stype.value], rules, member.status == "aktif")
        result = post_move_in(uow, actor, member, stype, "setor", method, amount_rp, memo, uuid, station,
                       cash_lines(method, stype, rules, amount_rp, True), f"Setoran {stype.label.lower()}")
        uow.commit()
        return result


def withdraw(uow: UnitOfWork, actor: Actor, member_no: str, savings_type: str | SavingsType, amount_rp: int, *,
             method: str = "tunai", memo: str = "", uuid: UUID | None = None, station: str | None = None) -> MoveResult:
    """Penarikan sukarela (pokok and wajib come back only on exit: `member_registry.exit_member`)."""
    actor.require(Permission.SAVINGS_POST)
    stype = parse_type(str(savings_type))
    method = parse_method(method)
    uuid = uuid or uuid4()
    with uow:
        replay = _replayed(uow, uuid, member_no, stype, "tarik", -amount_rp)
        if replay:
            return replay
        member = locked_member(uow, member_no)
        if member.status != "aktif":
            raise DomainError("member_not_active", "Anggota sudah keluar: simpanannya dikembalikan saat keluar.")
        rules = rules_in(uow)
        check_withdrawal(stype, amount_rp, balances_in(uow, member.id)[stype.value], rules)
        result = post_move_in(uow, actor, member, stype, "tarik", method, -amount_rp, memo, uuid, station,
                       cash_lines(method, stype, rules, amount_rp, False), f"Penarikan {stype.label.lower()}")
        uow.commit()
        return result


def post_move_in(uow: UnitOfWork, actor: Actor, member: MemberRow, stype: SavingsType, kind: str, method: str | None,
          amount_rp: int, memo: str, uuid: UUID, station: str | None, lines: tuple[LineDraft, ...],
          title: str, *, reverses_id: int | None = None) -> MoveResult:
    """One movement with its own journal, audit row and slip (caller's transaction)."""
    on = profile.business_date(uow)
    text_memo = f"{title} {member.member_no} {member.name}" + (f": {memo.strip()}" if memo.strip() else "")
    journal = ledger.post_in(uow, actor.user_id, actor.username,
                             JournalDraft(uuid, on, text_memo[:200], lines, doc_type=DOC_TYPE[kind]),
                             source=("savings", member.member_no))
    row = add_move_in(uow, actor.user_id, member, stype, kind, method, amount_rp, on, journal.number, journal.id,
                      uuid=str(uuid), memo=memo.strip(), reverses_id=reverses_id)
    move = move_of(uow, row)
    balances = balances_in(uow, member.id)
    audit.append(uow, actor.username, f"savings.{kind}", journal.number,
                 {"member": member.member_no, "type": stype.value, "amount_rp": amount_rp, "method": method,
                  "balance_after_rp": row.balance_after_rp, "memo": memo.strip()})
    job = slip_in(uow, actor, station, move, title, balances)
    return MoveResult(move, balances, job)


def reverse(uow: UnitOfWork, actor: Actor, number: str, reason: str, approver: Actor, *,
            uuid: UUID | None = None, station: str | None = None) -> MoveResult:
    """Reverse one movement (setoran or penarikan) with a reason, approved by a pengurus
    (`auth.authorize_override` with member.exit gives `approver`). The journal is
    reversed; the balance goes back; the original stays, marked as reversed."""
    actor.require(Permission.SAVINGS_POST)
    if approver.user_id == actor.user_id or not approver.can(Permission.MEMBER_EXIT):
        raise DomainError("approval_required", "Pembalikan simpanan perlu persetujuan pengurus lain (PIN).")
    if not reason.strip():
        raise DomainError("reason_required", "Alasan pembalikan wajib diisi.")
    uuid = uuid or uuid4()
    with uow:
        done = uow.session.execute(select(SavingsMoveRow).where(SavingsMoveRow.uuid == str(uuid))).scalar_one_or_none()
        if done is not None:
            return MoveResult(move_of(uow, done), balances_in(uow, done.member_id), None)
        original = uow.session.execute(select(SavingsMoveRow).where(
            SavingsMoveRow.doc_number == number.strip().upper(),
            SavingsMoveRow.kind.in_(("setor", "tarik")))).scalars().all()
        if len(original) != 1:
            raise NotFound("move_not_found", f"Setoran/penarikan simpanan {number.strip()!r} tidak ditemukan.")
        orig = original[0]
        if uow.session.execute(select(SavingsMoveRow.id).where(SavingsMoveRow.reverses_id == orig.id)).first():
            raise DomainError("already_reversed", f"{orig.doc_number} sudah dibalik.")
        member = locked_member(uow, uow.session.get(MemberRow, orig.member_id).member_no)
        stype = SavingsType(orig.type)
        if balances_in(uow, member.id)[stype.value] - orig.amount_rp < 0:
            raise DomainError("insufficient", f"Setoran {orig.doc_number} sudah terpakai (saldo tidak cukup "
                                              "untuk dibalik); catat penarikan atau koreksi lain.")
        original_journal = ledger.draft_of(uow, uow.session.get(JournalRow, orig.journal_id))
        lines = tuple(LineDraft(l.account, debit_rp=l.credit_rp, credit_rp=l.debit_rp, memo=l.memo)
                      for l in original_journal.lines)
        on = profile.business_date(uow)
        journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
            uuid, on, f"Pembalikan {orig.doc_number}: {reason.strip()}"[:200], lines, doc_type="BS"),
            source=("savings", member.member_no), reverses_id=orig.journal_id)
        row = add_move_in(uow, actor.user_id, member, stype, "koreksi", orig.method, -orig.amount_rp, on,
                          journal.number, journal.id, uuid=str(uuid), memo=reason.strip(), reverses_id=orig.id)
        move = move_of(uow, row)
        balances = balances_in(uow, member.id)
        audit.append(uow, actor.username, "savings.reverse", journal.number,
                     {"original": orig.doc_number, "member": member.member_no, "type": stype.value,
                      "amount_rp": -orig.amount_rp, "reason": reason.strip(), "approved_by": approver.username})
        job = slip_in(uow, actor, station, move, "Pembalikan simpanan", balances)
        uow.commit()
        return MoveResult(move, balances, job)


# ------------------------------------------------------------------ reading

def get_move(uow: UnitOfWork, actor: Actor, number: str) -> SavingsMove:
    """One deposit or withdrawal by its number (what `reverse` takes), with its reversal if any."""
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        rows = uow.session.execute(select(SavingsMoveRow).where(
            SavingsMoveRow.doc_number == number.strip().upper(),
            SavingsMoveRow.kind.in_(("setor", "tarik")))).scalars().all()
        if len(rows) != 1:
            raise NotFound("move_not_found", f"Setoran/penarikan simpanan {number.strip()!r} tidak ditemukan.")
        return move_of(uow, rows[0])


def balances(uow: UnitOfWork, actor: Actor, member_no: str) -> dict[str, int]:
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        return balances_in(uow, members.row_by_no(uow, member_no).id)


def totals(uow: UnitOfWork, actor: Actor) -> dict[str, int]:
    """The whole cooperative's savings per type."""
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        return {t.value: total_in(uow, t) for t in TYPES}


def list_moves(uow: UnitOfWork, actor: Actor, member_no: str, *, date_from: date | None = None,
               date_to: date | None = None, savings_type: str | None = None, limit: int = 500) -> list[SavingsMove]:
    """A member's movements, newest first."""
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        member = members.row_by_no(uow, member_no)
        rev = aliased(SavingsMoveRow)
        q = (select(SavingsMoveRow, MemberRow, UserRow, rev.doc_number)
             .join(MemberRow, MemberRow.id == SavingsMoveRow.member_id)
             .join(UserRow, UserRow.id == SavingsMoveRow.user_id)
             .outerjoin(rev, rev.reverses_id == SavingsMoveRow.id)
             .where(SavingsMoveRow.member_id == member.id))
        if date_from:
            q = q.where(SavingsMoveRow.business_date >= date_from)
        if date_to:
            q = q.where(SavingsMoveRow.business_date <= date_to)
        if savings_type:
            q = q.where(SavingsMoveRow.type == parse_type(savings_type).value)
        out = []
        for row, m, user, reversal in uow.session.execute(q.order_by(SavingsMoveRow.id.desc()).limit(limit)):
            reverses = uow.session.get(SavingsMoveRow, row.reverses_id) if row.reverses_id else None
            out.append(SavingsMove(row.id, row.uuid, row.doc_number, m.member_no, m.name, row.type, row.kind,
                                   row.method, row.amount_rp, row.balance_after_rp, row.business_date, row.at,
                                   user.username, row.memo, reverses.doc_number if reverses else None, reversal))
        return out
