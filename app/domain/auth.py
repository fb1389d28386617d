"""Roles, what each may do, credential policy and account lockout."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Iterable

from app.domain.errors import DomainError, PermissionDenied


class Role(StrEnum):
    KASIR = "kasir"
    PENGURUS = "pengurus"
    BENDAHARA = "bendahara"
    PENGAWAS = "pengawas"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.KASIR: "Kasir",
    Role.PENGURUS: "Pengurus",
    Role.BENDAHARA: "Bendahara",
    Role.PENGAWAS: "Pengawas",
    Role.ADMIN: "Admin",
}


class Permission(StrEnum):
    JOURNAL_VIEW = "journal.view"
    JOURNAL_POST = "journal.post"
    JOURNAL_REVERSE = "journal.reverse"
    REPORT_VIEW = "report.view"
    PERIOD_CLOSE = "period.close"
    PERIOD_REOPEN = "period.reopen"
    USER_MANAGE = "user.manage"
    PROFILE_EDIT = "profile.edit"
    SETTINGS_EDIT = "settings.edit"
    AUDIT_VIEW = "audit.view"
    BACKUP_CREATE = "backup.create"
    BACKUP_RESTORE = "backup.restore"
    OVERRIDE = "override"  # may approve another user's restricted action with a PIN
    SALE_SELL = "sale.sell"
    SALE_VIEW = "sale.view"
    SALE_RETURN = "sale.return"
    SALE_VOID = "sale.void"
    SALE_BACKDATE = "sale.backdate"  # paper sales from a power cut, entered later
    PRICE_OVERRIDE = "price.override"  # line discount or another price at the till
    SHIFT_RUN = "shift.run"
    SHIFT_APPROVE = "shift.approve"  # a cash difference above the limit
    CATALOGUE_EDIT = "catalogue.edit"
    STOCK_VIEW = "stock.view"
    STOCK_MANAGE = "stock.manage"
    LPG_LOGBOOK = "lpg.logbook"
    MEMBER_VIEW = "member.view"
    MEMBER_CREDIT = "member.credit"  # kasbon limits
    MEMBER_MANAGE = "member.manage"  # register, edit, import members; print cards
    MEMBER_EXIT = "member.exit"  # approve a member's exit and pay out pokok and wajib
    SAVINGS_POST = "savings.post"  # deposits and withdrawals of member savings
    SAVINGS_SETUP = "savings.setup"  # savings amounts, jasa rate, classification
    LOAN_APPLY = "loan.apply"  # enter a loan application
    LOAN_APPROVE = "loan.approve"  # approve or reject (never one's own, when four-eyes is on)
    LOAN_DISBURSE = "loan.disburse"
    LOAN_PAY = "loan.pay"  # repayments and early settlement
    LOAN_MANAGE = "loan.manage"  # reschedule, write off, recoveries
    LOAN_SETUP = "loan.setup"  # loan products
    PRINT = "print"  # print and reprint slips, see and retry the print queue
    PRINTER_SETUP = "printer.setup"
    QRIS_SETUP = "qris.setup"  # register the outlet's static QRIS
    SYNC_EXPORT = "sync.export"  # district packages: export, import the hub's acknowledgement


PERMISSION_LABELS = {
    Permission.JOURNAL_VIEW: "melihat jurnal",
    Permission.JOURNAL_POST: "membuat jurnal",
    Permission.JOURNAL_REVERSE: "membalik jurnal",
    Permission.REPORT_VIEW: "melihat laporan",
    Permission.PERIOD_CLOSE: "menutup periode",
    Permission.PERIOD_REOPEN: "membuka kembali periode",
    Permission.USER_MANAGE: "mengelola pengguna",
    Permission.PROFILE_EDIT: "mengubah profil koperasi",
    Permission.SETTINGS_EDIT: "mengubah pengaturan",
    Permission.AUDIT_VIEW: "melihat log audit",
    Permission.BACKUP_CREATE: "membuat cadangan",
    Permission.BACKUP_RESTORE: "memulihkan cadangan",
    Permission.OVERRIDE: "memberi persetujuan (override)",
    Permission.SALE_SELL: "melayani penjualan",
    Permission.SALE_VIEW: "melihat penjualan",
    Permission.SALE_RETURN: "menerima retur",
    Permission.SALE_VOID: "membatalkan penjualan",
    Permission.SALE_BACKDATE: "mencatat penjualan susulan",
    Permission.PRICE_OVERRIDE: "mengubah harga atau memberi diskon",
    Permission.SHIFT_RUN: "membuka dan menutup shift kasir",
    Permission.SHIFT_APPROVE: "menyetujui selisih kas",
    Permission.CATALOGUE_EDIT: "mengubah katalog barang",
    Permission.STOCK_VIEW: "melihat stok",
    Permission.STOCK_MANAGE: "mengelola stok",
    Permission.LPG_LOGBOOK: "melihat logbook LPG",
    Permission.MEMBER_VIEW: "melihat anggota",
    Permission.MEMBER_CREDIT: "mengatur batas kasbon anggota",
    Permission.MEMBER_MANAGE: "mendaftarkan dan mengubah data anggota",
    Permission.MEMBER_EXIT: "menyetujui anggota keluar",
    Permission.SAVINGS_POST: "mencatat setoran dan penarikan simpanan",
    Permission.SAVINGS_SETUP: "mengatur jenis simpanan",
    Permission.LOAN_APPLY: "mencatat pengajuan pinjaman",
    Permission.LOAN_APPROVE: "menyetujui pinjaman",
    Permission.LOAN_DISBURSE: "mencairkan pinjaman",
    Permission.LOAN_PAY: "menerima angsuran pinjaman",
    Permission.LOAN_MANAGE: "restrukturisasi dan hapus buku pinjaman",
    Permission.LOAN_SETUP: "mengatur produk pinjaman",
    Permission.PRINT: "mencetak dan mengelola antrean cetak",
    Permission.PRINTER_SETUP: "mengatur printer",
    Permission.QRIS_SETUP: "mengatur QRIS gerai",
    Permission.SYNC_EXPORT: "membuat paket laporan ke kabupaten",
}

P = Permission
_TILL = {P.SALE_SELL, P.SALE_VIEW, P.SHIFT_RUN, P.STOCK_VIEW, P.MEMBER_VIEW, P.PRINT}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.KASIR: frozenset(_TILL),
    Role.PENGURUS: frozenset(_TILL | {
        P.JOURNAL_VIEW, P.REPORT_VIEW, P.PROFILE_EDIT, P.OVERRIDE, P.BACKUP_CREATE,
        P.SALE_RETURN, P.SALE_VOID, P.SALE_BACKDATE, P.PRICE_OVERRIDE, P.SHIFT_APPROVE,
        P.CATALOGUE_EDIT, P.STOCK_MANAGE, P.LPG_LOGBOOK, P.MEMBER_CREDIT, P.PRINTER_SETUP, P.QRIS_SETUP,
        P.MEMBER_MANAGE, P.MEMBER_EXIT, P.SAVINGS_POST, P.SAVINGS_SETUP, P.LOAN_APPLY, P.LOAN_APPROVE,
        P.LOAN_DISBURSE, P.LOAN_PAY, P.LOAN_MANAGE, P.LOAN_SETUP}),
    Role.BENDAHARA: frozenset({P.JOURNAL_VIEW, P.JOURNAL_POST, P.JOURNAL_REVERSE, P.REPORT_VIEW,
                               P.PERIOD_CLOSE, P.BACKUP_CREATE, P.SALE_VIEW, P.STOCK_VIEW, P.MEMBER_VIEW,
                               P.PRINT, P.SAVINGS_POST, P.LOAN_APPLY, P.LOAN_DISBURSE, P.LOAN_PAY,
                               P.SYNC_EXPORT}),
    # The supervisory board reads everything and changes nothing.
    Role.PENGAWAS: frozenset({P.JOURNAL_VIEW, P.REPORT_VIEW, P.AUDIT_VIEW, P.SALE_VIEW, P.STOCK_VIEW,
                              P.LPG_LOGBOOK, P.MEMBER_VIEW, P.PRINT}),
    Role.ADMIN: frozenset({P.USER_MANAGE, P.PROFILE_EDIT, P.SETTINGS_EDIT, P.AUDIT_VIEW,
                           P.BACKUP_CREATE, P.BACKUP_RESTORE, P.PERIOD_REOPEN, P.PRINT, P.PRINTER_SETUP,
                           P.QRIS_SETUP}),
}


def parse_roles(names: Iterable[str]) -> frozenset[Role]:
    roles = set()
    for name in names:
        try:
            roles.add(Role(name.strip().lower()))
        except ValueError:
            valid = ", ".join(r.value for r in Role)
            raise DomainError("bad_role", f"Peran {name!r} tidak dikenal (pilihan: {valid}).") from None
    if not roles:
        raise DomainError("no_role", "Pengguna harus punya paling sedikit satu peran.")
    return frozenset(roles)


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    out: set[Permission] = set()
    for role in roles:
        out |= ROLE_PERMISSIONS[Role(role)]
    return frozenset(out)


@dataclass(frozen=True)
class Actor:
    """Who is acting. Services check permissions against this, never the GUI alone."""

    user_id: int
    username: str
    full_name: str
    roles: frozenset[Role]

    def can(self, permission: Permission) -> bool:
        return permission in permissions_of(self.roles)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                f"Pengguna {self.username} tidak berwenang {PERMISSION_LABELS[permission]}.")


# --- credentials -----------------------------------------------------------

MIN_PIN_DIGITS = 6
MIN_PASSWORD_CHARS = 8
_WEAK_PINS = {"000000", "111111", "123123", "654321", "121212"}


def credential_problem(secret: str) -> str | None:
    """A PIN is all digits (at least 6); anything else is a password (at least 8)."""
    if secret != secret.strip() or not secret:
        return "PIN/kata sandi tidak boleh kosong atau diawali/diakhiri spasi."
    if secret.isdigit():
        if len(secret) < MIN_PIN_DIGITS:
            return f"PIN minimal {MIN_PIN_DIGITS} angka."
        if secret in _WEAK_PINS or len(set(secret)) == 1:
            return "PIN terlalu mudah ditebak; pilih angka lain."
        return None
    if len(secret) < MIN_PASSWORD_CHARS:
        return f"Kata sandi minimal {MIN_PASSWORD_CHARS} karakter (atau pakai PIN {MIN_PIN_DIGITS} angka)."
    return None


def ensure_credential(secret: str) -> None:
    problem = credential_problem(secret)
    if problem:
        raise DomainError("weak_credential", problem)


_USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


def normalise_username(name: str) -> str:
    name = name.strip().lower()
    if not (2 <= len(name) <= 32) or not set(name) <= _USERNAME_CHARS:
        raise DomainError("bad_username",
                          "Nama pengguna 2-32 karakter: huruf kecil, angka, titik, garis bawah atau strip.")
    return name


# --- lockout ---------------------------------------------------------------

@dataclass(frozen=True)
class LockoutPolicy:
    max_attempts: int = 5
    lock_minutes: int = 5


@dataclass(frozen=True)
class LoginState:
    failed_attempts: int
    locked_until: datetime | None

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


def after_failed_login(state: LoginState, now: datetime, policy: LockoutPolicy) -> LoginState:
    """Count a wrong PIN; the attempt that reaches the limit locks the account."""
    attempts = 0 if (state.locked_until is not None and now >= state.locked_until) else state.failed_attempts
    attempts += 1
    if attempts >= policy.max_attempts:
        return LoginState(0, now + timedelta(minutes=policy.lock_minutes))
    return LoginState(attempts, None)
