"""SHU for a year: the rules (setting shu.rules), a simulation for preparing the RAT, the
computation for a closed year, and after the RAT's approval the distribution journal.

- The year's SHU and its member / non-member parts come from the PHU
  (`reports.phu_between`, closing journals left out); only the member part is divided
  (app/domain/shu.py), the non-member part goes to Cadangan.
- compute and distribute need a closed year (`year_close.is_year_closed`); a simulation
  does not, and saves nothing.
- distribute (bendahara, journal.post): one `SH-` journal dated the business day: Debit
  3105 SHU Tahun Berjalan, Credit 3104 Cadangan, 2105 Dana-dana SHU, 2106 SHU Anggota
  Belum Dibayar; the shares are frozen in `shu_shares` for the payout (services/shu_payout.py).
  Once per year: a second run is refused (the same UUID again returns the first).
Reading needs report.view.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Mapping
from uuid import UUID, uuid4

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, NotFound
from app.domain.fmt import rupiah
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.reports import parse_period
from app.domain.shu import (ACCOUNTS, PART_KEYS, MemberBasis, MemberShare, Pool, ShuPlan, ShuRules, check_allocation,
                            distribution_lines, plan, rules_from_config)
from app.services import audit, ledger, profile, reports, settings, shu_basis, year_close
from app.store.models import AccountDayBalanceRow, JournalRow, UserRow
from app.store.models_shop import MemberRow
from app.store.models_shu import ShuDistributionRow, ShuShareRow
from app.store.uow import UnitOfWork

SETTING = "shu.rules"


def parse_year(value: int | str) -> int:
    try:
        year = int(str(value).strip())
    except ValueError:
        raise DomainError("bad_year", f"Tahun buku harus berbentuk TTTT (mis. 2025), bukan {value!r}.") from None
    if not 2000 <= year <= 2100:
        raise DomainError("bad_year", f"Tahun buku {year} di luar jangkauan.")
    return year


# ------------------------------------------------------------------ rules

def rules_in(uow: UnitOfWork) -> ShuRules:
    return rules_from_config(settings.get(uow, SETTING))


def get_rules(uow: UnitOfWork, actor: Actor) -> ShuRules:
    actor.require(Permission.REPORT_VIEW)
    with uow:
        return rules_in(uow)


def set_rules(uow: UnitOfWork, actor: Actor, rules: ShuRules | Mapping) -> ShuRules:
    """Save the rules (refused whole when the percentages do not total exactly 100%). Audited."""
    actor.require(Permission.JOURNAL_POST)
    config = rules.to_config() if isinstance(rules, ShuRules) else dict(rules)
    checked = rules_from_config(config)
    with uow:
        old = settings.get(uow, SETTING)
        settings.put(uow, SETTING, checked.to_config())
        if old != checked.to_config():
            audit.append(uow, actor.username, "shu.rules", SETTING, {"old": old, "new": checked.to_config()})
        uow.commit()
    return checked


# ------------------------------------------------------------------ compute and simulate

def default_year(uow: UnitOfWork, actor: Actor) -> int:
    """The year a treasurer works on: the one before the business day's."""
    actor.require(Permission.REPORT_VIEW)
    with uow:
        return profile.business_date(uow).year - 1


def _plan_in(uow: UnitOfWork, year: int, rules: ShuRules, anggota_rp: int, non_anggota_rp: int,
             simulated: bool) -> ShuPlan:
    members, _ids = shu_basis.member_bases(uow, year, rules.jma_basis)
    return plan(year, anggota_rp, non_anggota_rp, rules, members, simulated=simulated)


def _phu_parts(uow: UnitOfWork, year: int) -> tuple[int, int]:
    phu = reports.phu_between(uow, parse_period(str(year)), compare=False)
    return phu.shu_anggota_rp, phu.shu_non_anggota_rp


def simulate(uow: UnitOfWork, actor: Actor, year: int | str, *, total_rp: int | None = None,
             allocation: Mapping[str, Decimal | str | int] | None = None,
             rules: ShuRules | None = None) -> ShuPlan:
    """The division with a given SHU total (all of it divided, as the member part) and
    percentages, on the year's real member figures; without a total, the year's PHU as it
    stands (closed or not). Nothing is saved."""
    actor.require(Permission.REPORT_VIEW)
    year = parse_year(year)
    if total_rp is not None and (isinstance(total_rp, bool) or not isinstance(total_rp, int) or total_rp <= 0):
        raise DomainError("bad_total", "SHU simulasi harus rupiah bulat lebih dari nol.")
    with uow:
        base = rules or rules_in(uow)
        if allocation is not None:
            base = ShuRules(check_allocation(allocation), base.jua_basis, base.weight_purchases,
                            base.weight_interest, base.jma_basis)
        anggota, non = (total_rp, 0) if total_rp is not None else _phu_parts(uow, year)
        return _plan_in(uow, year, base, anggota, non, True)


