"""The cashier's command line: product, stock, shift, sell, sale, lpg. Shapes and exit codes."""

import csv
import json

import openpyxl
import pytest

from app.domain.barcode import make_ean13

pytestmark = pytest.mark.sqlite_only

BERAS_5KG = make_ean13("899310000000")  # Rp74.000 / anggota Rp72.000, karung
MIE_GORENG = make_ean13("899310000008")  # Rp3.500
LPG_ISI = make_ean13("899310000019")  # subsidised, HET Rp18.000
NIK = "3203014508900003"
PRODUCT_KEYS = {"sku", "barcode", "name", "unit", "price_rp", "member_price_rp", "het_rp", "subsidized", "stock_milli"}
SALE_UUID = "0b8f5c1e-7d3a-4c8e-9a51-2f6d8e4b1c07"


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(p)


def stock_of(cli, sku):
    return next(p for p in cli.json("product", "list", "--all") if p["sku"] == sku)["stock_milli"]


def open_shift(cli, user="kasir", float_rp="200000"):
    return cli.json("shift", "open", "--user", user, "--float", float_rp)


def sell(cli, *args, user="kasir"):
    return cli.json("sell", "--user", user, *args)


# ---------------------------------------------------------------- product

def test_product_list_shape(cli):
    rows = cli.json("product", "list")
    assert len(rows) == 21 and all(set(r) == PRODUCT_KEYS for r in rows)
    by_sku = {r["sku"]: r for r in rows}
    assert by_sku["BRS-5KG"] == {"sku": "BRS-5KG", "barcode": BERAS_5KG, "name": "Beras Premium 5 kg",
                                 "unit": "karung", "price_rp": 74_000, "member_price_rp": 72_000, "het_rp": None,
                                 "subsidized": False, "stock_milli": by_sku["BRS-5KG"]["stock_milli"]}
    assert by_sku["LPG3-ISI"]["subsidized"] is True and by_sku["LPG3-ISI"]["het_rp"] == 18_000
    assert by_sku["BRS-CURAH"]["barcode"] == "IN-BRS-CURAH"
    assert all(isinstance(r["stock_milli"], int) for r in rows)
    assert sorted(r["sku"] for r in cli.json("product", "list", "--search", "lpg")) == ["LPG3-BARU", "LPG3-ISI"]
    code, out, _ = cli("product", "list")
    assert code == 0 and "Beras Premium 5 kg" in out


@pytest.mark.parametrize("ext", ["csv", "xlsx"])
def test_product_export_then_import_changes_nothing(cli, tmp_path, ext):
    before = cli.json("product", "list", "--all")
    path = str(tmp_path / f"barang.{ext}")
    assert cli.json("product", "export", path)["products"] == 21
    result = cli.json("product", "import", path, "--user", "pengurus")
    assert result["created"] == [] and result["updated"] == [] and result["unchanged"] == 21
    assert cli.json("product", "list", "--all") == before


def test_product_import_creates_updates_and_refuses_whole_files(cli, tmp_path):
    header = "sku,barcode,name,category,unit,price_rp,member_price_rp,het_rp\n"
    good = write(tmp_path, "baru.csv", header + "KOPI-BUBUK,8991234567891,Kopi Bubuk,Minuman,bungkus,15000,,\n"
                                                "BRS-5KG,8993100000006,Beras Premium 5 kg,Beras,karung,75000,73000,\n")
    code, out, err = cli("product", "import", good, "--user", "pengurus")
    assert code == 0, err
    assert "1 barang baru, 1 diubah" in out
    by_sku = {r["sku"]: r for r in cli.json("product", "list")}
    assert by_sku["KOPI-BUBUK"]["barcode"] == "8991234567891" and by_sku["BRS-5KG"]["price_rp"] == 75_000

    before = cli.json("product", "list", "--all")
    bad = write(tmp_path, "campur.csv", header + "TEH,,Teh,Minuman,botol,5000,,\n"
                                                 "GULA-X,8991234567895,Gula,Gula,kg,20000,-1,18000\n"
                                                 "TEH,,Teh lagi,Minuman,ons,abc,,\n")
    code, out, err = cli("product", "import", bad, "--user", "pengurus")
    assert code == 2 and out == ""
    assert "ditolak: 2 dari 3 baris" in err and "Tidak ada yang diubah" in err
    assert "- Baris 3 (SKU GULA-X): " in err and "angka pemeriksa" in err and "melebihi HET" in err
    assert "- Baris 4 (SKU TEH): " in err and "sudah ada di baris 2" in err and "Satuan 'ons'" in err
    assert "Harga jual 'abc'" in err
    assert cli.json("product", "list", "--all") == before  # row 2 (good) was not imported either

    code, _, err = cli("product", "import", good, "--user", "kasir")
    assert code == 2 and "tidak berwenang" in err
    code, _, err = cli("product", "import", good, "--user", "pengurus", pin="000000")
    assert code == 2 and "PIN salah" in err


