"""Import of an existing cooperative's member register with its savings balances.

A cooperative that kept its members in Excel brings them in once (CSV or XLSX, read by
app/documents/tables.py). All or nothing: every row is read and checked first (the
registration form's own checks, dates, amounts, duplicates within the file and against
the members already registered); a file with any bad row is refused whole with every
problem of every row (NIKs masked), and nothing is written.

A good file, in one transaction: every member is registered (numbers from the file, or
from the member-number pattern), each balance becomes one `saldo_awal` movement, and one
opening journal (SA-…) credits the savings accounts against 3199 Penampung Saldo Awal:
the bendahara later posts the real assets (cash, bank, receivables) against 3199. One
audit row `member.import` records the file's SHA-256, so the same file is never imported
twice; replaying the same UUID gives the first result.

Columns (header row; case, spaces and punctuation do not matter):
no_anggota (optional), nama, nik, tempat_lahir, tanggal_lahir, jenis_kelamin (L/P), alamat,
rt, rw, dusun, desa, no_hp, pekerjaan, tanggal_masuk, saldo_pokok, saldo_wajib,
saldo_sukarela. Required: nama, nik, alamat, tanggal_masuk.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable
from uuid import UUID, uuid4

from sqlalchemy import select, text

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.fmt import rupiah
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.members import MemberForm, check_form
from app.domain.nik import mask_nik
from app.domain.savings import MAX_AMOUNT_RP, SavingsType
from app.documents import tables
from app.services import audit, ledger, member_registry, profile, savings
from app.store.models import AuditRow
from app.store.models_shop import MemberRow
from app.store.uow import UnitOfWork

COLUMNS = ("no_anggota", "nama", "nik", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "alamat", "rt", "rw",
           "dusun", "desa", "no_hp", "pekerjaan", "tanggal_masuk", "saldo_pokok", "saldo_wajib", "saldo_sukarela")
REQUIRED = ("nama", "nik", "alamat", "tanggal_masuk")
BALANCES = {"saldo_pokok": SavingsType.POKOK, "saldo_wajib": SavingsType.WAJIB,
            "saldo_sukarela": SavingsType.SUKARELA}
ALIASES = {
    **{c: c for c in COLUMNS},
    "nomor_anggota": "no_anggota", "no_agt": "no_anggota", "nomor_induk_anggota": "no_anggota",
    "nama_anggota": "nama", "nama_lengkap": "nama",
    "no_ktp": "nik", "nik_ktp": "nik", "nomor_nik": "nik",
    "tgl_lahir": "tanggal_lahir",
    "jk": "jenis_kelamin", "l_p": "jenis_kelamin", "kelamin": "jenis_kelamin",
    "alamat_rumah": "alamat",
    "desa_kelurahan": "desa", "kelurahan": "desa", "desa_kel": "desa",
    "hp": "no_hp", "nomor_hp": "no_hp", "no_telp": "no_hp", "no_telepon": "no_hp", "telepon": "no_hp",
    "no_wa": "no_hp", "no_hp_wa": "no_hp",
    "tgl_masuk": "tanggal_masuk", "tanggal_daftar": "tanggal_masuk", "tanggal_bergabung": "tanggal_masuk",
    "pokok": "saldo_pokok", "simpanan_pokok": "saldo_pokok",
    "wajib": "saldo_wajib", "simpanan_wajib": "saldo_wajib",
    "sukarela": "saldo_sukarela", "simpanan_sukarela": "saldo_sukarela",
}
IGNORED = {"no", "no_urut", "nomor_urut"}  # a row counter many registers start with
EXAMPLE_MARK = "CONTOH"  # the template's example row carries it as its member number
MAX_ROWS = 20_000
MAX_REPORT_LINES = 500
SUSPENSE_ACCOUNT = "3199"  # Penampung Saldo Awal
_LOCK_KEY = 0x4B4D_494D  # "KMIM": imports serialise on PostgreSQL (SQLite's writes already do)
_NUMBER = re.compile(r"^[A-Z0-9./\-]{1,20}$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]00:00(?::00)?)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T]00:00(?::00)?)?$")
_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


@dataclass(frozen=True)
class MemberImportResult:
    uuid: str
    file: str
    sha256: str
    members: int
    first_member_no: str
    last_member_no: str
    totals_rp: dict[str, int]  # pokok, wajib, sukarela brought in
    journal_number: str | None  # the SA journal; None when every balance was zero
    imported_at: datetime
    imported_by: str
    message: str
    replayed: bool = False  # the same UUID again: this is the first import's result

    @property
    def total_rp(self) -> int:
        return sum(self.totals_rp.values())


def describe(result: MemberImportResult) -> str:
    return result.message


def _refuse(message: str, details: Iterable[str] = ()) -> DomainError:
    return DomainError("import_refused", message, details=tuple(details))


# ---------------------------------------------------------------- columns and cells

def _key(title: str) -> str:
    key = re.sub(r"[^a-z0-9]+", "_", title.strip().lower()).strip("_")
    return key.removesuffix("_rp") if key.startswith(("saldo", "simpanan", "pokok", "wajib", "sukarela")) else key


def _columns(header: list[str]) -> dict[int, str]:
    fields: dict[int, str] = {}
    unknown, seen = [], {}
    for i, title in enumerate(header):
        key = _key(title)
        if not key:
            unknown.append(f"kolom ke-{i + 1} tanpa judul")
            continue
        if key in IGNORED:
            continue
        target = ALIASES.get(key)
        if target is None:
            unknown.append(repr(title.strip()))
        elif target in seen:
            raise _refuse(f"Kolom {target} muncul dua kali ({header[seen[target]]!r} dan {title!r}).")
        else:
            seen[target] = i
            fields[i] = target
    if unknown:
        raise _refuse(f"Kolom tidak dikenal: {', '.join(unknown)}. Tidak ada yang diimpor.",
                      (f"Kolom yang dikenal: {', '.join(COLUMNS)}. Unduh templat impor anggota untuk contohnya.",))
    missing = [c for c in REQUIRED if c not in seen]
    if missing:
        raise _refuse(f"Kolom wajib tidak ada: {', '.join(missing)}. Tidak ada yang diimpor.",
                      (f"Kolom wajib: {', '.join(REQUIRED)}; kolom lain boleh tidak ada.",))
    return fields


class _Bad(Exception):
    pass


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def _date(value: Any, column: str) -> date | None:
    """YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY (also with dots), or a date cell of a spreadsheet."""
    if tables.blank(value):
        return None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        # A date cell that lost its date format shows Excel's day number (1920-2099 only:
        # a bare year such as 1990 is not a date).
        if not (isinstance(value, int) or value.is_integer()) or not 7_306 <= value <= 73_050:
            raise _Bad(f"{column} {_text(value)!r} bukan tanggal.")
        day = date(1899, 12, 30) + timedelta(days=int(value))
    else:
        raw = _text(value)
        m = _YMD.match(raw)
        parts = (m.group(1), m.group(2), m.group(3)) if m else None
        if parts is None and (m := _DMY.match(raw)):
            parts = (m.group(3), m.group(2), m.group(1))
        if parts is None:
            raise _Bad(f"{column} {raw!r} bukan tanggal (tulis 2025-08-01, 01-08-2025 atau 01/08/2025).")
        try:
            day = date(*(int(p) for p in parts))
        except ValueError:
            raise _Bad(f"{column} {raw!r}: tanggal itu tidak ada.") from None
    if day.year < 1900:
        raise _Bad(f"{column} {day:%d-%m-%Y} tidak masuk akal.")
    return day


def _money(value: Any, column: str) -> int:
    """Integer rupiah: 1250000, 1.250.000, Rp1.250.000 (also 'Rp 1.250.000,-' and ',00').
    Blank is zero; cents and negative amounts are refused."""
    if tables.blank(value):
        return 0
    if isinstance(value, bool):
        raise _Bad(f"{column} {_text(value)!r} bukan jumlah rupiah.")
    if isinstance(value, (int, float, Decimal)):
        if isinstance(value, float) and not value.is_integer() or \
                isinstance(value, Decimal) and value != value.to_integral_value():
            raise _Bad(f"{column} {value} harus rupiah bulat (tanpa sen).")
        amount = int(value)
    else:
        raw = str(value).strip()
        t = re.sub(r"\s+", "", raw.replace("\u00a0", " "))
        t = re.sub(r"^(?:rp\.?|idr)", "", t, flags=re.IGNORECASE)
        t = re.sub(r",(?:-|0{1,2})$", "", t)
        if t.startswith(("-", "(")) or t.endswith(")"):
            raise _Bad(f"{column} {raw!r} tidak boleh negatif.")
        if t.isdigit():
            amount = int(t)
        elif _GROUPED.match(t):
            amount = int(t.replace(".", ""))
        elif re.fullmatch(r"[\d.]*,\d+", t):
            raise _Bad(f"{column} {raw!r} harus rupiah bulat tanpa sen (contoh: 1.250.000 atau 1250000).")
        else:
            raise _Bad(f"{column} {raw!r} bukan rupiah bulat (contoh: 1.250.000, Rp1.250.000 atau 1250000).")
    if amount < 0:
        raise _Bad(f"{column} {_text(value)!r} tidak boleh negatif.")
    if amount > MAX_AMOUNT_RP:
        raise _Bad(f"{column} {rupiah(amount)} tidak masuk akal.")
    return amount


def _nik(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = _text(value)
        # Excel keeps 15 significant digits: a 16-digit NIK typed as a number loses its last one.
        if len(digits) == 16 and digits.endswith("0"):
            raise _Bad(f"NIK {mask_nik(digits)} tersimpan sebagai angka di Excel, yang hanya menyimpan 15 angka "
                       "(angka terakhir bisa hilang). Format kolom nik sebagai Teks lalu ketik ulang NIK-nya.")
        return digits
    return _text(value).replace(" ", "")


def _phone(value: Any) -> str:
    phone = _text(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and phone.startswith("8"):
        phone = "0" + phone  # a number cell drops the leading zero
    return phone


def _gender(value: Any) -> str | None:
    raw = _text(value).lower()
    if not raw:
        return None
    found = {"l": "L", "lk": "L", "laki": "L", "laki-laki": "L", "laki laki": "L", "pria": "L",
             "p": "P", "pr": "P", "perempuan": "P", "wanita": "P"}.get(raw)
    if found is None:
        raise _Bad(f"jenis_kelamin {_text(value)!r} harus L atau P.")
    return found


def _member_no(value: Any) -> str:
    no = _text(value).upper().replace(" ", "")
    if no and not _NUMBER.match(no):
        raise _Bad(f"no_anggota {_text(value)!r} tidak sah (paling banyak 20 huruf, angka, titik, garis miring "
                   "atau tanda minus).")
    return no


# ---------------------------------------------------------------- planning

@dataclass
class _Row:
    no: int  # the spreadsheet's row number
    name: str
    member_no: str = ""
    form: MemberForm | None = None
    balances: dict[SavingsType, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _plan_row(no: int, cells: dict[str, Any], today: date, pokok_rp: int) -> _Row:
    row = _Row(no, _text(cells.get("nama")))
    problems = row.problems

    def take(column: str, parse, default=None):
        if column not in cells:
            return default
        try:
            return parse(cells[column])
        except _Bad as exc:
            problems.append(str(exc))
            return default

    row.member_no = take("no_anggota", _member_no, "")
    if row.member_no == EXAMPLE_MARK:
        problems.append(f"Ini baris contoh dari templat (no_anggota {EXAMPLE_MARK}): hapus baris ini.")
        return row
    birth = take("tanggal_lahir", lambda v: _date(v, "tanggal_lahir"))
    join = take("tanggal_masuk", lambda v: _date(v, "tanggal_masuk"))
    nik_bad = len(problems)
    nik = take("nik", _nik, "")
    nik_bad = len(problems) > nik_bad
    form = MemberForm(
        name=row.name, nik=nik, birth_date=birth, address=_text(cells.get("alamat")),
        birth_place=_text(cells.get("tempat_lahir")), gender=take("jenis_kelamin", _gender),
        rt=_text(cells.get("rt")), rw=_text(cells.get("rw")), dusun=_text(cells.get("dusun")),
        desa=_text(cells.get("desa")), phone=take("no_hp", _phone, ""), occupation=_text(cells.get("pekerjaan")),
        join_date=join)
    if tables.blank(cells.get("tanggal_masuk")):
        problems.append("tanggal_masuk wajib diisi (tanggal menjadi anggota).")
    try:
        checked = check_form(form, today=today)
    except DomainError as exc:
        found = list(exc.details) or [exc.message]
        if nik_bad:  # already said why the NIK cannot be read
            found = [p for p in found if not p.startswith("NIK")]
        problems.extend(found)
    else:
        row.form = checked
    for column, stype in BALANCES.items():
        amount = take(column, lambda v, c=column: _money(v, c), 0)
        if stype is SavingsType.POKOK and amount > pokok_rp:
            problems.append(f"saldo_pokok {rupiah(amount)} melebihi simpanan pokok koperasi ({rupiah(pokok_rp)}; "
                            "Pengaturan > Simpanan).")
        elif amount:
            row.balances[stype] = amount
    return row


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _plan(uow: UnitOfWork, fields: dict[int, str], width: int, table: list[tuple[int, list[Any]]],
          today: date, pokok_rp: int) -> list[_Row]:
    rows: list[_Row] = []
    for no, cells in table:
        row = _plan_row(no, {f: (cells[i] if i < len(cells) else None) for i, f in fields.items()}, today,
                        pokok_rp)
        if len(cells) > width and any(not tables.blank(c) for c in cells[width:]):
            row.problems.append("Ada isian di luar kolom yang berjudul.")
        rows.append(row)
    # Within the file: one NIK and one member number, one row each.
    first_nik: dict[str, int] = {}
    first_no: dict[str, int] = {}
    for row in rows:
        if row.form is not None and row.form.nik:
            if row.form.nik in first_nik:
                row.problems.append(f"NIK {mask_nik(row.form.nik)} sudah ada di baris {first_nik[row.form.nik]}.")
            else:
                first_nik[row.form.nik] = row.no
        if row.member_no and row.member_no != EXAMPLE_MARK:
            if row.member_no in first_no:
                row.problems.append(f"no_anggota {row.member_no} sudah ada di baris {first_no[row.member_no]}.")
            else:
                first_no[row.member_no] = row.no
    # Against the register.
    s = uow.session
    by_nik = {r.form.nik: r for r in rows if r.form is not None and r.form.nik}
    for part in _chunks(sorted(by_nik)):
        for nik, member_no, name in s.execute(select(MemberRow.nik, MemberRow.member_no, MemberRow.name)
                                              .where(MemberRow.nik.in_(part))):
            by_nik[nik].problems.append(f"NIK {mask_nik(nik)} sudah terdaftar atas anggota {member_no} ({name}).")
    by_no = {r.member_no: r for r in rows if r.member_no and r.member_no != EXAMPLE_MARK}
    for part in _chunks(sorted(by_no)):
        for member_no, name in s.execute(select(MemberRow.member_no, MemberRow.name)
                                         .where(MemberRow.member_no.in_(part))):
            by_no[member_no].problems.append(f"no_anggota {member_no} sudah dipakai anggota {name}.")
    return rows


# ---------------------------------------------------------------- the import

def _read(path: Path) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    try:
        return tables.read_table(path, max_rows=MAX_ROWS)
    except DomainError as exc:
        # The reader's wording for two cases speaks of products (its first user).
        if exc.message.endswith("tidak berisi satu baris barang pun."):
            raise _refuse(f"Berkas {path.name} tidak berisi satu baris anggota pun.") from None
        if "harus berisi judul kolom" in exc.message:
            raise _refuse(f"Berkas {path.name}: baris 1 harus berisi judul kolom ({', '.join(REQUIRED)}, …).",
                          (f"Kolom yang dikenal: {', '.join(COLUMNS)}.",)) from None
        raise


def _lock(uow: UnitOfWork) -> None:
    if uow.session.get_bind().dialect.name == "postgresql":
        uow.session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})


def _earlier(uow: UnitOfWork, uuid: UUID, sha: str, name: str) -> MemberImportResult | None:
    """The first import with this UUID (a replay), or a refusal when this file was imported."""
    found = uow.session.execute(select(AuditRow.at, AuditRow.username, AuditRow.detail)
                                .where(AuditRow.action == "member.import").order_by(AuditRow.seq)).all()
    for at, username, detail in found:
        d = json.loads(detail)
        if d.get("uuid") == str(uuid):
            if d.get("sha256") != sha:
                raise DomainError("uuid_conflict", "UUID ini sudah dipakai untuk impor anggota dari berkas lain.")
            return _result(d, at, username, replayed=True)
    for at, username, detail in found:
        d = json.loads(detail)
        if d.get("sha256") == sha:
            local = at.astimezone(profile.outlet_zone(uow).tzinfo)
            raise DomainError("already_imported", f"Berkas {name} sudah pernah diimpor pada {local:%d-%m-%Y %H:%M} "
                                                  f"oleh {username} ({d.get('file')}, {d.get('members')} anggota, "
                                                  f"{d.get('first')}–{d.get('last')}): anggotanya sudah terdaftar, "
                                                  "tidak diimpor lagi.")
    return None


def _result(d: dict, at: datetime, username: str, *, replayed: bool = False) -> MemberImportResult:
    totals = {t.value: int(d["totals"].get(t.value, 0)) for t in SavingsType}
    members, total = int(d["members"]), sum(totals.values())
    message = f"{d['file']}: {members} anggota diimpor ({d['first']}–{d['last']})."
    if d.get("journal"):
        message += (f" Saldo awal simpanan {rupiah(total)} (pokok {rupiah(totals['pokok'])}, wajib "
                    f"{rupiah(totals['wajib'])}, sukarela {rupiah(totals['sukarela'])}) dicatat di jurnal "
                    f"{d['journal']} dengan lawan akun {SUSPENSE_ACCOUNT} Penampung Saldo Awal. Bendahara perlu "
                    f"mencatat aset yang sebenarnya (kas, bank, piutang) terhadap akun {SUSPENSE_ACCOUNT} sampai "
                    "saldonya nol.")
    else:
        message += " Tidak ada saldo simpanan di berkas: tidak ada jurnal saldo awal."
    if replayed:
        message += " (Impor ini sudah tercatat sebelumnya; tidak ada yang ditulis lagi.)"
    return MemberImportResult(d["uuid"], d["file"], d["sha256"], members, d["first"], d["last"], totals,
                              d.get("journal"), at, username, message, replayed)


def import_members(uow: UnitOfWork, actor: Actor, path: Path | str, *,
                   uuid: UUID | None = None) -> MemberImportResult:
    """Register every member of the file with its opening savings, all or nothing."""
    actor.require(Permission.MEMBER_MANAGE)
    actor.require(Permission.SAVINGS_POST)
    path = Path(path)
    uuid = uuid or uuid4()
    header, table = _read(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(f"Berkas {path} tidak bisa dibaca: {exc.strerror or exc}.") from None
    sha = hashlib.sha256(data).hexdigest()
    with uow:
        _lock(uow)
        replay = _earlier(uow, uuid, sha, path.name)
        if replay is not None:
            return replay
        fields = _columns(header)
        today = profile.business_date(uow)
        rules = savings.rules_in(uow)
        rows = _plan(uow, fields, len(header), table, today, rules.pokok_rp)
        bad = [r for r in rows if r.problems]
        if bad:
            lines = [f"Baris {r.no}" + (f" ({r.name})" if r.name else "") + ": " + "; ".join(r.problems)
                     for r in bad]
            if len(lines) > MAX_REPORT_LINES:
                lines = lines[:MAX_REPORT_LINES] + [f"… dan {len(lines) - MAX_REPORT_LINES} baris lain."]
            raise DomainError("import_refused",
                              f"Impor anggota {path.name} ditolak: {len(bad)} dari {len(rows)} baris bermasalah. "
                              "Tidak ada yang diimpor; perbaiki berkasnya lalu impor ulang.", details=tuple(lines))

        totals = {t: sum(r.balances.get(t, 0) for r in rows) for t in SavingsType}
        journal = None
        if sum(totals.values()):
            holders = {t: sum(1 for r in rows if r.balances.get(t)) for t in SavingsType}
            lines = (LineDraft(SUSPENSE_ACCOUNT, debit_rp=sum(totals.values()), memo="Penampung saldo awal"),) + tuple(
                LineDraft(rules.account(t), credit_rp=v, memo=f"{t.label}: {holders[t]} anggota")
                for t, v in totals.items() if v)
            journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
                uuid, today, f"Saldo awal simpanan {len(rows)} anggota (impor {path.name})"[:200], lines,
                doc_type="SA"), source=("member_import", str(uuid)))
        explicit = {r.member_no for r in rows if r.member_no}
        numbers = []
        for r in rows:
            no = r.member_no
            while not no or (not r.member_no and no in explicit):
                no = member_registry.next_member_no(uow, r.form.join_date)
            member = member_registry.add_checked_in(uow, actor.username, r.form, member_no=no)
            numbers.append(member.member_no)
            for stype, amount in r.balances.items():
                savings.add_move_in(uow, actor.user_id, member, stype, "saldo_awal", None, amount, today,
                                    journal.number, journal.id, memo=f"Saldo awal (impor {path.name})"[:200])
        detail = {"uuid": str(uuid), "sha256": sha, "file": path.name, "members": len(rows),
                  "first": numbers[0], "last": numbers[-1], "kept_numbers": sum(1 for r in rows if r.member_no),
                  "totals": {t.value: v for t, v in totals.items()}, "journal": journal.number if journal else None}
        audit.append(uow, actor.username, "member.import", path.name[:120], detail)
        result = _result(detail, uow.now(), actor.username)
        uow.commit()
        return result


# ---------------------------------------------------------------- the template

_EXAMPLE = {"no_anggota": EXAMPLE_MARK, "nama": "Siti Aminah", "nik": "3203014508900003",
            "tempat_lahir": "Cianjur", "tanggal_lahir": date(1990, 8, 5), "jenis_kelamin": "P",
            "alamat": "Kp. Sukamaju No. 12", "rt": "003", "rw": "005", "dusun": "Sukamaju Kidul",
            "desa": "Sukamaju", "no_hp": "081234567890", "pekerjaan": "Pedagang",
            "tanggal_masuk": date(2025, 8, 1), "saldo_pokok": 100_000, "saldo_wajib": 300_000,
            "saldo_sukarela": 250_000}
_GUIDE = [
    ("no_anggota", "tidak", "Nomor anggota dari koperasi lama. Kosongkan agar Kopdes memberi nomor menurut pola "
                            "nomor anggota. Paling banyak 20 huruf/angka/titik/garis miring/minus."),
    ("nama", "ya", "Nama lengkap sesuai KTP."),
    ("nik", "ya", "NIK 16 angka dari KTP. Format kolom sebagai Teks: Excel memotong angka 16 digit. "
                  "Satu NIK hanya untuk satu anggota."),
    ("tempat_lahir", "tidak", "Kota/kabupaten tempat lahir."),
    ("tanggal_lahir", "tidak", "Tanggal lahir: 1990-08-05, 05-08-1990 atau 05/08/1990 (hari-bulan-tahun), atau "
                               "sel tanggal Excel. Harus sama dengan tanggal lahir di NIK; boleh kosong."),
    ("jenis_kelamin", "tidak", "L atau P. Harus cocok dengan NIK (perempuan: tanggal di NIK ditambah 40); "
                               "boleh kosong."),
    ("alamat", "ya", "Alamat (jalan/kampung, nomor rumah)."),
    ("rt", "tidak", "Nomor RT, misalnya 3 atau 003."),
    ("rw", "tidak", "Nomor RW, misalnya 5 atau 005."),
    ("dusun", "tidak", "Nama dusun/lingkungan."),
    ("desa", "tidak", "Nama desa/kelurahan."),
    ("no_hp", "tidak", "Nomor HP seperti 081234567890 atau +6281234567890."),
    ("pekerjaan", "tidak", "Pekerjaan, misalnya petani, pedagang, buruh, guru."),
    ("tanggal_masuk", "ya", "Tanggal masuk menjadi anggota (format seperti tanggal_lahir). Tunggakan simpanan "
                            "wajib dihitung sejak bulan ini. Umur saat masuk paling sedikit 17 tahun."),
    ("saldo_pokok", "tidak", "Saldo simpanan pokok saat ini, rupiah bulat: 100000, 100.000 atau Rp100.000. Tidak "
                             "boleh lebih dari simpanan pokok koperasi. Kosong = 0."),
    ("saldo_wajib", "tidak", "Saldo simpanan wajib saat ini (seluruh setoran wajib), rupiah bulat. Kosong = 0."),
    ("saldo_sukarela", "tidak", "Saldo simpanan sukarela saat ini, rupiah bulat. Kosong = 0."),
]
_NOTES = [
    "Baris 2 pada lembar Anggota adalah CONTOH (no_anggota CONTOH): hapus atau timpa sebelum impor.",
    "Satu baris = satu anggota aktif. Judul kolom di baris 1 jangan diubah; huruf besar/kecil dan spasi bebas.",
    "Impor berlaku semua atau tidak sama sekali: bila ada satu baris yang salah, tidak ada yang diimpor dan "
    "semua masalah ditampilkan per baris.",
    "Saldo simpanan masuk sebagai saldo awal dengan lawan akun 3199 Penampung Saldo Awal. Bendahara lalu "
    "mencatat aset yang sebenarnya (kas, bank, piutang) terhadap akun 3199 sampai saldonya nol.",
    "Berkas yang sama tidak bisa diimpor dua kali.",
    "Simpan sebagai Buku Kerja Excel (.xlsx) atau CSV UTF-8 (dipisah koma atau titik koma).",
]
_TEXT_COLUMNS = ("no_anggota", "nik", "rt", "rw", "no_hp")
_WIDTHS = {"nama": 26, "nik": 19, "alamat": 26, "tempat_lahir": 14, "tanggal_lahir": 13, "tanggal_masuk": 13,
           "dusun": 16, "desa": 14, "no_hp": 15, "pekerjaan": 16, "saldo_pokok": 13, "saldo_wajib": 13,
           "saldo_sukarela": 14}


def member_template(path: Path | str) -> Path:
    """Write the import template: XLSX (header, one example row, a 'Petunjuk' sheet) or
    CSV (header and the example row), by the file's extension."""
    path = Path(path)
    kind = tables.file_kind(path)
    if not path.parent.is_dir():
        raise DomainError("bad_path", f"Folder {path.parent} tidak ada.")
    try:
        if kind == "csv":
            tables.write_table(path, COLUMNS, [[_text(_EXAMPLE[c]) for c in COLUMNS]])
        else:
            tmp = path.with_name(f".{path.name}.sedang-ditulis")
            try:
                _write_xlsx_template(tmp)
                os.replace(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise DomainError("export_failed", f"Berkas {path} tidak bisa ditulis: {exc.strerror or exc}.") from None
    return path


def _write_xlsx_template(path: Path) -> None:
    import openpyxl  # only when a template is written
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Anggota"
    ws.append(list(COLUMNS))
    grey = PatternFill("solid", fgColor="EDEDED")
    for i, column in enumerate(COLUMNS, start=1):
        head = ws.cell(row=1, column=i)
        head.font = Font(bold=True)
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = _WIDTHS.get(column, 11)
        cell = ws.cell(row=2, column=i, value=_EXAMPLE[column])
        cell.font = Font(italic=True, color="7F7F7F")
        cell.fill = grey
        if column in _TEXT_COLUMNS:
            cell.data_type = "s"
        # Formats for the rows to be typed (not for the whole column: openpyxl writes cells).
        fmt = "@" if column in _TEXT_COLUMNS else "yyyy-mm-dd" if column.startswith("tanggal") else \
            "#,##0" if column.startswith("saldo") else None
        if fmt:
            for r in range(2, 1002):
                ws.cell(row=r, column=i).number_format = fmt
    ws.cell(row=2, column=1).comment = Comment("Baris CONTOH: hapus atau timpa baris ini sebelum impor.", "Kopdes")
    ws.freeze_panes = "A2"
    guide = wb.create_sheet("Petunjuk")
    guide.append(["Kolom", "Wajib", "Isi"])
    for cell in guide[1]:
        cell.font = Font(bold=True)
    for row in _GUIDE:
        guide.append(list(row))
    guide.append([])
    guide.append(["Catatan"])
    guide.cell(row=guide.max_row, column=1).font = Font(bold=True)
    for note in _NOTES:
        guide.append(["", "", note])
    guide.column_dimensions["A"].width = 16
    guide.column_dimensions["B"].width = 8
    guide.column_dimensions["C"].width = 100
    for row in guide.iter_rows(min_row=2):
        row[-1].alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)
