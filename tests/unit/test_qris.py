"""QRIS payloads: the TLV codec and its CRC, checking an outlet's static QRIS, and the
dynamic QRIS of a sale. The CRC oracle is the standard library's `binascii.crc_hqx`
(CRC-CCITT, poly 0x1021, not reflected), started at 0xFFFF: that is CRC-16/CCITT-FALSE."""

from __future__ import annotations

import binascii

import pytest
from hypothesis import given, settings, strategies as st

from app.domain.errors import DomainError
from app.domain.qris import (
    MERCHANT_SIZES, TEMPLATE_IDS, Tag, build_static, check_static, crc_hex, parse,
    parse_tags, serialize, to_dynamic, with_crc,
)

# Published samples (REFERENCE.md): the DANA static sample of the qris-dinamis project
# and a Malaysian DuitNow sample whose CRC has a leading zero.
DANA = ("00020101021126570011ID.DANA.WWW011893600915302259148102090225914810303UMI"
        "51440014ID.CO.QRIS.WWW0215ID10200176114730303UMI5204581253033605802ID"
        "5922Warung Sayur Bu Sugeng6010Kab. Demak610559567630458C7")
MALAYSIA = ("00020201021126580014A000000615000101065887340212MBBQR1666987031000000000"
            "005204581253034585802MY5908TAKOYAKI6006PAHANG630400D7")
DANA_BODY = DANA[:-8]  # without "630458C7"


def oracle_crc(text: str) -> str:
    return f"{binascii.crc_hqx(text.encode('utf-8'), 0xFFFF):04X}"


def sign(body: str) -> str:
    """A payload body (without 63) completed with "6304" and its CRC, by the oracle."""
    return body + "6304" + oracle_crc(body + "6304")


def refused(code: str, fn, *args, **kwargs) -> str:
    with pytest.raises(DomainError) as e:
        fn(*args, **kwargs)
    assert e.value.code == code, (e.value.code, e.value.message)
    return e.value.message


# --- CRC ----------------------------------------------------------------------------

def test_crc_check_value_of_ccitt_false():
    assert crc_hex("123456789") == "29B1"  # the catalogue's check value of CRC-16/CCITT-FALSE


@given(st.text(max_size=300))
def test_crc_is_ccitt_false_over_utf8_bytes_four_uppercase_digits(text):
    assert crc_hex(text) == oracle_crc(text)
    assert len(crc_hex(text)) == 4 and crc_hex(text) == crc_hex(text).upper()


def test_crc_keeps_leading_zeros():
    assert parse(MALAYSIA).crc == parse(MALAYSIA).crc_expected == "00D7"
    small = next(p for p in (build_static(f"Toko {i}", "Demak", "ID1026000000001") for i in range(500))
                 if int(p[-4:], 16) < 0x1000)
    assert small[-4] == "0" and check_static(small).crc == small[-4:]


# --- the published samples ------------------------------------------------------------

def test_dana_sample_parses_with_its_crc():
    p = parse(DANA)
    assert (p.crc, p.crc_expected, p.crc_ok) == ("58C7", "58C7", True)
    assert p.is_qris and not p.dynamic and p.amount_rp is None
    assert (p.merchant_name, p.merchant_city, p.postal_code) == ("Warung Sayur Bu Sugeng", "Kab. Demak", "59567")
    assert (p.nmid, p.mcc, p.currency, p.country, p.acquirer) == ("ID1020017611473", "5812", "360", "ID", "DANA")
    assert p.tags == {
        "00": "01", "01": "11",
        "26": {"00": "ID.DANA.WWW", "01": "936009153022591481", "02": "022591481", "03": "UMI"},
        "51": {"00": "ID.CO.QRIS.WWW", "02": "ID1020017611473", "03": "UMI"},
        "52": "5812", "53": "360", "58": "ID", "59": "Warung Sayur Bu Sugeng", "60": "Kab. Demak",
        "61": "59567", "63": "58C7",
    }
    assert serialize(p.tlv) == DANA


def test_dana_sample_is_a_usable_static_qris():
    s = check_static(DANA)
    assert (s.merchant_name, s.city, s.postal_code) == ("Warung Sayur Bu Sugeng", "Kab. Demak", "59567")
    assert (s.nmid, s.merchant_size, s.merchant_size_label, s.mcc) == ("ID1020017611473", "UMI", "Usaha Mikro", "5812")
    assert (s.acquirer, s.acquirer_guid, s.acquirer_nns) == ("DANA", "ID.DANA.WWW", "93600915")
    assert (s.is_dynamic, s.crc, s.payload) == (False, "58C7", DANA)


