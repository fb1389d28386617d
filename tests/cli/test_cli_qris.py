"""kopdes qris …: the codec without a database, the outlet's static QRIS, and sales that
wait for their QRIS payment (sell --pay qris=N, pending, charge, confirm, cancel)."""

import pytest
import qrcode
import zxingcpp
from PIL import Image

from app.domain import qris as codec

pytestmark = pytest.mark.sqlite_only

DANA = ("00020101021126570011ID.DANA.WWW011893600915302259148102090225914810303UMI51440014ID.CO.QRIS.WWW"
        "0215ID10200176114730303UMI5204581253033605802ID5922Warung Sayur Bu Sugeng6010Kab. Demak610559567630458C7")
MALAYSIA = ("00020201021126580014A000000615000101065887340212MBBQR1666987031000000000005204581253034585802MY"
            "5908TAKOYAKI6006PAHANG630400D7")
STICKER = codec.build_static("TOKO SEMBAKO MAJU", "GARUT", "ID1025000000777", postal_code="44151",
                             acquirer_guid="ID.CO.BRI.WWW")
PARSE_KEYS = {"crc_ok", "is_qris", "dynamic", "tags", "merchant_name", "merchant_city", "nmid", "amount_rp"}
STATIC_KEYS = {"merchant_name", "city", "postal_code", "nmid", "merchant_size", "merchant_size_label", "mcc",
               "acquirer", "acquirer_guid", "acquirer_nns", "payload"}
PENDING_KEYS = {"sale_no", "at", "till", "cashier", "total_rp", "qris_rp", "member_no"}


def refused(result, *words):
    code, out, err = result
    assert code == 2 and out == "", (code, out, err)
    for word in words:
        assert word in err, err
    return err


# ---------------------------------------------------------------- codec: no database, no user

def test_parse_the_dana_sample_without_a_database(fresh_cli):
    got = fresh_cli.json("qris", "parse", DANA, pin=None)
    assert set(got) == PARSE_KEYS
    assert got["crc_ok"] is True and got["is_qris"] is True and got["dynamic"] is False
    assert (got["merchant_name"], got["merchant_city"], got["nmid"]) == (
        "Warung Sayur Bu Sugeng", "Kab. Demak", "ID1020017611473")
    assert got["amount_rp"] is None
    assert got["tags"]["51"] == {"00": "ID.CO.QRIS.WWW", "02": "ID1020017611473", "03": "UMI"}
    assert got["tags"]["26"]["00"] == "ID.DANA.WWW" and got["tags"]["63"] == "58C7"
    assert list(got["tags"]) == ["00", "01", "26", "51", "52", "53", "58", "59", "60", "61", "63"]
    assert not fresh_cli.db.exists() and not fresh_cli.db.parent.exists()  # no database was opened

    code, out, err = fresh_cli("qris", "parse", DANA, pin=None)
    assert code == 0 and "Warung Sayur Bu Sugeng" in out and "ID1020017611473" in out and "DANA" in out


def test_parse_a_foreign_emv_payload(fresh_cli):
    got = fresh_cli.json("qris", "parse", MALAYSIA, pin=None)
    assert got["crc_ok"] is True and got["is_qris"] is False and got["nmid"] is None
    assert got["merchant_name"] == "TAKOYAKI" and got["tags"]["63"] == "00D7"  # the CRC's leading zero kept
    assert got["amount_rp"] is None  # tag 53 is 458, not rupiah


def test_parse_refuses_a_wrong_crc_and_malformed_payloads(fresh_cli):
    refused(fresh_cli("qris", "parse", DANA[:-4] + "58C8", "--json", pin=None), "CRC salah", "58C8", "58C7")
    refused(fresh_cli("qris", "parse", DANA[:60], "--json", pin=None), "Tag 26")  # truncated inside tag 26
    refused(fresh_cli("qris", "parse", DANA[:-8], pin=None), "63")  # cut before the CRC
    refused(fresh_cli("qris", "parse", "halo", pin=None))
    refused(fresh_cli("qris", "parse", "   ", pin=None), "kosong")
    assert not fresh_cli.db.parent.exists()