def test_product_import_corrupt_xlsx_and_dry_run(cli, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["sku", "name", "unit", "price_rp"])
    wb.active.append(["KOPI", "Kopi", "pcs", 1000])
    good = tmp_path / "ok.xlsx"
    wb.save(good)
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(good.read_bytes()[:300])
    code, out, err = cli("product", "import", str(broken), "--user", "pengurus")
    assert code == 2 and "rusak" in err and out == ""
    assert cli("product", "import", str(tmp_path / "tidak-ada.xlsx"), "--user", "pengurus")[0] == 2
    dry = cli.json("product", "import", str(good), "--user", "pengurus", "--dry-run")
    assert dry["created"] == ["KOPI"] and dry["dry_run"] is True
    assert "KOPI" not in {r["sku"] for r in cli.json("product", "list")}
    assert cli("product", "export", str(tmp_path / "x.pdf"))[0] == 2


# ---------------------------------------------------------------- stock

def test_stock_receive_take_and_card(cli, tmp_path):
    before = stock_of(cli, "TLR-KG")
    f = write(tmp_path, "terima.json", {"supplier": "Peternak Sukamaju", "payment": "cash", "lines": [
        {"sku": "TLR-KG", "qty": "10,5", "cost_rp": 262_500}, {"sku": "MIE-GRG", "qty": 40, "unit_cost_rp": 2_950}]})
    doc = cli.json("stock", "receive", "--file", f, "--user", "pengurus", "--id", SALE_UUID)
    assert doc["number"].startswith("PB-20261123-") and doc["value_rp"] == 262_500 + 118_000
    assert doc["lines"] == [{"sku": "TLR-KG", "qty_milli": 10_500, "value_rp": 262_500},
                            {"sku": "MIE-GRG", "qty_milli": 40_000, "value_rp": 118_000}]
    assert cli.json("stock", "receive", "--file", f, "--user", "pengurus", "--id", SALE_UUID) == doc
    assert stock_of(cli, "TLR-KG") == before + 10_500

    take = cli.json("stock", "take", "--file", write(tmp_path, "opname.json", {"note": "akhir bulan", "lines": [
        {"sku": "TLR-KG", "qty": 50}, {"sku": "MIE-SOTO", "qty": 0}]}), "--user", "pengurus")
    assert take["number"].startswith("SO-20261123-") and stock_of(cli, "TLR-KG") == 50_000
    assert stock_of(cli, "MIE-SOTO") == 0

    card = cli.json("stock", "card", "TLR-KG")
    assert set(card) == {"sku", "name", "unit", "stock_milli", "value_rp", "entries"}
    assert card["stock_milli"] == 50_000
    assert [e["doc_number"] for e in card["entries"][-2:]] == [doc["number"], take["number"]]
    assert set(card["entries"][0]) == {"at", "business_date", "kind", "doc_number", "qty_milli", "value_rp",
                                       "qty_after_milli", "note"}
    assert cli.json("check")["ok"]


@pytest.mark.parametrize("content, fragment", [
    ("{rusak", "bukan JSON"),
    ({"supplier": "X", "payment": "cash"}, '"lines"'),
    ({"supplier": "X", "payment": "cash", "lines": [{"sku": "TLR-KG", "qty": "dua", "cost_rp": 1}]}, "Baris 1"),
    ({"supplier": "X", "payment": "cash", "lines": [{"sku": "TLR-KG", "qty": 1}]}, "cost_rp"),
    ({"supplier": "X", "payment": "cash", "lines": [{"sku": "TLR-KG", "qty": 1, "cost_rp": 1.5}]}, "rupiah bulat"),
    ({"supplier": "X", "payment": "cek", "lines": [{"sku": "TLR-KG", "qty": 1, "cost_rp": 100}]}, "credit"),
    ({"supplier": "X", "payment": "cash", "lines": [{"sku": "TIDAK-ADA", "qty": 1, "cost_rp": 100}]}, "tidak ada"),
])
def test_stock_receive_bad_files_write_nothing(cli, tmp_path, content, fragment):
    before = cli.json("product", "list")
    code, out, err = cli("stock", "receive", "--file", write(tmp_path, "t.json", content), "--user", "pengurus")
    assert code == 2 and fragment in err and out == ""
    assert cli.json("product", "list") == before


