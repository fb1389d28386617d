"""Tables in files: CSV (UTF-8, comma/semicolon/tab) and XLSX, read and written for
imports and exports. Refusals are DomainErrors with a message a pengurus can act on."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any, Iterable, Sequence

from app.domain.errors import DomainError

MAX_ROWS = 100_000
MAX_BYTES = 50 * 1024 * 1024


def _refuse(message: str, details: Iterable[str] = ()) -> DomainError:
    return DomainError("import_refused", message, details=tuple(details))


def file_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise _refuse(f"Berkas {path.name}: hanya .csv atau .xlsx yang didukung.")
    return suffix[1:]


def read_table(path: Path, *, max_rows: int = MAX_ROWS, max_bytes: int = MAX_BYTES) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    """(header, [(spreadsheet row number, cells)]) of a CSV or XLSX file; blank rows left out."""
    kind = file_kind(path)
    try:
        if path.stat().st_size > max_bytes:
            raise _refuse(f"Berkas {path.name} terlalu besar (maks. {max_bytes // 1024 // 1024} MB).")
        data = path.read_bytes()
    except FileNotFoundError:
        raise _refuse(f"Berkas {path} tidak ditemukan.") from None
    except IsADirectoryError:
        raise _refuse(f"{path} adalah folder, bukan berkas.") from None
    except OSError as exc:
        raise _refuse(f"Berkas {path} tidak bisa dibaca: {exc.strerror or exc}.") from None
    if not data.strip():
        raise _refuse(f"Berkas {path.name} kosong.")
    rows = _xlsx_rows(path.name, data) if kind == "xlsx" else _csv_rows(path.name, data)
    table = []
    header: list[str] | None = None
    for no, cells in enumerate(rows, start=1):
        cells = list(cells)
        while cells and blank(cells[-1]):
            cells.pop()
        if header is None:
            if not cells:
                raise _refuse(f"Berkas {path.name}: baris 1 harus berisi judul kolom (sku, name, unit, price_rp, …).")
            header = ["" if c is None else str(c) for c in cells]
            continue
        if not cells:
            continue
        if len(table) >= max_rows:
            raise _refuse(f"Berkas {path.name} berisi lebih dari {max_rows:,} baris.".replace(",", "."))
        table.append((no, cells))
    if header is None:
        raise _refuse(f"Berkas {path.name} kosong.")
    if not table:
        raise _refuse(f"Berkas {path.name} tidak berisi satu baris barang pun.")
    return header, table


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _csv_rows(name: str, data: bytes) -> list[list[str]]:
    if data.startswith(b"PK\x03\x04"):
        raise _refuse(f"Berkas {name} adalah berkas Excel/ZIP, bukan CSV: simpan dengan akhiran .xlsx.")
    if b"\x00" in data:
        raise _refuse(f"Berkas {name} bukan CSV teks (berkas biner atau UTF-16). "
                      "Simpan dari Excel sebagai 'CSV UTF-8'.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise _refuse(f"Berkas {name} bukan UTF-8 (byte tak terbaca di baris {line}). "
                      "Simpan dari Excel sebagai 'CSV UTF-8 (dipisah koma)'.") from None
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count) if any(d in first for d in ",;\t") else ","
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise _refuse(f"Berkas {name} bukan CSV yang sah: {exc}.") from None


def _xlsx_rows(name: str, data: bytes) -> list[tuple]:
    import openpyxl  # only when a spreadsheet is read

    if not data.startswith(b"PK"):
        raise _refuse(f"Berkas {name} bukan XLSX (mungkin .xls lama atau CSV yang diberi nama .xlsx). "
                      "Simpan dari Excel sebagai 'Buku Kerja Excel (.xlsx)'.")
    wb = None
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        if not wb.worksheets:
            raise _refuse(f"Berkas XLSX {name} rusak: tidak ada lembar kerja.")
        return [tuple(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    except DomainError:
        raise
    except Exception as exc:  # noqa: BLE001 - zip, zlib, XML and openpyxl's own errors: all mean "broken file"
        raise _refuse(f"Berkas XLSX {name} rusak atau tidak bisa dibaca ({type(exc).__name__}).") from None
    finally:
        if wb is not None:
            wb.close()


def write_table(path: Path, columns: Sequence[str], rows: Sequence[Sequence[Any]], *, sheet: str = "Data",
                text_columns: Sequence[str] = (), widths: Sequence[int] = ()) -> None:
    """CSV or XLSX by the extension, written beside the target and moved into place when
    complete (a half-written export never looks like an export)."""
    kind = file_kind(path)
    tmp = path.with_name(f".{path.name}.sedang-ditulis")
    try:
        if kind == "csv":
            with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(columns)
                writer.writerows(["" if c is None else c for c in row] for row in rows)
        else:
            _write_xlsx(tmp, columns, rows, sheet, text_columns, widths)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def _write_xlsx(path: Path, columns: Sequence[str], rows: Sequence[Sequence[Any]], sheet: str,
                text_columns: Sequence[str], widths: Sequence[int]) -> None:
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    text_cols = {list(columns).index(c) for c in text_columns}
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row):
            cell = ws.cell(row=r, column=c + 1, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # a name starting with '=' stays a name, never a formula
            if c in text_cols:
                cell.number_format = "@"
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    wb.save(path)
