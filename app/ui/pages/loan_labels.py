"""Screen words and colours of the Pinjaman screens (context "Loans"): loan status,
kolektibilitas with its colour, interest methods, product rules, the effective-rate
sentence OJK asks for, the NPL health; and the loan list model that paints them (used by
the page and by the member's loan box, which must not import the page)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain import fmt
from app.domain.errors import DomainError
from app.domain.loan_product import EARLY_INTEREST, FEE_MODES, PREPAY_RULES, LoanProduct
from app.domain.loan_quality import DEFAULT_BUCKETS, Bucket, buckets_from_config, kolektibilitas
from app.domain.loan_schedule import METHOD_LABELS, Method, Schedule
from app.services import settings
from app.services.loans import STATUS_LABELS, LoanSummary
from app.ui.style import RED
from app.ui.table_model import LazyTableModel

STATUS_TEXT = {
    "diajukan": QT_TRANSLATE_NOOP("Loans", "Diajukan"),
    "disetujui": QT_TRANSLATE_NOOP("Loans", "Disetujui"),
    "ditolak": QT_TRANSLATE_NOOP("Loans", "Ditolak"),
    "cair": QT_TRANSLATE_NOOP("Loans", "Berjalan"),
    "lunas": QT_TRANSLATE_NOOP("Loans", "Lunas"),
    "direstrukturisasi": QT_TRANSLATE_NOOP("Loans", "Direstrukturisasi"),
    "dihapus": QT_TRANSLATE_NOOP("Loans", "Dihapus buku"),
}
STATUS_CODES = tuple(STATUS_TEXT)

# Kolektibilitas by bucket code (the bank scheme's names; the buckets are the domain's).
BUCKET_TEXT = {
    1: QT_TRANSLATE_NOOP("Loans", "Lancar"),
    2: QT_TRANSLATE_NOOP("Loans", "Dalam Perhatian Khusus"),
    3: QT_TRANSLATE_NOOP("Loans", "Kurang Lancar"),
    4: QT_TRANSLATE_NOOP("Loans", "Diragukan"),
    5: QT_TRANSLATE_NOOP("Loans", "Macet"),
}
# (background, text): Lancar green, DPK yellow, Kurang Lancar orange, Diragukan red-orange, Macet red.
BUCKET_COLOURS = {
    1: ("#d7f0d4", "#1b5e20"),
    2: ("#fff1a8", "#5c4a00"),
    3: ("#ffd199", "#7a3b00"),
    4: ("#ff9f80", "#5e1600"),
    5: ("#b3261e", "#ffffff"),
}

METHOD_TEXT = {
    Method.FLAT: QT_TRANSLATE_NOOP("Loans", "Flat"),
    Method.ANUITAS: QT_TRANSLATE_NOOP("Loans", "Anuitas"),
    Method.MENURUN: QT_TRANSLATE_NOOP("Loans", "Menurun (efektif)"),
}
FEE_MODE_TEXT = {
    "potong": QT_TRANSLATE_NOOP("Loans", "dipotong saat pencairan"),
    "bayar": QT_TRANSLATE_NOOP("Loans", "dibayar tunai saat pencairan"),
}
PREPAY_TEXT = {
    "kurangi_tenor": QT_TRANSLATE_NOOP("Loans", "mengurangi jangka waktu"),
    "kurangi_angsuran": QT_TRANSLATE_NOOP("Loans", "mengurangi angsuran"),
}
EARLY_TEXT = {
    "tanpa": QT_TRANSLATE_NOOP("Loans", "tanpa bunga sisa"),
    "bulan_berjalan": QT_TRANSLATE_NOOP("Loans", "bunga bulan berjalan"),
    "sisa": QT_TRANSLATE_NOOP("Loans", "seluruh sisa bunga"),
}
HEALTH_TEXT = {
    "sehat": QT_TRANSLATE_NOOP("Loans", "Sehat"),
    "cukup sehat": QT_TRANSLATE_NOOP("Loans", "Cukup sehat"),
    "tidak sehat": QT_TRANSLATE_NOOP("Loans", "Tidak sehat"),
}
HEALTH_COLOURS = {"sehat": "#1b5e20", "cukup sehat": "#a15c00", "tidak sehat": "#b3261e"}
GREEN = "#1b5e20"
GREY = "#8a8a8a"
CLOSED = ("ditolak", "lunas", "direstrukturisasi", "dihapus")


def _words(table: dict, key, fallback: str) -> str:
    return QCoreApplication.translate("Loans", table[key]) if key in table else fallback


def status_text(status: str) -> str:
    return _words(STATUS_TEXT, status, STATUS_LABELS.get(status, status))


def bucket_text(code: int, name: str = "") -> str:
    """The bank scheme's names in the screen's language; an outlet's own names as they are."""
    default = next((b for b in DEFAULT_BUCKETS if b.code == code), None)
    if default is not None and name in ("", default.name):
        return _words(BUCKET_TEXT, code, default.name)
    return name


def bucket_colours(code: int, count: int = len(DEFAULT_BUCKETS)) -> tuple[QColor, QColor] | None:
    """Green for the first bucket, red for the last; with other than five buckets (the
    outlet's setting) the ones between take the colours in between."""
    if code < 1 or count < 1 or code > count:
        return None
    step = 1 if count == 1 else round(1 + (code - 1) * (len(BUCKET_COLOURS) - 1) / (count - 1))
    pair = BUCKET_COLOURS[step]
    return QColor(pair[0]), QColor(pair[1])


def outlet_buckets(ctx) -> tuple[Bucket, ...]:
    """The outlet's kolektibilitas buckets (setting loan.kolektibilitas), else the bank scheme."""
    try:
        return buckets_from_config(settings.read_all(ctx.reader())["loan.kolektibilitas"])
    except (DomainError, KeyError):
        return DEFAULT_BUCKETS