def test_malaysian_sample_parses_but_is_not_qris():
    p = parse(MALAYSIA)
    assert p.crc_ok and not p.is_qris and p.nmid is None
    assert (p.country, p.currency, p.merchant_name, p.merchant_city) == ("MY", "458", "TAKOYAKI", "PAHANG")
    assert p.tags["00"] == "02" and p.tags["26"]["00"] == "A0000006150001"
    assert p.acquirer == "A0000006150001"  # not in the table: shown raw
    assert "01" in refused("qris_bad_value", check_static, MALAYSIA)
    refused("qris_bad_value", to_dynamic, MALAYSIA, 1000)


def test_surrounding_whitespace_of_a_scan_is_ignored():
    assert check_static(f"  {DANA}\r\n").payload == DANA


# --- TLV round trips ------------------------------------------------------------------

chars = st.characters(blacklist_categories=("Cs",))  # any code point UTF-8 can carry
ids = st.integers(0, 99).map(lambda i: f"{i:02d}")
subtags = st.lists(st.builds(Tag, ids, st.text(chars, max_size=20)), max_size=4,
                   unique_by=lambda t: t.id)


@st.composite
def tag_lists(draw):
    out = []
    for tag_id in draw(st.lists(ids, unique=True, min_size=1, max_size=12)):
        if tag_id in TEMPLATE_IDS:
            out.append(Tag.template(tag_id, draw(subtags)))
        else:
            out.append(Tag(tag_id, draw(st.text(chars, max_size=99))))
    return tuple(out)


@given(tag_lists())
def test_parse_tags_inverts_serialize(tags):
    assert parse_tags(serialize(tags)) == tags


def test_lengths_count_characters_not_bytes():
    tags = parse_tags("5904Kopé6003Été")
    assert [t.value for t in tags] == ["Kopé", "Été"]


def test_tags_refuse_values_longer_than_99_characters_and_bad_ids():
    refused("qris_value_too_long", Tag, "59", "x" * 100)
    refused("qris_bad_tag", Tag, "5", "x")
    refused("qris_bad_tag", Tag, "٥٩", "x")  # Arabic-Indic digits are not ASCII digits
    refused("qris_duplicate_tag", Tag.template, "62", [Tag("01", "a"), Tag("01", "b")])


# --- build_static -> check_static --------------------------------------------------------

names = st.text(chars, min_size=1, max_size=25).filter(str.strip)
cities = st.text(chars, min_size=1, max_size=15).filter(str.strip)
nmids = st.text("0123456789", min_size=13, max_size=13).map(lambda d: "ID" + d)


@given(names, cities, nmids, st.sampled_from(sorted(MERCHANT_SIZES)),
       st.text("0123456789", min_size=4, max_size=4),
       st.none() | st.text("0123456789", min_size=5, max_size=5))
def test_build_static_then_check_static_round_trip(name, city, nmid, size, mcc, postal):
    payload = build_static(name, city, nmid, merchant_size=size, mcc=mcc, postal_code=postal)
    s = check_static(payload)
    assert (s.merchant_name, s.city, s.nmid, s.merchant_size, s.mcc, s.postal_code) == \
        (name, city, nmid, size, mcc, postal)
    assert s.merchant_size_label == MERCHANT_SIZES[size]
    assert s.crc == payload[-4:] == oracle_crc(payload[:-4])
    assert f"59{len(name):02d}{name}" in payload


def test_non_ascii_name_length_in_characters_crc_over_utf8():
    name = "Warung Bu Ṣiti ☕ Kopé"
    payload = build_static(name, "Sleman", "ID1026000000001")
    assert len(name.encode("utf-8")) > len(name) and f"59{len(name):02d}{name}" in payload
    assert payload[-4:] == oracle_crc(payload[:-4])
    assert check_static(payload).merchant_name == name


# --- acquirers ------------------------------------------------------------------------

