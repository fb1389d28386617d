"""Barcodes (GS1 check digits, internal codes) and the NIK an LPG sale records."""

from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings, strategies as st

from app.domain.barcode import check_digit, make_ean13, normalise_barcode
from app.domain.errors import DomainError
from app.domain.nik import PROVINCES, mask_nik, parse_nik

# --- barcodes ---------------------------------------------------------------

# Published examples: EAN-13 (GS1 / Wikipedia), an Indonesian-prefix EAN-13,
# EAN-8 and UPC-A (Wikipedia).
GOOD_GS1 = ["4006381333931", "8886008101053", "8992761111113", "96385074", "036000291452", "12345670"]


def gs1_check_from_left(body: str) -> int:
    """Independent oracle: GS1 weights counted from the left. The digit next to the
    check digit always weighs 3, so the first digit weighs 3 for odd-length bodies
    (EAN-8, UPC-A) and 1 for even-length ones (EAN-13)."""
    first = 3 if len(body) % 2 else 1
    total = sum(int(d) * (first if i % 2 == 0 else 4 - first) for i, d in enumerate(body))
    return -total % 10


@pytest.mark.parametrize("code", GOOD_GS1)
def test_published_gs1_codes_are_accepted_unchanged(code):
    assert normalise_barcode(code) == code
    assert check_digit(code[:-1]) == int(code[-1]) == gs1_check_from_left(code[:-1])


@pytest.mark.parametrize("code", GOOD_GS1)
def test_every_wrong_check_digit_is_refused_naming_the_right_one(code):
    right = int(code[-1])
    for wrong in set(range(10)) - {right}:
        with pytest.raises(DomainError) as err:
            normalise_barcode(code[:-1] + str(wrong))
        assert err.value.code == "bad_barcode"
        assert f"seharusnya {right}" in err.value.message


def test_scanner_noise_is_normalised():
    assert normalise_barcode("  4006 3813 3393 1\n") == "4006381333931"
    assert normalise_barcode("\t96385074 ") == "96385074"


@pytest.mark.parametrize("raw, stored", [
    ("BRS-5KG", "BRS-5KG"),
    ("LPG3-REFILL", "LPG3-REFILL"),
    ("lpg3-baru", "LPG3-BARU"),
    ("gula_1kg", "GULA_1KG"),
    ("MINYAK.2L", "MINYAK.2L"),
    (" brs 5kg ", "BRS5KG"),  # spaces are squeezed out, not refused
    ("ABC", "ABC"),  # shortest internal code
    ("A" * 32, "A" * 32),  # longest
    ("123456789", "123456789"),  # 9 digits is not a GS1 length: an internal number
    ("1234567", "1234567"),
    ("0" * 14, "0" * 14),
])
def test_internal_codes_are_accepted_in_upper_case(raw, stored):
    assert normalise_barcode(raw) == stored


@pytest.mark.parametrize("raw", [
    "", "   ", "AB", "A" * 33, "-BRS", ".BRS", "_BRS", "BRS/5KG", "BRS#1", "BERAS@5", "BRS+5",
    "ÄPFEL", "BRS\t5KG", "BRS,5KG", "12345678", "036000291453",
])
def test_bad_codes_are_refused(raw):
    with pytest.raises(DomainError) as err:
        normalise_barcode(raw)
    assert err.value.code == "bad_barcode"


digits12 = st.text(alphabet="0123456789", min_size=12, max_size=12)


@settings(max_examples=100)
@given(digits12)
def test_make_ean13_round_trips(body):
    code = make_ean13(body)
    assert len(code) == 13 and code[:12] == body
    assert int(code[12]) == gs1_check_from_left(body)
    assert normalise_barcode(code) == code


@settings(max_examples=150)
@given(digits12, st.integers(min_value=0, max_value=12), st.integers(min_value=1, max_value=9))
def test_any_single_wrong_digit_is_caught(body, position, shift):
    code = make_ean13(body)
    changed = code[:position] + str((int(code[position]) + shift) % 10) + code[position + 1:]
    with pytest.raises(DomainError) as err:
        normalise_barcode(changed)
    assert err.value.code == "bad_barcode"


