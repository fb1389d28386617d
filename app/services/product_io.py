"""Products in and out of spreadsheets (CSV and XLSX).

Import is all or nothing: every row is read and checked first, against the file
itself (duplicate SKUs and barcodes) and against the catalogue (a barcode of
another product). A file with any bad row is refused whole, with every problem of
every row, and nothing is written. A good file creates new products and updates
existing ones (by SKU) in one transaction, audited. Rows that change nothing
write nothing, so exporting and importing the same file is a no-op.

Columns (header row first; Indonesian names are accepted too):
sku, barcode (several separated by | or ;), name, category, unit, price_rp,
member_price_rp, het_rp, subsidized, deposit_rp, min_stock, negative_stock, active.
Only `sku` is required as a column; a new SKU needs name, unit and price_rp. A column
left out keeps the product's current value; an empty cell means "none" (no member
price, no HET, no barcode) or the default (0, not subsidised, active).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import select

from app.domain.auth import Actor, Permission
from app.domain.barcode import check_digit, normalise_barcode
from app.domain.catalogue import MAX_PRICE_RP, MAX_QTY_MILLI, MILLI, NegativeStock, Unit, WEIGHED_UNITS, \
    format_qty, product_problems
from app.domain.errors import DomainError
from app.domain.fmt import parse_rupiah
from app.documents import tables
from app.services import audit, catalogue
from app.services.catalogue import ProductDraft
from app.store.models_shop import BarcodeRow, ProductRow
from app.store.uow import UnitOfWork

COLUMNS = ("sku", "barcode", "name", "category", "unit", "price_rp", "member_price_rp", "het_rp",
           "subsidized", "deposit_rp", "min_stock", "negative_stock", "active")
NEW_PRODUCT_COLUMNS = ("name", "unit", "price_rp")
LABELS = {"sku": "SKU", "barcode": "Barcode", "name": "Nama", "category": "Kategori", "unit": "Satuan",
          "price_rp": "Harga jual", "member_price_rp": "Harga anggota", "het_rp": "HET",
          "subsidized": "Subsidi", "deposit_rp": "Deposit tabung", "min_stock": "Stok minimum",
          "negative_stock": "Stok minus", "active": "Aktif"}
ALIASES = {
    **{c: c for c in COLUMNS},
    "kode": "sku", "kode_barang": "sku",
    "barcodes": "barcode", "kode_batang": "barcode", "ean": "barcode",
    "nama": "name", "nama_barang": "name",
    "kategori": "category",
    "satuan": "unit",
    "price": "price_rp", "harga": "price_rp", "harga_jual": "price_rp", "harga_jual_rp": "price_rp",
    "member_price": "member_price_rp", "harga_anggota": "member_price_rp", "harga_anggota_rp": "member_price_rp",
    "het": "het_rp",
    "subsidi": "subsidized", "bersubsidi": "subsidized", "subsidised": "subsidized",
    "deposit": "deposit_rp", "deposit_tabung": "deposit_rp", "deposit_tabung_rp": "deposit_rp",
    "stok_minimum": "min_stock", "stok_min": "min_stock", "min_stock_qty": "min_stock",
    "stok_minus": "negative_stock", "boleh_minus": "negative_stock",
    "aktif": "active",
}
MAX_ROWS = 100_000
MAX_BYTES = 50 * 1024 * 1024
MAX_REPORT_LINES = 500
CATEGORY_MAX = 60  # the column's width
_TRUE = {"ya", "y", "yes", "true", "benar", "1", "aktif"}
_FALSE = {"tidak", "n", "no", "false", "salah", "0", "nonaktif", "tidak_aktif"}
_REFUSE = {"refuse", "tolak", "ditolak", *_FALSE}
_WARN = {"warn", "boleh", "izinkan", "peringatan", *_TRUE}
_QTY = re.compile(r"^\d{1,9}(?:[.,]\d{1,3})?$")


@dataclass(frozen=True)
class ImportResult:
    file: str
    rows: int
    created: tuple[str, ...]  # SKUs
    updated: tuple[str, ...]
    unchanged: int
    dry_run: bool = False


@dataclass(frozen=True)
class ExportResult:
    path: Path
    products: int


def _refuse(message: str, details: Iterable[str] = ()) -> DomainError:
    return DomainError("import_refused", message, details=tuple(details))


def _columns(header: list[str]) -> dict[int, str]:
    """Cell index -> field. Unknown, duplicate or missing required columns refuse the file."""
    fields: dict[int, str] = {}
    unknown, seen = [], {}
    for i, title in enumerate(header):
        key = re.sub(r"[^a-z0-9]+", "_", title.strip().lower()).strip("_")
        if not key:
            unknown.append(f"kolom ke-{i + 1} tanpa judul")
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
        raise _refuse(f"Kolom tidak dikenal: {', '.join(unknown)}.",
                      (f"Kolom yang dikenal: {', '.join(COLUMNS)} (atau nama Indonesia: kode, nama, kategori, "
                       "satuan, harga_jual, harga_anggota, het, subsidi, deposit, stok_minimum, stok_minus, "
                       "aktif).",))
    if "sku" not in seen:
        raise _refuse("Kolom wajib 'sku' (kode barang) tidak ada.")
    if len(seen) == 1:
        raise _refuse("Berkas hanya berisi kolom sku; tidak ada yang bisa diimpor.")
    return fields


# ---------------------------------------------------------------- cell values

class _Bad(Exception):
    pass


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value).strip()


def _money(value: Any, label: str) -> int | None:
    """Integer rupiah; range checks are the domain's (product_problems)."""
    if tables.blank(value):
        return None
    if isinstance(value, bool):
        raise _Bad(f"{label} {_text(value)!r} bukan jumlah rupiah.")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _Bad(f"{label} {value!r} harus rupiah bulat (tanpa sen).")
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        raise _Bad(f"{label} {value} harus rupiah bulat (tanpa sen).")
    try:
        return parse_rupiah(str(value))
    except ValueError:
        raise _Bad(f"{label} {str(value).strip()!r} bukan rupiah bulat (contoh: 12500 atau 12.500).") from None


