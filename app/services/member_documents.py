"""Member documents as PDF: member cards (one at card size, several on A4 sheets) and
the member statement (Rekening Koran Anggota) for a period.

Each gathers its data in one read (no commit, nothing audited: printing changes
nothing), leaves the transaction, then writes the PDF beside the target and moves it
into place, so a refusal or a failure never leaves a file behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.documents import member_card, savings_statement as statement_doc
from app.documents.member_card import MemberCardData
from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.members import STATUSES
from app.domain.savings import SavingsType, wajib_status
from app.domain.savings_statement import (StatementData, StatementLine, StatementMember, StatementSection,
                                          check_range, period_bounds)
from app.services import member_registry, members, profile, savings
from app.store.models_savings import SavingsMoveRow
from app.store.models_shop import MemberRow
from app.store.uow import UnitOfWork

__all__ = ["CardsResult", "member_cards_pdf", "period_bounds", "statement_data", "statement_pdf"]


@dataclass(frozen=True)
class CardsResult:
    count: int
    path: Path
    sheet: bool = False  # A4 sheets (True) or pages at card size
    pages: int = 1


def _place(co) -> str:
    return " · ".join(p for p in (co.desa, co.kecamatan and f"Kec. {co.kecamatan}", co.kabupaten) if p)


def _card_rows(uow: UnitOfWork, member_nos: Sequence[str] | None) -> list[MemberRow]:
    if member_nos is None:
        rows = list(uow.session.execute(select(MemberRow).where(MemberRow.status == "aktif")
                                        .order_by(MemberRow.member_no)).scalars())
        if not rows:
            raise DomainError("no_members", "Belum ada anggota aktif: tidak ada kartu yang dicetak.")
        return rows
    wanted = [n for n in member_nos if n.strip()]
    if not wanted:
        raise DomainError("no_members", "Pilih paling sedikit satu anggota untuk dicetak kartunya.")
    rows, seen = [], set()
    for no in wanted:
        row = members.row_by_no(uow, no)  # NotFound: "Anggota 'X' tidak ditemukan."
        if row.id in seen:
            continue
        if row.status != "aktif":
            raise DomainError("member_not_active", f"{row.member_no} {row.name} sudah tercatat "
                                                   f"{STATUSES.get(row.status, row.status).lower()}: kartunya tidak "
                                                   "dicetak.")
        seen.add(row.id)
        rows.append(row)
    return rows


def member_cards_pdf(uow: UnitOfWork, actor: Actor, member_nos: list[str] | None, path: Path | str, *,
                     sheet: bool | None = None) -> CardsResult:
    """Member cards for `member_nos` (in the order given; None = every active member in
    number order). One card is printed at card size unless `sheet` is True; several go
    on A4 sheets (10 a page) unless `sheet` is False (a card printer: one card a page)."""
    actor.require(Permission.MEMBER_VIEW)
    actor.require(Permission.PRINT)
    with uow:
        co = profile.require(uow)
        place = _place(co)
        cards = [MemberCardData(co.name, place, r.member_no, r.name, r.join_date,
                                member_card.qr_payload(r.member_no)) for r in _card_rows(uow, member_nos)]
    on_sheet = len(cards) > 1 if sheet is None else sheet
    if on_sheet:
        written = member_card.cards_sheet_pdf(cards, path)
        pages = -(-len(cards) // member_card.PER_SHEET)
    else:
        written = member_card.card_pdf(cards, path)
        pages = len(cards)
    return CardsResult(len(cards), written, on_sheet, pages)


# ------------------------------------------------------------------ the statement

def _statement_in(uow: UnitOfWork, actor: Actor, member_no: str, date_from: date, date_to: date) -> StatementData:
    s = uow.session
    co = profile.require(uow)
    row = members.row_by_no(uow, member_no)
    rules = savings.rules_in(uow)
    today = profile.business_date(uow)

    sections = []
    reversal, original = aliased(SavingsMoveRow), aliased(SavingsMoveRow)
    for t in SavingsType:
        opening = s.execute(select(SavingsMoveRow.balance_after_rp).where(
            SavingsMoveRow.member_id == row.id, SavingsMoveRow.type == t.value,
            SavingsMoveRow.business_date < date_from).order_by(SavingsMoveRow.id.desc()).limit(1)).scalar_one_or_none()
        found = s.execute(
            select(SavingsMoveRow, original.doc_number, reversal.doc_number)
            .outerjoin(original, original.id == SavingsMoveRow.reverses_id)
            .outerjoin(reversal, reversal.reverses_id == SavingsMoveRow.id)
            .where(SavingsMoveRow.member_id == row.id, SavingsMoveRow.type == t.value,
                   SavingsMoveRow.business_date >= date_from, SavingsMoveRow.business_date <= date_to)
            .order_by(SavingsMoveRow.id)).all()
        lines = tuple(StatementLine(m.business_date, m.doc_number, m.kind, m.method, m.memo, int(m.amount_rp),
                                    int(m.balance_after_rp), reverses, reversed_by)
                      for m, reverses, reversed_by in found)
        sections.append(StatementSection(t.value, int(opening or 0), lines))

    as_of = min(date_to, today)
    paid = {t: int(v) for t, v in s.execute(
        select(SavingsMoveRow.type, func.coalesce(func.sum(SavingsMoveRow.amount_rp), 0))
        .where(SavingsMoveRow.member_id == row.id, SavingsMoveRow.kind != "keluar",
               SavingsMoveRow.business_date <= as_of).group_by(SavingsMoveRow.type))}
    wajib = wajib_status(row.join_date, as_of.year, as_of.month, paid.get("wajib", 0), rules, until=row.exit_date)
    active_then = row.exit_date is None or row.exit_date > as_of
    pokok_owed = max(rules.pokok_rp - paid.get("pokok", 0), 0) if active_then and row.join_date <= as_of else 0
    who = StatementMember(row.member_no, row.name, member_registry.profile_in(uow, row).full_address, row.join_date,
                          row.status, STATUSES.get(row.status, row.status), row.exit_date)
    return StatementData(co, who, date_from, date_to, tuple(sections), wajib, as_of, rules.wajib_rp, pokok_owed,
                         uow.now(), profile.outlet_zone(uow), f"{actor.full_name} ({actor.username})")


def statement_data(uow: UnitOfWork, actor: Actor, member_no: str, date_from: date, date_to: date) -> StatementData:
    """A member's savings from `date_from` to `date_to` (inclusive, business dates)."""
    actor.require(Permission.MEMBER_VIEW)
    check_range(date_from, date_to)
    with uow:
        return _statement_in(uow, actor, member_no, date_from, date_to)


def statement_pdf(uow: UnitOfWork, actor: Actor, member_no: str, date_from: date, date_to: date,
                  path: Path | str) -> Path:
    """Write the member statement as an A4 PDF; returns the path written."""
    actor.require(Permission.PRINT)
    data = statement_data(uow, actor, member_no, date_from, date_to)
    return statement_doc.statement_pdf(data, path)