@dataclass(frozen=True)
class SimulationInputs:
    """The year's figures for a live simulation in the GUI (the domain's `plan` runs there
    on every change of the percentages, without a round trip)."""
    year: int
    shu_anggota_rp: int  # from the PHU as it stands (0 or less: nothing to divide yet)
    shu_non_anggota_rp: int
    members: tuple[MemberBasis, ...]
    closed: bool


def simulation_inputs(uow: UnitOfWork, actor: Actor, year: int | str,
                      jma_basis: str = "akhir_tahun") -> SimulationInputs:
    actor.require(Permission.REPORT_VIEW)
    year = parse_year(year)
    with uow:
        anggota, non = _phu_parts(uow, year)
        members, _ids = shu_basis.member_bases(uow, year, jma_basis)
        return SimulationInputs(year, anggota, non, tuple(members), year_close.is_year_closed(uow, year))


def _require_closed(uow: UnitOfWork, year: int) -> None:
    if not year_close.is_year_closed(uow, year):
        raise DomainError("year_not_closed", f"Tahun buku {year} belum ditutup: tutup buku tahun itu dulu "
                                             f"(kopdes year close {year}); simulasi bisa dipakai sebelumnya.")


def compute(uow: UnitOfWork, actor: Actor, year: int | str) -> ShuPlan:
    """The division of a closed year's SHU by the saved rules. A year already distributed
    answers with what was distributed (the approved figures, frozen)."""
    actor.require(Permission.REPORT_VIEW)
    year = parse_year(year)
    with uow:
        done = uow.session.get(ShuDistributionRow, year)
        if done is not None:
            return stored_plan(uow, done)
        _require_closed(uow, year)
        anggota, non = _phu_parts(uow, year)
        return _plan_in(uow, year, rules_in(uow), anggota, non, False)


def stored_plan(uow: UnitOfWork, row: ShuDistributionRow) -> ShuPlan:
    rules = rules_from_config(json.loads(row.rules))
    pools_json = json.loads(row.pools)
    pools = tuple(Pool(k, Decimal(pools_json[k][0]), int(pools_json[k][1])) for k in PART_KEYS)
    shares = []
    for s, no, name in uow.session.execute(select(ShuShareRow, MemberRow.member_no, MemberRow.name)
                                           .join(MemberRow, MemberRow.id == ShuShareRow.member_id)
                                           .where(ShuShareRow.year == row.year).order_by(MemberRow.member_no)):
        shares.append(MemberShare(no, name, s.modal_rp, s.purchases_rp, s.interest_rp, s.jma_rp, s.jua_rp))
    return ShuPlan(row.year, row.shu_rp, row.shu_anggota_rp, row.shu_non_anggota_rp, rules, pools, tuple(shares),
                   sum(s.modal_rp for s in shares), sum(s.purchases_rp for s in shares),
                   sum(s.interest_rp for s in shares))


# ------------------------------------------------------------------ distribution

@dataclass(frozen=True)
class Distribution:
    year: int
    journal_number: str
    business_date: date
    distributed_at: datetime
    distributed_by: str
    shu_rp: int
    cadangan_rp: int
    dana_rp: int
    anggota_rp: int
    members: int
    paid_members: int
    paid_rp: int

    @property
    def unpaid_rp(self) -> int:
        return self.anggota_rp - self.paid_rp


def distribution_in(uow: UnitOfWork, year: int) -> Distribution | None:
    row = uow.session.get(ShuDistributionRow, year)
    if row is None:
        return None
    journal = uow.session.get(JournalRow, row.journal_id)
    user = uow.session.get(UserRow, row.distributed_by)
    paid = uow.session.execute(select(func.count(), func.coalesce(func.sum(ShuShareRow.jma_rp + ShuShareRow.jua_rp), 0))
                               .where(ShuShareRow.year == year, ShuShareRow.paid_method.is_not(None))).one()
    return Distribution(year, journal.number, journal.date, row.distributed_at, user.username if user else "?",
                        row.shu_rp, row.cadangan_rp, row.dana_rp, row.anggota_rp, row.members, int(paid[0]),
                        int(paid[1]))


def get_distribution(uow: UnitOfWork, actor: Actor, year: int | str) -> Distribution | None:
    actor.require(Permission.REPORT_VIEW)
    year = parse_year(year)
    with uow:
        return distribution_in(uow, year)