def _flag(value: Any, label: str, truthy: set[str], falsy: set[str]) -> bool | None:
    if tables.blank(value):
        return None
    if isinstance(value, bool):
        return value
    key = re.sub(r"\s+", "_", _text(value).lower())
    if key in truthy:
        return True
    if key in falsy:
        return False
    raise _Bad(f"{label} {_text(value)!r} harus ya atau tidak.")


def _qty(value: Any, label: str) -> int:
    """A quantity of the product's unit (0 allowed) -> thousandths."""
    if tables.blank(value):
        return 0
    if isinstance(value, bool):
        raise _Bad(f"{label} {_text(value)!r} bukan jumlah.")
    if isinstance(value, (int, Decimal)):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    else:
        text = _text(value)
        if not _QTY.match(text.removeprefix("-")):
            raise _Bad(f"{label} {text!r} bukan jumlah (contoh: 10 atau 2,5).")
        if re.match(r"^[1-9]\d*\.\d{3}$", text):
            raise _Bad(f"{label} {text!r} meragukan: pakai koma untuk desimal (mis. 2,5).")
        amount = Decimal(text.replace(",", "."))
    if not amount.is_finite():
        raise _Bad(f"{label} bukan jumlah.")
    if amount < 0:
        raise _Bad(f"{label} tidak boleh negatif.")
    milli = amount * MILLI
    if milli != milli.to_integral_value():
        raise _Bad(f"{label} paling banyak 3 angka di belakang koma.")
    if milli > MAX_QTY_MILLI:
        raise _Bad(f"{label} tidak masuk akal.")
    return int(milli)


def _codes(value: Any) -> tuple[list[str], list[str]]:
    """(normalised barcodes, problems). A number from a spreadsheet that lost its
    leading zero (UPC/EAN-8 typed as a number) gets it back when the check digit agrees."""
    if tables.blank(value):
        return [], []
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    parts = [str(value)] if isinstance(value, int) else [p for p in re.split(r"[|;]", str(value)) if p.strip()]
    codes, problems = [], []
    for part in parts:
        part = part.strip()
        if isinstance(value, int) and len(part) in (7, 11) and check_digit(("0" + part)[:-1]) == int(part[-1]):
            part = "0" + part
        try:
            code = normalise_barcode(part)
        except DomainError as exc:
            problems.append(exc.message)
            continue
        if code in codes:
            problems.append(f"Barcode {code} tertulis dua kali.")
        else:
            codes.append(code)
    return codes, problems


# ---------------------------------------------------------------- planning