@pytest.mark.parametrize("guid, pan, name", [
    ("ID.CO.BANKMANDIRI.WWW", "936000080166270016", "Bank Mandiri"),
    ("ID.CO.BRI.WWW", "936000020070082697", "BRI"),
    ("ID.CO.BNI.WWW", "936000091504491289", "BNI"),
    ("ID.CO.BCA.WWW", "936000140002057358", "BCA"),
    ("ID.CO.BANKBSI.WWW", "936004510000116701", "BSI"),
    ("ID.DANA.WWW", "936009153022591481", "DANA"),
    ("ID.CO.SHOPEE.WWW", "936009180021600523", "ShopeePay"),
    ("COM.GO-JEK.WWW", "936009143853482444", "GoPay"),
    ("ID.LINKAJA.WWW", "936009110024114800", "LinkAja"),
    ("ID.CO.UNKNOWNPAY.WWW", "936009150000000001", "DANA"),  # by the NNS
    ("ID.CO.UNKNOWNPAY.WWW", "936099990000000001", "ID.CO.UNKNOWNPAY.WWW / NNS 93609999"),
    ("ID.CO.UNKNOWNPAY.WWW", "not-a-pan", "ID.CO.UNKNOWNPAY.WWW"),
])
def test_acquirer_from_guid_or_nns_else_raw(guid, pan, name):
    s = check_static(build_static("Toko", "Demak", "ID1026000000001", acquirer_guid=guid, merchant_pan=pan))
    assert s.acquirer == name and s.acquirer_guid == guid


# --- refusals ---------------------------------------------------------------------------

def test_wrong_crc_is_refused_with_both_values_but_parse_reports_it():
    bad = DANA[:-4] + "58C8"
    assert refused("qris_bad_crc", check_static, bad).startswith("CRC salah: tertulis 58C8, seharusnya 58C7")
    refused("qris_bad_crc", to_dynamic, bad, 1000)
    p = parse(bad)
    assert not p.crc_ok and (p.crc, p.crc_expected) == ("58C8", "58C7")


def test_lowercase_crc_is_accepted_and_never_emitted():
    lower = DANA[:-4] + "58c7"
    assert parse(lower).crc_ok and check_static(lower).crc == "58C7"
    out = to_dynamic(lower, 1000)
    assert out[-4:] == out[-4:].upper() == oracle_crc(out[:-4])


def test_crc_that_is_not_hex_is_refused():
    assert "'58CZ'" in refused("qris_bad_crc", parse, DANA[:-4] + "58CZ")
    refused("qris_bad_crc", parse, DANA_BODY + "630558C70")


def test_empty_payload():
    refused("qris_empty", parse, "")
    refused("qris_empty", check_static, " \n")


def test_truncated_header_names_the_last_tag():
    cut = DANA_BODY + "63"
    assert "setelah tag 61" in refused("qris_truncated", parse, cut)
    assert "di awal" in refused("qris_truncated", parse_tags, "000")


def test_length_overrunning_the_payload_names_the_tag():
    msg = refused("qris_length_overrun", parse, "00020101021159" + "30" + "Warung Sayur")
    assert msg == "Tag 59 menyatakan panjang 30 karakter, tetapi hanya tersisa 12."
    assert "Tag 63 menyatakan panjang 4" in refused("qris_length_overrun", check_static, DANA[:-2])
    inner = "0002010102112610" + "0011ID.DANA" + "6304ABCD"
    assert "sub-tag 00 di tag 26" in refused("qris_length_overrun", parse, inner).lower()


def test_non_digit_length_and_tag_id():
    assert "tag 59" in refused("qris_bad_length", parse, DANA.replace("5922Warung", "59A2Warung"))
    refused("qris_bad_tag", parse, DANA.replace("5802ID", "X802ID"))


def test_duplicate_tags_and_sub_tags():
    body = DANA_BODY.replace("5303360", "53033605303360")
    assert "tag 53 muncul dua kali" in refused("qris_duplicate_tag", parse, sign(body))
    body = DANA_BODY.replace("51440014ID.CO.QRIS.WWW0215ID10200176114730303UMI",
                             "51630014ID.CO.QRIS.WWW0215ID10200176114730215ID10200176114730303UMI")
    assert "sub-tag 02 di tag 51" in refused("qris_duplicate_tag", parse, sign(body))


def test_00_must_come_first_and_63_last():
    swapped = sign("010211000201" + DANA_BODY[12:])
    assert "dimulai dengan tag 01" in refused("qris_order", parse, swapped)
    assert "tag 70" in refused("qris_order", parse, DANA + "70020A")
    assert "Tag 63" in refused("qris_missing_tag", parse, DANA_BODY)
    assert "Tag 00" in refused("qris_missing_tag", parse, sign(DANA_BODY[6:]))


def test_static_with_an_amount_is_refused_as_the_outlets_qris():
    with_amount = sign(DANA_BODY.replace("5303360", "5303360540510000"))
    assert "54" in refused("qris_has_amount", check_static, with_amount)
    assert parse(with_amount).amount_rp == 10000


