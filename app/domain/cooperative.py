"""The cooperative's identity, printed on every receipt, report and export."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from app.domain.clock import ZONES
from app.domain.errors import DomainError


@dataclass(frozen=True)
class CooperativeProfile:
    name: str
    nib: str  # Nomor Induk Berusaha, 13 digits
    legal_entity_no: str  # nomor badan hukum (SK AHU)
    address: str
    desa: str
    kecamatan: str
    kabupaten: str
    provinsi: str
    timezone: str = "WIB"
    phone: str = ""

    def normalised(self) -> "CooperativeProfile":
        values = {f.name: str(getattr(self, f.name)).strip() for f in fields(self)}
        values["timezone"] = values["timezone"].upper()
        return replace(self, **values)


FIELD_LABELS = {
    "name": "Nama koperasi", "nib": "NIB", "legal_entity_no": "Nomor badan hukum",
    "address": "Alamat", "desa": "Desa/Kelurahan", "kecamatan": "Kecamatan",
    "kabupaten": "Kabupaten/Kota", "provinsi": "Provinsi", "timezone": "Zona waktu",
    "phone": "Telepon",
}

_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,19}$")


def profile_problems(p: CooperativeProfile) -> list[str]:
    p = p.normalised()
    problems = [f"{FIELD_LABELS[name]} wajib diisi." for name in
                ("name", "nib", "legal_entity_no", "address", "desa", "kecamatan", "kabupaten", "provinsi")
                if not getattr(p, name)]
    if p.nib and not (p.nib.isdigit() and len(p.nib) == 13):
        problems.append("NIB harus 13 angka.")
    if p.timezone not in ZONES:
        problems.append("Zona waktu harus WIB, WITA, atau WIT.")
    if p.phone and not _PHONE.match(p.phone):
        problems.append("Nomor telepon tidak valid.")
    if len(p.name) > 120:
        problems.append("Nama koperasi terlalu panjang (maks. 120 karakter).")
    return problems


def ensure_profile(p: CooperativeProfile) -> CooperativeProfile:
    problems = profile_problems(p)
    if problems:
        raise DomainError("profile_invalid", "Profil koperasi belum lengkap atau salah.",
                          details=tuple(problems))
    return p.normalised()