def test_stock_needs_a_stock_manager(cli, tmp_path):
    f = write(tmp_path, "t.json", {"lines": [{"sku": "TLR-KG", "qty": 1}]})
    code, _, err = cli("stock", "take", "--file", f, "--user", "kasir")
    assert code == 2 and "tidak berwenang" in err
    assert cli("stock", "card", "TIDAK-ADA")[0] == 2


# ---------------------------------------------------------------- shift

def test_shift_open_report_and_blind_close(cli, monkeypatch):
    opened = open_shift(cli)
    assert opened["number"].startswith("SF-20261123-") and opened["status"] == "open"
    assert opened["till"] == "KASIR-1" and opened["opening_float_rp"] == 200_000
    code, _, err = cli("shift", "open", "--user", "kasir", "--float", "100000")
    assert code == 2 and "masih terbuka" in err
    sell(cli, "--item", f"{MIE_GORENG}x2", "--pay", "cash=10000")
    x = cli.json("shift", "report", "--user", "kasir")
    assert x["number"] == opened["number"] and x["sales_count"] == 1 and x["expected_cash_rp"] == 207_000
    assert x["by_method"] == {"cash": 7_000} and x["counted_cash_rp"] is None
    code, _, err = cli("shift", "report")
    assert code == 2 and "--user" in err
    code, _, err = cli("shift", "close", "--user", "kasir", "--counted", "150.000")
    assert code == 2 and "persetujuan pengurus" in err
    monkeypatch.setenv("KOPDES_APPROVER_PIN", "000000")
    assert cli("shift", "close", "--user", "kasir", "--counted", "150000", "--approver", "pengurus")[0] == 2
    monkeypatch.setenv("KOPDES_APPROVER_PIN", "123456")
    z = cli.json("shift", "close", "--user", "kasir", "--counted", "150000", "--approver", "pengurus")
    assert z["status"] == "closed" and z["counted_cash_rp"] == 150_000 and z["difference_rp"] == -57_000
    assert cli.json("shift", "report", "--number", opened["number"])["status"] == "closed"
    code, _, err = cli("shift", "report", "--user", "kasir")
    assert code == 2 and "Belum ada shift terbuka" in err
    assert cli.json("check")["ok"]


def test_shift_till_from_option_and_environment(cli, monkeypatch):
    assert open_shift(cli)["till"] == "KASIR-1"
    monkeypatch.setenv("KOPDES_TILL", "kasir-2")
    assert open_shift(cli, user="pengurus")["till"] == "KASIR-2"
    assert cli.json("shift", "report", "--user", "kasir", "--till", "KASIR-1")["till"] == "KASIR-1"
    assert cli("shift", "open", "--user", "kasir", "--float", "-5")[0] == 2


# ---------------------------------------------------------------- sell

def test_sell_shape_weighed_member_and_idempotent_id(cli):
    open_shift(cli)
    sale = sell(cli, "--id", SALE_UUID, "--item", BERAS_5KG, "--item", "IN-BRS-CURAHx1,5", "--item",
                f"{MIE_GORENG}*3", "--member", "A00002", "--pay", "cash=200.000")
    assert set(sale) == {"sale_no", "total_rp", "change_rp", "lines"}
    assert sale["sale_no"] == "PJ-20261123-0001"
    assert [(l["sku"], l["qty_milli"], l["unit_price_rp"]) for l in sale["lines"]] == [
        ("BRS-5KG", 1000, 72_000), ("BRS-CURAH", 1500, 13_000), ("MIE-GRG", 3000, 3_300)]
    assert sale["total_rp"] == 72_000 + 19_500 + 9_900 and sale["change_rp"] == 200_000 - sale["total_rp"]
    stock = stock_of(cli, "BRS-5KG")
    again = sell(cli, "--id", SALE_UUID, "--item", BERAS_5KG, "--item", "IN-BRS-CURAHx1,5", "--item",
                 f"{MIE_GORENG}*3", "--member", "A00002", "--pay", "cash=200.000")  # a retry after a timeout
    assert again == sale and stock_of(cli, "BRS-5KG") == stock
    code, _, err = cli("sell", "--user", "kasir", "--id", SALE_UUID, "--item", BERAS_5KG, "--pay", "cash=500000")
    assert code == 2 and "isi berbeda" in err and stock_of(cli, "BRS-5KG") == stock
    assert len(cli.json("sale", "list", "--date", "2026-11-23")) == 1
    code, out, _ = cli("sell", "--user", "kasir", "--item", MIE_GORENG, "--pay", "cash=5000")
    assert code == 0 and "KEMBALI Rp1.500" in out


