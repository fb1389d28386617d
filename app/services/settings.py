"""Outlet settings: typed, validated, defaulted, and every change audited."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy import select

from app.domain.auth import Actor, LockoutPolicy, Permission
from app.domain.errors import DomainError
from app.domain.journal_templates import from_config as journal_templates_from_config
from app.domain.loan_quality import DEFAULT_BUCKETS, buckets_config, buckets_from_config
from app.domain.members import DEFAULT_PATTERN, check_pattern
from app.domain.shu import ShuRules
from app.domain.shu import check_config as check_shu_rules
from app.domain.sync_outlet import business_units_problem, kode_wilayah_problem, partnerships_problem
from app.services import audit
from app.store.models import SettingRow
from app.store.uow import UnitOfWork


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    label: str
    check: Callable[[Any], str | None]
    bounds: tuple[int, int] | None = None  # for whole-number settings: what a form may offer


def _whole(key: str, default: int, label: str, lo: int, hi: int) -> SettingSpec:
    return SettingSpec(key, default, label, _int_between(lo, hi), (lo, hi))


def _int_between(lo: int, hi: int) -> Callable[[Any], str | None]:
    def check(v: Any) -> str | None:
        if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
            return f"harus bilangan bulat {lo}-{hi}"
        return None
    return check


def _one_of(*choices: str) -> Callable[[Any], str | None]:
    return lambda v: None if v in choices else f"harus salah satu dari: {', '.join(choices)}"


def _text(v: Any) -> str | None:
    return None if isinstance(v, str) and len(v) <= 2000 else "harus teks (maks. 2000 karakter)"


def _short_text(limit: int) -> Callable[[Any], str | None]:
    return lambda v: None if isinstance(v, str) and len(v) <= limit else f"harus teks (maks. {limit} karakter)"


def _problem(parse: Callable[[Any], Any], v: Any) -> str | None:
    try:
        parse(v)
    except DomainError as e:
        return e.message
    return None


def _bool(v: Any) -> str | None:
    return None if isinstance(v, bool) else "harus ya atau tidak"


SPECS = {s.key: s for s in [
    _whole("auth.max_attempts", 5, "Batas salah PIN sebelum akun dikunci", 3, 20),
    _whole("auth.lock_minutes", 5, "Lama akun dikunci (menit)", 1, 1440),
    _whole("ui.idle_lock_minutes", 10, "Layar terkunci setelah tidak dipakai (menit)", 1, 240),
    SettingSpec("ui.language", "id", "Bahasa tampilan", _one_of("id", "en")),
    _whole("backup.keep", 30, "Jumlah cadangan otomatis yang disimpan", 3, 365),
    SettingSpec("backup.last_at", "", "Cadangan terakhir (UTC, ISO)", _text),
    SettingSpec("qris.static", "", "QRIS statis gerai (payload)", _short_text(512)),
    SettingSpec("receipt.footer", "Terima kasih. Simpan struk ini sebagai bukti belanja.",
                "Teks di bawah struk", _short_text(200)),
    SettingSpec("receipt.lpg_slip", False, "Cetak bukti pengambilan LPG 3 kg untuk ditandatangani pembeli", _bool),
    _whole("shift.max_difference_rp", 5_000, "Selisih kas tanpa persetujuan pengurus (Rp)", 0, 1_000_000),
    # QRIS settlement: MDR 0% for micro merchants (UMI) up to Rp500.000 (set 0 if not UMI), else bp of the gross.
    _whole("qris.mdr_bp", 30, "MDR QRIS (basis poin; 30 = 0,3%)", 0, 1_000),
    _whole("qris.mdr_free_up_to_rp", 500_000, "MDR QRIS 0% sampai jumlah ini (Rp; usaha mikro, 0 = tidak)", 0,
           100_000_000),
    _whole("qris.match_window_minutes", 180, "Cocokkan settlement QRIS menurut jumlah dalam rentang (menit)", 1, 1_440),
    _whole("qris.settle_days", 3, "Settlement QRIS paling lambat (hari setelah transaksi)", 0, 31),
    # Members and savings (REFERENCE.md). savings.* change through services/savings.set_rules,
    # which reclassifies the books when pokok or wajib moves between equity and liability.
    SettingSpec("member.number_pattern", DEFAULT_PATTERN, "Pola nomor anggota", check_pattern),
    _whole("savings.pokok_rp", 100_000, "Simpanan pokok (Rp, sekali saat masuk)", 0, 100_000_000),
    _whole("savings.wajib_rp", 20_000, "Simpanan wajib per periode (Rp)", 0, 10_000_000),
    _whole("savings.wajib_period_months", 1, "Periode simpanan wajib (bulan)", 1, 12),
    _whole("savings.sukarela_min_rp", 0, "Saldo minimum simpanan sukarela (Rp)", 0, 100_000_000),
    _whole("savings.jasa_annual_bp", 0, "Jasa simpanan sukarela per tahun (basis poin; 300 = 3%, 0 = tidak ada)",
           0, 2_400),
    SettingSpec("savings.pokok_class", "ekuitas", "Simpanan pokok dicatat sebagai", _one_of("ekuitas", "kewajiban")),
    SettingSpec("savings.wajib_class", "ekuitas", "Simpanan wajib dicatat sebagai", _one_of("ekuitas", "kewajiban")),
    SettingSpec("loan.kolektibilitas", buckets_config(DEFAULT_BUCKETS),
                "Golongan kolektibilitas pinjaman (hari tunggakan, PPAP)", lambda v: _problem(buckets_from_config, v)),
    # SHU (AD/ART): allocation per part (exactly 100%), bases of jasa anggota and jasa modal;
    # changed through services/shu.set_rules.
    SettingSpec("shu.rules", ShuRules().to_config(), "Aturan pembagian SHU", check_shu_rules),
    # The outlet's journal templates (services/journal_templates.py checks the accounts).
    SettingSpec("journal.templates", [], "Templat jurnal gerai", lambda v: _problem(journal_templates_from_config, v)),
    SettingSpec("loan.four_eyes", True, "Persetujuan pinjaman oleh pengurus lain (bukan yang mencatat)", _bool),
    # District sync (services/sync_export.py). The key pair and the member-hash salt are made at
    # setup (or the first time they are needed) and never shown: secret, internal.
    SettingSpec("sync.kode_wilayah", "", "Kode wilayah desa (Kemendagri, 10 angka)", kode_wilayah_problem),
    SettingSpec("sync.business_units", [], "Unit usaha koperasi", business_units_problem),
    SettingSpec("sync.partnerships", [], "Kemitraan koperasi", partnerships_problem),
    # services/sync_upload.py sets it (checked with upload_client.check_hub_url); "" = no upload.
    SettingSpec("sync.hub_url", "", "Alamat hub kabupaten untuk unggah paket (https)", _short_text(300)),
    SettingSpec("sync.share_names", False, "Nama anggota boleh ikut dalam paket ke kabupaten", _bool),
    SettingSpec("sync.private_key_pem", "", "Kunci privat tanda tangan paket (Ed25519, PEM)", _short_text(1000)),
    SettingSpec("sync.member_salt", "", "Rahasia penyamaran NIK anggota (base64)", _short_text(200)),
    # Per NIK and buyer type; 0 = no limit (no national limit exists yet).
    *(_whole(f"lpg.limit.{t}.{p}", 0, f"Batas LPG {t.replace('_', ' ')} per {label} (tabung, 0 = tanpa batas)",
             0, 1_000) for t in ("rumah_tangga", "usaha_mikro", "pengecer") for p, label in
      (("day", "hari"), ("month", "bulan"))),
]}

# Set by the system itself, not through the settings page.
_INTERNAL = {"backup.last_at", "qris.static",  # qris.static: through services/qris.py, which checks it
             "journal.templates",  # through services/journal_templates.py
             "sync.private_key_pem", "sync.member_salt",  # services/sync_keys.py makes them
             "sync.hub_url",  # through services/sync_upload.py, which checks it
             *(k for k in SPECS if k.startswith(("savings.", "shu.")))}


def _load(uow: UnitOfWork, key: str) -> Any:
    row = uow.session.get(SettingRow, key)
    return SPECS[key].default if row is None else json.loads(row.value)


def get(uow: UnitOfWork, key: str) -> Any:
    """Read within the caller's transaction."""
    return _load(uow, key)