def test_dynamic_from_a_given_static_needs_nothing_else(fresh_cli):
    code, out, err = fresh_cli("qris", "dynamic", "--amount", "25.000", "--bill", "PJ-20261123-0042",
                               "--static", DANA, pin=None)
    assert code == 0, err
    last = out.rstrip("\n").split("\n")[-1]
    parsed = codec.parse(last)
    assert parsed.crc_ok and parsed.dynamic and parsed.is_qris and parsed.amount_rp == 25_000
    assert parsed.tags["62"] == {"01": "PJ-20261123-0042"} and parsed.nmid == "ID1020017611473"
    assert last.startswith("000201010212") and "5303360540525000" in last
    got = fresh_cli.json("qris", "dynamic", "--amount", "1500", "--static", DANA, pin=None)
    assert set(got) == {"payload", "amount_rp", "bill_number", "merchant_name", "nmid"}
    assert codec.parse(got["payload"]).amount_rp == 1_500 and got["bill_number"] is None
    assert not fresh_cli.db.parent.exists()

    refused(fresh_cli("qris", "dynamic", "--amount", "0", "--static", DANA, pin=None), "--amount")
    refused(fresh_cli("qris", "dynamic", "--amount", "12,5", "--static", DANA, pin=None), "--amount")
    refused(fresh_cli("qris", "dynamic", "--amount", "100", "--static", DANA[:-1] + "8", pin=None), "CRC salah")
    refused(fresh_cli("qris", "dynamic", "--amount", "100", "--static", MALAYSIA, pin=None), "Tag 00")
    refused(fresh_cli("qris", "dynamic", "--amount", "100", "--bill", "x" * 26, "--static", DANA, pin=None),
            "Nomor tagihan")


# ---------------------------------------------------------------- the outlet's static QRIS

def test_setup_from_a_payload_then_dynamic_from_the_configured_qris(cli):
    info = cli.json("qris", "setup", DANA, "--user", "pengurus")
    assert set(info) == STATIC_KEYS
    assert (info["merchant_name"], info["city"], info["nmid"], info["acquirer"], info["merchant_size"]) == (
        "Warung Sayur Bu Sugeng", "Kab. Demak", "ID1020017611473", "DANA", "UMI")
    shown = cli.json("qris", "show")
    assert shown == {"configured": True, **info}
    code, out, _ = cli("qris", "show")
    assert code == 0 and "NMID      ID1020017611473" in out and "Usaha Mikro" in out

    code, out, err = cli("qris", "dynamic", "--amount", "18000", "--bill", "PJ-1", "--user", "kasir")
    assert code == 0, err
    parsed = codec.parse(out.strip().split("\n")[-1])
    assert parsed.crc_ok and parsed.dynamic and parsed.amount_rp == 18_000 and parsed.tags["62"] == {"01": "PJ-1"}
    assert parsed.merchant_name == "Warung Sayur Bu Sugeng" and parsed.nmid == "ID1020017611473"
    refused(cli("qris", "dynamic", "--amount", "18000", pin=None), "--user")  # the service needs a seller
    refused(cli("qris", "dynamic", "--amount", "18000", "--user", "pengawas"), "tidak berwenang")


def test_setup_from_a_photo_of_the_sticker(cli, tmp_path):
    photo = tmp_path / "stiker.png"
    qrcode.make(STICKER).save(photo)
    code, out, err = cli("qris", "setup", "--image", str(photo), "--user", "pengurus")
    assert code == 0, err
    assert "TOKO SEMBAKO MAJU" in out and "GARUT" in out and "ID1025000000777" in out and "BRI" in out
    assert cli.json("qris", "show")["payload"] == STICKER

    not_qris = tmp_path / "bukan.png"
    qrcode.make("https://contoh.invalid/bukan-qris").save(not_qris)
    refused(cli("qris", "setup", "--image", str(not_qris), "--user", "pengurus"), "bukan QRIS statis")
    refused(cli("qris", "setup", "--image", str(tmp_path / "tidak-ada.png"), "--user", "pengurus"),
            "tidak ditemukan")
    assert cli.json("qris", "show")["payload"] == STICKER


def test_setup_refuses_anything_but_a_usable_static_qris_and_changes_nothing(cli):
    cli.json("qris", "setup", STICKER, "--user", "admin")
    before = cli.json("qris", "show")
    dynamic = codec.to_dynamic(DANA, 10_000)
    err = refused(cli("qris", "setup", dynamic, "--user", "pengurus"), "dinamis", "tag 01 = 12")
    assert "statis" in err
    refused(cli("qris", "setup", MALAYSIA, "--user", "pengurus"), "Tag 00")
    refused(cli("qris", "setup", DANA[:-4] + "0000", "--user", "pengurus"), "CRC salah")
    refused(cli("qris", "setup", DANA, "--user", "kasir"), "tidak berwenang")
    refused(cli("qris", "setup", "--user", "pengurus"), "PAYLOAD", "--image")
    refused(cli("qris", "setup", DANA, "--image", "x.png", "--user", "pengurus"), "salah satu")
    refused(cli("qris", "setup", DANA, pin=None), "--user")
    assert cli.json("qris", "show") == before


# ---------------------------------------------------------------- sales waiting for QRIS

@pytest.fixture
def till(cli):
    cli.json("qris", "setup", STICKER, "--user", "pengurus")
    cli.json("shift", "open", "--user", "kasir", "--float", "200000")
    return cli


def ours(cli, *numbers):
    return [r for r in cli.json("qris", "pending") if r["sale_no"] in numbers]


