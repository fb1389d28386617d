"""Product import/export: CSV and XLSX, all or nothing with a per-row report, round trip."""

import csv
import zipfile

import openpyxl
import pytest

from app.domain.barcode import make_ean13
from app.domain.errors import DomainError, PermissionDenied
from app.services import audit, catalogue, product_io

BERAS_5KG = make_ean13("899310000000")  # demo: index 0
MIE_GORENG = make_ean13("899310000008")  # demo: index 8
HEADER = list(product_io.COLUMNS)


def write_csv(path, rows, header=HEADER, delimiter=","):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(header)
        w.writerows(rows)
    return path


def write_xlsx(path, rows, header=HEADER):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def snapshot(ctx, actor):
    return [(i.product, i.barcodes) for i in catalogue.search(ctx.reader(), actor, active_only=False, limit=1000)]


def audit_count(ctx, actor):
    return len(audit.entries(ctx.reader(), actor, limit=100_000))


NEW_ROW = ["KOPI-BUBUK", "8991234567891", "Kopi Bubuk 200 g", "Minuman", "bungkus", "15000", "14500", "",
           "tidak", "0", "5", "warn", "ya"]


@pytest.mark.parametrize("ext", ["csv", "xlsx"])
def test_round_trip_changes_nothing(demo_ctx, login, tmp_path, ext, backend):
    pengurus, pengawas, kasir = login("pengurus"), login("pengawas"), login("kasir")
    before, entries = snapshot(demo_ctx, pengurus), audit_count(demo_ctx, pengawas)
    out = product_io.export_products(demo_ctx.reader(), kasir, tmp_path / f"barang.{ext}")
    assert out.products == len(before) == 21
    result = product_io.import_products(demo_ctx.uow(), pengurus, out.path)
    assert (result.created, result.updated, result.unchanged) == ((), (), 21)
    assert snapshot(demo_ctx, pengurus) == before
    assert audit_count(demo_ctx, pengawas) == entries  # nothing written at all


def test_export_columns_and_values(demo_ctx, login, tmp_path):
    path = product_io.export_products(demo_ctx.reader(), login("pengawas"), tmp_path / "b.csv").path
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == HEADER
    lpg = next(r for r in rows if r["sku"] == "LPG3-BARU")
    assert lpg["subsidized"] == "ya" and lpg["het_rp"] == "18000" and lpg["deposit_rp"] == "150000"
    assert lpg["negative_stock"] == "refuse"
    beras = next(r for r in rows if r["sku"] == "BRS-5KG")
    assert beras["barcode"] == BERAS_5KG and beras["het_rp"] == ""


def test_import_creates_and_updates_with_indonesian_headers(demo_ctx, login, tmp_path):
    pengurus = login("pengurus")
    path = write_csv(tmp_path / "harga.csv", [
        ["BRS-5KG", "75.000", "73000"],
        ["TLR-KG", "Rp29.000", ""],
        ["KOPI-BUBUK", "15000", "14500"],
    ], header=["Kode", "Harga Jual", "harga_anggota"], delimiter=";")
    with pytest.raises(DomainError) as exc:  # a new SKU needs name and unit
        product_io.import_products(demo_ctx.uow(), pengurus, path)
    assert "Baris 4" in exc.value.details[0] and "nama, satuan" in exc.value.details[0]

    path = write_csv(tmp_path / "harga.csv", [
        ["BRS-5KG", "Beras Premium 5 kg", "karung", "75.000", "73000", "", ""],
        ["TLR-KG", "Telur Ayam Ras", "kg", "Rp29.000", "", "", ""],
        ["KOPI-BUBUK", "Kopi Bubuk 200 g", "bungkus", "15000", "14500", "8991234567891", "Minuman"],
    ], header=["Kode", "Nama Barang", "Satuan", "Harga Jual", "harga_anggota", "barcode", "kategori"],
        delimiter=";")
    result = product_io.import_products(demo_ctx.uow(), pengurus, path)
    assert result.created == ("KOPI-BUBUK",) and result.updated == ("BRS-5KG", "TLR-KG")
    beras = catalogue.get_product(demo_ctx.reader(), pengurus, "BRS-5KG")
    assert (beras.product.price_rp, beras.product.member_price_rp) == (75_000, 73_000)
    assert beras.barcodes == ()  # the barcode column was there and empty
    telur = catalogue.get_product(demo_ctx.reader(), pengurus, "TLR-KG").product
    assert telur.member_price_rp is None and telur.decimal_qty and telur.category == ""
    kopi = catalogue.find_by_barcode(demo_ctx.reader(), pengurus, "8991234567891")
    assert kopi.product.sku == "KOPI-BUBUK" and kopi.qty_milli == 0
    actions = [(e.action, e.entity) for e in audit.entries(demo_ctx.reader(), login("pengawas"), limit=10)]
    assert ("product.import", "harga.csv") in actions and ("product.price", "BRS-5KG") in actions
    assert ("product.create", "KOPI-BUBUK") in actions


