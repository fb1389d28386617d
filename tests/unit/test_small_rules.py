from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, strategies as st

from app.domain import fmt
from app.domain.audit import GENESIS_HASH, AuditRecord, canonical_detail, record_hash, verify_chain
from app.domain.auth import (Actor, LockoutPolicy, LoginState, Permission, Role, after_failed_login,
                             credential_problem, normalise_username, parse_roles)
from app.domain.clock import zone
from app.domain.cooperative import CooperativeProfile, profile_problems
from app.domain.errors import DomainError, PermissionDenied
from app.domain.numbering import doc_number
from app.domain.periods import month_bounds, parse_month


def test_rupiah_formatting():
    assert fmt.rupiah(12_500) == "Rp12.500"
    assert fmt.rupiah(0) == "Rp0"
    assert fmt.rupiah(-3_000) == "-Rp3.000"
    assert fmt.rupiah(1_234_567_890) == "Rp1.234.567.890"
    with pytest.raises(TypeError):
        fmt.rupiah(12.5)


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_parse_rupiah_round_trips(n):
    assert fmt.parse_rupiah(fmt.rupiah(n)) == n


@pytest.mark.parametrize("bad", ["", "12,5", "abc", "1.2a", "Rp", "2.5", "1.2345", "12.50", ".500", "1..000",
                                 "1234.567", "١٢"])
def test_parse_rupiah_refuses_non_integers(bad):
    with pytest.raises(ValueError):
        fmt.parse_rupiah(bad)


def test_dates_in_indonesian_and_outlet_zone():
    assert fmt.day(date(2026, 11, 23)) == "23 Nov 2026"
    assert fmt.day(date(2026, 8, 17)) == "17 Agu 2026"
    at = datetime(2026, 11, 23, 17, 30, tzinfo=timezone.utc)
    assert fmt.local_datetime(at, zone("WIB")) == "24 Nov 2026 00:30 WIB"
    assert fmt.local_datetime(at, zone("wit")) == "24 Nov 2026 02:30 WIT"
    assert zone("WITA").local_date(at) == date(2026, 11, 24)
    with pytest.raises(DomainError):
        zone("CET")


def test_doc_numbers_and_months():
    assert doc_number("JU", date(2026, 11, 23), 42) == "JU-20261123-0042"
    assert doc_number("JU", date(2026, 11, 23), 12345) == "JU-20261123-12345"
    assert month_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert month_bounds("2026-12") == (date(2026, 12, 1), date(2026, 12, 31))
    for bad in ("2026-13", "2026-1", "26-01", "abcd-ef"):
        with pytest.raises(DomainError):
            parse_month(bad)


@pytest.mark.parametrize("secret, ok", [
    ("123456", True), ("482913", True), ("12345", False), ("111111", False), ("000000", False),
    ("kata-sandi-panjang", True), ("pendek", False), (" 482913", False), ("", False),
])
def test_credential_policy(secret, ok):
    assert (credential_problem(secret) is None) == ok


def test_usernames_and_roles():
    assert normalise_username("  Kasir2 ") == "kasir2"
    for bad in ("a", "x" * 33, "siti rahayu", "kasir!"):
        with pytest.raises(DomainError):
            normalise_username(bad)
    assert parse_roles(["kasir", "Pengurus"]) == {Role.KASIR, Role.PENGURUS}
    with pytest.raises(DomainError):
        parse_roles(["ketua"])
    with pytest.raises(DomainError):
        parse_roles([])


def test_actor_permissions_union_of_roles():
    both = Actor(1, "budi", "Budi", frozenset({Role.KASIR, Role.BENDAHARA}))
    assert both.can(Permission.JOURNAL_POST)
    kasir = Actor(2, "siti", "Siti", frozenset({Role.KASIR}))
    with pytest.raises(PermissionDenied) as err:
        kasir.require(Permission.JOURNAL_POST)
    assert "tidak berwenang membuat jurnal" in err.value.message
    pengawas = Actor(3, "ahmad", "Ahmad", frozenset({Role.PENGAWAS}))
    assert pengawas.can(Permission.AUDIT_VIEW) and not pengawas.can(Permission.JOURNAL_REVERSE)


def test_lockout_after_max_attempts_and_reset_after_expiry():
    policy = LockoutPolicy(max_attempts=5, lock_minutes=5)
    now = datetime(2026, 11, 23, 3, 0, tzinfo=timezone.utc)
    state = LoginState(0, None)
    for i in range(4):
        state = after_failed_login(state, now, policy)
        assert state.failed_attempts == i + 1 and not state.locked_at(now)
    state = after_failed_login(state, now, policy)
    assert state.locked_at(now) and state.locked_until == now + timedelta(minutes=5)
    later = now + timedelta(minutes=6)
    assert not state.locked_at(later)
    assert after_failed_login(state, later, policy).failed_attempts == 1


def _chain(n):
    recs, prev = [], GENESIS_HASH
    at = datetime(2026, 11, 23, tzinfo=timezone.utc)
    for seq in range(1, n + 1):
        detail = canonical_detail({"i": seq})
        h = record_hash(prev, seq, at, "admin", "login", "admin", detail)
        recs.append(AuditRecord(seq, at, "admin", "login", "admin", detail, prev, h))
        prev = h
    return recs


def test_audit_chain_detects_edit_removal_and_reorder():
    from dataclasses import replace
    recs = _chain(6)
    assert verify_chain(recs).ok
    edited = list(recs)
    edited[2] = replace(edited[2], username="mallory")
    v = verify_chain(edited)
    assert not v.ok and v.first_broken_seq == 3
    assert verify_chain(recs[:3] + recs[4:]).first_broken_seq == 5
    swapped = recs[:2] + [recs[3], recs[2]] + recs[4:]
    assert not verify_chain(swapped).ok


def test_profile_validation():
    good = CooperativeProfile("Kopdes Maju", "1234567890123", "AHU-1", "Jl. A", "Desa", "Kec", "Kab", "Prov")
    assert profile_problems(good) == []
    bad = CooperativeProfile("", "12345", "", "Jl. A", "Desa", "Kec", "Kab", "Prov", timezone="CET", phone="abc")
    problems = profile_problems(bad)
    assert "Nama koperasi wajib diisi." in problems
    assert "NIB harus 13 angka." in problems
    assert any("Zona waktu" in p for p in problems) and any("telepon" in p for p in problems)