def _shu_balance(uow: UnitOfWork) -> int:
    d, c = uow.session.execute(select(func.coalesce(func.sum(AccountDayBalanceRow.debit_rp), 0),
                                      func.coalesce(func.sum(AccountDayBalanceRow.credit_rp), 0))
                               .where(AccountDayBalanceRow.account_code == ACCOUNTS["shu"])).one()
    return int(c) - int(d)


def distribute(uow: UnitOfWork, actor: Actor, year: int | str, *, uuid: UUID | None = None) -> Distribution:
    """Post the distribution approved by the RAT (see the module's docstring)."""
    actor.require(Permission.JOURNAL_POST)
    year = parse_year(year)
    uuid = uuid or uuid4()
    try:
        with uow:
            done = uow.session.get(ShuDistributionRow, year)
            if done is not None:
                if done.uuid == str(uuid):
                    return distribution_in(uow, year)
                number = uow.session.get(JournalRow, done.journal_id).number
                raise DomainError("already_distributed", f"SHU tahun {year} sudah dibagi (jurnal {number}).")
            _require_closed(uow, year)
            anggota, non = _phu_parts(uow, year)
            rules = rules_in(uow)
            members, ids = shu_basis.member_bases(uow, year, rules.jma_basis)
            p = plan(year, anggota, non, rules, members)
            _check_distributable(uow, p)
            today = profile.business_date(uow)
            lines = tuple(LineDraft(a, debit_rp=d, credit_rp=c, memo=m) for a, d, c, m in distribution_lines(p))
            journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
                uuid, today, f"Pembagian SHU tahun buku {year} (keputusan RAT)", lines, doc_type="SH"),
                source=("shu", str(year)))
            uow.session.add(ShuDistributionRow(
                year=year, uuid=str(uuid), journal_id=journal.id, shu_rp=p.shu_rp, shu_anggota_rp=p.shu_anggota_rp,
                shu_non_anggota_rp=p.shu_non_anggota_rp, cadangan_rp=p.cadangan_total_rp, dana_rp=p.funds_rp,
                anggota_rp=p.members_rp, rules=json.dumps(rules.to_config()),
                pools=json.dumps({x.part: [str(x.pct), x.amount_rp] for x in p.pools}),
                members=sum(1 for s in p.shares if s.total_rp), distributed_at=uow.now(),
                distributed_by=actor.user_id))
            uow.session.flush()
            uow.session.execute(ShuShareRow.__table__.insert(), [
                {"year": year, "member_id": ids[s.member_no], "modal_rp": s.modal_rp, "purchases_rp": s.purchases_rp,
                 "interest_rp": s.interest_rp, "jma_rp": s.jma_rp, "jua_rp": s.jua_rp}
                for s in p.shares if s.total_rp])
            audit.append(uow, actor.username, "shu.distribute", journal.number,
                         {"year": year, "shu_rp": p.shu_rp, "cadangan_rp": p.cadangan_total_rp, "dana_rp": p.funds_rp,
                          "anggota_rp": p.members_rp, "members": len(p.shares)})
            result = distribution_in(uow, year)
            uow.commit()
            return result
    except IntegrityError:
        # Another PC distributed the same year a moment ago.
        with uow:
            if uow.session.get(ShuDistributionRow, year) is None:
                raise
        raise DomainError("already_distributed", f"SHU tahun {year} sudah dibagi.") from None


def _check_distributable(uow: UnitOfWork, p: ShuPlan) -> None:
    if not p.divided:
        raise DomainError("shu_not_divided", "SHU tidak bisa dibagi habis: " + " ".join(p.warnings) +
                          " Ubah dasar atau persentase pembagian.")
    if p.cadangan_total_rp < 0:
        raise DomainError("non_member_loss", f"Rugi usaha dengan non-anggota {rupiah(-p.shu_non_anggota_rp)} melebihi "
                                             "bagian cadangan: pembagian tidak bisa dibukukan.")
    available = _shu_balance(uow)
    if available < p.shu_rp:
        raise DomainError("shu_not_in_books", f"Saldo SHU Tahun Berjalan (3105) {rupiah(available)} lebih kecil dari "
                                              f"SHU {p.year} {rupiah(p.shu_rp)}.")


def member_share(uow: UnitOfWork, actor: Actor, year: int | str, member_no: str) -> MemberShare:
    actor.require(Permission.REPORT_VIEW)
    p = compute(uow, actor, year)
    for s in p.shares:
        if s.member_no == member_no.strip().upper():
            return s
    raise NotFound("no_share", f"Anggota {member_no} tidak mendapat SHU tahun {p.year}.")
