"""Loan quality and repayment rules: days past due, kolektibilitas buckets, late
penalties (denda) and how a repayment is allocated. Pure, integer rupiah.

- Days past due: days since the oldest installment that is due and not fully paid.
- Kolektibilitas: the first bucket whose day range holds the days past due. Default is
  the bank scheme (REFERENCE.md); buckets are a setting and must cover 0… without gaps.
- Penalty: on the overdue amount of each late installment, either a percent per
  started month late or a fixed rupiah per day late; nothing within the grace days
  (after them, every day late counts).
- Allocation (Fineract's default strategy): oldest installment first; within it
  penalty → interest → principal (the order is a setting). What is left is an
  overpayment, for the prepayment rule to handle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.domain.errors import DomainError

PARTS = ("penalty", "interest", "principal")
DEFAULT_ORDER = PARTS


@dataclass(frozen=True)
class Bucket:
    code: int
    name: str
    min_days: int
    max_days: int | None  # None: no upper bound
    provision_bp: int  # PPAP: allowance as basis points of outstanding principal


DEFAULT_BUCKETS = (
    Bucket(1, "Lancar", 0, 0, 100),
    Bucket(2, "Dalam Perhatian Khusus", 1, 90, 500),
    Bucket(3, "Kurang Lancar", 91, 120, 1_500),
    Bucket(4, "Diragukan", 121, 180, 5_000),
    Bucket(5, "Macet", 181, None, 10_000),
)


def check_buckets(buckets: tuple[Bucket, ...]) -> tuple[Bucket, ...]:
    if not buckets:
        raise DomainError("bad_buckets", "Kolektibilitas perlu paling sedikit satu golongan.")
    expected = 0
    for i, b in enumerate(buckets):
        if b.min_days != expected:
            raise DomainError("bad_buckets", f"Golongan {b.name} harus mulai dari {expected} hari (tanpa celah).")
        last = i == len(buckets) - 1
        if last != (b.max_days is None):
            raise DomainError("bad_buckets", "Hanya golongan terakhir yang tanpa batas atas hari.")
        if b.max_days is not None:
            if b.max_days < b.min_days:
                raise DomainError("bad_buckets", f"Batas hari golongan {b.name} terbalik.")
            expected = b.max_days + 1
        if not 0 <= b.provision_bp <= 10_000:
            raise DomainError("bad_buckets", f"PPAP golongan {b.name} harus 0-100%.")
    return buckets


def buckets_from_config(config: object) -> tuple[Bucket, ...]:
    """Buckets from the setting: [{"name", "max_days" (null for the last), "ppap_pct"}, ...],
    in order; each starts the day after the previous one ends."""
    if not isinstance(config, list):
        raise DomainError("bad_buckets", "Kolektibilitas harus daftar golongan.")
    out, start = [], 0
    for code, item in enumerate(config, start=1):
        if not isinstance(item, dict) or not str(item.get("name", "")).strip():
            raise DomainError("bad_buckets", f"Golongan ke-{code} perlu nama.")
        top = item.get("max_days")
        if top is not None and (isinstance(top, bool) or not isinstance(top, int)):
            raise DomainError("bad_buckets", f"Batas hari golongan {item['name']} harus bilangan bulat.")
        try:
            bp = int(Decimal(str(item.get("ppap_pct", 0))) * 100)
        except ArithmeticError:
            raise DomainError("bad_buckets", f"PPAP golongan {item['name']} harus angka persen.") from None
        out.append(Bucket(code, str(item["name"]).strip(), start, top, bp))
        start = (top + 1) if top is not None else start
    return check_buckets(tuple(out))


def buckets_config(buckets: tuple[Bucket, ...]) -> list[dict]:
    return [{"name": b.name, "max_days": b.max_days, "ppap_pct": b.provision_bp / 100} for b in buckets]


def kolektibilitas(days_past_due: int, buckets: tuple[Bucket, ...] = DEFAULT_BUCKETS) -> Bucket:
    for b in buckets:
        if days_past_due >= b.min_days and (b.max_days is None or days_past_due <= b.max_days):
            return b
    raise DomainError("bad_buckets", f"Tidak ada golongan kolektibilitas untuk {days_past_due} hari.")


def provision_rp(outstanding_principal_rp: int, bucket: Bucket) -> int:
    return int((Decimal(outstanding_principal_rp) * bucket.provision_bp / 10_000).quantize(
        Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class DueItem:
    """What is still owed on one installment."""
    no: int
    due_date: date
    principal_rp: int
    interest_rp: int
    penalty_rp: int = 0

    @property
    def total_rp(self) -> int:
        return self.principal_rp + self.interest_rp + self.penalty_rp


def days_past_due(items: list[DueItem], as_of: date) -> int:
    late = [i.due_date for i in items if i.due_date < as_of and i.principal_rp + i.interest_rp > 0]
    return (as_of - min(late)).days if late else 0


@dataclass(frozen=True)
class PenaltyRule:
    kind: str  # none | percent_month | fixed_day
    percent_per_month: Decimal = Decimal(0)
    fixed_per_day_rp: int = 0
    grace_days: int = 0


NO_PENALTY = PenaltyRule("none")


def penalty_for(overdue_rp: int, due: date, as_of: date, rule: PenaltyRule) -> int:
    """Penalty accrued on one installment's overdue amount (principal + interest) by `as_of`."""
    late = (as_of - due).days
    if rule.kind == "none" or overdue_rp <= 0 or late <= rule.grace_days:
        return 0
    if rule.kind == "percent_month":
        months = -(-late // 30)  # every started 30 days
        return int((Decimal(overdue_rp) * rule.percent_per_month / 100 * months).quantize(
            Decimal(1), rounding=ROUND_HALF_UP))
    if rule.kind == "fixed_day":
        return rule.fixed_per_day_rp * late
    raise DomainError("bad_penalty", "Aturan denda harus none, percent_month, atau fixed_day.")


@dataclass(frozen=True)
class AllocatedItem:
    no: int
    penalty_rp: int
    interest_rp: int
    principal_rp: int

    @property
    def total_rp(self) -> int:
        return self.penalty_rp + self.interest_rp + self.principal_rp


@dataclass(frozen=True)
class Allocation:
    items: tuple[AllocatedItem, ...]
    overpayment_rp: int

    @property
    def penalty_rp(self) -> int:
        return sum(i.penalty_rp for i in self.items)

    @property
    def interest_rp(self) -> int:
        return sum(i.interest_rp for i in self.items)

    @property
    def principal_rp(self) -> int:
        return sum(i.principal_rp for i in self.items)


def check_order(order: tuple[str, ...]) -> tuple[str, ...]:
    if sorted(order) != sorted(PARTS):
        raise DomainError("bad_order", "Urutan alokasi harus memuat denda, bunga, dan pokok masing-masing sekali.")
    return order


def allocate(amount_rp: int, items: list[DueItem], order: tuple[str, ...] = DEFAULT_ORDER) -> Allocation:
    """Spread a payment over what is owed, oldest installment first, parts in `order`."""
    if isinstance(amount_rp, bool) or not isinstance(amount_rp, int) or amount_rp <= 0:
        raise DomainError("bad_amount", "Jumlah bayar harus rupiah bulat lebih dari nol.")
    check_order(order)
    left, out = amount_rp, []
    for item in sorted(items, key=lambda i: (i.due_date, i.no)):
        if left == 0:
            break
        owed = {"penalty": item.penalty_rp, "interest": item.interest_rp, "principal": item.principal_rp}
        paid = dict.fromkeys(PARTS, 0)
        for part in order:
            take = min(left, owed[part])
            paid[part] += take
            left -= take
        if any(paid.values()):
            out.append(AllocatedItem(item.no, paid["penalty"], paid["interest"], paid["principal"]))
    return Allocation(tuple(out), left)
