"""Counting the drawer by denomination, and the cashier's quick-tender buttons."""

import pytest
from hypothesis import given, strategies as st

from app.domain.cash import DENOMINATIONS, count_total, quick_tenders
from app.domain.errors import DomainError


def test_count_total_adds_notes_and_coins():
    assert count_total({100_000: 3, 50_000: 1, 20_000: 2, 500: 4, 100: 7}) == 392_700
    assert count_total({}) == 0
    assert count_total({1_000: 0, 200: 0}) == 0
    assert count_total({d: 1 for d in DENOMINATIONS}) == 188_800
    assert count_total({100: 100_000}) == 10_000_000  # the largest count allowed


def test_denominations_are_the_rupiah_in_circulation():
    assert set(DENOMINATIONS) == {100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100}


@pytest.mark.parametrize("denom", [75_000, 25_000, 1, 0, -1_000, 50, 1_000_000])
def test_unknown_denomination_is_refused(denom):
    with pytest.raises(DomainError) as err:
        count_total({10_000: 1, denom: 1})
    assert err.value.code == "bad_denomination"
    assert f"Rp{denom}" in err.value.message


@pytest.mark.parametrize("n", [-1, -100, 2.5, 1.0, "3", None, True, False, 100_001])
def test_bad_counts_are_refused(n):
    with pytest.raises(DomainError) as err:
        count_total({5_000: n})
    assert err.value.code == "bad_count"
    assert "Rp5000" in err.value.message


@given(st.dictionaries(st.sampled_from(DENOMINATIONS), st.integers(min_value=0, max_value=100_000)))
def test_count_total_is_the_sum_of_the_piles(counts):
    total = count_total(counts)
    assert total == sum(d * n for d, n in counts.items())
    assert total % 100 == 0 and total >= 0


@pytest.mark.parametrize("total, buttons", [
    (37_500, [37_500, 40_000, 50_000, 100_000]),
    (100_000, [100_000]),
    (20_000, [20_000, 50_000, 100_000]),
    (50_000, [50_000, 60_000, 100_000]),
    (90_000, [90_000, 100_000]),
    (1_000, [1_000, 20_000, 50_000, 100_000]),
    (150_000, [150_000, 160_000, 200_000]),
    (200_000, [200_000]),
    (0, []),  # nothing to pay, no buttons
])
def test_quick_tenders(total, buttons):
    assert quick_tenders(total) == buttons


@given(st.integers(min_value=1, max_value=10**9))
def test_quick_tenders_cover_the_total_with_common_notes(total):
    options = quick_tenders(total)
    assert options[0] == total
    assert len(options) == len(set(options))
    for amount in options[1:]:
        assert amount > total
        assert any(amount % note == 0 and amount - note < total for note in (20_000, 50_000, 100_000))
    # the smallest amount of each note that covers the total is always offered
    for note in (20_000, 50_000, 100_000):
        assert -(-total // note) * note in options