def badge_style(bucket: Bucket, count: int) -> str:
    colours = bucket_colours(bucket.code, count)
    if colours is None:
        return "font-weight: bold;"
    return (f"background: {colours[0].name()}; color: {colours[1].name()}; font-weight: bold; "
            "border-radius: 4px; padding: 2px 10px;")


def bucket_of(info) -> Bucket | None:
    """A running loan's bucket on its date, by the buckets its state was read with."""
    if info is None or info.status != "cair":
        return None
    return kolektibilitas(info.days_past_due, getattr(info, "buckets", DEFAULT_BUCKETS))


def method_text(method: Method | str) -> str:
    try:
        m = Method(method)
    except ValueError:
        return str(method)
    return _words(METHOD_TEXT, m, METHOD_LABELS[m])


def fee_mode_text(mode: str) -> str:
    return _words(FEE_MODE_TEXT, mode, FEE_MODES.get(mode, mode))


def prepay_text(rule: str) -> str:
    return _words(PREPAY_TEXT, rule, PREPAY_RULES.get(rule, rule))


def early_text(rule: str) -> str:
    return _words(EARLY_TEXT, rule, EARLY_INTEREST.get(rule, rule))


def health_text(health: str) -> str:
    return _words(HEALTH_TEXT, health, health)


def pct(value: Decimal | float | str, places: int = 2) -> str:
    """Decimal('1.5') -> '1,5'; Decimal('30.03') -> '30,03'; Indonesian comma, no trailing zeros."""
    text = format(Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _per(p: LoanProduct) -> str:
    if p.rate_period == "bulan":
        return QCoreApplication.translate("Loans", "%/bulan")
    return QCoreApplication.translate("Loans", "%/tahun")


def rate_text(p: LoanProduct) -> str:
    """'flat 1,5%/bulan', 'anuitas 18%/tahun'."""
    return f"{method_text(p.method).lower()} {pct(p.rate_pct, 4)}{_per(p)}"


def effective_text(p: LoanProduct, effective: Decimal) -> str:
    """What OJK asks lenders to say: the rate as quoted and its effective yearly equivalent."""
    if p.method is Method.FLAT:
        text = QCoreApplication.translate("Loans", "Bunga flat {rate}{per} setara efektif ±{effective}%/tahun")
        return text.format(rate=pct(p.rate_pct, 4), per=_per(p), effective=pct(effective))
    text = QCoreApplication.translate("Loans", "Bunga {method} {rate}{per} · efektif {effective}%/tahun")
    return text.format(method=method_text(p.method).lower(), rate=pct(p.rate_pct, 4), per=_per(p),
                       effective=pct(effective))


def fee_text(p: LoanProduct, principal_rp: int | None = None) -> str:
    if p.fee_kind == "none":
        return QCoreApplication.translate("Loans", "tanpa biaya administrasi")
    amount = f"{pct(p.fee_value)}%" if p.fee_kind == "percent" else fmt.rupiah(int(p.fee_value))
    if principal_rp and p.fee_kind == "percent":
        amount = f"{fmt.rupiah(p.fee_rp(principal_rp))} ({amount})"
    text = QCoreApplication.translate("Loans", "biaya adm. {amount}, {mode}")
    return text.format(amount=amount, mode=fee_mode_text(p.fee_mode))


def penalty_text(p: LoanProduct) -> str:
    rule = p.penalty
    if rule.kind == "percent_month":
        text = QCoreApplication.translate("Loans", "denda {pct}% per bulan terlambat").format(
            pct=pct(rule.percent_per_month))
    elif rule.kind == "fixed_day":
        text = QCoreApplication.translate("Loans", "denda {amount} per hari").format(
            amount=fmt.rupiah(rule.fixed_per_day_rp))
    else:
        return QCoreApplication.translate("Loans", "tanpa denda")
    if rule.grace_days:
        text += QCoreApplication.translate("Loans", ", tenggang {days} hari").format(days=rule.grace_days)
    return text


def limits_text(p: LoanProduct) -> str:
    text = QCoreApplication.translate("Loans", "Plafon {low} – {high} · jangka {min_term}–{max_term} bulan")
    return text.format(low=fmt.rupiah(p.min_amount_rp), high=fmt.rupiah(p.max_amount_rp), min_term=p.min_term,
                       max_term=p.max_term)


def installment_text(schedule: Schedule) -> str:
    """'Rp1.170.000' or, when the installments differ (menurun), 'Rp1.090.000 … Rp1.015.000'."""
    first, last = schedule.installments[0].installment_rp, schedule.installments[-1].installment_rp
    if schedule.method is Method.MENURUN and first != last:
        return f"{fmt.rupiah(first)} … {fmt.rupiah(last)}"
    return fmt.rupiah(first)


def blank_rupiah(value: int) -> str:
    return fmt.rupiah(value) if value else ""


class LoanListModel(LazyTableModel):
    """Closed loans grey; the kolektibilitas cell in its colour; days past due in red."""

    bucket_count = len(DEFAULT_BUCKETS)  # the outlet's number of buckets (for the colours)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and index.isValid():
            loan: LoanSummary | None = self.row_object(index.row())
            if loan is None:
                return None
            name = self._columns[index.column()].name
            colours = bucket_colours(loan.bucket_code, self.bucket_count)
            if name == "quality" and colours:
                return QBrush(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1])
            if role == Qt.ItemDataRole.ForegroundRole:
                if name == "dpd" and loan.days_past_due:
                    return QBrush(QColor(RED))
                if loan.status in CLOSED:
                    return QBrush(QColor(GREY))
            return None
        return super().data(index, role)
