"""Chart of accounts (bagan akun) and the meaning of each account type."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AccountType(StrEnum):
    ASET = "aset"
    KEWAJIBAN = "kewajiban"
    EKUITAS = "ekuitas"
    PENDAPATAN = "pendapatan"
    BEBAN = "beban"

    @property
    def normal_debit(self) -> bool:
        return self in (AccountType.ASET, AccountType.BEBAN)


@dataclass(frozen=True)
class Account:
    code: str
    name: str
    type: AccountType
    parent: str | None
    postable: bool
    contra: bool = False
    active: bool = True

    @property
    def normal_debit(self) -> bool:
        # A contra account (accumulated depreciation, loss allowance) runs against its type.
        return self.type.normal_debit != self.contra


A, K, E, P, B = (AccountType.ASET, AccountType.KEWAJIBAN, AccountType.EKUITAS,
                 AccountType.PENDAPATAN, AccountType.BEBAN)

# (code, name, type, parent, postable, contra). Headers are not postable.
_CHART = [
    ("1", "Aset", A, None, False, False),
    ("11", "Aset Lancar", A, "1", False, False),
    ("1101", "Kas", A, "11", True, False),
    ("1102", "Kas di Bank", A, "11", True, False),
    ("1103", "Piutang QRIS (belum settle)", A, "11", True, False),
    ("1104", "Piutang Usaha Anggota", A, "11", True, False),
    ("1105", "Piutang Pinjaman Anggota", A, "11", True, False),
    ("1106", "Piutang Lain-lain", A, "11", True, False),
    ("1107", "Cadangan Kerugian Piutang", A, "11", True, True),
    ("1108", "Persediaan Barang Dagang", A, "11", True, False),
    ("12", "Aset Tetap", A, "1", False, False),
    ("1201", "Tanah", A, "12", True, False),
    ("1202", "Bangunan", A, "12", True, False),
    ("1203", "Peralatan dan Inventaris", A, "12", True, False),
    ("1204", "Kendaraan", A, "12", True, False),
    ("1209", "Akumulasi Penyusutan Aset Tetap", A, "12", True, True),
    ("2", "Kewajiban", K, None, False, False),
    ("21", "Kewajiban Jangka Pendek", K, "2", False, False),
    ("2101", "Utang Usaha", K, "21", True, False),
    ("2102", "Simpanan Sukarela", K, "21", True, False),
    # Pokok/wajib booked as liabilities when the cooperative chooses so (SAK EP; a setting).
    ("2103", "Simpanan Pokok (kewajiban)", K, "21", True, False),
    ("2104", "Simpanan Wajib (kewajiban)", K, "21", True, False),
    ("2105", "Dana-dana SHU", K, "21", True, False),
    ("2106", "SHU Anggota Belum Dibayar", K, "21", True, False),
    ("2107", "Titipan Dana Agen", K, "21", True, False),
    ("2108", "Deposit Tabung", K, "21", True, False),
    ("22", "Kewajiban Jangka Panjang", K, "2", False, False),
    ("2201", "Utang Bank (KUR/Himbara/LPDB)", K, "22", True, False),
    ("3", "Ekuitas", E, None, False, False),
    ("3101", "Simpanan Pokok", E, "3", True, False),
    ("3102", "Simpanan Wajib", E, "3", True, False),
    ("3103", "Modal Penyertaan/Hibah", E, "3", True, False),
    ("3104", "Cadangan", E, "3", True, False),
    ("3105", "SHU Tahun Berjalan", E, "3", True, False),
    # Where opening balances brought from the old books wait until the treasurer posts the
    # matching assets (an imported member register credits savings against it).
    ("3199", "Penampung Saldo Awal", E, "3", True, False),
    ("4", "Pendapatan", P, None, False, False),
    ("41", "Penjualan", P, "4", False, False),
    ("4101", "Penjualan Anggota", P, "41", True, False),
    ("4102", "Penjualan Non-Anggota", P, "41", True, False),
    ("4103", "Retur Penjualan", P, "41", True, True),
    ("42", "Pendapatan Jasa Simpan Pinjam", P, "4", False, False),
    ("4201", "Jasa Pinjaman", P, "42", True, False),
    ("4202", "Provisi/Administrasi", P, "42", True, False),
    ("4203", "Denda", P, "42", True, False),
    ("43", "Pendapatan Kemitraan", P, "4", False, False),
    ("4301", "Komisi Agen", P, "43", True, False),
    ("49", "Pendapatan Lain-lain", P, "4", False, False),
    ("4901", "Pendapatan Lain (termasuk Kas Lebih)", P, "49", True, False),
    ("5", "Beban", B, None, False, False),
    ("51", "Harga Pokok Penjualan", B, "5", False, False),
    ("5101", "HPP", B, "51", True, False),
    ("5102", "Selisih Persediaan", B, "51", True, False),
    ("52", "Beban Operasional", B, "5", False, False),
    ("5201", "Beban Gaji", B, "52", True, False),
    ("5202", "Beban Listrik dan Air", B, "52", True, False),
    ("5203", "Beban Sewa", B, "52", True, False),
    ("5204", "Beban Transport", B, "52", True, False),
    ("5205", "Beban ATK", B, "52", True, False),
    ("5206", "Beban Penyusutan", B, "52", True, False),
    ("5207", "Beban MDR QRIS", B, "52", True, False),
    ("5208", "Beban Jasa Simpanan", B, "52", True, False),
    ("5209", "Beban Penghapusan Piutang", B, "52", True, False),
    ("5210", "Beban Kas Kurang", B, "52", True, False),
    ("5299", "Beban Lain-lain", B, "52", True, False),
]

STARTING_CHART: tuple[Account, ...] = tuple(
    Account(code, name, typ, parent, postable, contra)
    for code, name, typ, parent, postable, contra in _CHART
)


def chart_problems(chart: tuple[Account, ...]) -> list[str]:
    """Structural checks: unique codes, parents exist and are headers of the same type."""
    problems: list[str] = []
    by_code: dict[str, Account] = {}
    for acc in chart:
        if acc.code in by_code:
            problems.append(f"kode akun {acc.code} ganda")
        by_code[acc.code] = acc
    for acc in chart:
        if acc.parent is None:
            continue
        parent = by_code.get(acc.parent)
        if parent is None:
            problems.append(f"akun {acc.code}: induk {acc.parent} tidak ada")
        elif parent.postable:
            problems.append(f"akun {acc.code}: induk {acc.parent} bukan akun kepala")
        elif parent.type != acc.type:
            problems.append(f"akun {acc.code}: jenis berbeda dengan induk {acc.parent}")
    return problems