def test_sell_refusals_write_nothing(cli):
    code, _, err = cli("sell", "--user", "kasir", "--item", MIE_GORENG, "--pay", "cash=5000")
    assert code == 2 and "Buka shift" in err
    open_shift(cli)
    stock, sales = stock_of(cli, "MIE-GRG"), cli.json("sale", "list")
    refusals = [
        (["--item", MIE_GORENG, "--item", "8999999999994", "--pay", "cash=50000"], "tidak dikenal"),
        (["--item", MIE_GORENG, "--item", "8993100000084", "--pay", "cash=50000"], "tidak dikenal"),
        (["--item", MIE_GORENG, "--pay", "cash=1000"], "kurang"),
        (["--item", f"{MIE_GORENG}x1,5", "--pay", "cash=10000"], "tanpa desimal"),
        (["--item", f"{MIE_GORENG}x0", "--pay", "cash=10000"], "lebih dari nol"),
        (["--item", MIE_GORENG, "--pay", "cash"], "CARA=RP"),
        (["--item", MIE_GORENG, "--pay", "transfer=3500"], "tidak dikenal"),
        (["--item", MIE_GORENG, "--pay", "credit=3500"], "anggota"),
        (["--item", MIE_GORENG, "--member", "A00001", "--pay", "credit=5000"], "melebihi sisa tagihan"),
        (["--item", MIE_GORENG, "--member", "A99999", "--pay", "cash=5000"], "tidak ditemukan"),
        (["--item", LPG_ISI, "--pay", "cash=20000"], "NIK pembeli wajib"),
        (["--item", LPG_ISI, "--buyer-nik", "3203014508", "--buyer-type", "rumah_tangga", "--pay", "cash=20000"],
         "16 angka"),
        (["--item", LPG_ISI, "--buyer-nik", "9903014508900003", "--buyer-type", "rumah_tangga",
          "--pay", "cash=20000"], "provinsi"),
        (["--item", LPG_ISI, "--buyer-nik", NIK, "--pay", "cash=20000"], "jenis pembeli"),
        (["--item", LPG_ISI, "--buyer-nik", NIK, "--buyer-type", "warung", "--pay", "cash=20000"], "--buyer-type"),
        (["--item", MIE_GORENG, "--pay", "cash=5000", "--id", "bukan-uuid"], "UUID"),
    ]
    for args, fragment in refusals:
        code, out, err = cli("sell", "--user", "kasir", *args, "--json")
        assert code == 2 and fragment in err and out == "", (args, err)
    code, _, err = cli("sell", "--user", "kasir", "--item", MIE_GORENG, "--pay", "cash=5000", pin="999999")
    assert code == 2 and "PIN salah" in err
    code, _, err = cli("sell", "--item", MIE_GORENG, "--pay", "cash=5000")
    assert code == 2 and "--user" in err
    assert stock_of(cli, "MIE-GRG") == stock and cli.json("sale", "list") == sales


