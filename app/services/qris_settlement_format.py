"""QRIS settlement files: presets (how to read a file) and the reading of its rows. Pure:
no database, no file access (the caller reads the table with app.documents.tables).

A preset is JSON (stored in `qris_presets.config`, or built in):

    {"delimiter": ";",                      CSV only: ";", "," or "\\t" (XLSX has none)
     "columns": {"reference": ["RRN", "Transaction ID"],   field -> header title(s), first found wins
                 "txn_at": "Transaction Time", "settled_on": "Settlement Date",
                 "amount": "Amount", "mdr": "MDR", "description": "Keterangan",
                 "direction": "CR/DB"},
     "optional_columns": ["mdr", "txn_at"],  mapped columns the file may lack
     "amount_unit": "rupiah" | "cent",       amount and MDR in rupiah or in sen (1/100)
     "number_format": "id" | "en",           12.500,00 (Indonesian) or 12,500.00
     "amount_is_net": false,                 true: the amount is what arrived (MDR already taken)
     "date_formats": ["DD/MM/YYYY"],         or strptime: "%d/%m/%Y"
     "datetime_formats": ["YYYY-MM-DD HH:mm:ss"],
     "timezone": "outlet" | "WIB" | "WITA" | "WIT" | "UTC",   for times without a zone
     "reference_regex": "",                  find the reference in the description (group 1 if any)
     "include_regex": "",                    only rows whose description matches (others skipped)
     "credit_only": false,                   skip rows that are not credits (blank, zero, negative amount)
     "credit_values": ["CR", "K", "KREDIT"]} with a "direction" column: the values meaning credit

Only "columns.amount" is required. Fields: reference, txn_at, settled_on, amount, mdr,
description, direction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone, tzinfo
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable

from app.domain.clock import ZONES
from app.documents import tables
from app.domain.errors import DomainError
from app.domain.qris_settlement import half_up_div, normalise_reference

FIELDS = ("reference", "txn_at", "settled_on", "amount", "mdr", "description", "direction")
FIELD_LABELS = {"reference": "referensi", "txn_at": "waktu transaksi", "settled_on": "tanggal settlement",
                "amount": "jumlah", "mdr": "MDR", "description": "keterangan", "direction": "jenis mutasi"}
DELIMITERS = {";": ";", ",": ",", "\t": "\t", "tab": "\t"}
TIMEZONES = ("outlet", "UTC", *ZONES)
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$")
MAX_REFERENCE = 60
MAX_DESCRIPTION = 300
MAX_REPORT_LINES = 500
_TOKENS = (("YYYY", "%Y"), ("YY", "%y"), ("MM", "%m"), ("DD", "%d"), ("HH", "%H"), ("mm", "%M"), ("ss", "%S"))


@dataclass(frozen=True)
class Preset:
    name: str
    columns: dict[str, tuple[str, ...]]
    delimiter: str = ","
    optional_columns: tuple[str, ...] = ()
    amount_unit: str = "rupiah"
    number_format: str = "id"
    amount_is_net: bool = False
    date_formats: tuple[str, ...] = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")
    datetime_formats: tuple[str, ...] = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S",
                                         "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M")
    timezone: str = "outlet"
    reference_regex: str = ""
    include_regex: str = ""
    credit_only: bool = False
    credit_values: tuple[str, ...] = ("CR", "K", "KREDIT", "C", "CREDIT")
    builtin: bool = field(default=False, compare=False)

    def config(self) -> dict[str, Any]:
        """The JSON form (what `preset_from_config` reads back)."""
        return {"delimiter": self.delimiter, "columns": {k: list(v) for k, v in self.columns.items()},
                "optional_columns": list(self.optional_columns), "amount_unit": self.amount_unit,
                "number_format": self.number_format, "amount_is_net": self.amount_is_net,
                "date_formats": list(self.date_formats), "datetime_formats": list(self.datetime_formats),
                "timezone": self.timezone, "reference_regex": self.reference_regex,
                "include_regex": self.include_regex, "credit_only": self.credit_only,
                "credit_values": list(self.credit_values)}


# Built in, never deletable. Their amount basis (gross/net) must never change: lines of
# old imports are read by it when matched by hand.
BUILTIN = {p.name: p for p in (
    Preset("settlement-acquirer", delimiter=";", builtin=True,
           columns={"reference": ("RRN", "Reference No", "No Referensi", "Transaction ID", "ID Transaksi"),
                    "txn_at": ("Transaction Time", "Transaction Date", "Waktu Transaksi", "Tanggal Transaksi"),
                    "settled_on": ("Settlement Date", "Tanggal Settlement", "Tanggal Penyelesaian"),
                    "amount": ("Amount", "Nominal", "Jumlah", "Transaction Amount"),
                    "mdr": ("MDR", "MDR Amount", "Fee"),
                    "description": ("Description", "Keterangan", "Merchant Name", "Issuer")},
           optional_columns=("txn_at", "mdr", "description"), amount_unit="cent", number_format="en"),
    Preset("mutasi-bank", delimiter=",", builtin=True,
           columns={"settled_on": ("Tanggal", "Tanggal Transaksi", "Tgl", "Date"),
                    "description": ("Keterangan", "Deskripsi", "Uraian", "Description"),
                    "amount": ("Kredit", "Jumlah", "Nominal", "Mutasi", "Amount", "Credit")},
           amount_unit="rupiah", number_format="id", amount_is_net=True, credit_only=True,
           date_formats=("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%y"),
           reference_regex=r"(?<![0-9])([0-9]{12})(?![0-9])", include_regex=r"(?i)qris"),
)}


def _refuse(message: str, details: Iterable[str] = ()) -> DomainError:
    return DomainError("bad_preset", message, details=tuple(details))


def _strptime_format(text: str) -> str:
    if "%" in text:
        return text
    for token, directive in _TOKENS:
        text = text.replace(token, directive)
    return text


def _format_problem(fmt: str, sample: datetime) -> str | None:
    """A format must read back the date it writes (day, month and year all present)."""
    try:
        ok = datetime.strptime(sample.strftime(fmt), fmt).date() == sample.date()
    except ValueError:
        ok = False
    return None if ok else f"Format tanggal {fmt!r} tidak sah (perlu hari, bulan dan tahun, mis. DD/MM/YYYY)."


def preset_from_config(name: str, config: Any, *, builtin: bool = False) -> Preset:
    """Check a preset's JSON; every problem at once."""
    name = (name or "").strip()
    problems: list[str] = []
    if not NAME.match(name):
        problems.append("Nama preset 1-40 karakter: huruf, angka, spasi, titik, - atau _.")
    if not isinstance(config, dict):
        raise _refuse("Preset harus berupa objek JSON.", problems)
    unknown = sorted(set(config) - set(Preset("x", {}).config()))
    if unknown:
        problems.append(f"Isian tidak dikenal: {', '.join(unknown)}.")
    columns: dict[str, tuple[str, ...]] = {}
    raw = config.get("columns")
    if not isinstance(raw, dict) or "amount" not in raw:
        problems.append('"columns" wajib ada dan memetakan paling sedikit "amount" (jumlah).')
        raw = raw if isinstance(raw, dict) else {}
    for key, titles in raw.items():
        if key not in FIELDS:
            problems.append(f"Kolom {key!r} tidak dikenal (yang dikenal: {', '.join(FIELDS)}).")
            continue
        titles = [titles] if isinstance(titles, str) else titles
        if (not isinstance(titles, list) or not titles
                or not all(isinstance(t, str) and t.strip() and len(t) <= 80 for t in titles)):
            problems.append(f"Judul kolom {key!r} harus teks (atau daftar teks), maks. 80 karakter.")
            continue
        columns[key] = tuple(t.strip() for t in titles)
    optional = config.get("optional_columns", [])
    if not isinstance(optional, list) or any(o not in columns or o == "amount" for o in optional):
        problems.append('"optional_columns" hanya boleh berisi kolom yang dipetakan, selain "amount".')
        optional = []

    def pick(key: str, default: Any, allowed: Iterable[Any]) -> Any:
        value = config.get(key, default)
        allowed = tuple(allowed)
        if value not in allowed or isinstance(value, bool) != isinstance(default, bool):
            problems.append(f'"{key}" harus salah satu dari: {", ".join(map(repr, allowed))}.')
            return default
        return value

    delimiter = DELIMITERS.get(pick("delimiter", ",", DELIMITERS), ",")
    unit = pick("amount_unit", "rupiah", ("rupiah", "cent"))
    number_format = pick("number_format", "id", ("id", "en"))
    net = pick("amount_is_net", False, (True, False))
    credit_only = pick("credit_only", False, (True, False))
    zone = pick("timezone", "outlet", TIMEZONES)
    formats = {}
    sample = datetime(2026, 11, 23, 14, 5, 9)
    for key, default in (("date_formats", Preset.date_formats), ("datetime_formats", Preset.datetime_formats)):
        value = config.get(key, list(default))
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            problems.append(f'"{key}" harus daftar format, mis. ["DD/MM/YYYY"].')
            formats[key] = default
            continue
        formats[key] = tuple(_strptime_format(v.strip()) for v in value)
        problems.extend(p for p in (_format_problem(f, sample) for f in formats[key]) if p)
    regexes = {}
    for key in ("reference_regex", "include_regex"):
        value = config.get(key, "")
        if not isinstance(value, str) or len(value) > 200:
            problems.append(f'"{key}" harus teks (maks. 200 karakter).')
            value = ""
        try:
            re.compile(value)
        except re.error as exc:
            problems.append(f'"{key}" bukan regex yang sah: {exc}.')
            value = ""
        regexes[key] = value
    if (regexes["reference_regex"] or regexes["include_regex"]) and "description" not in columns:
        problems.append('"reference_regex" dan "include_regex" membaca kolom "description": petakan kolom itu.')
    if net and "mdr" in columns:
        problems.append('Jumlah bersih ("amount_is_net") tidak bisa bersama kolom "mdr".')
    credit_values = config.get("credit_values", list(Preset.credit_values))
    if not isinstance(credit_values, list) or not credit_values or not all(
            isinstance(v, str) and v.strip() for v in credit_values):
        problems.append('"credit_values" harus daftar teks, mis. ["CR", "K"].')
        credit_values = list(Preset.credit_values)
    if problems:
        raise _refuse(f"Preset {name or '(tanpa nama)'} tidak sah.", problems)
    return Preset(name, columns, delimiter, tuple(optional), unit, number_format, net,
                  formats["date_formats"], formats["datetime_formats"], zone, regexes["reference_regex"],
                  regexes["include_regex"], credit_only, tuple(v.strip().upper() for v in credit_values), builtin)


