"""NIK (Nomor Induk Kependudukan): 16 digits = province(2) regency(2) district(2)
birth date DDMMYY (women add 40 to DD) + 4-digit serial."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.errors import DomainError

# Province codes in use (Kemendagri), including the Papua provinces formed in 2022.
PROVINCES = frozenset({
    11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
    61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97,
})


@dataclass(frozen=True)
class NikInfo:
    nik: str
    province: str
    regency: str
    district: str
    birth_date: date
    female: bool


def parse_nik(text: str, *, today: date) -> NikInfo:
    """Validate the structure. Two-digit years are read as the latest year not after `today`."""
    nik = text.strip().replace(" ", "").replace(".", "")
    if not (nik.isascii() and nik.isdigit() and len(nik) == 16):
        raise DomainError("bad_nik", "NIK harus 16 angka.")
    if int(nik[:2]) not in PROVINCES:
        raise DomainError("bad_nik", f"NIK tidak sah: kode provinsi {nik[:2]} tidak dikenal.")
    if nik[2:4] == "00" or nik[4:6] == "00":
        raise DomainError("bad_nik", "NIK tidak sah: kode kabupaten/kecamatan tidak boleh 00.")
    dd, mm, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    female = dd > 40
    if female:
        dd -= 40
    born = None
    for century in (2000, 1900):  # the latest reading that is not after today
        try:
            candidate = date(century + yy, mm, dd)
        except ValueError:
            raise DomainError("bad_nik", "NIK tidak sah: tanggal lahir di dalamnya tidak mungkin.") from None
        if candidate <= today:
            born = candidate
            break
    if born is None:
        raise DomainError("bad_nik", "NIK tidak sah: tanggal lahir di masa depan.")
    if nik[12:] == "0000":
        raise DomainError("bad_nik", "NIK tidak sah: nomor urut tidak boleh 0000.")
    return NikInfo(nik, nik[:2], nik[:4], nik[:6], born, female)


def mask_nik(nik: str) -> str:
    """Never print a full NIK: keep the region and the last 4 digits. 3201********0001"""
    nik = nik.strip()
    if len(nik) != 16:
        return "*" * len(nik)
    return nik[:4] + "*" * 8 + nik[12:]
