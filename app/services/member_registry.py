"""Member registration (e-pendaftaran), profile, listing and exit.

- `register_member`: the form is checked (app/domain/members.py: NIK structure, NIK vs
  birth date and gender, age, RT/RW, phone), the NIK must be unique, the number comes
  from the configured pattern, and the simpanan pokok due is posted in the same
  transaction when paid at joining (else it shows in the arrears list).
- `exit_member`: keluar or meninggal, with date and reason; approved by a pengurus
  (member.exit). All savings are paid out (cash or transfer) in one journal (KA-…);
  refused while the member owes kasbon.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID, uuid4

from sqlalchemy import func, or_, select

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.fmt import rupiah
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.members import (STATUSES, MemberForm, check_exit, check_form, counter_year, member_number)
from app.domain.savings import CASH_ACCOUNT, SavingsType, WajibStatus, parse_method, wajib_status
from app.services import audit, ledger, members, profile, savings, settings
from app.services.catalogue import search_key
from app.store.counters import next_doc_seq
from app.store.models_shop import MemberRow, SaleRow
from app.store.uow import UnitOfWork


@dataclass(frozen=True)
class MemberSummary:
    """One row of the member list."""
    member_no: str
    name: str
    status: str
    join_date: date
    address: str
    phone: str
    pokok_rp: int
    wajib_rp: int
    sukarela_rp: int

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def total_rp(self) -> int:
        return self.pokok_rp + self.wajib_rp + self.sukarela_rp


@dataclass(frozen=True)
class MemberProfile:
    member_no: str
    name: str
    nik: str | None
    birth_place: str
    birth_date: date | None
    gender: str | None
    address: str
    rt: str
    rw: str
    dusun: str
    desa: str
    phone: str
    occupation: str
    join_date: date
    status: str
    exit_date: date | None
    exit_reason: str
    has_photo: bool
    balances: dict[str, int]
    pokok_due_rp: int  # the pokok amount not yet paid
    wajib: WajibStatus  # as of this month
    purchases_year_rp: int  # completed member sales this calendar year
    purchases_year_count: int
    credit_balance_rp: int  # kasbon owed

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def full_address(self) -> str:
        parts = [self.address]
        if self.rt or self.rw:
            parts.append(f"RT {self.rt or '-'}/RW {self.rw or '-'}")
        parts += [p for p in (self.dusun and f"Dusun {self.dusun}", self.desa) if p]
        return ", ".join(parts)


@dataclass(frozen=True)
class RegisterResult:
    profile: MemberProfile
    pokok: savings.MoveResult | None


@dataclass(frozen=True)
class ExitResult:
    profile: MemberProfile
    journal_number: str | None
    paid_out: dict[str, int]
    print_job_id: int | None


# ------------------------------------------------------------------ building blocks

def next_member_no(uow: UnitOfWork, join: date) -> str:
    pattern = settings.get(uow, "member.number_pattern")
    year = counter_year(pattern, join)
    while True:  # numbers made before the pattern (or by hand) are skipped, never reused
        no = member_number(pattern, next_doc_seq(uow.session, "AGT", date(max(year, 1), 1, 1)), join)
        if not uow.session.execute(select(MemberRow.id).where(MemberRow.member_no == no)).first():
            return no


def _refuse_duplicate_nik(uow: UnitOfWork, nik: str, except_id: int | None = None) -> None:
    if not nik:
        return
    q = select(MemberRow.member_no, MemberRow.name).where(MemberRow.nik == nik)
    if except_id is not None:
        q = q.where(MemberRow.id != except_id)
    other = uow.session.execute(q).first()
    if other:
        raise DomainError("duplicate_nik", f"NIK ini sudah terdaftar atas anggota {other.member_no} ({other.name}).")


def add_checked_in(uow: UnitOfWork, username: str, form: MemberForm, *, member_no: str | None = None) -> MemberRow:
    """Insert a checked form (registration and import), within the caller's transaction."""
    _refuse_duplicate_nik(uow, form.nik)
    no = member_no or next_member_no(uow, form.join_date)
    row = MemberRow(member_no=no, name=form.name, nik=form.nik or None, status="aktif", join_date=form.join_date,
                    address=form.address, phone=form.phone, credit_limit_rp=0, credit_balance_rp=0,
                    search_text=search_key(form.name, no.lower(), form.phone), birth_place=form.birth_place,
                    birth_date=form.birth_date, gender=form.gender, rt=form.rt, rw=form.rw, dusun=form.dusun,
                    desa=form.desa, occupation=form.occupation, exit_reason="", photo=form.photo)
    uow.session.add(row)
    uow.session.flush()
    audit.append(uow, username, "member.create", row.member_no, {"name": row.name, "join_date": str(row.join_date)})
    return row