def test_a_qris_sale_waits_then_completes_with_its_reference(till, tmp_path):
    cli = till
    sale = cli.json("sell", "--user", "kasir", "--item", "MIE-GRGx2", "--pay", "qris=7000")
    assert sale["status"] == "pending" and sale["qris_rp"] == 7_000 and sale["total_rp"] == 7_000
    assert sale["next"] == f"kopdes qris confirm {sale['sale_no']} REF"
    no = sale["sale_no"]
    assert cli.json("sale", "show", no)["status"] == "pending"

    rows = ours(cli, no)
    assert len(rows) == 1 and set(rows[0]) == PENDING_KEYS
    assert rows[0] | {"at": None} == {"sale_no": no, "at": None, "till": "KASIR-1", "cashier": "kasir",
                                      "total_rp": 7_000, "qris_rp": 7_000, "member_no": None}
    code, out, _ = cli("qris", "pending")
    assert code == 0 and no in out and "Rp7.000" in out

    png = tmp_path / "bayar.png"
    code, out, err = cli("qris", "charge", no, "--user", "kasir", "--png", str(png))
    assert code == 0, err
    payload = out.strip().split("\n")[-1]
    parsed = codec.parse(payload)
    assert parsed.crc_ok and parsed.dynamic and parsed.amount_rp == 7_000 and parsed.tags["62"]["01"] == no
    assert parsed.nmid == "ID1025000000777"
    assert [r.text for r in zxingcpp.read_barcodes(Image.open(png))] == [payload]

    refused(cli("shift", "close", "--user", "kasir", "--counted", "200000"), "menunggu pembayaran QRIS", no)

    done = cli.json("qris", "confirm", no, "1234 5678 9012", "--user", "kasir")
    assert done == {"sale_no": no, "status": "completed", "total_rp": 7_000, "qris_rp": 7_000,
                    "reference": "123456789012",
                    "payments": [{"method": "qris", "amount_rp": 7_000, "reference": "123456789012"}]}
    shown = cli.json("sale", "show", no)
    assert shown["status"] == "completed" and shown["payments"][0]["reference"] == "123456789012"
    assert ours(cli, no) == []
    assert cli.json("qris", "confirm", no, "123456789012", "--user", "kasir") == done  # a double press
    refused(cli("qris", "charge", no, "--user", "kasir"), "tidak menunggu")

    # the same payment cannot pay a second sale
    second = cli.json("sell", "--user", "kasir", "--item", "MIE-GRGx1", "--pay", "qris=2000", "--pay", "cash=5000")
    assert second["status"] == "pending" and second["qris_rp"] == 2_000 and second["change_rp"] == 3_500
    refused(cli("qris", "confirm", second["sale_no"], "123456789012", "--user", "kasir"),
            "sudah dipakai", no)
    assert cli.json("sale", "show", second["sale_no"])["status"] == "pending"
    refused(cli("qris", "confirm", second["sale_no"], "12", "--user", "kasir"), "RRN")
    refused(cli("qris", "confirm", second["sale_no"], "999999999999", pin=None), "--user")
    assert cli.json("qris", "confirm", second["sale_no"], "9012", "--user", "kasir")["status"] == "completed"
    refused(cli("qris", "confirm", "PJ-20261123-9999", "123456789999", "--user", "kasir"))

    closed = cli.json("shift", "close", "--user", "kasir", "--counted", "201500")
    assert closed["by_method"]["qris"] == 9_000


def test_a_qris_sale_can_be_cancelled(till):
    cli = till
    code, out, err = cli("sell", "--user", "kasir", "--item", "MIE-GRGx2", "--pay", "qris=7000")
    assert code == 0, err
    no = next(w for w in out.split() if w.startswith("PJ-"))
    assert "MENUNGGU QRIS" in out and "Rp7.000" in out and f"kopdes qris confirm {no} REF" in out
    assert f"kopdes qris cancel {no}" in out

    refused(cli("qris", "cancel", no, "--reason", "  ", "--user", "kasir"), "alasan")
    refused(cli("qris", "cancel", no, "--reason", "batal", pin=None), "--user")
    got = cli.json("qris", "cancel", no, "--reason", "pembayaran tidak masuk", "--user", "kasir")
    assert got == {"sale_no": no, "status": "cancelled", "total_rp": 7_000, "reason": "pembayaran tidak masuk"}
    assert cli.json("sale", "show", no)["status"] == "cancelled"
    assert ours(cli, no) == []
    refused(cli("qris", "cancel", no, "--reason", "lagi", "--user", "kasir"), "sudah dibatalkan")
    refused(cli("qris", "confirm", no, "123456789012", "--user", "kasir"), "sudah dibatalkan")
    assert cli.json("shift", "close", "--user", "kasir", "--counted", "200000")["status"] == "closed"


def test_pending_json_is_a_list_even_when_empty(till):
    rows = till.json("qris", "pending", "--till", "KASIR-9")
    assert rows == []
    code, out, _ = till("qris", "pending", "--till", "KASIR-9")
    assert code == 0 and "Tidak ada" in out
