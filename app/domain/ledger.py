"""Double-entry rules. A journal is accepted only if it balances to the rupiah.

Validation returns every problem at once (so a form can show them all), and
`ensure_postable` turns them into one DomainError.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Mapping
from uuid import UUID

from app.domain.accounts import Account
from app.domain.errors import DomainError
from app.domain.fmt import rupiah
from app.domain.periods import month_key

# Larger than any honest village-cooperative entry; far below BIGINT overflow even
# when millions of lines are summed.
MAX_LINE_RP = 100_000_000_000_000  # Rp100 triliun
MAX_LINES = 500
MAX_MEMO = 500


@dataclass(frozen=True)
class LineDraft:
    account: str
    debit_rp: int = 0
    credit_rp: int = 0
    memo: str = ""


@dataclass(frozen=True)
class JournalDraft:
    uuid: UUID
    date: date
    memo: str
    lines: tuple[LineDraft, ...]
    doc_type: str = "JU"  # Jurnal Umum; documents use their own prefix

    def total_debit(self) -> int:
        return sum(line.debit_rp for line in self.lines if _is_int(line.debit_rp))

    def total_credit(self) -> int:
        return sum(line.credit_rp for line in self.lines if _is_int(line.credit_rp))

    def same_content(self, other: "JournalDraft") -> bool:
        return (self.date, self.memo, self.doc_type, self.lines) == (
            other.date, other.memo, other.doc_type, other.lines)


@dataclass(frozen=True)
class PostingRules:
    """The world a journal is checked against, gathered by the caller."""

    accounts: Mapping[str, Account]
    today: date  # the outlet's local business date
    closed_through: str | None = None  # latest closed month "YYYY-MM", if any


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def journal_problems(draft: JournalDraft, rules: PostingRules) -> list[str]:
    problems: list[str] = []
    if not draft.memo.strip():
        problems.append("Keterangan jurnal wajib diisi.")
    elif len(draft.memo) > MAX_MEMO:
        problems.append(f"Keterangan jurnal terlalu panjang (maks. {MAX_MEMO} karakter).")
    if len(draft.lines) < 2:
        problems.append("Jurnal harus punya paling sedikit 2 baris.")
    if len(draft.lines) > MAX_LINES:
        problems.append(f"Jurnal terlalu banyak baris (maks. {MAX_LINES}).")
    if draft.date > rules.today:
        problems.append(f"Tanggal {draft.date:%d-%m-%Y} belum terjadi; jurnal tidak boleh bertanggal ke depan.")
    if rules.closed_through is not None and month_key(draft.date) <= rules.closed_through:
        problems.append(
            f"Periode {month_key(draft.date)} sudah ditutup (tutup buku s.d. {rules.closed_through}); "
            "buat jurnal di periode yang masih terbuka.")
    amounts_ok = True
    for no, line in enumerate(draft.lines, start=1):
        where = f"Baris {no}"
        acc = rules.accounts.get(line.account)
        if acc is None:
            problems.append(f"{where}: akun {line.account!r} tidak dikenal.")
        elif not acc.postable:
            problems.append(f"{where}: akun {acc.code} {acc.name} adalah akun kepala, tidak bisa dijurnal.")
        elif not acc.active:
            problems.append(f"{where}: akun {acc.code} {acc.name} sudah tidak aktif.")
        if not (_is_int(line.debit_rp) and _is_int(line.credit_rp)):
            problems.append(f"{where}: jumlah harus rupiah bulat.")
            amounts_ok = False
            continue
        if line.debit_rp < 0 or line.credit_rp < 0:
            problems.append(f"{where}: jumlah tidak boleh negatif.")
            amounts_ok = False
        elif (line.debit_rp > 0) == (line.credit_rp > 0):
            problems.append(f"{where}: isi debit atau kredit (salah satu, lebih dari nol).")
            amounts_ok = False
        if max(line.debit_rp, line.credit_rp) > MAX_LINE_RP:
            problems.append(f"{where}: jumlah tidak masuk akal (di atas Rp100 triliun).")
            amounts_ok = False
    if amounts_ok and draft.lines and draft.total_debit() != draft.total_credit():
        diff = draft.total_debit() - draft.total_credit()
        problems.append(
            f"Jurnal tidak seimbang: debit {rupiah(draft.total_debit())} ≠ kredit "
            f"{rupiah(draft.total_credit())} (selisih {rupiah(abs(diff))}).")
    return problems


def ensure_postable(draft: JournalDraft, rules: PostingRules) -> None:
    problems = journal_problems(draft, rules)
    if problems:
        raise DomainError("journal_invalid", "Jurnal ditolak.", details=tuple(problems))


def reversal_draft(original_lines: Iterable[LineDraft], *, uuid: UUID, on: date,
                   original_number: str, reason: str) -> JournalDraft:
    """The mirror image of a posted journal: every debit becomes a credit."""
    if not reason.strip():
        raise DomainError("reason_required", "Alasan pembalikan jurnal wajib diisi.")
    lines = tuple(LineDraft(l.account, debit_rp=l.credit_rp, credit_rp=l.debit_rp, memo=l.memo)
                  for l in original_lines)
    return JournalDraft(uuid=uuid, date=on, memo=f"Pembalikan {original_number}: {reason.strip()}",
                        lines=lines, doc_type="JB")


@dataclass(frozen=True)
class BalanceRow:
    account: Account
    debit_rp: int  # sum of debits
    credit_rp: int  # sum of credits

    @property
    def net_debit_rp(self) -> int:
        return self.debit_rp - self.credit_rp


@dataclass(frozen=True)
class TrialBalanceRow:
    code: str
    name: str
    debit_rp: int
    credit_rp: int


@dataclass(frozen=True)
class TrialBalance:
    as_of: date
    rows: tuple[TrialBalanceRow, ...] = field(default_factory=tuple)

    @property
    def total_debit_rp(self) -> int:
        return sum(r.debit_rp for r in self.rows)

    @property
    def total_credit_rp(self) -> int:
        return sum(r.credit_rp for r in self.rows)


def trial_balance(as_of: date, balances: Iterable[BalanceRow]) -> TrialBalance:
    """Net each account's activity onto one side; accounts that net to zero are left out."""
    rows = []
    for b in sorted(balances, key=lambda b: b.account.code):
        net = b.net_debit_rp
        if net == 0:
            continue
        rows.append(TrialBalanceRow(b.account.code, b.account.name,
                                    debit_rp=max(net, 0), credit_rp=max(-net, 0)))
    return TrialBalance(as_of, tuple(rows))


def net_by_account(lines: Iterable[LineDraft]) -> dict[str, int]:
    """Debit-minus-credit per account: the effect of a set of lines on the books."""
    net: dict[str, int] = defaultdict(int)
    for line in lines:
        net[line.account] += line.debit_rp - line.credit_rp
    return dict(net)