def profile_in(uow: UnitOfWork, row: MemberRow) -> MemberProfile:
    rules = savings.rules_in(uow)
    bal = savings.balances_in(uow, row.id)
    today = profile.business_date(uow)
    year_start = date(today.year, 1, 1)
    bought, count = uow.session.execute(
        select(func.coalesce(func.sum(SaleRow.total_rp), 0), func.count(SaleRow.id)).where(
            SaleRow.member_id == row.id, SaleRow.status == "completed", SaleRow.business_date >= year_start)).one()
    if row.status == "aktif":
        wajib = wajib_status(row.join_date, today.year, today.month, bal["wajib"], rules)
    else:  # the membership has ended and its savings were paid out: nothing is owed any more
        wajib = WajibStatus(0, 0, 0, 0)
    return MemberProfile(
        row.member_no, row.name, row.nik, row.birth_place, row.birth_date, row.gender, row.address, row.rt, row.rw,
        row.dusun, row.desa, row.phone, row.occupation, row.join_date, row.status, row.exit_date, row.exit_reason,
        row.photo is not None, bal, max(rules.pokok_rp - bal["pokok"], 0) if row.status == "aktif" else 0,
        wajib, int(bought), int(count), row.credit_balance_rp)


# ------------------------------------------------------------------ use cases

def register_member(uow: UnitOfWork, actor: Actor, form: MemberForm, *, pokok_method: str | None = "tunai",
                    uuid: UUID | None = None, station: str | None = None) -> RegisterResult:
    """Register a member; `pokok_method` tunai/transfer posts the simpanan pokok paid at
    joining, None leaves it owed."""
    actor.require(Permission.MEMBER_MANAGE)
    uuid = uuid or uuid4()
    with uow:
        today = profile.business_date(uow)
        checked = check_form(form, today=today)
        row = add_checked_in(uow, actor.username, checked)
        rules = savings.rules_in(uow)
        pokok = None
        if pokok_method is not None and rules.pokok_rp > 0:
            method = parse_method(pokok_method)
            actor.require(Permission.SAVINGS_POST)
            pokok = savings.post_move_in(
                uow, actor, row, SavingsType.POKOK, "setor", method, rules.pokok_rp, "saat masuk", uuid, station,
                savings.cash_lines(method, SavingsType.POKOK, rules, rules.pokok_rp, True), "Setoran simpanan pokok")
        result = RegisterResult(profile_in(uow, row), pokok)
        uow.commit()
        return result


def update_member(uow: UnitOfWork, actor: Actor, member_no: str, form: MemberForm) -> MemberProfile:
    """Correct a member's data (the number and join date stay); every change audited."""
    actor.require(Permission.MEMBER_MANAGE)
    with uow:
        row = members.row_by_no(uow, member_no)
        checked = check_form(form, today=profile.business_date(uow))
        _refuse_duplicate_nik(uow, checked.nik, except_id=row.id)
        fields = ("name", "birth_place", "birth_date", "gender", "address", "rt", "rw", "dusun", "desa", "phone",
                  "occupation")
        changes = {}
        for f in fields:
            new = getattr(checked, f)
            if getattr(row, f) != new:
                changes[f] = {"old": str(getattr(row, f)), "new": str(new)}
                setattr(row, f, new)
        if (row.nik or "") != checked.nik:
            changes["nik"] = {"old": row.nik and row.nik[:6] + "…", "new": checked.nik[:6] + "…"}
            row.nik = checked.nik or None
        if form.photo is not None and form.photo != row.photo:
            changes["photo"] = {"old": row.photo is not None, "new": True}
            row.photo = checked.photo
        row.search_text = search_key(row.name, row.member_no.lower(), row.phone)
        if changes:
            audit.append(uow, actor.username, "member.update", row.member_no, changes)
        result = profile_in(uow, row)
        uow.commit()
        return result