# ---------------------------------------------------------------- reading rows

@dataclass(frozen=True)
class ParsedLine:
    line_no: int  # the row in the file (the header is row 1)
    reference: str  # normalised
    txn_at: datetime | None  # aware UTC
    settled_on: date | None
    amount_rp: int  # gross; the net when the preset says so
    mdr_rp: int | None  # from the file (None: not given)
    description: str


@dataclass(frozen=True)
class ParsedFile:
    lines: tuple[ParsedLine, ...]
    skipped: int  # rows that are not QRIS credits (include_regex, direction, credit_only)


def _key(title: str) -> str:
    return " ".join(title.strip().lower().split())


def column_positions(preset: Preset, header: list[str]) -> dict[str, int]:
    """Field -> cell index. A mapped column missing from the file refuses it whole."""
    where = {}
    for i, title in enumerate(header):
        where.setdefault(_key(title), i)
    positions, missing = {}, []
    for key, titles in preset.columns.items():
        found = next((where[_key(t)] for t in titles if _key(t) in where), None)
        if found is not None:
            positions[key] = found
        elif key not in preset.optional_columns:
            missing.append(f"{FIELD_LABELS[key]} ({' / '.join(titles)})")
    if missing:
        shown = ", ".join(repr(h) for h in header[:12]) + (", …" if len(header) > 12 else "")
        raise DomainError("import_refused", f"Kolom wajib tidak ada di berkas: {'; '.join(missing)}.",
                          details=(f"Judul kolom di berkas: {shown}.",
                                   f"Periksa preset {preset.name!r} (pemisah kolom {_show_delimiter(preset.delimiter)}) "
                                   "atau pilih preset lain."))
    return positions


