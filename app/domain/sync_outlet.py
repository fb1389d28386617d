"""The outlet's side of district sync, pure: which months a package covers, the outlet's
sync settings (region code, business units, partnerships), pseudonymising members and
keeping NIKs out of every file, and the CSV form of the data files.

Packages, manifests and signatures themselves are app/domain/sync_manifest.py and
app/sync/package.py; the contract is docs/ARCHITECTURE.md, "District sync"."""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Iterable

from app.domain.errors import DomainError
from app.domain.periods import month_bounds, month_key, parse_month

# Business units and partnership kinds the district recognises (REFERENCE.md); the
# settings accept these keys only, so every outlet reports them the same way.
BUSINESS_UNITS = {
    "sembako": "Sembako (toko/gerai)", "lpg": "LPG 3 kg (sub-pangkalan)", "simpan_pinjam": "Simpan pinjam",
    "logistik": "Logistik/distribusi", "laku_pandai": "Laku Pandai", "brilink": "BRILink", "agen46": "Agen46",
    "agenpos": "Agenpos", "agen_pln": "Agen PLN", "pupuk": "Pupuk", "rpk": "Rumah Pangan Kita",
    "apotek": "Apotek desa", "klinik": "Klinik desa",
}
PARTNERSHIP_KINDS = BUSINESS_UNITS

# Kolektibilitas bucket codes (loan_quality.Bucket.code) to the manifest's keys; any
# bucket past the fifth counts as macet.
BUCKET_KEYS = ("lancar", "dpk", "kurang_lancar", "diragukan", "macet")
NPL_FROM_CODE = 3  # Kurang Lancar and worse, as loan_reports.AgingReport.npl_rp

_KODE_WILAYAH = re.compile(r"^\d{10}$")
_LONG_DIGITS = re.compile(r"\d{16,}")


# --- periods ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportPeriod:
    first: str  # YYYY-MM
    last: str
    kind: str  # month | since_last

    @property
    def start(self) -> date:
        return month_bounds(self.first)[0]

    @property
    def end(self) -> date:
        return month_bounds(self.last)[1]


def previous_month(key: str) -> str:
    first, _ = month_bounds(key)
    return month_key(date.fromordinal(first.toordinal() - 1))


def next_month(key: str) -> str:
    _, last = month_bounds(key)
    return month_key(date.fromordinal(last.toordinal() + 1))


def month_period(text: str, today: date) -> ExportPeriod:
    """--period YYYY-MM: one month that has ended (the outlet's business date is past it)."""
    key = parse_month(text or "")
    if month_bounds(key)[1] >= today:
        raise DomainError("period_not_over", f"Bulan {key} belum berakhir; paket hanya untuk bulan yang sudah lewat.")
    return ExportPeriod(key, key, "month")


def since_last_period(last_exported: str | None, first_month: str, today: date) -> ExportPeriod:
    """The months after the last exported one (or from the books' first month) up to last month."""
    first = next_month(last_exported) if last_exported else first_month
    last = previous_month(month_key(today))
    if first > last:
        raise DomainError("nothing_to_export",
                          f"Tidak ada bulan baru untuk diekspor: bulan terakhir yang sudah lewat ({last}) "
                          "sudah ada dalam paket sebelumnya.")
    return ExportPeriod(first, last, "since_last")


# --- settings -----------------------------------------------------------------------------

def kode_wilayah_problem(value: Any) -> str | None:
    if value == "" or (isinstance(value, str) and _KODE_WILAYAH.match(value)):
        return None
    return "harus 10 angka kode wilayah desa (Kemendagri), mis. 3203012001, atau kosong"


def business_units_problem(value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return "harus daftar unit usaha"
    unknown = [v for v in value if v not in BUSINESS_UNITS]
    if unknown:
        return f"unit usaha {unknown[0]!r} tidak dikenal (pilihan: {', '.join(BUSINESS_UNITS)})"
    if len(set(value)) != len(value):
        return "unit usaha ganda"
    return None


def partnerships_problem(value: Any) -> str | None:
    """[{"kind": <unit key>, "partner": "BRI", "since": "2025-09-01" | ""}, ...]"""
    if not isinstance(value, list):
        return "harus daftar kemitraan"
    for i, item in enumerate(value, start=1):
        if not isinstance(item, dict) or set(item) != {"kind", "partner", "since"}:
            return f"kemitraan ke-{i} harus berisi kind, partner dan since"
        if item["kind"] not in PARTNERSHIP_KINDS:
            return f"jenis kemitraan {item['kind']!r} tidak dikenal"
        if not isinstance(item["partner"], str) or not 0 < len(item["partner"].strip()) <= 80:
            return f"mitra kemitraan ke-{i} wajib diisi (maks. 80 karakter)"
        since = item["since"]
        if since != "":
            try:
                date.fromisoformat(since)
            except (TypeError, ValueError):
                return f"tanggal mulai kemitraan ke-{i} harus TTTT-BB-HH atau kosong"
    return None


def ordered_units(units: Iterable[str]) -> list[str]:
    order = list(BUSINESS_UNITS)
    return sorted(set(units), key=order.index)


def ordered_partnerships(items: Iterable[dict]) -> list[dict]:
    return sorted(({"kind": p["kind"], "partner": p["partner"].strip(), "since": p["since"]} for p in items),
                  key=lambda p: (p["kind"], p["partner"], p["since"]))


# --- personal data ------------------------------------------------------------------------

def member_key(secret: bytes, nik: str | None) -> str:
    """HMAC-SHA256(outlet secret, NIK) in hex: the same member gives the same key in every
    package of this outlet, and nobody without the secret can go back to the NIK."""
    if not nik:
        return ""
    return hmac.new(secret, nik.encode("ascii"), hashlib.sha256).hexdigest()


def scrub(text: str) -> str:
    """Free text that leaves the outlet: any run of 16 or more digits (a NIK typed into a
    memo or a name) becomes asterisks."""
    return _LONG_DIGITS.sub(lambda m: "*" * len(m.group()), text)


def bucket_key(code: int) -> str:
    return BUCKET_KEYS[min(code, len(BUCKET_KEYS)) - 1]


def npl_pct(npl_rp: int, outstanding_rp: int) -> str:
    """NPL ratio as a decimal string with two places, half-up ("8.97"); "0.00" without loans."""
    if not outstanding_rp:
        return "0.00"
    return str((Decimal(100 * npl_rp) / Decimal(outstanding_rp)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def csv_bytes(header: Iterable[str], rows: Iterable[Iterable[Any]]) -> bytes:
    """UTF-8, comma, \\n line ends, a header row; the caller gives the rows in a stable order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(header))
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue().encode("utf-8")