def exit_member(uow: UnitOfWork, actor: Actor, member_no: str, reason: str, *, status: str = "keluar",
                exit_date: date | None = None, method: str = "tunai", uuid: UUID | None = None,
                station: str | None = None) -> ExitResult:
    """End a membership and pay out every savings balance (pokok, wajib, sukarela)."""
    actor.require(Permission.MEMBER_EXIT)
    method = parse_method(method)
    uuid = uuid or uuid4()
    with uow:
        row = savings.locked_member(uow, member_no)
        if row.status != "aktif":
            raise DomainError("member_not_active", f"{row.name} sudah tercatat {STATUSES[row.status].lower()}.")
        today = profile.business_date(uow)
        on = exit_date or today
        why = check_exit(status, on, reason, row.join_date, today)
        if row.credit_balance_rp > 0:
            raise DomainError("credit_open", f"{row.name} masih punya kasbon {rupiah(row.credit_balance_rp)}: "
                                             "lunasi dulu sebelum keluar.")
        rules = savings.rules_in(uow)
        bal = {t: v for t, v in savings.balances_in(uow, row.id).items() if v > 0}
        journal, job = None, None
        if bal:
            total = sum(bal.values())
            lines = tuple(LineDraft(rules.account(SavingsType(t)), debit_rp=v, memo=SavingsType(t).label)
                          for t, v in bal.items()) + (LineDraft(CASH_ACCOUNT[method], credit_rp=total),)
            journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
                uuid, today, f"Pengembalian simpanan {row.member_no} {row.name} ({status}): {why}"[:200], lines,
                doc_type="KA"), source=("savings", row.member_no))
            last = None
            for t, v in bal.items():
                last = savings.add_move_in(uow, actor.user_id, row, SavingsType(t), "keluar", method, -v, today,
                                           journal.number, journal.id, memo=why)
            move = savings.move_of(uow, last)
            rows_bal = {t: 0 for t in savings.balances_in(uow, row.id)}
            job = savings.slip_in(uow, actor, station, move, "Pengembalian simpanan", rows_bal,
                                  signatures=("Anggota/Ahli waris", "Pengurus"))
        row.status, row.exit_date, row.exit_reason = status, on, why
        audit.append(uow, actor.username, "member.exit", row.member_no,
                     {"status": status, "exit_date": str(on), "reason": why, "paid_out": bal,
                      "journal": journal.number if journal else None})
        result = ExitResult(profile_in(uow, row), journal.number if journal else None, bal, job)
        uow.commit()
        return result


def get_profile(uow: UnitOfWork, actor: Actor, member_no: str) -> MemberProfile:
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        return profile_in(uow, members.row_by_no(uow, member_no))


def get_photo(uow: UnitOfWork, actor: Actor, member_no: str) -> bytes | None:
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        return members.row_by_no(uow, member_no).photo


def _list_query(text: str, status: str | None):
    q = select(MemberRow)
    for word in text.casefold().split():
        q = q.where(or_(MemberRow.search_text.contains(word, autoescape=True), MemberRow.member_no == word.upper(),
                        MemberRow.nik == word))
    if status:
        q = q.where(MemberRow.status == status)
    return q


def count_members(uow: UnitOfWork, actor: Actor, *, text: str = "", status: str | None = None) -> int:
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        return int(uow.session.execute(select(func.count()).select_from(_list_query(text, status).subquery()))
                   .scalar_one())


def list_members(uow: UnitOfWork, actor: Actor, *, text: str = "", status: str | None = None,
                 offset: int = 0, limit: int = 200) -> list[MemberSummary]:
    """Members in number order with their balances (one query for the page's balances)."""
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        rows = uow.session.execute(_list_query(text, status).order_by(MemberRow.member_no)
                                   .offset(offset).limit(limit)).scalars().all()
        bal = savings.balances_of_many(uow, [r.id for r in rows])
        return [MemberSummary(r.member_no, r.name, r.status, r.join_date, r.address, r.phone,
                              bal.get((r.id, "pokok"), 0), bal.get((r.id, "wajib"), 0),
                              bal.get((r.id, "sukarela"), 0)) for r in rows]