def test_sell_lpg_member_credit_and_masked_nik(cli):
    open_shift(cli)
    lpg = sell(cli, "--item", LPG_ISI, "--buyer-nik", NIK, "--buyer-type", "rumah_tangga", "--buyer-name", "Euis",
               "--pay", "cash=20000")
    assert lpg["total_rp"] == 18_000 and lpg["change_rp"] == 2_000
    shown = cli.json("sale", "show", lpg["sale_no"])
    assert shown["buyer_nik"] == "3203********0003" and NIK not in json.dumps(shown)
    kasbon = sell(cli, "--item", f"{MIE_GORENG}x2", "--member", "A00001", "--pay", "credit=6600")
    assert kasbon["total_rp"] == 6_600 and kasbon["change_rp"] == 0
    split = sell(cli, "--item", BERAS_5KG, "--member", "A00001", "--pay", "credit=2000", "--pay", "cash=100000")
    assert split["change_rp"] == 100_000 - 70_000
    pays = {p["method"]: p["amount_rp"] for p in cli.json("sale", "show", split["sale_no"])["payments"]}
    assert pays == {"credit": 2_000, "cash": 70_000}


def test_sell_at_is_for_pengurus_only(cli):
    code, _, err = cli("sell", "--user", "kasir", "--item", MIE_GORENG, "--pay", "cash=5000",
                       "--at", "2026-11-22T19:30")
    assert code == 2 and "tidak berwenang" in err
    sale = sell(cli, "--item", MIE_GORENG, "--pay", "cash=5000", "--at", "2026-11-22T19:30", user="pengurus")
    assert sale["sale_no"].startswith("PJ-20261122-")  # no shift needed: it was written on paper
    shown = cli.json("sale", "show", sale["sale_no"])
    assert shown["at"] == "2026-11-22T12:30:00+00:00" and shown["recorded_late"] is True and shown["till"] is None
    late = sell(cli, "--item", MIE_GORENG, "--pay", "cash=5000", "--at", "2026-11-22T23:30:00+07:00", user="pengurus")
    assert late["sale_no"].startswith("PJ-20261122-")
    for when, fragment in (("kemarin", "tanggal dan jam"), ("2026-11-24T08:00", "masa depan"),
                           ("2026-10-01T08:00", "7 hari")):
        code, _, err = cli("sell", "--user", "pengurus", "--item", MIE_GORENG, "--pay", "cash=5000", "--at", when)
        assert code == 2 and fragment in err, when


# ---------------------------------------------------------------- sale list / show / return / void

def test_sale_list_show_return_and_void(cli, monkeypatch):
    open_shift(cli)
    a = sell(cli, "--item", f"{MIE_GORENG}x4", "--item", "IN-BRS-CURAHx2", "--pay", "cash=50000")
    b = sell(cli, "--item", BERAS_5KG, "--member", "A00003", "--pay", "cash=72000")
    rows = cli.json("sale", "list", "--date", "2026-11-23")
    assert [r["sale_no"] for r in rows] == [b["sale_no"], a["sale_no"]]
    assert all(set(r) == {"sale_no", "at", "total_rp", "member_no", "status"} for r in rows)
    assert rows[0]["member_no"] == "A00003" and rows[0]["status"] == "completed"
    assert cli.json("sale", "list", "--date", "2026-11-01") == []
    assert len(cli.json("sale", "list", "--limit", "5")) == 5
    shown = cli.json("sale", "show", a["sale_no"])
    assert shown["sale_no"] == a["sale_no"] and shown["till"] == "KASIR-1" and shown["cashier"] == "kasir"
    assert shown["lines"] == a["lines"] and shown["status"] == "completed"
    assert cli("sale", "show", "PJ-19990101-0001")[0] == 2

    code, _, err = cli("sale", "return", a["sale_no"], "--item", f"{MIE_GORENG}x1", "--reason", "rusak",
                       "--user", "kasir")
    assert code == 2 and "persetujuan pengurus" in err
    monkeypatch.setenv("KOPDES_APPROVER_PIN", "123456")
    ret = cli.json("sale", "return", a["sale_no"], "--item", f"{MIE_GORENG}x1", "--item", "IN-BRS-CURAHx0,5",
                   "--reason", "kemasan rusak", "--user", "kasir", "--approver", "pengurus")
    assert ret["return_no"].startswith("RJ-20261123-") and ret["total_rp"] == 3_500 + 6_750
    assert ret["sale_no"] == a["sale_no"] and ret["refund"] == "cash"
    code, _, err = cli("sale", "return", a["sale_no"], "--item", f"{MIE_GORENG}x4", "--reason", "lagi",
                       "--user", "pengurus")
    assert code == 2 and "melebihi" in err
    assert cli("sale", "return", a["sale_no"], "--item", f"{MIE_GORENG}x1", "--user", "pengurus")[0] == 2  # no reason
    assert {l["sku"]: l["returned_milli"] for l in cli.json("sale", "show", a["sale_no"])["lines"]} == {
        "MIE-GRG": 1000, "BRS-CURAH": 500}

    code, _, err = cli("sale", "void", b["sale_no"], "--reason", "salah input", "--user", "kasir")
    assert code == 2 and "persetujuan" in err
    stock = stock_of(cli, "BRS-5KG")
    void = cli.json("sale", "void", b["sale_no"], "--reason", "salah input", "--user", "pengurus")
    assert void["status"] == "voided" and stock_of(cli, "BRS-5KG") == stock + 1000
    code, _, err = cli("sale", "void", b["sale_no"], "--reason", "lagi", "--user", "pengurus")
    assert code == 2 and "sudah dibatalkan" in err
    assert cli("sale", "void", a["sale_no"], "--reason", "x", "--user", "pengurus")[0] == 2  # has a return
    x = cli.json("shift", "report", "--user", "kasir")
    assert x["voided_count"] == 1 and x["returns_count"] == 1 and x["cash_refunds_rp"] == ret["total_rp"]
    assert cli.json("check")["ok"]


