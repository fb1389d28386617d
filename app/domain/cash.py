"""Cash counting at shift close, by denomination."""

from __future__ import annotations

from app.domain.errors import DomainError

# Rupiah notes and coins in circulation.
DENOMINATIONS = (100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100)


def count_total(counts: dict[int, int]) -> int:
    total = 0
    for denom, n in counts.items():
        if isinstance(denom, bool) or not isinstance(denom, int) or denom not in DENOMINATIONS:
            raise DomainError("bad_denomination", f"Pecahan Rp{denom} tidak dikenal.")
        if isinstance(n, bool) or not isinstance(n, int) or n < 0 or n > 100_000:
            raise DomainError("bad_count", f"Jumlah lembar/keping pecahan Rp{denom} tidak sah.")
        total += denom * n
    return total


def quick_tenders(total_rp: int) -> list[int]:
    """Buttons for the cashier: exact money, then the common notes that cover the total."""
    if total_rp <= 0:
        return []
    extras = {-(-total_rp // note) * note for note in (20_000, 50_000, 100_000)}  # round up to the note
    return [total_rp] + sorted(a for a in extras if a > total_rp)
