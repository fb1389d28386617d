"""Loan products: the terms a cooperative offers, checked once and frozen into each loan
at application (a later change of the product never changes a running loan)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.domain.errors import DomainError
from app.domain.fmt import rupiah
from app.domain.loan_quality import DEFAULT_ORDER, PenaltyRule, check_order
from app.domain.loan_schedule import MAX_PRINCIPAL_RP, MAX_TERM, Method, monthly_rate

FEE_KINDS = ("none", "percent", "fixed")
FEE_MODES = {"potong": "dipotong saat pencairan", "bayar": "dibayar tunai saat pencairan"}
PREPAY_RULES = {"kurangi_tenor": "mengurangi jangka waktu", "kurangi_angsuran": "mengurangi angsuran"}
EARLY_INTEREST = {"tanpa": "tanpa bunga sisa", "bulan_berjalan": "bunga bulan berjalan", "sisa": "seluruh sisa bunga"}
PENALTY_KINDS = ("none", "percent_month", "fixed_day")


@dataclass(frozen=True)
class LoanProduct:
    code: str
    name: str
    min_amount_rp: int = 500_000
    max_amount_rp: int = 10_000_000
    min_term: int = 1
    max_term: int = 24
    rate_pct: Decimal = Decimal("1.5")
    rate_period: str = "bulan"  # bulan | tahun
    method: Method = Method.FLAT
    fee_kind: str = "percent"
    fee_value: Decimal = Decimal("1")  # percent of the principal, or rupiah when fixed
    fee_mode: str = "potong"
    penalty: PenaltyRule = field(default_factory=lambda: PenaltyRule("percent_month", Decimal("2"), 0, 7))
    allocation_order: tuple[str, ...] = DEFAULT_ORDER
    round_to: int = 100
    prepay_rule: str = "kurangi_tenor"
    early_interest: str = "bulan_berjalan"
    savings_multiple: Decimal | None = None  # limit = multiple x the member's savings; None = no limit
    max_open_loans: int = 1
    active: bool = True

    @property
    def monthly_rate(self) -> Decimal:
        if self.rate_period == "bulan":
            return monthly_rate(monthly_pct=self.rate_pct)
        return monthly_rate(annual_pct=self.rate_pct)

    def fee_rp(self, principal_rp: int) -> int:
        if self.fee_kind == "none":
            return 0
        if self.fee_kind == "fixed":
            return int(self.fee_value)
        return int((Decimal(principal_rp) * self.fee_value / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def to_dict(self) -> dict:
        d = asdict(self)
        d["rate_pct"], d["fee_value"] = str(self.rate_pct), str(self.fee_value)
        d["method"] = self.method.value
        d["penalty"] = {"kind": self.penalty.kind, "percent_per_month": str(self.penalty.percent_per_month),
                        "fixed_per_day_rp": self.penalty.fixed_per_day_rp, "grace_days": self.penalty.grace_days}
        d["allocation_order"] = list(self.allocation_order)
        d["savings_multiple"] = None if self.savings_multiple is None else str(self.savings_multiple)
        return d


def _dec(value, label: str) -> Decimal:
    try:
        d = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        raise DomainError("bad_product", f"{label} harus angka.") from None
    if not d.is_finite() or d < 0:
        raise DomainError("bad_product", f"{label} tidak boleh negatif.")
    return d


def _int(value, label: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise DomainError("bad_product", f"{label} harus bilangan bulat {lo}-{hi}.")
    return value


def product_from_dict(d: dict) -> LoanProduct:
    """Build and check a product from plain values (settings page, CLI, stored JSON)."""
    try:
        pen = d.get("penalty") or {}
        product = LoanProduct(
            code=str(d["code"]).strip().upper(), name=" ".join(str(d["name"]).split()),
            min_amount_rp=d.get("min_amount_rp", 500_000), max_amount_rp=d.get("max_amount_rp", 10_000_000),
            min_term=d.get("min_term", 1), max_term=d.get("max_term", 24),
            rate_pct=_dec(d.get("rate_pct", "1.5"), "Bunga"), rate_period=d.get("rate_period", "bulan"),
            method=Method(d.get("method", "flat")), fee_kind=d.get("fee_kind", "percent"),
            fee_value=_dec(d.get("fee_value", "1"), "Biaya administrasi"), fee_mode=d.get("fee_mode", "potong"),
            penalty=PenaltyRule(pen.get("kind", "none"), _dec(pen.get("percent_per_month", "0"), "Denda"),
                                pen.get("fixed_per_day_rp", 0), pen.get("grace_days", 0)),
            allocation_order=tuple(d.get("allocation_order", DEFAULT_ORDER)), round_to=d.get("round_to", 1),
            prepay_rule=d.get("prepay_rule", "kurangi_tenor"), early_interest=d.get("early_interest", "bulan_berjalan"),
            savings_multiple=None if d.get("savings_multiple") in (None, "") else _dec(d["savings_multiple"],
                                                                                        "Kelipatan simpanan"),
            max_open_loans=d.get("max_open_loans", 1), active=bool(d.get("active", True)))
    except KeyError as e:
        raise DomainError("bad_product", f"Produk pinjaman: {e.args[0]} wajib diisi.") from None
    except ValueError:
        raise DomainError("bad_product", "Metode harus flat, anuitas, atau menurun.") from None
    return check_product(product)


def check_product(p: LoanProduct) -> LoanProduct:
    problems = []
    if not p.code or len(p.code) > 12 or not p.code.replace("-", "").isalnum():
        problems.append("Kode produk 1-12 huruf/angka.")
    if not p.name or len(p.name) > 80:
        problems.append("Nama produk wajib diisi (maks. 80 karakter).")
    for check in (lambda: _int(p.min_amount_rp, "Plafon minimum", 1, MAX_PRINCIPAL_RP),
                  lambda: _int(p.max_amount_rp, "Plafon maksimum", 1, MAX_PRINCIPAL_RP),
                  lambda: _int(p.min_term, "Jangka waktu minimum", 1, MAX_TERM),
                  lambda: _int(p.max_term, "Jangka waktu maksimum", 1, MAX_TERM),
                  lambda: _int(p.round_to, "Pembulatan angsuran", 1, 100_000),
                  lambda: _int(p.max_open_loans, "Pinjaman berjalan per anggota", 1, 10),
                  lambda: _int(p.penalty.grace_days, "Masa tenggang denda", 0, 90),
                  lambda: _int(p.penalty.fixed_per_day_rp, "Denda per hari", 0, 1_000_000),
                  lambda: check_order(p.allocation_order), lambda: p.monthly_rate):
        try:
            check()
        except DomainError as e:
            problems.append(e.message)
    if not problems:
        if p.min_amount_rp > p.max_amount_rp:
            problems.append("Plafon minimum lebih besar dari maksimum.")
        if p.min_term > p.max_term:
            problems.append("Jangka waktu minimum lebih lama dari maksimum.")
    if p.rate_period not in ("bulan", "tahun"):
        problems.append("Periode bunga harus bulan atau tahun.")
    if p.fee_kind not in FEE_KINDS or p.fee_mode not in FEE_MODES:
        problems.append("Biaya administrasi: jenis none/percent/fixed, cara potong/bayar.")
    elif p.fee_kind == "percent" and p.fee_value > 10:
        problems.append("Biaya administrasi paling tinggi 10% dari pokok.")
    elif p.fee_kind == "fixed" and (p.fee_value != p.fee_value.to_integral_value() or p.fee_value > 1_000_000):
        problems.append("Biaya administrasi tetap harus rupiah bulat sampai Rp1.000.000.")
    if p.penalty.kind not in PENALTY_KINDS:
        problems.append("Jenis denda harus none, percent_month, atau fixed_day.")
    elif p.penalty.kind == "percent_month" and not 0 < p.penalty.percent_per_month <= 10:
        problems.append("Denda persen per bulan harus lebih dari 0 dan paling tinggi 10%.")
    if p.prepay_rule not in PREPAY_RULES:
        problems.append("Aturan pelunasan sebagian harus kurangi_tenor atau kurangi_angsuran.")
    if p.early_interest not in EARLY_INTEREST:
        problems.append("Bunga pelunasan dipercepat harus tanpa, bulan_berjalan, atau sisa.")
    if p.savings_multiple is not None and not 0 < p.savings_multiple <= 100:
        problems.append("Kelipatan simpanan harus lebih dari 0 dan paling banyak 100.")
    if problems:
        if len(problems) == 1:
            raise DomainError("bad_product", problems[0])
        raise DomainError("bad_product", "Produk pinjaman belum benar:", details=tuple(problems))
    return p


def check_request(p: LoanProduct, principal_rp: int, term: int, *, savings_rp: int, open_loans: int) -> None:
    """An application against the product's limits and the member's standing."""
    if not p.active:
        raise DomainError("product_inactive", f"Produk {p.name} tidak aktif lagi.")
    if isinstance(principal_rp, bool) or not isinstance(principal_rp, int) or principal_rp <= 0:
        raise DomainError("bad_principal", "Jumlah pinjaman harus rupiah bulat lebih dari nol.")
    if not p.min_amount_rp <= principal_rp <= p.max_amount_rp:
        raise DomainError("out_of_limits", f"{p.name}: jumlah pinjaman {rupiah(p.min_amount_rp)} sampai "
                                           f"{rupiah(p.max_amount_rp)}.")
    if isinstance(term, bool) or not isinstance(term, int) or not p.min_term <= term <= p.max_term:
        raise DomainError("out_of_limits", f"{p.name}: jangka waktu {p.min_term} sampai {p.max_term} bulan.")
    if p.savings_multiple is not None:
        limit = int(Decimal(savings_rp) * p.savings_multiple)
        if principal_rp > limit:
            raise DomainError("over_savings_limit", f"Pinjaman paling banyak {p.savings_multiple} x simpanan anggota "
                                                    f"({rupiah(savings_rp)}) = {rupiah(limit)}.")
    if open_loans >= p.max_open_loans:
        raise DomainError("too_many_loans", f"Anggota sudah punya {open_loans} pinjaman berjalan (batas "
                                            f"{p.max_open_loans}).")
    if p.fee_kind != "none" and p.fee_mode == "potong" and p.fee_rp(principal_rp) >= principal_rp:
        raise DomainError("fee_too_large", "Biaya administrasi tidak boleh sebesar pinjaman.")