def test_dynamic_qris_is_refused_as_the_outlets_sticker():
    assert "12" in refused("qris_dynamic", check_static, to_dynamic(DANA, 15000))
    assert "01" in refused("qris_bad_value", check_static, sign(DANA_BODY.replace("010211", "010213", 1)))
    assert "Tag 01" in refused("qris_missing_tag", check_static, sign(DANA_BODY.replace("010211", "", 1)))


QRIS_51 = "51440014ID.CO.QRIS.WWW0215ID10200176114730303UMI"


@pytest.mark.parametrize("old, new, code, words", [
    (QRIS_51, "", "qris_missing_tag", "Tag 51"),
    (QRIS_51, "51440014ID.CO.XRIS.WWW0215ID10200176114730303UMI", "qris_bad_value", "sub-tag 00 di tag 51"),
    (QRIS_51, "51250014ID.CO.QRIS.WWW0303UMI", "qris_missing_tag", "NMID"),
    (QRIS_51, "51440014ID.CO.QRIS.WWW0215XX10200176114730303UMI", "qris_bad_value", "NMID"),
    (QRIS_51, "51390014ID.CO.QRIS.WWW0210ID123456780303UMI", "qris_bad_value", "NMID"),
    (QRIS_51, "51370014ID.CO.QRIS.WWW0215ID1020017611473", "qris_missing_tag", "sub-tag 03 di tag 51"),
    (QRIS_51, "51440014ID.CO.QRIS.WWW0215ID10200176114730303XXX", "qris_bad_value", "sub-tag 03 di tag 51"),
    ("52045812", "520458A2", "qris_bad_value", "Tag 52"),
    ("52045812", "", "qris_missing_tag", "Tag 52"),
    ("5303360", "5303458", "qris_bad_value", "Tag 53"),
    ("5802ID", "5802MY", "qris_bad_value", "Tag 58"),
    ("5922Warung Sayur Bu Sugeng", "5926Warung Sayur Bu Sugeng ABC", "qris_bad_value", "Tag 59"),
    ("5922Warung Sayur Bu Sugeng", "5903   ", "qris_bad_value", "Tag 59"),
    ("5922Warung Sayur Bu Sugeng", "", "qris_missing_tag", "Tag 59"),
    ("6010Kab. Demak", "6016Kabupaten Demak.", "qris_bad_value", "Tag 60"),
    ("6010Kab. Demak", "", "qris_missing_tag", "Tag 60"),
])
def test_static_qris_refusals_name_the_tag(old, new, code, words):
    assert old in DANA_BODY
    assert words.lower() in refused(code, check_static, sign(DANA_BODY.replace(old, new))).lower()


def test_older_gpnqr_repository_guid_is_accepted():
    body = DANA_BODY.replace(QRIS_51, "51450015ID.OR.GPNQR.WWW0215ID10200176114730303UMI")
    assert check_static(sign(body)).nmid == "ID1020017611473"
    assert parse(sign(body)).is_qris


@pytest.mark.parametrize("amount, expected", [("10000", 10000), ("10000.00", 10000), ("10000.0", 10000),
                                              ("10000.", 10000), ("007", 7)])
def test_amounts_read_as_integer_rupiah(amount, expected):
    p = parse(sign(DANA_BODY.replace("5303360", f"5303360540{len(amount)}{amount}")))
    assert p.amount_rp == expected


@pytest.mark.parametrize("amount", ["10000.50", "1.5", "abc", "1,000", ".50", "-5"])
def test_amounts_with_cents_or_garbage_are_refused(amount):
    assert "tag 54" in refused("qris_bad_amount", parse,
                               sign(DANA_BODY.replace("5303360", f"5303360540{len(amount)}{amount}")))


def test_foreign_currency_amount_is_not_rupiah():
    p = parse(sign(MALAYSIA[:-8].replace("5303458", "53034585405" + "12.50")))
    assert p.amount_rp is None and p.tags["54"] == "12.50"


# --- to_dynamic ---------------------------------------------------------------------------

def test_dana_to_dynamic_exactly():
    expected = sign(DANA_BODY.replace("010211", "010212", 1).replace("5303360", "5303360540525000")
                    + "62200116PJ-20261123-0042")
    assert to_dynamic(DANA, 25000, "PJ-20261123-0042") == expected
    assert to_dynamic(DANA, 25000) == sign(DANA_BODY.replace("010211", "010212", 1)
                                           .replace("5303360", "5303360540525000"))