@pytest.mark.parametrize("body", ["12345678901", "1234567890123", "12345678901A", ""])
def test_make_ean13_needs_twelve_digits(body):
    with pytest.raises(ValueError):
        make_ean13(body)


# --- NIK --------------------------------------------------------------------

TODAY = date(2026, 11, 23)


def nik(province=32, regency=1, district=1, born=date(1990, 1, 15), female=False, serial=1):
    dd = born.day + (40 if female else 0)
    return f"{province:02d}{regency:02d}{district:02d}{dd:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def test_male_nik_is_parsed():
    info = parse_nik("3201011501900001", today=TODAY)
    assert (info.nik, info.province, info.regency, info.district) == ("3201011501900001", "32", "3201", "320101")
    assert info.birth_date == date(1990, 1, 15)
    assert info.female is False


def test_female_nik_adds_forty_to_the_day():
    info = parse_nik("3374055508950002", today=TODAY)
    assert info.birth_date == date(1995, 8, 15)
    assert info.female is True
    # the earliest and latest female days
    assert parse_nik(nik(born=date(1980, 3, 1), female=True), today=TODAY).birth_date == date(1980, 3, 1)
    assert parse_nik("3201017103800001", today=TODAY).birth_date == date(1980, 3, 31)
    assert parse_nik("3201017103800001", today=TODAY).female


def test_leap_day_is_accepted_only_in_leap_years():
    assert parse_nik("3201016902920001", today=TODAY).birth_date == date(1992, 2, 29)
    assert parse_nik("3201012902000001", today=TODAY).birth_date == date(2000, 2, 29)
    for bad in ("3201016902910001", "3201012902990001"):  # 29 Feb 1991, 29 Feb 1999
        with pytest.raises(DomainError, match="tidak mungkin"):
            parse_nik(bad, today=TODAY)


def test_two_digit_year_is_the_latest_year_not_after_today():
    assert parse_nik("3201010101100001", today=TODAY).birth_date == date(2010, 1, 1)
    assert parse_nik("3201010101100001", today=date(2009, 12, 31)).birth_date == date(1910, 1, 1)
    assert parse_nik("3201012311260001", today=TODAY).birth_date == date(2026, 11, 23)  # born today
    assert parse_nik("3201010101270001", today=TODAY).birth_date == date(1927, 1, 1)
    assert parse_nik("3201010101260001", today=date(2025, 12, 31)).birth_date == date(1926, 1, 1)


def test_a_birth_date_after_today_reads_as_the_previous_century():
    assert parse_nik("3201012411260001", today=TODAY).birth_date == date(1926, 11, 24)  # not tomorrow
    girl = parse_nik("3201016412260001", today=TODAY)
    assert girl.birth_date == date(1926, 12, 24) and girl.female


@pytest.mark.parametrize("province", ["00", "10", "20", "22", "30", "37", "50", "54", "60", "66", "80", "90",
                                      "98", "99"])
def test_unknown_province_is_refused(province):
    with pytest.raises(DomainError, match=f"kode provinsi {province}") as err:
        parse_nik(province + "01011501900001", today=TODAY)
    assert err.value.code == "bad_nik"


@pytest.mark.parametrize("province", sorted(PROVINCES))
def test_every_known_province_is_accepted(province):
    assert parse_nik(nik(province=province), today=TODAY).province == f"{province:02d}"


def test_the_papua_provinces_of_2022_are_known():
    assert {11, 31, 51, 94, 95, 96, 97} <= PROVINCES
    assert len(PROVINCES) == 39


@pytest.mark.parametrize("text", ["3200011501900001", "3201001501900001", "3200001501900001"])
def test_regency_or_district_00_is_refused(text):
    with pytest.raises(DomainError, match="kabupaten/kecamatan"):
        parse_nik(text, today=TODAY)


