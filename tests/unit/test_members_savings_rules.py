"""Pure rules of members and savings: the registration form, member numbers, what may be
deposited or withdrawn, wajib arrears and jasa."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import DomainError
from app.domain.members import MemberForm, check_exit, check_form, check_pattern, member_number, normalise_phone
from app.domain.savings import (SavingsRules, SavingsType, check_deposit, check_withdrawal, jasa_for_month,
                                month_end, parse_month, wajib_status)

TODAY = date(2026, 11, 23)


def test_form_takes_birth_date_and_gender_from_the_nik_and_normalises():
    f = check_form(MemberForm(" rina   marlina ", "3203 0145 0890 0003", None, " Kp.  Sukamaju ", rt="3", rw="05",
                              phone="+62 812-3456-7890"), today=TODAY)
    assert (f.name, f.nik, f.birth_date, f.gender) == ("rina marlina", "3203014508900003", date(1990, 8, 5), "P")
    assert (f.rt, f.rw, f.phone, f.address, f.join_date) == ("003", "005", "081234567890", "Kp. Sukamaju", TODAY)


def test_form_lists_every_problem_at_once():
    with pytest.raises(DomainError) as e:
        check_form(MemberForm("", "3203010508900004", date(1990, 8, 6), "", gender="P", rt="1a", phone="555"),
                   today=TODAY)
    details = " | ".join(e.value.details)
    for words in ("Nama wajib", "Tanggal lahir 06-08-1990 tidak cocok", "perempuan tidak cocok", "Alamat wajib",
                  "RT harus angka", "Nomor HP"):
        assert words in details


def test_form_refuses_bad_photos():
    with pytest.raises(DomainError, match="JPEG atau PNG"):
        check_form(MemberForm("A", "3203014508900003", None, "x", photo=b"GIF89a..."), today=TODAY)
    with pytest.raises(DomainError, match="terlalu besar"):
        check_form(MemberForm("A", "3203014508900003", None, "x", photo=b"\xff\xd8" + b"0" * 600_000), today=TODAY)


@pytest.mark.parametrize("text", ["081234567", "6281234567890", "0812 3456 7890"])
def test_phone_numbers_accepted(text):
    assert normalise_phone(text).startswith("08")


@pytest.mark.parametrize("pattern,seq,expected", [
    ("A{seq:05}", 7, "A00007"), ("KDMP-{YYYY}-{seq:04}", 12, "KDMP-2026-0012"), ("{YY}{MM}.{seq}", 3, "2611.3"),
    ("agt/{seq:03}", 1, "AGT/001"),
])
def test_member_numbers_follow_the_pattern(pattern, seq, expected):
    assert check_pattern(pattern) is None
    assert member_number(pattern, seq, TODAY) == expected


@pytest.mark.parametrize("pattern", ["A", "{seq}{seq}", "A{nama}{seq}", "A {seq}", "x" * 31])
def test_bad_patterns_say_why(pattern):
    assert check_pattern(pattern)


def test_exit_needs_reason_and_a_sane_date():
    assert check_exit("meninggal", TODAY, "  wafat ", date(2020, 1, 1), TODAY) == "wafat"
    for status, on, reason in (("pindah", TODAY, "x"), ("keluar", date(2027, 1, 1), "x"), ("keluar", TODAY, " "),
                               ("keluar", date(2019, 1, 1), "x")):
        with pytest.raises(DomainError):
            check_exit(status, on, reason, date(2020, 1, 1), TODAY)


RULES = SavingsRules(pokok_rp=100_000, wajib_rp=20_000, sukarela_min_rp=10_000)


def test_deposit_and_withdrawal_rules():
    check_deposit(SavingsType.POKOK, 60_000, 40_000, RULES, True)
    with pytest.raises(DomainError, match="sisa yang boleh disetor Rp40.000"):
        check_deposit(SavingsType.POKOK, 60_001, 60_000, RULES, True)
    with pytest.raises(DomainError, match="tidak aktif"):
        check_deposit(SavingsType.SUKARELA, 1, 0, RULES, False)
    check_withdrawal(SavingsType.SUKARELA, 40_000, 50_000, RULES)
    with pytest.raises(DomainError, match="saldo minimum Rp10.000"):
        check_withdrawal(SavingsType.SUKARELA, 40_001, 50_000, RULES)
    with pytest.raises(DomainError, match="saat keluar"):
        check_withdrawal(SavingsType.WAJIB, 1, 50_000, RULES)


def test_accounts_follow_the_classification():
    assert [RULES.account(t) for t in SavingsType] == ["3101", "3102", "2102"]
    liab = SavingsRules(pokok_liability=True, wajib_liability=True)
    assert [liab.account(t) for t in SavingsType] == ["2103", "2104", "2102"]


def test_wajib_due_from_the_join_month():
    s = wajib_status(date(2026, 8, 31), 2026, 11, 40_000, RULES)
    assert (s.months_due, s.months_paid, s.months_owed, s.owed_rp, s.advance_rp) == (4, 2, 2, 40_000, 0)
    ahead = wajib_status(date(2026, 11, 1), 2026, 11, 60_000, RULES)
    assert (ahead.months_owed, ahead.advance_rp) == (0, 40_000)
    before_joining = wajib_status(date(2026, 12, 1), 2026, 11, 0, RULES)
    assert before_joining.months_due == 0 and before_joining.owed_rp == 0
    quarterly = wajib_status(date(2026, 1, 15), 2026, 11, 0, SavingsRules(wajib_rp=60_000, wajib_period_months=3))
    assert quarterly.months_due == 4 and quarterly.owed_rp == 240_000  # Jan, Apr, Jul, Oct
    exited = wajib_status(date(2026, 1, 1), 2026, 11, 0, RULES, until=date(2026, 3, 10))
    assert exited.months_due == 3


@given(st.integers(0, 10**10), st.integers(0, 2_400))
def test_jasa_is_half_up_of_the_exact_monthly_share(balance, bp):
    got = jasa_for_month(balance, SavingsRules(jasa_annual_bp=bp))
    exact = balance * bp / 120_000
    assert abs(got - exact) <= 0.5 and got >= 0


def test_months():
    assert parse_month("2026-02") == (2026, 2) and month_end(2028, 2) == date(2028, 2, 29)
    assert month_end(2026, 12) == date(2026, 12, 31)
    for bad in ("2026-13", "2026/01", "", "abc"):
        with pytest.raises(DomainError, match="YYYY-MM"):
            parse_month(bad)
