"""QRIS settlement: which settlement line pays which captured QRIS payment, and the MDR. Pure.

A captured payment is a confirmed QRIS payment of a completed sale, still sitting in
Piutang QRIS. A settlement line is one row of the acquirer's settlement file or of the
bank's mutation. `match(lines, payments, rule, window)` pairs them, conservatively: a
wrong automatic match would hide a "paid" that never arrived (the fraud this exists
to catch), so anything that is not clear-cut is left for a person.

1. By reference. Both sides are normalised (upper case, letters and digits only). A
   line's reference fits a payment's when they are equal, or when the line's ends with
   the payment's and the payment's has at least `MIN_SUFFIX` characters (the cashier
   typed only the last digits of the RRN). Equal references beat suffixes. A line is
   matched when it has exactly one candidate and that payment is named by no other
   line; otherwise it is ambiguous. A unique pair whose amounts disagree is a conflict
   (never matched). Lines and payments involved in this step take no part in step 2.
2. By amount, for the rest: the same gross amount (for a net line: net = gross minus
   the MDR rule exactly), within the window around the payment's confirmation (the
   line's transaction time +- `window.minutes`; with only a settlement date, the
   payment's local date up to `window.settle_days` before it), and references that do
   not contradict (when both sides have one, they must fit — so step 2 serves lines or
   payments without a reference). Matched only when the line has exactly one candidate
   payment and that payment exactly one candidate line; otherwise ambiguous.

Amounts. A gross line (the settlement file) carries the transaction amount and its MDR
(from the file, else the rule). A net line (a bank mutation: what arrived) carries the
net; its gross is the payment's amount and its MDR is the difference, which must lie in
0..`MAX_MDR_BP` of the gross (by reference or by hand) or equal the rule (by amount).

MDR rule: 0 up to and including `free_up_to_rp` (micro merchants, UMI, from Dec 2024:
transactions <= Rp500.000), else `bp` basis points of the gross, rounded half-up to the
rupiah, per transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Iterable

from app.domain.ledger import LineDraft

MIN_SUFFIX = 4  # the fewest last digits of an RRN a cashier may type
MAX_MDR_BP = 300  # 3%: a larger deduction from a net line is not an MDR, it is a mistake
MAX_BP = 1_000  # the MDR setting's bound (10%)
_NOT_REF = re.compile(r"[^0-9A-Z]")


def normalise_reference(text: str) -> str:
    """'  1234-5678 9012 ' -> '123456789012'; the cashier's and the file's spelling agree."""
    return _NOT_REF.sub("", (text or "").upper())


def reference_fit(line_reference: str, payment_reference: str) -> str | None:
    """'exact', 'suffix' or None."""
    line, paid = normalise_reference(line_reference), normalise_reference(payment_reference)
    if not line or not paid:
        return None
    if line == paid:
        return "exact"
    if len(paid) >= MIN_SUFFIX and line.endswith(paid):
        return "suffix"
    return None


def half_up_div(numerator: int, denominator: int) -> int:
    """Non-negative integer division rounded half-up (the one rounding rule for MDR and cents)."""
    return (2 * numerator + denominator) // (2 * denominator)


@dataclass(frozen=True)
class MdrRule:
    bp: int = 30  # basis points: 30 = 0,3%
    free_up_to_rp: int = 500_000

    def mdr(self, gross_rp: int) -> int:
        if gross_rp <= self.free_up_to_rp:
            return 0
        return half_up_div(gross_rp * self.bp, 10_000)


def mdr_cap(gross_rp: int) -> int:
    """The largest MDR a net line may imply (rounded up: a cap, not a charge)."""
    return -(-gross_rp * MAX_MDR_BP // 10_000)


@dataclass(frozen=True)
class Window:
    minutes: int = 180
    settle_days: int = 3


@dataclass(frozen=True)
class Payment:
    id: int
    amount_rp: int
    reference: str
    at: datetime  # confirmation instant, aware UTC
    day: date  # the outlet-local date of `at`


@dataclass(frozen=True)
class Line:
    id: int
    amount_rp: int  # gross; the net when `net`
    reference: str = ""
    txn_at: datetime | None = None  # aware UTC
    settled_on: date | None = None
    net: bool = False
    mdr_rp: int = 0  # gross lines: from the file or the rule


def settlement_amounts(line: Line, payment_amount_rp: int, rule: MdrRule, *, strict: bool) -> tuple[int, int] | None:
    """(gross, MDR) if this line can settle a payment of that amount, else None.
    `strict` (amount matching): a net line's MDR must be exactly the rule's."""
    if not line.net:
        return (line.amount_rp, line.mdr_rp) if line.amount_rp == payment_amount_rp else None
    implied = payment_amount_rp - line.amount_rp
    if strict:
        return (payment_amount_rp, implied) if implied == rule.mdr(payment_amount_rp) else None
    return (payment_amount_rp, implied) if 0 <= implied <= mdr_cap(payment_amount_rp) else None


def in_window(line: Line, payment: Payment, window: Window) -> bool:
    if line.txn_at is not None:
        return abs(line.txn_at - payment.at) <= timedelta(minutes=window.minutes)
    if line.settled_on is not None:
        return payment.day <= line.settled_on <= payment.day + timedelta(days=window.settle_days)
    return False


@dataclass(frozen=True)
class Match:
    line_id: int
    payment_id: int
    kind: str  # reference | amount
    gross_rp: int
    mdr_rp: int

    @property
    def net_rp(self) -> int:
        return self.gross_rp - self.mdr_rp


@dataclass(frozen=True)
class Ambiguous:
    line_id: int
    kind: str  # reference | amount
    payment_ids: tuple[int, ...]  # the line's candidates (a contested payment may be the only one)


@dataclass(frozen=True)
class Conflict:
    """A reference names exactly one payment but the amounts disagree."""
    line_id: int
    payment_id: int


@dataclass(frozen=True)
class Matching:
    matches: tuple[Match, ...]
    ambiguous: tuple[Ambiguous, ...]
    conflicts: tuple[Conflict, ...]


def match(lines: Iterable[Line], payments: Iterable[Payment], rule: MdrRule, window: Window) -> Matching:
    """Pair settlement lines with captured payments (see the module's rules). The result
    does not depend on the order of the inputs."""
    lines = sorted(lines, key=lambda l: l.id)
    payments = sorted(payments, key=lambda p: p.id)
    matches: list[Match] = []
    ambiguous: list[Ambiguous] = []
    conflicts: list[Conflict] = []

    # 1. references (payments indexed by their normalised reference: each line looks up
    # itself and its suffixes, so a backlog of thousands stays fast)
    by_ref: dict[str, list[Payment]] = {}
    for p in payments:
        ref = normalise_reference(p.reference)
        if ref:
            by_ref.setdefault(ref, []).append(p)
    named: dict[int, list[Payment]] = {}
    for line in lines:
        ref = normalise_reference(line.reference)
        if not ref:
            continue
        candidates = list(by_ref.get(ref, ()))
        if not candidates:
            candidates = [p for i in range(1, len(ref) - MIN_SUFFIX + 1) for p in by_ref.get(ref[i:], ())]
            candidates.sort(key=lambda p: p.id)
        if candidates:
            named[line.id] = candidates
    naming: dict[int, int] = {}
    for candidates in named.values():
        for p in candidates:
            naming[p.id] = naming.get(p.id, 0) + 1
    for line in lines:
        candidates = named.get(line.id)
        if not candidates:
            continue
        if len(candidates) == 1 and naming[candidates[0].id] == 1:
            p = candidates[0]
            amounts = settlement_amounts(line, p.amount_rp, rule, strict=False)
            if amounts is None:
                conflicts.append(Conflict(line.id, p.id))
            else:
                matches.append(Match(line.id, p.id, "reference", *amounts))
        else:
            ambiguous.append(Ambiguous(line.id, "reference", tuple(p.id for p in candidates)))

    # 2. amounts, among what step 1 did not touch
    rest_lines = [l for l in lines if l.id not in named]
    rest_payments = [p for p in payments if p.id not in naming]
    by_line: dict[int, list[Payment]] = {}
    by_payment: dict[int, int] = {}
    gross_index: dict[int, list[Payment]] = {}  # what a gross line must equal
    net_index: dict[int, list[Payment]] = {}  # what a net line must equal (gross less the rule's MDR)
    for p in rest_payments:
        gross_index.setdefault(p.amount_rp, []).append(p)
        net_index.setdefault(p.amount_rp - rule.mdr(p.amount_rp), []).append(p)
    for line in rest_lines:
        candidates = [p for p in (net_index if line.net else gross_index).get(line.amount_rp, ())
                      if not (normalise_reference(line.reference) and normalise_reference(p.reference))
                      and in_window(line, p, window)
                      and settlement_amounts(line, p.amount_rp, rule, strict=True) is not None]
        if candidates:
            by_line[line.id] = candidates
            for p in candidates:
                by_payment[p.id] = by_payment.get(p.id, 0) + 1
    for line in rest_lines:
        candidates = by_line.get(line.id)
        if not candidates:
            continue
        if len(candidates) == 1 and by_payment[candidates[0].id] == 1:
            p = candidates[0]
            gross, mdr = settlement_amounts(line, p.amount_rp, rule, strict=True)  # type: ignore[misc]
            matches.append(Match(line.id, p.id, "amount", gross, mdr))
        else:
            ambiguous.append(Ambiguous(line.id, "amount", tuple(p.id for p in candidates)))
    return Matching(tuple(matches), tuple(ambiguous), tuple(conflicts))


@dataclass(frozen=True)
class SettlementTotals:
    gross_rp: int
    mdr_rp: int

    @property
    def net_rp(self) -> int:
        return self.gross_rp - self.mdr_rp


def totals(matches: Iterable[Match]) -> SettlementTotals:
    matches = list(matches)
    return SettlementTotals(sum(m.gross_rp for m in matches), sum(m.mdr_rp for m in matches))


BANK, RECEIVABLE, MDR_EXPENSE = "1102", "1103", "5207"


def settlement_journal_lines(gross_rp: int, mdr_rp: int, memo: str = "") -> tuple[LineDraft, ...]:
    """Kas di Bank (net) and Beban MDR against Piutang QRIS (gross); zero lines left out."""
    if gross_rp <= 0 or not 0 <= mdr_rp <= gross_rp:
        raise ValueError("gross must be positive and the MDR within it")
    out = []
    if gross_rp - mdr_rp:
        out.append(LineDraft(BANK, debit_rp=gross_rp - mdr_rp, memo=memo))
    if mdr_rp:
        out.append(LineDraft(MDR_EXPENSE, debit_rp=mdr_rp, memo="MDR QRIS"))
    out.append(LineDraft(RECEIVABLE, credit_rp=gross_rp, memo=memo))
    return tuple(out)


def unsettle_journal_lines(gross_rp: int, mdr_rp: int, memo: str = "") -> tuple[LineDraft, ...]:
    """The mirror image: a match undone puts the gross back into Piutang QRIS."""
    return tuple(LineDraft(l.account, debit_rp=l.credit_rp, credit_rp=l.debit_rp, memo=l.memo)
                 for l in settlement_journal_lines(gross_rp, mdr_rp, memo))