@pytest.mark.parametrize("text", [
    "3201013102900001",  # 31 Feb
    "3201013104900001",  # 31 Apr
    "3201011513900001",  # month 13
    "3201011500900001",  # month 00
    "3201010001900001",  # day 00
    "3201013201900001",  # day 32
    "3201014001900001",  # day 40 (neither a man's nor a woman's day)
    "3201017201900001",  # a woman's day 72 = 32
    "3201017102900001",  # a woman's 31 Feb
    "3201019901900001",
])
def test_impossible_birth_dates_are_refused(text):
    with pytest.raises(DomainError, match="tidak mungkin") as err:
        parse_nik(text, today=TODAY)
    assert err.value.code == "bad_nik"


def test_serial_0000_is_refused():
    with pytest.raises(DomainError, match="nomor urut"):
        parse_nik("3201011501900000", today=TODAY)
    assert parse_nik("3201011501909999", today=TODAY).nik.endswith("9999")


@pytest.mark.parametrize("text", [
    "", "320101150190001", "32010115019000012", "32010115019000A1", "3201-0115-0190-0001",
    "3201011501900001x", "+201011501900001", "-201011501900001", "32010115019000.1\n2",
])
def test_non_digits_and_wrong_length_are_refused(text):
    with pytest.raises(DomainError, match="16 angka"):
        parse_nik(text, today=TODAY)


def test_spaces_and_dots_typed_between_groups_are_ignored():
    assert parse_nik(" 3201 0115 0190 0001 ", today=TODAY).nik == "3201011501900001"
    assert parse_nik("32.01.01.150190.0001", today=TODAY).nik == "3201011501900001"


def test_mask_keeps_region_and_last_four():
    assert mask_nik("3201011501900001") == "3201********0001"
    assert mask_nik(" 3374055508950002 ") == "3374********0002"
    assert mask_nik("12345") == "*****"
    assert mask_nik("") == ""


@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_mask_never_shows_the_birth_date_or_district(text):
    masked = mask_nik(text)
    assert len(masked) == 16
    assert masked[4:12] == "*" * 8
    assert masked[:4] == text[:4] and masked[12:] == text[12:]


@given(st.text(min_size=0, max_size=40).filter(lambda t: len(t.strip()) != 16))
def test_mask_hides_everything_that_is_not_a_nik(text):
    assert set(mask_nik(text)) <= {"*"}


@st.composite
def valid_niks(draw):
    today = draw(st.dates(min_value=date(2001, 1, 1), max_value=date(2090, 12, 31)))
    # every birth date whose two-digit year cannot be read as a later century
    born = draw(st.dates(min_value=date(today.year - 99, 1, 1), max_value=today))
    female = draw(st.booleans())
    text = nik(province=draw(st.sampled_from(sorted(PROVINCES))), regency=draw(st.integers(1, 99)),
               district=draw(st.integers(1, 99)), born=born, female=female, serial=draw(st.integers(1, 9999)))
    return text, today, born, female


@settings(max_examples=150)
@given(valid_niks())
def test_any_valid_nik_parses_back_to_its_birth_date_and_gender(case):
    text, today, born, female = case
    info = parse_nik(text, today=today)
    assert info.birth_date == born
    assert info.female is female
    assert info.nik == text and info.district == text[:6]
    assert mask_nik(info.nik)[4:12] == "*" * 8


@settings(max_examples=100)
@given(valid_niks(), st.integers(min_value=1, max_value=400))
def test_a_date_after_today_reads_as_the_previous_century(case, days):
    text, today, born, female = case
    later = min(today + timedelta(days=days), date(today.year, 12, 31))
    assume(later > today)
    try:
        expected = later.replace(year=later.year - 100)
    except ValueError:  # 29 Feb of a year whose previous century has none
        with pytest.raises(DomainError):
            parse_nik(nik(born=later, female=female), today=today)
        return
    assert parse_nik(nik(born=later, female=female), today=today).birth_date == expected