extra_tags = st.lists(st.sampled_from([
    Tag("55", "02"), Tag("56", "1000"), Tag("57", "5"), Tag("54", "99.00"),
    Tag.template("62", [Tag("05", "REF123"), Tag("07", "A01")]),
    Tag.template("62", [Tag("01", "OLD-BILL"), Tag("07", "K2")]),
    Tag.template("64", [Tag("00", "ID"), Tag("01", "Warung Ṣiti")]),
    Tag.template("85", [Tag("00", "COM.EXAMPLE"), Tag("01", "x")]),
    Tag("70", "RFU but kept"),
]), max_size=4, unique_by=lambda t: t.id)


@st.composite
def sources(draw):
    """Static payloads from build_static, with optional extra tags in id order."""
    base = parse_tags(build_static(draw(names), draw(cities), draw(nmids),
                                   postal_code=draw(st.none() | st.just("59567"))))[:-1]
    extra = draw(extra_tags)
    tags = sorted(base + tuple(extra), key=lambda t: t.id)
    return with_crc(tags)


bills = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=25)
amounts = st.integers(1, 9_999_999_999)


@settings(max_examples=150)
@given(sources(), amounts, st.none() | bills)
def test_to_dynamic_properties(src, amount, bill):
    out = to_dynamic(src, amount, bill)
    before, after = parse_tags(src), parse_tags(out)
    ids = [t.id for t in after]
    assert out[-4:] == oracle_crc(out[:-4]) and parse(out).crc_ok
    assert after[1] == Tag("01", "12")
    assert ids.index("54") == ids.index("53") + 1 and after[ids.index("54")].value == str(amount)
    assert parse(out).amount_rp == amount and parse(out).dynamic
    assert not {"55", "56", "57"} & set(ids) and ids[-1] == "63" and ids.count("54") == 1
    kept = {"01", "54", "55", "56", "57", "62", "63"}
    assert [t for t in after if t.id not in kept] == [t for t in before if t.id not in kept]
    old62 = next((t for t in before if t.id == "62"), None)
    new62 = next((t for t in after if t.id == "62"), None)
    if bill is None:
        assert new62 == old62
    else:
        assert new62.sub("01") == bill
        others = [s for s in new62.subtags if s.id != "01"]
        assert others == [s for s in (old62.subtags if old62 else ()) if s.id != "01"]
        assert ids[:-1] == sorted(ids[:-1])  # the sources are in id order (63 last), so is 62


@given(sources(), amounts, amounts, st.booleans(), bills, bills)
def test_to_dynamic_on_its_own_output_equals_one_step(src, first, second, with_bill, bill1, bill2):
    b1, b2 = (bill1, bill2) if with_bill else (None, None)
    assert to_dynamic(to_dynamic(src, first, b1), second, b2) == to_dynamic(src, second, b2)


def test_to_dynamic_replaces_the_bill_number_in_place_and_keeps_other_sub_tags():
    src = sign(DANA_BODY + "62240503R010703A010106OLD123")
    out = parse(to_dynamic(src, 5000, "NEW-1"))
    assert out.tags["62"] == {"05": "R01", "07": "A01", "01": "NEW-1"}
    assert [s.id for s in out.tlv[-2].subtags] == ["05", "07", "01"]


def test_to_dynamic_inserts_01_when_missing():
    out = to_dynamic(sign(DANA_BODY.replace("010211", "", 1)), 1000)
    assert out.startswith("000201010212")


@pytest.mark.parametrize("amount", [0, -1, 10_000_000_000, 1.5, 1000.0, True, "1000", None])
def test_to_dynamic_refuses_bad_amounts(amount):
    assert "Nominal" in refused("qris_bad_amount", to_dynamic, DANA, amount)


@pytest.mark.parametrize("bill", ["", "x" * 26, "Tagihan–1", "a\nb", 42])
def test_to_dynamic_refuses_bad_bill_numbers(bill):
    refused("qris_bad_bill_number", to_dynamic, DANA, 1000, bill)


def test_to_dynamic_refuses_a_bill_that_does_not_fit_62_and_an_oversized_payload():
    full62 = Tag.template("62", [Tag("05", "R" * 40), Tag("07", "T" * 40)])
    src = with_crc(list(parse_tags(DANA)[:-1]) + [full62])
    assert "tag 62" in refused("qris_bad_bill_number", to_dynamic, src, 1000, "B" * 20)
    big = [Tag.template(f"{i}", [Tag("00", "X" * 95)]) for i in range(80, 84)]
    refused("qris_too_long", to_dynamic, with_crc(list(parse_tags(DANA)[:-1]) + big), 1000)


def test_to_dynamic_needs_rupiah():
    body = DANA_BODY.replace("5303360", "")
    assert "Tag 53" in refused("qris_missing_tag", to_dynamic, sign(body), 1000)
