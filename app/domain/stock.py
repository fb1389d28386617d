"""Stock positions at moving-average cost, kept as a total value in rupiah.

Keeping the *value* (not a rounded unit cost) means every movement's cost is an
exact integer and the sum of the positions' values always equals Persediaan to the
rupiah: selling the last unit takes exactly the value that is left.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.catalogue import MILLI
from app.domain.errors import DomainError
from app.domain.pricing import line_amount, round_half_up


@dataclass(frozen=True)
class StockPosition:
    qty_milli: int
    value_rp: int
    unit_cost_rp: int  # moving average per whole unit; the fallback when stock is gone

    @staticmethod
    def empty(unit_cost_rp: int = 0) -> "StockPosition":
        return StockPosition(0, 0, unit_cost_rp)


@dataclass(frozen=True)
class Movement:
    position: StockPosition  # after the movement
    qty_milli: int  # signed: + in, - out
    value_rp: int  # signed change of stock value (= the Persediaan journal amount)
    # Part of value_rp that is not the goods themselves: when goods sold below zero (at the
    # last unit cost) are finally received at another price, the difference is a cost of
    # those sales (HPP), not stock. Negative: HPP up; positive: HPP down.
    cost_correction_rp: int = 0


def _with(qty: int, value: int, fallback_cost: int) -> StockPosition:
    cost = round_half_up(value * MILLI, qty) if qty > 0 else fallback_cost
    return StockPosition(qty, value, max(cost, 0))


def receive(pos: StockPosition, qty_milli: int, cost_rp: int) -> Movement:
    """Goods in at a total cost (a line of a supplier's delivery note)."""
    if qty_milli <= 0:
        raise DomainError("bad_qty", "Jumlah barang masuk harus lebih dari nol.")
    if cost_rp < 0:
        raise DomainError("bad_cost", "Harga beli tidak boleh negatif.")
    return _goods_in(pos, qty_milli, cost_rp)


def _goods_in(pos: StockPosition, qty_milli: int, cost_rp: int) -> Movement:
    unit_cost = round_half_up(cost_rp * MILLI, qty_milli)
    if pos.qty_milli >= 0:
        new = _with(pos.qty_milli + qty_milli, pos.value_rp + cost_rp, unit_cost)
        return Movement(new, qty_milli, cost_rp)
    # Stock was below zero: the units already sold are now paid for at this price, and
    # what is left on the shelf is worth exactly its share of these goods.
    new_qty = pos.qty_milli + qty_milli
    if new_qty > 0:
        target = cost_rp - round_half_up(cost_rp * -pos.qty_milli, qty_milli)
    elif new_qty == 0:
        target = 0
    else:  # still below zero: what is owed is valued at this price
        target = line_amount(new_qty, unit_cost)
    value_change = target - pos.value_rp
    new = _with(new_qty, target, unit_cost) if new_qty > 0 else StockPosition(new_qty, target, unit_cost)
    return Movement(new, qty_milli, value_change, cost_correction_rp=value_change - cost_rp)


def issue(pos: StockPosition, qty_milli: int) -> Movement:
    """Goods out (sale, damage). Costed at the moving average; the last unit takes
    whatever value is left. Beyond what is on hand (negative stock, where allowed)
    the rest is costed at the last known unit cost."""
    if qty_milli <= 0:
        raise DomainError("bad_qty", "Jumlah barang keluar harus lebih dari nol.")
    on_hand = max(pos.qty_milli, 0)
    if on_hand == 0:
        cost = line_amount(qty_milli, pos.unit_cost_rp)
    elif qty_milli >= on_hand:
        cost = pos.value_rp + line_amount(qty_milli - on_hand, pos.unit_cost_rp)
    else:
        cost = round_half_up(pos.value_rp * qty_milli, on_hand)
    new_qty = pos.qty_milli - qty_milli
    new_value = pos.value_rp - cost
    new = StockPosition(new_qty, new_value, pos.unit_cost_rp) if new_qty <= 0 else _with(
        new_qty, new_value, pos.unit_cost_rp)
    return Movement(new, -qty_milli, -cost)


def put_back(pos: StockPosition, qty_milli: int, cost_rp: int) -> Movement:
    """A return or void: the goods come back at the cost they left with."""
    if qty_milli <= 0:
        raise DomainError("bad_qty", "Jumlah barang kembali harus lebih dari nol.")
    if cost_rp < 0:
        raise DomainError("bad_cost", "Nilai barang kembali tidak boleh negatif.")
    if pos.qty_milli >= 0:
        return Movement(_with(pos.qty_milli + qty_milli, pos.value_rp + cost_rp, pos.unit_cost_rp), qty_milli, cost_rp)
    return _goods_in(pos, qty_milli, cost_rp)


def count_to(pos: StockPosition, counted_milli: int) -> Movement:
    """Stock take: bring the system quantity to what was counted."""
    if counted_milli < 0:
        raise DomainError("bad_qty", "Hasil hitung tidak boleh negatif.")
    delta = counted_milli - pos.qty_milli
    if counted_milli == 0:  # nothing on the shelf is worth nothing, whatever the books said
        return Movement(StockPosition(0, 0, pos.unit_cost_rp), delta, -pos.value_rp)
    if delta == 0:
        return Movement(pos, 0, 0)
    if delta < 0:
        return issue(pos, -delta)
    value = line_amount(delta, pos.unit_cost_rp)
    if pos.qty_milli < 0:  # counting up from negative stock: value follows the count exactly
        value = line_amount(counted_milli, pos.unit_cost_rp) - pos.value_rp
    new = _with(counted_milli, pos.value_rp + value, pos.unit_cost_rp)
    return Movement(new, delta, value)


def returned_cost(line_cost_rp: int, line_qty_milli: int, returned_before_milli: int,
                  returning_milli: int) -> int:
    """Cost of a partial return, so that returning the whole line in parts gives back
    exactly the line's cost (cumulative rounding, no drift)."""
    if returned_before_milli < 0 or returning_milli <= 0 or line_cost_rp < 0:
        raise DomainError("bad_qty", "Jumlah retur harus lebih dari nol.")
    if returned_before_milli + returning_milli > line_qty_milli:
        raise DomainError("return_too_much", "Jumlah retur melebihi yang terjual.")
    before = round_half_up(line_cost_rp * returned_before_milli, line_qty_milli)
    after = round_half_up(line_cost_rp * (returned_before_milli + returning_milli), line_qty_milli)
    return after - before
