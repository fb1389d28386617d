"""The outlet's sync rules: which months a package covers, the settings' checks, NIKs kept out."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from app.domain.errors import DomainError
from app.domain.sync_outlet import (bucket_key, business_units_problem, csv_bytes, kode_wilayah_problem, member_key,
                                    month_period, npl_pct, partnerships_problem, scrub, since_last_period)


def test_a_month_must_be_over():
    assert month_period("2026-10", date(2026, 11, 1)).end == date(2026, 10, 31)
    for text, today, code in (("2026-10", date(2026, 10, 31), "period_not_over"),
                              ("2026-12", date(2026, 11, 23), "period_not_over"), ("10-2026", date(2026, 11, 1),
                                                                                  "bad_month")):
        with pytest.raises(DomainError) as err:
            month_period(text, today)
        assert err.value.code == code


def test_since_last_runs_from_the_month_after_the_last_export_to_last_month():
    p = since_last_period("2026-08", "2025-07", date(2026, 11, 23))
    assert (p.first, p.last, p.kind, p.start, p.end) == ("2026-09", "2026-10", "since_last", date(2026, 9, 1),
                                                         date(2026, 10, 31))
    assert (since_last_period(None, "2025-07", date(2026, 1, 5)).first,
            since_last_period("2025-11", "2025-07", date(2026, 1, 5)).last) == ("2025-07", "2025-12")
    with pytest.raises(DomainError) as err:
        since_last_period("2026-10", "2025-07", date(2026, 11, 30))
    assert err.value.code == "nothing_to_export"


def test_settings_checks():
    assert kode_wilayah_problem("") is None and kode_wilayah_problem("3203012001") is None
    assert kode_wilayah_problem("32.03.01.2001") and kode_wilayah_problem(3203012001)
    assert business_units_problem(["sembako", "brilink"]) is None
    assert business_units_problem(["warung"]) and business_units_problem(["lpg", "lpg"])
    assert partnerships_problem([{"kind": "brilink", "partner": "BRI", "since": "2025-09-01"}]) is None
    assert partnerships_problem([{"kind": "brilink", "partner": "BRI", "since": "kemarin"}])
    assert partnerships_problem([{"kind": "brilink", "partner": " "}])


@given(st.text(alphabet="0123456789", min_size=16, max_size=16), st.text(max_size=20), st.text(max_size=20))
def test_no_sixteen_digits_survive_scrub(nik, before, after):
    out = scrub(f"{before}{nik}{after}")
    assert nik not in out and len(out) == len(before) + 16 + len(after)


def test_member_key_is_a_keyed_hash_and_numbers_round_half_up():
    a, b = member_key(b"s" * 32, "3203014505900001"), member_key(b"t" * 32, "3203014505900001")
    assert len(a) == 64 and a != b and member_key(b"s" * 32, None) == ""
    assert (npl_pct(897, 10_000), npl_pct(1, 200_000), npl_pct(0, 0)) == ("8.97", "0.00", "0.00")
    assert npl_pct(1, 8) == "12.50" and npl_pct(1, 3) == "33.33" and npl_pct(2, 3) == "66.67"
    assert [bucket_key(c) for c in (1, 2, 3, 4, 5, 6)] == ["lancar", "dpk", "kurang_lancar", "diragukan", "macet",
                                                           "macet"]
    assert csv_bytes(("a", "b"), [(1, None), ("x,y", "é")]) == 'a,b\n1,\n"x,y",é\n'.encode()
