"""The member statement (Kartu Simpanan / Rekening Koran Anggota) as data, and the
period a statement covers. Pure: the service gathers the figures, the PDF prints them.

Per savings type the statement shows the balance before the period (the balance after
the member's last movement of that type dated before it), every movement in the period
in the order it was recorded with the balance after it, and the balance at the end.
Money in (setoran, jasa) is credit, money out (penarikan, pengembalian) is debit, as the
cooperative books them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.clock import OutletZone
from app.domain.cooperative import CooperativeProfile
from app.domain.errors import DomainError
from app.domain.fmt import day, month, rupiah
from app.domain.periods import month_bounds, parse_month
from app.domain.savings import KINDS, TYPE_LABELS, SavingsType, WajibStatus, month_end


def period_bounds(text: str) -> tuple[date, date]:
    """'2026-11' -> (1 Nov 2026, 30 Nov 2026); '2026' -> the whole year."""
    t = text.strip()
    if len(t) == 4 and t.isdigit() and int(t) >= 1:
        return date(int(t), 1, 1), date(int(t), 12, 31)
    try:
        return month_bounds(parse_month(t))
    except DomainError:
        raise DomainError("bad_period", f"Periode harus berbentuk TTTT-BB (mis. 2026-11) atau TTTT untuk setahun, "
                                        f"bukan {text!r}.") from None


def check_range(date_from: date, date_to: date) -> None:
    if date_from > date_to:
        raise DomainError("bad_period", f"Tanggal awal {day(date_from)} sesudah tanggal akhir {day(date_to)}.")


def period_label(date_from: date, date_to: date) -> str:
    """'November 2026' for a whole month, else '1 Okt 2026 - 30 Nov 2026'."""
    if date_from.day == 1 and date_to == month_end(date_from.year, date_from.month):
        return month(date_from.year, date_from.month)
    if (date_from.month, date_from.day, date_to.month, date_to.day) == (1, 1, 12, 31) \
            and date_from.year == date_to.year:
        return f"Tahun {date_from.year}"
    return f"{day(date_from)} - {day(date_to)}"


@dataclass(frozen=True)
class StatementLine:
    day: date
    number: str
    kind: str  # setor | tarik | jasa | saldo_awal | keluar | koreksi
    method: str | None
    memo: str
    amount_rp: int  # + into the savings, - out
    balance_rp: int  # the balance after it
    reverses_number: str | None = None
    reversed_by: str | None = None

    @property
    def in_rp(self) -> int:
        return max(self.amount_rp, 0)

    @property
    def out_rp(self) -> int:
        return max(-self.amount_rp, 0)

    @property
    def description(self) -> str:
        text = KINDS.get(self.kind, self.kind)
        if self.reverses_number:
            text += f" {self.reverses_number}"
        if self.method == "transfer":
            text += " (transfer)"
        if self.memo:
            text += f": {self.memo}"
        if self.reversed_by:
            text += f" [dibalik {self.reversed_by}]"
        return text


@dataclass(frozen=True)
class StatementSection:
    type: str
    opening_rp: int
    lines: tuple[StatementLine, ...]

    @property
    def label(self) -> str:
        return TYPE_LABELS[SavingsType(self.type)]

    @property
    def closing_rp(self) -> int:
        return self.lines[-1].balance_rp if self.lines else self.opening_rp

    @property
    def in_rp(self) -> int:
        return sum(line.in_rp for line in self.lines)

    @property
    def out_rp(self) -> int:
        return sum(line.out_rp for line in self.lines)

    @property
    def chained(self) -> bool:
        """Every balance follows from the one before it (false only when a movement was
        recorded with a date earlier than movements recorded before it)."""
        running = self.opening_rp
        for line in self.lines:
            running += line.amount_rp
            if running != line.balance_rp:
                return False
        return True


@dataclass(frozen=True)
class StatementMember:
    member_no: str
    name: str
    address: str
    join_date: date
    status: str  # aktif | keluar | meninggal
    status_label: str
    exit_date: date | None = None


class SavingsSections:
    """What a statement says of its savings sections (pokok, wajib, sukarela): shared by the
    statement for a period and the monthly statement (monthly_statement.MemberMonth)."""

    sections: tuple[StatementSection, ...]

    def section(self, savings_type: str) -> StatementSection:
        return next(s for s in self.sections if s.type == savings_type)

    @property
    def opening(self) -> dict[str, int]:
        return {s.type: s.opening_rp for s in self.sections}

    @property
    def closing(self) -> dict[str, int]:
        return {s.type: s.closing_rp for s in self.sections}

    @property
    def opening_total_rp(self) -> int:
        return sum(s.opening_rp for s in self.sections)

    @property
    def closing_total_rp(self) -> int:
        return sum(s.closing_rp for s in self.sections)


@dataclass(frozen=True)
class StatementData(SavingsSections):
    cooperative: CooperativeProfile
    member: StatementMember
    date_from: date
    date_to: date
    sections: tuple[StatementSection, ...]  # pokok, wajib, sukarela
    wajib: WajibStatus  # as of `arrears_as_of`
    arrears_as_of: date
    wajib_rp: int  # the wajib amount per period (for the arrears line)
    pokok_owed_rp: int
    printed_at: datetime  # aware UTC
    zone: OutletZone
    printed_by: str

    @property
    def period_label(self) -> str:
        return period_label(self.date_from, self.date_to)

    @property
    def arrears_text(self) -> str:
        """One line about wajib (and pokok) owed, as of the end of the period."""
        as_of = month(self.arrears_as_of.year, self.arrears_as_of.month)
        gone = self.member.exit_date
        if self.member.status != "aktif" and (gone is None or gone <= self.arrears_as_of):
            on = f" {day(gone)}" if gone else ""
            return f"Keanggotaan berakhir{on} ({self.member.status_label.lower()}): tidak ada tunggakan simpanan."
        parts = []
        w = self.wajib
        if w.owed_rp:
            parts.append(f"Tunggakan simpanan wajib s.d. {as_of}: {w.months_owed} bulan, {rupiah(w.owed_rp)} "
                         f"({rupiah(self.wajib_rp)} per bulan).")
        elif w.advance_rp:
            parts.append(f"Simpanan wajib lunas s.d. {as_of}, dibayar di muka {rupiah(w.advance_rp)}.")
        else:
            parts.append(f"Simpanan wajib lunas s.d. {as_of}.")
        if self.pokok_owed_rp:
            parts.append(f"Simpanan pokok belum lunas: kurang {rupiah(self.pokok_owed_rp)}.")
        return " ".join(parts)