@dataclass
class _Plan:
    no: int
    sku: str
    row: ProductRow | None  # None: a new product
    values: dict[str, Any] = field(default_factory=dict)
    codes: tuple[str, ...] = ()
    old_codes: tuple[str, ...] = ()
    problems: list[str] = field(default_factory=list)

    @property
    def changed_fields(self) -> list[str]:
        if self.row is None:
            return list(self.values)
        return [k for k, v in self.values.items() if getattr(self.row, k) != v]

    @property
    def codes_changed(self) -> bool:
        return self.row is not None and tuple(sorted(self.codes)) != tuple(sorted(self.old_codes))


def _current(row: ProductRow | None) -> dict[str, Any]:
    if row is None:
        return {"name": None, "category": "", "unit": None, "price_rp": None, "member_price_rp": None,
                "het_rp": None, "subsidized": False, "deposit_rp": 0, "min_stock_milli": 0,
                "negative_stock": None, "active": True}
    return {k: getattr(row, k) for k in ("name", "category", "unit", "price_rp", "member_price_rp", "het_rp",
                                         "subsidized", "deposit_rp", "min_stock_milli", "negative_stock", "active")}


def _plan(no: int, cells: dict[str, Any], row: ProductRow | None, old_codes: tuple[str, ...]) -> _Plan:
    sku = _text(cells["sku"])
    plan = _Plan(no, sku, row, old_codes=old_codes, codes=old_codes)
    problems = plan.problems
    v = _current(row)
    if row is None:
        missing = [LABELS[c].lower() for c in NEW_PRODUCT_COLUMNS if c not in cells]
        if missing:
            problems.append(f"SKU {sku} belum ada di katalog; barang baru wajib punya kolom {', '.join(missing)}.")

    def take(name: str, parse) -> None:
        if name in cells:
            try:
                v[name if name != "min_stock" else "min_stock_milli"] = parse(cells[name])
            except _Bad as exc:
                problems.append(str(exc))

    take("name", _text)
    take("category", _text)
    take("unit", lambda c: _text(c).lower())
    take("price_rp", lambda c: _money(c, LABELS["price_rp"]))
    take("member_price_rp", lambda c: _money(c, LABELS["member_price_rp"]))
    take("het_rp", lambda c: _money(c, LABELS["het_rp"]))
    take("subsidized", lambda c: bool(_flag(c, LABELS["subsidized"], _TRUE, _FALSE)))
    take("deposit_rp", lambda c: _money(c, LABELS["deposit_rp"]) or 0)
    take("min_stock", lambda c: _qty(c, LABELS["min_stock"]))
    take("active", lambda c: _flag(c, LABELS["active"], _TRUE, _FALSE) is not False)
    if "negative_stock" in cells:
        try:
            allowed = _flag(cells["negative_stock"], LABELS["negative_stock"], _WARN, _REFUSE)
            v["negative_stock"] = None if allowed is None else (NegativeStock.WARN if allowed else NegativeStock.REFUSE)
        except _Bad:
            problems.append(f"Stok minus {_text(cells['negative_stock'])!r} harus 'refuse'/'tolak' atau "
                            "'warn'/'boleh'.")
    if "barcode" in cells:
        codes, bad = _codes(cells["barcode"])
        plan.codes = tuple(codes)
        problems.extend(bad)

    if "unit" in cells and not v["unit"]:
        problems.append("Satuan wajib diisi.")
    elif v["unit"] and v["unit"] not in {u.value for u in Unit}:
        problems.append(f"Satuan {v['unit']!r} tidak dikenal ({', '.join(u.value for u in Unit)}).")
    if "price_rp" in cells and tables.blank(cells["price_rp"]):
        problems.append("Harga jual wajib diisi.")
    if len(v["category"]) > CATEGORY_MAX:
        problems.append(f"Kategori paling panjang {CATEGORY_MAX} karakter.")
    if v["deposit_rp"] < 0 or v["deposit_rp"] > MAX_PRICE_RP:
        problems.append("Deposit tabung harus rupiah bulat 0 sampai 1 miliar.")
    if v["subsidized"] and v["het_rp"] is None:
        problems.append("Barang bersubsidi wajib punya HET.")
    problems.extend(p for p in product_problems(sku, v["name"] if v["name"] is not None else "?", v["price_rp"],
                                                v["member_price_rp"], v["het_rp"])
                    if p not in problems)
    if v["negative_stock"] is None:
        v["negative_stock"] = NegativeStock.REFUSE if v["subsidized"] else NegativeStock.WARN
    v["negative_stock"] = str(v["negative_stock"])
    if v["unit"] in {u.value for u in Unit}:
        same_unit = row is not None and row.unit == v["unit"]
        v["decimal_qty"] = row.decimal_qty if same_unit else Unit(v["unit"]) in WEIGHED_UNITS
    plan.values = {k: (val.strip() if isinstance(val, str) and k in ("name", "category") else val)
                   for k, val in v.items()}
    return plan


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _plans(uow: UnitOfWork, fields: dict[int, str], width: int,
           table: list[tuple[int, list[Any]]]) -> list[_Plan]:
    s = uow.session
    rows = [(no, {f: (cells[i] if i < len(cells) else None) for i, f in fields.items()}) for no, cells in table]
    overflow = {no for no, cells in table if len(cells) > width}
    skus = sorted({_text(c["sku"]) for _, c in rows} - {""})
    existing: dict[str, ProductRow] = {}
    for part in _chunks(skus):
        existing.update((r.sku, r) for r in s.execute(select(ProductRow).where(ProductRow.sku.in_(part))).scalars())
    codes_of: dict[int, list[str]] = {}
    for part in _chunks([r.id for r in existing.values()]):
        for code, pid in s.execute(select(BarcodeRow.barcode, BarcodeRow.product_id)
                                   .where(BarcodeRow.product_id.in_(part)).order_by(BarcodeRow.barcode)):
            codes_of.setdefault(pid, []).append(code)

    plans: list[_Plan] = []
    first_sku: dict[str, int] = {}
    for no, cells in rows:
        sku = _text(cells["sku"])
        if not sku:
            plans.append(_Plan(no, "", None, problems=["SKU wajib diisi."]))
            continue
        row = existing.get(sku)
        plan = _plan(no, cells, row, tuple(codes_of.get(row.id, ())) if row else ())
        if no in overflow:
            plan.problems.append("Ada isian di luar kolom yang berjudul.")
        if sku in first_sku:
            plan.problems.append(f"SKU {sku} sudah ada di baris {first_sku[sku]}; satu barang cukup satu baris.")
        else:
            first_sku[sku] = no
        plans.append(plan)

    # Barcodes: unique within the file, and not another product's, unless that product is
    # in this file and gives the code up (two products swapping codes is fine).
    in_file: dict[str, _Plan] = {}
    for plan in plans:
        for code in plan.codes:
            if code in in_file and in_file[code].sku != plan.sku:
                plan.problems.append(f"Barcode {code} sudah dipakai di baris {in_file[code].no} "
                                     f"(SKU {in_file[code].sku}).")
            in_file.setdefault(code, plan)
    by_sku = {p.sku: p for p in plans if p.sku}
    wanted = sorted(in_file)
    for part in _chunks(wanted):
        for code, owner in s.execute(select(BarcodeRow.barcode, ProductRow.sku)
                                     .join(ProductRow, ProductRow.id == BarcodeRow.product_id)
                                     .where(BarcodeRow.barcode.in_(part))):
            plan = in_file[code]
            if owner == plan.sku:
                continue
            if owner not in by_sku:  # in the file, the owner either gives it up or was reported above
                plan.problems.append(f"Barcode {code} sudah dipakai barang lain (SKU {owner}).")
    return plans