def test_missing_columns_keep_current_values(demo_ctx, login, tmp_path):
    pengurus = login("pengurus")
    before = catalogue.get_product(demo_ctx.reader(), pengurus, "MIE-GRG")
    path = write_csv(tmp_path / "p.csv", [["MIE-GRG", "3600"]], header=["sku", "price_rp"])
    assert product_io.import_products(demo_ctx.uow(), pengurus, path).updated == ("MIE-GRG",)
    after = catalogue.get_product(demo_ctx.reader(), pengurus, "MIE-GRG")
    assert after.product.price_rp == 3600 and after.barcodes == before.barcodes == (MIE_GORENG,)
    assert after.product.member_price_rp == before.product.member_price_rp


def test_a_bad_row_refuses_the_whole_file_with_every_problem(demo_ctx, login, tmp_path, backend):
    pengurus, pengawas = login("pengurus"), login("pengawas")
    before, entries = snapshot(demo_ctx, pengurus), audit_count(demo_ctx, pengawas)
    rows = [
        NEW_ROW,  # row 2: good
        ["TEH-BOTOL", "8991234567895", "Teh Botol", "Minuman", "botol", "20000", "-5", "18000", "tidak", "0", "0",
         "", "ya"],  # row 3: bad check digit, negative member price, price above HET
        ["KOPI-BUBUK", MIE_GORENG, "Kopi lagi", "", "ons", "12,5", "", "", "mungkin", "", "-1", "", ""],  # row 4
        ["LPG-X", "", "Gas", "LPG", "tabung", "20000", "", "", "ya", "0", "0", "", "ya"],  # row 5: no HET
        ["BRS-5KG", "", "Beras Premium 5 kg", "Beras", "karung", "2000000000", "", "", "", "", "", "", ""],  # row 6
    ]
    path = write_csv(tmp_path / "campur.csv", rows)
    with pytest.raises(DomainError) as exc:
        product_io.import_products(demo_ctx.uow(), pengurus, path)
    err = exc.value
    assert err.code == "import_refused" and "4 dari 5 baris" in err.message
    by_row = {d.split(":")[0].split(" (")[0]: d for d in err.details}
    assert set(by_row) == {"Baris 3", "Baris 4", "Baris 5", "Baris 6"}
    assert "angka pemeriksa" in by_row["Baris 3"] and "Harga anggota" in by_row["Baris 3"]
    assert "melebihi HET" in by_row["Baris 3"]
    row4 = by_row["Baris 4"]
    for fragment in ("sudah ada di baris 2", f"Barcode {MIE_GORENG} sudah dipakai barang lain (SKU MIE-GRG)",
                     "Satuan 'ons'", "Harga jual '12,5'", "Subsidi 'mungkin'", "Stok minimum tidak boleh negatif"):
        assert fragment in row4, fragment
    assert "wajib punya HET" in by_row["Baris 5"]
    assert "1 miliar" in by_row["Baris 6"]
    assert snapshot(demo_ctx, pengurus) == before  # the good row 2 was not imported either
    assert audit_count(demo_ctx, pengawas) == entries