def _show_delimiter(d: str) -> str:
    return {"\t": "tab", ";": "titik koma ';'", ",": "koma ','"}[d]


def check_delimiter(preset: Preset, first_line: str) -> None:
    """A CSV's header must be split by the preset's delimiter (the same guess as tables.read_table)."""
    seen = {d: first_line.count(d) for d in (",", ";", "\t")}
    if not any(seen.values()):
        return  # one column: the missing columns will be reported
    found = max((",", ";", "\t"), key=seen.__getitem__)
    if found != preset.delimiter:
        raise DomainError("import_refused",
                          f"Berkas memakai pemisah kolom {_show_delimiter(found)}, sedangkan preset "
                          f"{preset.name!r} memakai {_show_delimiter(preset.delimiter)}.",
                          details=("Pilih preset yang cocok atau simpan preset baru dengan pemisah itu.",))


class _Bad(Exception):
    pass


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


_SUFFIX = re.compile(r"\s*(CR|DB|DR|K|D)$", re.IGNORECASE)


def parse_amount(value: Any, unit: str, number_format: str, *, label: str = "Jumlah",
                 whole: bool = True) -> tuple[int, bool]:
    """(rupiah, is_debit). Text: '12.500', 'Rp12.500,00', '1,250,000.00 CR' (en), '-5.000'.
    Cents: whole rupiah required for amounts (`whole`), else rounded half-up (MDR)."""
    debit = False
    if isinstance(value, bool):
        raise _Bad(f"{label} {value!r} bukan angka.")
    if isinstance(value, (int, float, Decimal)):
        try:
            amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        except InvalidOperation:
            raise _Bad(f"{label} {value!r} bukan angka.") from None
    else:
        text = _text(value)
        suffix = _SUFFIX.search(text)
        if suffix and re.search(r"\d", text[:suffix.start()]):
            debit = suffix.group(1).upper() in ("DB", "DR", "D")
            text = text[:suffix.start()]
        text = re.sub(r"(?i)^(-?)\s*(rp|idr)\.?\s*", r"\1", text.replace(" ", "").replace("\u00a0", ""))
        thousands, decimal = (".", ",") if number_format == "id" else (",", ".")
        pattern = rf"-?(?:\d{{1,3}}(?:\{thousands}\d{{3}})+|\d+)(?:\{decimal}\d{{1,2}})?"
        if unit == "cent":
            pattern = r"-?\d+"
        if not re.fullmatch(pattern, text):
            example = ("1250000 (sen)" if unit == "cent" else
                       "12.500 atau 12.500,00" if number_format == "id" else "12,500 atau 12,500.00")
            raise _Bad(f"{label} {_text(value)!r} bukan angka yang sah (contoh: {example}).")
        amount = Decimal(text.replace(thousands, "").replace(decimal, "."))
    if not amount.is_finite():
        raise _Bad(f"{label} bukan angka.")
    if amount < 0:
        amount, debit = -amount, True
    if unit == "cent":
        if amount != amount.to_integral_value():
            raise _Bad(f"{label} {_text(value)!r}: jumlah sen harus bilangan bulat.")
        cents = int(amount)
        if whole and cents % 100:
            raise _Bad(f"{label} {_text(value)!r} sen bukan rupiah bulat.")
        return half_up_div(cents, 100), debit
    if amount != amount.to_integral_value():
        raise _Bad(f"{label} {_text(value)!r} harus rupiah bulat (tanpa sen).")
    return int(amount), debit