# ---------------------------------------------------------------- import

def import_products(uow: UnitOfWork, actor: Actor, path: Path, *, dry_run: bool = False) -> ImportResult:
    """Create and update products from a CSV/XLSX file, all or nothing."""
    actor.require(Permission.CATALOGUE_EDIT)
    path = Path(path)
    header, table = tables.read_table(path, max_rows=MAX_ROWS, max_bytes=MAX_BYTES)
    fields = _columns(header)
    with uow:
        plans = _plans(uow, fields, len(header), table)
        bad = [p for p in plans if p.problems]
        if bad:
            lines = [f"Baris {p.no}" + (f" (SKU {p.sku})" if p.sku else "") + ": " + " ".join(p.problems)
                     for p in bad]
            if len(lines) > MAX_REPORT_LINES:
                lines = lines[:MAX_REPORT_LINES] + [f"… dan {len(lines) - MAX_REPORT_LINES} baris lain."]
            raise DomainError("import_refused",
                              f"Impor {path.name} ditolak: {len(bad)} dari {len(plans)} baris bermasalah. "
                              "Tidak ada yang diubah; perbaiki berkasnya lalu impor ulang.", details=tuple(lines))
        created, updated, unchanged = [], [], 0
        # Free the codes that change hands before any product takes them.
        moving = [p for p in plans if p.codes_changed]
        for part in _chunks([p.row.id for p in moving]):
            for old in uow.session.execute(select(BarcodeRow).where(BarcodeRow.product_id.in_(part))).scalars():
                uow.session.delete(old)
        uow.session.flush()
        now = uow.now()
        for plan in plans:
            if plan.row is None:
                v = plan.values
                catalogue.add_in(uow, actor.username, ProductDraft(
                    sku=plan.sku, name=v["name"], unit=v["unit"], price_rp=v["price_rp"], category=v["category"],
                    member_price_rp=v["member_price_rp"], het_rp=v["het_rp"], subsidized=v["subsidized"],
                    deposit_rp=v["deposit_rp"], decimal_qty=v["decimal_qty"], min_stock_milli=v["min_stock_milli"],
                    negative_stock=v["negative_stock"], active=v["active"], barcodes=plan.codes), now)
                created.append(plan.sku)
            elif plan.changed_fields or plan.codes_changed:
                _update_in(uow, actor.username, plan, now)
                updated.append(plan.sku)
            else:
                unchanged += 1
        result = ImportResult(path.name, len(plans), tuple(created), tuple(updated), unchanged, dry_run)
        if dry_run or not (created or updated):
            return result  # leaving the unit of work rolls back: nothing written
        audit.append(uow, actor.username, "product.import", path.name[:120],
                     {"rows": len(plans), "created": len(created), "updated": len(updated), "unchanged": unchanged})
        uow.commit()
        return result


