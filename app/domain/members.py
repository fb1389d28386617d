"""Member registration rules (e-pendaftaran): the form, its checks, NIK consistency with
the birth date and gender, the member-number pattern, and exits."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.errors import DomainError
from app.domain.nik import parse_nik

STATUSES = {"aktif": "Aktif", "keluar": "Keluar", "meninggal": "Meninggal"}
GENDERS = {"L": "Laki-laki", "P": "Perempuan"}
DEFAULT_PATTERN = "A{seq:05}"
_TOKEN = re.compile(r"\{(seq(?::0?(\d))?|YYYY|YY|MM)\}")
_PHONE = re.compile(r"^(\+62|62|0)8\d{7,12}$")
MAX_PHOTO_BYTES = 512 * 1024


@dataclass(frozen=True)
class MemberForm:
    """What the pengurus fills in. Strings are as typed; `checked` normalises them."""
    name: str
    nik: str
    birth_date: date | None
    address: str
    birth_place: str = ""
    gender: str | None = None  # L | P; taken from the NIK when empty
    rt: str = ""
    rw: str = ""
    dusun: str = ""
    desa: str = ""
    phone: str = ""
    occupation: str = ""
    join_date: date | None = None  # today when empty
    photo: bytes | None = field(default=None, repr=False)


def _rt_rw(value: str, label: str, problems: list[str]) -> str:
    text = value.strip().lstrip("0") or ("0" if value.strip() else "")
    if not text:
        return ""
    if not text.isdigit() or len(text) > 3:
        problems.append(f"{label} harus angka (paling banyak 3 digit).")
        return value.strip()
    return f"{int(text):03d}"


def normalise_phone(text: str) -> str:
    phone = re.sub(r"[\s\-().]", "", text)
    if not phone:
        return ""
    if not _PHONE.match(phone):
        raise DomainError("bad_phone", "Nomor HP tidak sah: tulis seperti 0812xxxxxxxx atau +62812xxxxxxxx.")
    if phone.startswith("+62"):
        phone = "0" + phone[3:]
    elif phone.startswith("62"):
        phone = "0" + phone[2:]
    return phone


def check_form(form: MemberForm, *, today: date, require_nik: bool = True) -> MemberForm:
    """Every problem at once (one message per field), or the normalised form."""
    problems: list[str] = []
    name = " ".join(form.name.split())
    if not name:
        problems.append("Nama wajib diisi.")
    elif len(name) > 120:
        problems.append("Nama paling panjang 120 karakter.")
    nik_text = form.nik.strip().replace(" ", "").replace(".", "")
    nik = None
    gender = (form.gender or "").strip().upper() or None
    if gender not in (None, "L", "P"):
        problems.append("Jenis kelamin harus L atau P.")
        gender = None
    if nik_text:
        try:
            info = parse_nik(nik_text, today=today)
            nik = info.nik
            if form.birth_date is not None and form.birth_date != info.birth_date:
                problems.append(f"Tanggal lahir {form.birth_date:%d-%m-%Y} tidak cocok dengan NIK "
                                f"(NIK menunjukkan {info.birth_date:%d-%m-%Y}).")
            nik_gender = "P" if info.female else "L"
            if gender is not None and gender != nik_gender:
                problems.append(f"Jenis kelamin {GENDERS[gender].lower()} tidak cocok dengan NIK "
                                f"(tanggal lahir di NIK {'ditambah 40: perempuan' if info.female else 'tanpa tambahan 40: laki-laki'}).")
            gender = gender or nik_gender
            birth = form.birth_date or info.birth_date
        except DomainError as e:
            problems.append(e.message)
            birth = form.birth_date
    else:
        if require_nik:
            problems.append("NIK wajib diisi (16 angka dari KTP).")
        birth = form.birth_date
    if birth is None and require_nik:
        problems.append("Tanggal lahir wajib diisi.")
    join = form.join_date or today
    if join > today:
        problems.append("Tanggal masuk tidak boleh di masa depan.")
    if birth is not None:
        if birth > today:
            problems.append("Tanggal lahir di masa depan.")
        elif _age(birth, join) < 17:
            problems.append("Anggota harus berumur paling sedikit 17 tahun (usia KTP) saat masuk; "
                            f"umur pada tanggal masuk: {_age(birth, join)} tahun.")
    address = " ".join(form.address.split())
    if not address:
        problems.append("Alamat wajib diisi.")
    rt = _rt_rw(form.rt, "RT", problems)
    rw = _rt_rw(form.rw, "RW", problems)
    try:
        phone = normalise_phone(form.phone)
    except DomainError as e:
        problems.append(e.message)
        phone = form.phone
    if form.photo is not None and len(form.photo) > MAX_PHOTO_BYTES:
        problems.append("Foto terlalu besar (paling besar 512 KB); kecilkan dulu.")
    if form.photo is not None and not (form.photo.startswith(b"\xff\xd8") or form.photo.startswith(b"\x89PNG")):
        problems.append("Foto harus berkas JPEG atau PNG.")
    for label, value, limit in (("Tempat lahir", form.birth_place, 60), ("Dusun", form.dusun, 60),
                                ("Desa/kelurahan", form.desa, 60), ("Pekerjaan", form.occupation, 60),
                                ("Alamat", address, 300)):
        if len(value.strip()) > limit:
            problems.append(f"{label} paling panjang {limit} karakter.")
    if problems:
        if len(problems) == 1:
            raise DomainError("bad_member", problems[0])
        raise DomainError("bad_member", "Data anggota belum benar:", details=tuple(problems))
    return replace(form, name=name, nik=nik or "", birth_date=birth, gender=gender, address=address, rt=rt, rw=rw,
                   phone=phone, join_date=join, birth_place=" ".join(form.birth_place.split()),
                   dusun=" ".join(form.dusun.split()), desa=" ".join(form.desa.split()),
                   occupation=" ".join(form.occupation.split()))


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def check_pattern(pattern: str) -> str | None:
    """None when the member-number pattern is usable, else the problem."""
    if not isinstance(pattern, str) or not 1 <= len(pattern) <= 30:
        return "harus teks 1-30 karakter"
    seqs = [m for m in _TOKEN.finditer(pattern) if m.group(1).startswith("seq")]
    if len(seqs) != 1:
        return "harus memuat {seq} tepat sekali, misalnya A{seq:05} atau KDMP-{YYYY}-{seq:04}"
    rest = _TOKEN.sub("", pattern)
    if "{" in rest or "}" in rest:
        return "hanya {seq}, {seq:0N}, {YYYY}, {YY} dan {MM} yang dikenal"
    if not re.fullmatch(r"[A-Za-z0-9./\-]*", rest):
        return "selain penanda, hanya huruf, angka, titik, garis miring dan tanda minus"
    return None


def member_number(pattern: str, seq: int, join: date) -> str:
    def token(m: re.Match) -> str:
        name = m.group(1)
        if name.startswith("seq"):
            width = int(m.group(2) or 0)
            return f"{seq:0{width}d}" if width else str(seq)
        return {"YYYY": f"{join:%Y}", "YY": f"{join:%y}", "MM": f"{join:%m}"}[name]
    return _TOKEN.sub(token, pattern).upper()


def counter_year(pattern: str, join: date) -> int:
    """The sequence restarts each year when the pattern shows the year."""
    return join.year if ("{YYYY}" in pattern or "{YY}" in pattern) else 0


def check_exit(status: str, exit_date: date, reason: str, join_date: date, today: date) -> str:
    if status not in ("keluar", "meninggal"):
        raise DomainError("bad_status", "Status keluar harus 'keluar' atau 'meninggal'.")
    if exit_date > today:
        raise DomainError("bad_date", "Tanggal keluar tidak boleh di masa depan.")
    if exit_date < join_date:
        raise DomainError("bad_date", "Tanggal keluar sebelum tanggal masuk.")
    reason = " ".join(reason.split())
    if not reason:
        raise DomainError("reason_required", "Alasan keluar wajib diisi.")
    return reason[:200]