# ---------------------------------------------------------------- LPG logbook

def test_lpg_logbook_masks_on_screen_and_exports_full_nik(cli, tmp_path):
    open_shift(cli)
    sale = sell(cli, "--item", f"{LPG_ISI}x2", "--buyer-nik", NIK, "--buyer-type", "usaha_mikro",
                "--buyer-name", "Warung Bu Euis", "--pay", "cash=40000")
    code, out, err = cli("lpg", "logbook", "--date", "2026-11-23", "--csv", str(tmp_path / "lpg.csv"))
    assert code == 0, err
    assert NIK not in out and "3203********0003" in out and sale["sale_no"] in out
    with open(tmp_path / "lpg.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows == [{"tanggal": "2026-11-23", "jam": "10:00", "nik": NIK, "nama": "Warung Bu Euis",
                     "jenis_pembeli": "usaha_mikro", "barang": "LPG 3 kg Isi Ulang (tukar tabung)", "jumlah": "2",
                     "harga_satuan_rp": "18000", "no_penjualan": sale["sale_no"]}]
    data = cli.json("lpg", "logbook")
    assert data["date"] == "2026-11-23" and [r["nik"] for r in data["rows"]] == ["3203********0003"]
    assert len(cli.json("lpg", "logbook", "--date", "2026-11-20")["rows"]) >= 1  # demo history
    code, _, err = cli("lpg", "logbook", "--user", "kasir")
    assert code == 2 and "tidak berwenang" in err
    assert cli("lpg", "logbook", "--user", "pengawas")[0] == 0
    assert cli("lpg", "logbook", "--date", "23-11-2026")[0] == 2


def test_sell_below_zero_warns_or_refuses_by_product(cli, tmp_path):
    open_shift(cli)
    zero = write(tmp_path, "nol.json", {"lines": [{"sku": "MIE-SOTO", "qty": 0}, {"sku": "LPG3-ISI", "qty": 1}]})
    cli.json("stock", "take", "--file", zero, "--user", "pengurus")
    soto = next(p["barcode"] for p in cli.json("product", "list") if p["sku"] == "MIE-SOTO")
    code, out, err = cli("sell", "--user", "kasir", "--item", soto, "--pay", "cash=5000", "--json")
    assert code == 0 and "peringatan" in err and "minus" in err and json.loads(out)["total_rp"] == 3_300
    code, out, err = cli("sell", "--user", "kasir", "--item", f"{LPG_ISI}x2", "--buyer-nik", NIK,
                         "--buyer-type", "rumah_tangga", "--pay", "cash=40000")
    assert code == 2 and "tidak cukup" in err and stock_of(cli, "LPG3-ISI") == 1000


def test_lpg_csv_export_with_full_niks_is_audited(cli, tmp_path):
    target = tmp_path / "lpg.csv"
    assert cli("lpg", "logbook", "--date", "2026-11-20", "--csv", str(target), "--user", "pengurus")[0] == 0
    entries = cli.json("audit", "list", "--limit", "3", "--user", "pengawas")
    assert any(e["action"] == "lpg.export" and e["entity"] == "2026-11-20" for e in entries)