_PRICE_FIELDS = ("price_rp", "member_price_rp", "het_rp", "deposit_rp")


def _update_in(uow: UnitOfWork, username: str, plan: _Plan, now: datetime) -> None:
    """catalogue.update_product's write, inside the import's transaction (barcodes
    that changed were already removed by the caller)."""
    row = plan.row
    changed = plan.changed_fields
    prices = {f: [getattr(row, f), plan.values[f]] for f in _PRICE_FIELDS if f in changed}
    for name in changed:
        setattr(row, name, plan.values[name])
    row.search_text = catalogue.search_key(row.name, row.sku, row.category)
    row.updated_at = now
    if plan.codes_changed:
        uow.session.add_all(BarcodeRow(barcode=c, product_id=row.id) for c in plan.codes)
    if prices:
        audit.append(uow, username, "product.price", row.sku, prices)
    audit.append(uow, username, "product.update", row.sku,
                 {"name": row.name, "fields": changed + (["barcode"] if plan.codes_changed else []),
                  "source": "import"})


# ---------------------------------------------------------------- export

def _export_rows(uow: UnitOfWork) -> list[tuple]:
    s = uow.session
    codes: dict[int, list[str]] = {}
    for code, pid in s.execute(select(BarcodeRow.barcode, BarcodeRow.product_id).order_by(BarcodeRow.barcode)):
        codes.setdefault(pid, []).append(code)
    out = []
    for r in s.execute(select(ProductRow).order_by(ProductRow.sku)).scalars():
        out.append((r.sku, "|".join(codes.get(r.id, ())), r.name, r.category, r.unit, r.price_rp,
                    r.member_price_rp, r.het_rp, "ya" if r.subsidized else "tidak", r.deposit_rp,
                    format_qty(r.min_stock_milli), r.negative_stock, "ya" if r.active else "tidak"))
    return out


def export_products(uow: UnitOfWork, actor: Actor, path: Path) -> ExportResult:
    """Every product (active or not), by SKU, to CSV or XLSX by the file's extension.
    The file is written beside the target and moved into place when complete."""
    actor.require(Permission.STOCK_VIEW)
    path = Path(path)
    tables.file_kind(path)
    if not path.parent.is_dir():
        raise DomainError("bad_path", f"Folder {path.parent} tidak ada.")
    with uow:
        rows = _export_rows(uow)
    try:
        tables.write_table(path, COLUMNS, rows, sheet="Barang", text_columns=("sku", "barcode", "min_stock"),
                           widths=(14, 30, 36, 14, 9, 11, 11, 11, 9, 11, 11, 13, 7))
    except OSError as exc:
        raise DomainError("export_failed", f"Berkas {path} tidak bisa ditulis: {exc.strerror or exc}.") from None
    return ExportResult(path, len(rows))


def describe(result: ImportResult) -> str:
    verb = "akan" if result.dry_run else "sudah"
    return (f"{result.file}: {result.rows} baris; {len(result.created)} barang baru, {len(result.updated)} diubah, "
            f"{result.unchanged} tetap ({verb} diterapkan).")

