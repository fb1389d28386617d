"""Rules for the outlet's own changes to the chart of accounts (bagan akun).

A new account is a leaf (postable) under a header of two digits: its code is the
header's code and two more digits (5211 under 52), its type is the header's and its
normal side follows from the type (contra accounts run against it). The accounts
the application posts to by itself cannot be deactivated or deleted.
"""

from __future__ import annotations

import re

from app.domain.accounts import Account, AccountType

MAX_NAME = 120

# Accounts documents post to automatically (sales, savings, loans, QRIS, shifts, stock,
# SHU, year close): deactivating one would stop the till or the books.
SYSTEM_ACCOUNTS = frozenset({
    "1101", "1102", "1103", "1104", "1105", "1107", "1108",
    "2101", "2102", "2103", "2104", "2105", "2106", "2107", "2108",
    "3101", "3102", "3104", "3105", "3199",
    "4101", "4102", "4103", "4201", "4202", "4203", "4901",
    "5101", "5102", "5207", "5208", "5209", "5210",
})

_LEAF_SUFFIX = re.compile(r"^\d{2}$")


def normal_side(acc: Account) -> str:
    return "debit" if acc.normal_debit else "kredit"


def is_leaf_parent(acc: Account) -> bool:
    """Headers a new account may go under: two-digit group headers (11, 52, …)."""
    return not acc.postable and len(acc.code) == 2


def name_problems(name: str, chart: dict[str, Account], code: str | None = None) -> list[str]:
    name = name.strip()
    if not name:
        return ["Nama akun wajib diisi."]
    if len(name) > MAX_NAME:
        return [f"Nama akun terlalu panjang (maks. {MAX_NAME} karakter)."]
    same = [a for a in chart.values() if a.code != code and a.name.casefold() == name.casefold()]
    if same:
        return [f"Nama {name!r} sudah dipakai akun {same[0].code}."]
    return []


def new_account_problems(parent_code: str, code: str, name: str, chart: dict[str, Account]) -> list[str]:
    problems: list[str] = []
    parent = chart.get(parent_code.strip())
    code = code.strip()
    if parent is None:
        problems.append(f"Akun induk {parent_code!r} tidak dikenal.")
    elif not is_leaf_parent(parent):
        problems.append(f"Akun baru hanya bisa di bawah akun kepala dua angka (mis. 52 Beban Operasional), "
                        f"bukan {parent.code} {parent.name}.")
    elif not (code.startswith(parent.code) and _LEAF_SUFFIX.match(code[len(parent.code):])):
        problems.append(f"Kode akun harus {parent.code} diikuti dua angka (mis. {suggest_code(parent.code, chart)}).")
    elif code in chart:
        problems.append(f"Kode {code} sudah dipakai akun {chart[code].name}.")
    problems += name_problems(name, chart)
    return problems


def suggest_code(parent_code: str, chart: dict[str, Account]) -> str:
    """The lowest free code under a header (5211 under 52; 1205 under 12)."""
    for n in range(1, 100):
        code = f"{parent_code}{n:02d}"
        if code not in chart:
            return code
    return ""


def deactivate_problems(acc: Account, balance_rp: int) -> list[str]:
    """`balance_rp`: the account's balance today (debit minus credit)."""
    if not acc.postable:
        return [f"{acc.code} {acc.name} adalah akun kepala; yang dinonaktifkan hanya akun rincian."]
    if acc.code in SYSTEM_ACCOUNTS:
        return [f"{acc.code} {acc.name} dipakai otomatis oleh aplikasi; tidak bisa dinonaktifkan."]
    if not acc.active:
        return [f"{acc.code} {acc.name} sudah tidak aktif."]
    if balance_rp and acc.type not in (AccountType.PENDAPATAN, AccountType.BEBAN):
        # Income and expenses are emptied by the year close; a balance-sheet balance would be stranded.
        return [f"{acc.code} {acc.name} masih bersaldo; pindahkan saldonya dengan jurnal dahulu."]
    return []