def _parse_when(value: Any, formats: tuple[str, ...], label: str) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = _text(value)
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise _Bad(f"{label} {text!r} tidak sesuai format ({', '.join(formats)}).")


def _zone(preset: Preset, outlet: tzinfo) -> tzinfo:
    if preset.timezone == "outlet":
        return outlet
    if preset.timezone == "UTC":
        return timezone.utc
    return ZONES[preset.timezone].tzinfo


def parse_rows(preset: Preset, header: list[str], table: list[tuple[int, list[Any]]], outlet: tzinfo,
               file_name: str) -> ParsedFile:
    """Every row read and checked; any bad row refuses the file with a line per bad row."""
    positions = column_positions(preset, header)
    zone = _zone(preset, outlet)
    reference_re = re.compile(preset.reference_regex) if preset.reference_regex else None
    include_re = re.compile(preset.include_regex) if preset.include_regex else None
    lines: list[ParsedLine] = []
    bad: list[str] = []
    skipped = 0
    first_ref: dict[str, int] = {}

    def cell(cells: list[Any], key: str) -> Any:
        i = positions.get(key)
        return cells[i] if i is not None and i < len(cells) else None

    for no, cells in table:
        problems: list[str] = []
        description = _text(cell(cells, "description"))
        if include_re is not None and not include_re.search(description):
            skipped += 1
            continue
        if "direction" in positions and _text(cell(cells, "direction")).upper() not in preset.credit_values:
            skipped += 1
            continue
        raw = cell(cells, "amount")
        if raw is None or _text(raw) == "":
            if preset.credit_only:
                skipped += 1
                continue
            problems.append("Jumlah kosong.")
            amount, debit = 0, False
        else:
            try:
                amount, debit = parse_amount(raw, preset.amount_unit, preset.number_format)
            except _Bad as exc:
                problems.append(str(exc))
                amount, debit = 0, False
        if not problems and (debit or amount == 0):
            if preset.credit_only:
                skipped += 1
                continue
            problems.append(f"Jumlah {_text(raw)!r} harus lebih dari nol.")
        if len(cells) > len(header):
            problems.append("Ada isian di luar kolom yang berjudul (pemisah kolom salah?).")
        mdr = None
        if not tables.blank(cell(cells, "mdr")):
            try:
                mdr, _ = parse_amount(cell(cells, "mdr"), preset.amount_unit, preset.number_format,
                                              label="MDR", whole=False)
                if mdr > amount and not problems:
                    problems.append(f"MDR {_text(cell(cells, 'mdr'))!r} melebihi jumlah transaksi.")
            except _Bad as exc:
                problems.append(str(exc))
        txn_at = settled_on = None
        if not tables.blank(cell(cells, "txn_at")):
            try:
                local = _parse_when(cell(cells, "txn_at"), preset.datetime_formats + preset.date_formats,
                                    "Waktu transaksi")
                txn_at = (local if local.tzinfo else local.replace(tzinfo=zone)).astimezone(timezone.utc)
            except _Bad as exc:
                problems.append(str(exc))
        if not tables.blank(cell(cells, "settled_on")):
            try:
                settled_on = _parse_when(cell(cells, "settled_on"), preset.date_formats + preset.datetime_formats,
                                         "Tanggal settlement").date()
            except _Bad as exc:
                problems.append(str(exc))
        reference = normalise_reference(_text(cell(cells, "reference")))
        if not reference and reference_re is not None:
            found = reference_re.search(description)
            if found:
                reference = normalise_reference(found.group(1) if found.groups() else found.group(0))
        if len(reference) > MAX_REFERENCE:
            problems.append(f"Referensi lebih dari {MAX_REFERENCE} karakter.")
        if reference and reference in first_ref:
            problems.append(f"Referensi {reference} sudah ada di baris {first_ref[reference]}.")
        elif reference:
            first_ref[reference] = no
        if problems:
            bad.append(f"Baris {no}" + (f" (ref {reference})" if reference else "") + ": " + " ".join(problems))
            continue
        lines.append(ParsedLine(no, reference, txn_at, settled_on, amount, mdr, description[:MAX_DESCRIPTION]))
    if bad:
        shown = bad if len(bad) <= MAX_REPORT_LINES else bad[:MAX_REPORT_LINES] + [
            f"… dan {len(bad) - MAX_REPORT_LINES} baris lain."]
        raise DomainError("import_refused",
                          f"Impor {file_name} ditolak: {len(bad)} dari {len(table)} baris bermasalah. "
                          "Tidak ada yang disimpan; perbaiki berkasnya atau presetnya lalu impor ulang.",
                          details=tuple(shown))
    if not lines:
        raise DomainError("import_refused", f"Berkas {file_name} tidak berisi satu pun baris QRIS "
                                            f"({skipped} baris dilewati: bukan kredit atau bukan QRIS).")
    return ParsedFile(tuple(lines), skipped)