# Never handed out by read_all (services/sync_keys.py reads them with get).
SECRET = {"sync.private_key_pem", "sync.member_salt"}


def read_all(uow: UnitOfWork) -> dict[str, Any]:
    with uow:
        stored = {r.key: json.loads(r.value) for r in uow.session.execute(select(SettingRow)).scalars()
                  if r.key not in SECRET}
    return {k: stored.get(k, spec.default) for k, spec in SPECS.items() if k not in SECRET}


def put(uow: UnitOfWork, key: str, value: Any) -> None:
    """Write within the caller's transaction (no permission check: system use)."""
    spec = SPECS.get(key)
    if spec is None:
        raise DomainError("unknown_setting", f"Pengaturan {key!r} tidak dikenal.")
    problem = spec.check(value)
    if problem:
        raise DomainError("bad_setting", f"{spec.label}: {problem}.")
    row = uow.session.get(SettingRow, key)
    text = json.dumps(value)
    if row is None:
        uow.session.add(SettingRow(key=key, value=text))
    else:
        row.value = text


def change(uow: UnitOfWork, actor: Actor, values: dict[str, Any]) -> dict[str, Any]:
    """The settings page's save: all values or none, each change audited."""
    actor.require(Permission.SETTINGS_EDIT)
    with uow:
        for key, value in values.items():
            if key in _INTERNAL:
                raise DomainError("unknown_setting", f"Pengaturan {key!r} tidak bisa diubah langsung.")
            old = _load(uow, key) if key in SPECS else None
            put(uow, key, value)
            if old != value:
                audit.append(uow, actor.username, "settings.change", key, {"old": old, "new": value})
        uow.commit()
    return dict(values)


def lockout_policy(uow: UnitOfWork) -> LockoutPolicy:
    return LockoutPolicy(max_attempts=_load(uow, "auth.max_attempts"),
                         lock_minutes=_load(uow, "auth.lock_minutes"))