def test_duplicate_barcode_within_the_file_and_swapping_codes(demo_ctx, login, tmp_path):
    pengurus = login("pengurus")
    dup = write_csv(tmp_path / "dup.csv", [["A-1", "8991234567891", "Satu", "pcs", "1000"],
                                           ["A-2", "8991234567891|IN-A2", "Dua", "pcs", "1000"]],
                    header=["sku", "barcode", "name", "unit", "price_rp"])
    with pytest.raises(DomainError) as exc:
        product_io.import_products(demo_ctx.uow(), pengurus, dup)
    assert exc.value.details == ("Baris 3 (SKU A-2): Barcode 8991234567891 sudah dipakai di baris 2 (SKU A-1).",)
    swap = write_csv(tmp_path / "swap.csv", [["BRS-5KG", MIE_GORENG], ["MIE-GRG", f"{BERAS_5KG};IN-MIE"]],
                     header=["sku", "barcode"])
    assert product_io.import_products(demo_ctx.uow(), pengurus, swap).updated == ("BRS-5KG", "MIE-GRG")
    assert catalogue.find_by_barcode(demo_ctx.reader(), pengurus, BERAS_5KG).product.sku == "MIE-GRG"
    assert catalogue.find_by_barcode(demo_ctx.reader(), pengurus, "in-mie").product.sku == "MIE-GRG"


def test_xlsx_numbers_from_a_spreadsheet(demo_ctx, login, tmp_path):
    """Prices typed as numbers (even 15000.0), barcodes as numbers, a UPC-A that lost its leading 0."""
    pengurus = login("pengurus")
    upc = "036000291452"  # a real UPC-A; typed into Excel it becomes 36000291452
    path = write_xlsx(tmp_path / "baru.xlsx", [
        ["SUSU-UHT", 8991234567891, "Susu UHT 1 L", "Susu", "pcs", 19500.0, 19000, None,
         False, 0, 2.5, None, True],
        ["SNACK", int(upc), "Keripik", "Makanan", "bungkus", 5000, None, None, None, None, None, None, None],
    ])
    result = product_io.import_products(demo_ctx.uow(), pengurus, path)
    assert result.created == ("SUSU-UHT", "SNACK")
    susu = catalogue.get_product(demo_ctx.reader(), pengurus, "SUSU-UHT")
    assert susu.product.price_rp == 19_500 and susu.product.min_stock_milli == 2_500
    assert susu.barcodes == ("8991234567891",)
    assert catalogue.get_product(demo_ctx.reader(), pengurus, "SNACK").barcodes == (upc,)
    bad = write_xlsx(tmp_path / "sen.xlsx", [["SUSU-UHT", None, "Susu", "", "pcs", 19500.5]])
    with pytest.raises(DomainError) as exc:
        product_io.import_products(demo_ctx.uow(), pengurus, bad)
    assert "tanpa sen" in exc.value.details[0]


def test_names_that_look_like_formulas_stay_text_in_xlsx(demo_ctx, login, tmp_path):
    pengurus = login("pengurus")
    path = write_csv(tmp_path / "f.csv", [["RUMUS", "=1+1 Sabun", "pcs", "1000"]], header=["sku", "name", "unit",
                                                                                           "price_rp"])
    product_io.import_products(demo_ctx.uow(), pengurus, path)
    out = product_io.export_products(demo_ctx.reader(), pengurus, tmp_path / "f.xlsx").path
    ws = openpyxl.load_workbook(out).active
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "RUMUS")
    assert row[2].value == "=1+1 Sabun" and row[2].data_type == "s"
    assert product_io.import_products(demo_ctx.uow(), pengurus, out).unchanged == 22


def _broken_xlsx(tmp_path):
    good = write_xlsx(tmp_path / "ok.xlsx", [NEW_ROW])
    data = good.read_bytes()
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _xlsx_without_sheet_xml(tmp_path):
    good = write_xlsx(tmp_path / "ok2.xlsx", [NEW_ROW])
    path = tmp_path / "tanpa-lembar.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            if "worksheets/sheet1" not in item.filename:
                dst.writestr(item, src.read(item))
    return path


CORRUPT = {
    "broken_xlsx": (_broken_xlsx, "rusak"),
    "xlsx_missing_part": (_xlsx_without_sheet_xml, "rusak"),
    "csv_named_xlsx": (lambda p: write_csv(p / "x.xlsx", [NEW_ROW]), "bukan XLSX"),
    "xlsx_named_csv": (lambda p: (p / "x.csv").write_bytes(_broken_xlsx(p).read_bytes()) and p / "x.csv",
                       "bukan CSV"),
    "binary": (lambda p: (p / "b.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") and p / "b.csv",
               "bukan CSV teks"),
    "latin1": (lambda p: (p / "l.csv").write_bytes(
        "sku,name,unit,price_rp\nKOPI,Kopi Caf\u00e9,pcs,1000\n".encode("latin-1")) and p / "l.csv", "bukan UTF-8"),
    "utf16": (lambda p: (p / "u.csv").write_text("sku,name\n", encoding="utf-16") and p / "u.csv", "UTF-16"),
    "empty": (lambda p: (p / "e.csv").write_bytes(b"") is not None and p / "e.csv", "kosong"),
    "header_only": (lambda p: write_csv(p / "h.csv", []), "tidak berisi satu baris"),
    "no_sku_column": (lambda p: write_csv(p / "n.csv", [["Kopi", "pcs", "1000"]], header=["name", "unit", "price_rp"]),
                      "'sku'"),
    "unknown_column": (lambda p: write_csv(p / "u.csv", [["KOPI", "1000", "9"]], header=["sku", "price_rp", "stok"]),
                       "tidak dikenal: 'stok'"),
    "duplicate_column": (lambda p: write_csv(p / "d.csv", [["KOPI", "1", "2"]], header=["sku", "harga", "price_rp"]),
                         "dua kali"),
    "bad_quotes": (lambda p: (p / "q.csv").write_text('sku,name\n"KOPI"x,"Kopi\n') and p / "q.csv", "bukan CSV"),
    "wrong_extension": (lambda p: write_csv(p / "barang.txt", [NEW_ROW]), ".csv atau .xlsx"),
    "missing": (lambda p: p / "tidak-ada.csv", "tidak ditemukan"),
}


@pytest.mark.parametrize("case", list(CORRUPT))
def test_corrupt_files_are_refused(demo_ctx, login, tmp_path, case):
    make, fragment = CORRUPT[case]
    pengurus = login("pengurus")
    before = snapshot(demo_ctx, pengurus)
    with pytest.raises(DomainError) as exc:
        product_io.import_products(demo_ctx.uow(), pengurus, make(tmp_path))
    assert fragment in str(exc.value)
    assert snapshot(demo_ctx, pengurus) == before


def test_dry_run_and_permissions(demo_ctx, login, tmp_path):
    pengurus, kasir = login("pengurus"), login("kasir")
    path = write_csv(tmp_path / "baru.csv", [NEW_ROW])
    with pytest.raises(PermissionDenied):
        product_io.import_products(demo_ctx.uow(), kasir, path)
    result = product_io.import_products(demo_ctx.uow(), pengurus, path, dry_run=True)
    assert result.created == ("KOPI-BUBUK",) and result.dry_run
    with pytest.raises(DomainError):
        catalogue.get_product(demo_ctx.reader(), pengurus, "KOPI-BUBUK")
    with pytest.raises(PermissionDenied):
        product_io.export_products(demo_ctx.reader(), login("admin"), tmp_path / "x.csv")
    with pytest.raises(DomainError, match="tidak ada"):
        product_io.export_products(demo_ctx.reader(), kasir, tmp_path / "no" / "x.csv")
